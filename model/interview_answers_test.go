package model

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/interview"
)

// A note on a question without an answer ("it depends") is saved, shown,
// and the question stays not answered.
func TestNoteWithoutAnAnswerIsSaved(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QLicense)
	h.keys("ctrl+n")
	h.typeText("depends on the state")
	h.keys("enter")
	a, ok := h.m.nb().Therapists[0].Answers[checklist.QLicense]
	if !ok || a.Status != checklist.StatusNoted || a.Note != "depends on the state" || a.Value != "" {
		t.Fatalf("stored %+v, want a note-only entry", a)
	}
	if a.Answered() {
		t.Fatal("a note-only entry counts as answered")
	}
	h.mustSee("✎ Recorded a note on")
	h.goToQuestion(checklist.QLicense)
	h.mustSee("not answered yet (a note is saved)")
	h.mustSee("depends on the state")
	// Without a note, an empty answer is still refused.
	h.goToQuestion(checklist.QAASECT)
	h.keys("enter")
	if _, ok := h.m.nb().Therapists[0].Answers[checklist.QAASECT]; ok {
		t.Fatal("an empty answer without a note was saved")
	}
}

// A saved answer can be cleared back to "not asked yet", after a question;
// type-ahead does not answer that question.
func TestClearAnswerAsksFirst(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QLicense)
	h.keys("y", "ctrl+n")
	h.typeText("LMFT")
	h.keys("enter")
	h.goToQuestion(checklist.QLicense)
	if a := h.answer(checklist.QLicense); a.Value != "yes" || a.Note != "LMFT" {
		t.Fatalf("setup: stored %+v", a)
	}
	h.keys("ctrl+r")
	h.mustSee("Clear what is saved here")
	h.keys("n")
	if _, ok := h.m.nb().Therapists[0].Answers[checklist.QLicense]; !ok {
		t.Fatal("n cleared the answer")
	}
	h.keys("ctrl+r", "y")
	if a, ok := h.m.nb().Therapists[0].Answers[checklist.QLicense]; ok {
		t.Fatalf("the answer is still saved: %+v", a)
	}
	h.mustSee("· not answered yet")
	h.mustSee("+ add a note")
	if h.m.interview().Editing() != "" {
		t.Fatal("the cleared question still shows its answer")
	}
	// Nothing saved: nothing to ask.
	h.keys("ctrl+r")
	if h.m.interview().Asking() {
		t.Fatal("clear asked on a question with nothing saved")
	}
	h.mustSee("nothing to clear")
}

// Saving an answer that raises a flag says so at once with the flag's
// marker, never with the ✓ of good news.
func TestSavingAFlaggedAnswerSaysSo(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QContact)
	h.keys("y", "enter")
	h.mustSee("✗ red flag: ")
	h.mustSee(". Recorded ")
	h.mustNotSee("✓ Recorded")
	if !h.m.interview().RedNotice() {
		t.Fatal("the red flag's notice is not drawn as red")
	}

	h.goToQuestion(checklist.QContact)
	h.keys("u", "enter")
	h.mustSee("! amber flag: ")
	h.mustNotSee("✓ Recorded")

	// A good sign is good news.
	h.goToQuestion(checklist.QLicense)
	h.keys("y", "enter")
	h.mustSee("✓ Recorded")
	h.mustNotSee("flag:")
}

// A typed value that carries its own unit or "$" is not shown with a
// second one beside it.
func TestTypedValueIsNotShownTwice(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QCourse)
	h.mustSee(" sessions")
	h.typeText("12 sessions")
	h.mustSee("12 sessions")
	h.mustNotSee("12 sessions sessions")
	h.goToQuestion(checklist.QFee)
	h.mustSee("$ ")
	h.typeText("$185")
	h.mustSee("$185")
	h.mustNotSee("$ $185")
}

// Placeholders are shortened at a word, never cut in the middle of one.
func TestPlaceholdersAreNotCutMidWord(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.send(sizeMsg(MinWidth, 24))
	h.goToQuestion(checklist.QSessionLength)
	h.mustSee("e.g. 50 or 1h30") // the input was 12 wide: "e.g. 50 or 1"
	for i, q := range checklist.Catalogue() {
		h.goToQuestion(q.ID)
		line := ""
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.Contains(l, "add a note (ctrl+n):") {
				line = l
			}
		}
		if line == "" {
			t.Fatalf("question %d: no note line", i)
		}
		_, shown, _ := strings.Cut(line, "(ctrl+n): ")
		shown = strings.TrimSpace(shown)
		if full := interview.NotePlaceholder(q); !strings.HasPrefix(full, shown) || strings.Contains(shown, "…") {
			t.Errorf("question %d: note placeholder %q is not a whole-word start of %q", i, shown, full)
		} else if len(shown) < len(full) && full[len(shown)] != ' ' && full[len(shown)] != ',' {
			t.Errorf("question %d: note placeholder cut mid-word: %q of %q", i, shown, full)
		}
	}
}

// A stored answer that raises a flag is marked as the flag is when the
// question is shown again, never "✓ answered".
func TestStoredFlaggedAnswerIsNotMarkedGood(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QContact)
	h.keys("y", "enter")
	h.goToQuestion(checklist.QContact)
	h.mustSee("✗ answered: yes (red flag)")
	h.mustNotSee("✓ answered")
	h.goToQuestion(checklist.QLicense)
	h.keys("y", "enter")
	h.goToQuestion(checklist.QLicense)
	h.mustSee("✓ answered: yes")
}
