package model

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

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
