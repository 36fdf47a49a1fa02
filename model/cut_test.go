package model

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/field"
)

// bigText is a text far over every field's limit.
var bigText = strings.Repeat("A very long note from a hand-edited file. ", 100_000) // 4.2 MB

func TestDetailsLoadHugeNotesCutAndSaveThemWhole(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].Notes = bigText
	h := detailsOn(t, nb)
	shown := h.m.details().Shown(details.FieldNotes)
	if n := utf8.RuneCountInString(shown); n > checklist.MaxTextRunes+utf8.RuneCountInString(field.CutMarker) || !field.IsCut(shown) {
		t.Fatalf("the notes widget holds %d characters, want at most the limit and the cut marker", n)
	}
	h.mustSee("shown cut, read-only")
	h.focusDetails(details.FieldNotes)
	h.typeText("x")
	h.mustSee("shown cut and kept whole")
	h.focusDetails(details.FieldPhone)
	h.typeText("555")
	h.keys("ctrl+s")
	got := h.m.nb().Therapists[0]
	if got.Notes != bigText || got.Phone != "555" {
		t.Fatalf("saved notes of %d bytes (want %d), phone %q", len(got.Notes), len(bigText), got.Phone)
	}
}

func TestInterviewLoadsHugeAnswersCutAndKeepsThemWhole(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].Answers[checklist.QTraining] = checklist.Answer{
		Status: checklist.StatusAnswered, Value: bigText, Note: bigText}
	h := openInterview(t, nb)
	h.goToQuestion(checklist.QTraining)
	raw := h.m.interview().Editing()
	if n := utf8.RuneCountInString(raw); n > checklist.MaxTextRunes+utf8.RuneCountInString(field.CutMarker) || !field.IsCut(raw) {
		t.Fatalf("the answer widget holds %d characters, want at most the limit and the cut marker", n)
	}
	if note := h.m.interview().Note(); !field.IsCut(note) {
		t.Fatalf("the note input holds %d bytes, not cut", len(note))
	}
	h.typeText("x")
	h.mustSee("shown cut and kept whole")
	// Enter records the answer as the file holds it, whole.
	h.keys("enter")
	if a := h.answer(checklist.QTraining); a.Value != bigText || a.Note != bigText {
		t.Fatalf("recorded an answer of %d bytes and a note of %d, want both %d", len(a.Value), len(a.Note), len(bigText))
	}
}
