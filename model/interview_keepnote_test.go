package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
)

// A refused date or amount offers, in its message, to keep what was
// typed as the note; ctrl+n does, and enter records the note.
func TestARefusedAnswerCanBeKeptAsTheNote(t *testing.T) {
	for _, tt := range []struct{ question, typed string }{
		{checklist.QFirstOpening, "next week"},
		{checklist.QFee, "$0 first session, then $250"},
	} {
		t.Run(tt.question, func(t *testing.T) {
			nb := notebookWith("Dr Ada")
			h := openInterview(t, nb)
			h.goToQuestion(tt.question)
			h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(tt.typed)})
			h.keys("enter")
			h.mustSee("ctrl+n keeps what you typed as the note")
			h.keys("ctrl+n")
			h.mustSee("is in the note now; enter records it")
			h.keys("enter")
			a, ok := h.m.nb().Therapists[0].Answers[tt.question]
			if !ok || a.Status != checklist.StatusNoted || a.Note != tt.typed || a.Value != "" {
				t.Fatalf("recorded %+v (ok %v), want the note %q and no answer", a, ok, tt.typed)
			}
		})
	}
}

// Over an answer saved before, the kept note goes with that answer, and
// what was in the note stays in front of it.
func TestAKeptNoteKeepsTheSavedAnswer(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].Answers = map[string]checklist.Answer{
		checklist.QFee: {Status: checklist.StatusAnswered, Value: "185.00", Note: "sliding scale"},
	}
	h := openInterview(t, nb)
	h.goToQuestion(checklist.QFee)
	for range 10 {
		h.keys("backspace")
	}
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("$0 first session")})
	h.keys("enter", "ctrl+n", "enter")
	a := h.m.nb().Therapists[0].Answers[checklist.QFee]
	if a.Status != checklist.StatusAnswered || a.Value != "185.00" || a.Note != "sliding scale · $0 first session" {
		t.Fatalf("recorded %+v", a)
	}
}

// The offer is for the text as refused: once it is edited, ctrl+n only
// moves to the note, as ever.
func TestTheOfferEndsWithAnEdit(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QFee)
	h.typeText("abc")
	h.keys("enter", "backspace", "ctrl+n")
	h.mustNotSee("is in the note now")
	h.keys("enter")
	if a, ok := h.m.nb().Therapists[0].Answers[checklist.QFee]; ok {
		t.Fatalf("recorded %+v without the offer", a)
	}
}

// A yes/no question's help line names the note: y and n answer at once,
// and "yes, but only by video" needs it.
func TestYesNoHelpNamesTheNote(t *testing.T) {
	yesNo := ""
	for _, q := range checklist.Catalogue() {
		if q.Kind == checklist.KindYesNo {
			yesNo = q.ID
			break
		}
	}
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(yesNo)
	h.mustSee("y/n/u yes/no/unsure · ctrl+n note")
	h.goToQuestion(checklist.QFee)
	h.mustNotSee("ctrl+n note")
}
