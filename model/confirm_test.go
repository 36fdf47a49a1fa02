package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/theme"
)

// TestConfirmQuestion: the component opens with its prompt, reads y (any
// case) as yes and every other key as no, hands back what it was about and
// closes.
func TestConfirmQuestion(t *testing.T) {
	c := newConfirm[string]()
	if c.asking() || c.view(theme.DefaultStyles(), 80) != "" {
		t.Fatal("a new question is open")
	}
	for _, tc := range []struct {
		key string
		yes bool
	}{{"y", true}, {"Y", true}, {"n", false}, {"esc", false}, {"x", false}, {"enter", false}} {
		c = c.ask("Delete Dr Ada?", "t1")
		if !c.asking() {
			t.Fatal("ask did not open the question")
		}
		if got := ansi.Strip(c.view(theme.DefaultStyles(), 80)); got != "! Delete Dr Ada? y/n" {
			t.Errorf("view = %q", got)
		}
		var yes bool
		var about string
		c, yes, about = c.answer(keyMsg(tc.key))
		if yes != tc.yes || about != "t1" || c.asking() {
			t.Errorf("%s: yes=%v about=%q open=%v, want yes=%v about t1, closed", tc.key, yes, about, c.asking(), tc.yes)
		}
	}
	if got := ansi.Strip(c.ask("A long question that does not fit", "x").view(theme.DefaultStyles(), 12)); ansi.StringWidth(got) > 12 {
		t.Errorf("view at 12 columns is %q", got)
	}
}

// TestDetailsCancelAsks: esc over unsaved edits asks first; n keeps the
// form and its text, y leaves without saving.
func TestDetailsCancelAsks(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e")
	h.typeText("x")
	h.keys("esc")
	h.mustSee("! Discard your edits? y/n")
	if !h.m.top().Asking() {
		t.Fatal("the type-ahead guard does not see the question")
	}
	h.keys("n")
	if h.m.kind() != screenDetails || h.m.top().Asking() {
		t.Fatalf("n left the form or kept asking (screen %v)", h.m.kind())
	}
	h.keys("esc", "Y")
	if h.m.kind() != screenRoster {
		t.Fatalf("y did not leave the form (screen %v)", h.m.kind())
	}
	if got := h.m.nb().Therapists[0].Name; got != "Dr Ada" {
		t.Errorf("leaving saved the edit: name %q", got)
	}
}

// TestInterviewQuestionsAsk: ctrl+r and ctrl+k over a saved answer ask
// their own question; the reply acts on the one that was asked.
func TestInterviewQuestionsAsk(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QLicense)
	h.keys("y", "enter")
	h.goToQuestion(checklist.QLicense)
	h.keys("ctrl+r")
	h.mustSee("! Clear what is saved here")
	h.keys("ctrl+k") // not y: the answer stays
	if got := h.answer(checklist.QLicense); got.State() != checklist.StateAnswered {
		t.Fatalf("a no to clear changed the answer: %+v", got)
	}
	h.keys("ctrl+k")
	h.mustSee("! Replace the saved answer with 'skipped'? y/n")
	h.keys("y")
	if got := h.answer(checklist.QLicense); got.State() != checklist.StateSkipped {
		t.Fatalf("y to skip stored %+v", got)
	}
	if strings.Contains(h.view(), "y/n") {
		t.Error("the question is still on screen after its reply")
	}
}
