package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/store"
)

func TestAddTherapist(t *testing.T) {
	h := newHarness(t, nil)
	h.keys("a")
	if h.m.kind() != screenDetails {
		t.Fatalf("a opened screen %v, want details", h.m.kind())
	}
	h.typeText("Dr Ada Quill")
	h.keys("tab")
	h.typeText("LMFT, CST")
	h.keys("ctrl+s")
	if h.m.kind() != screenRoster {
		t.Fatalf("after saving, screen = %v, want roster", h.m.kind())
	}
	if n := len(h.m.nb().Therapists); n != 1 {
		t.Fatalf("%d therapists, want 1", n)
	}
	got := h.m.nb().Therapists[0]
	if got.Name != "Dr Ada Quill" || got.Credentials != "LMFT, CST" || got.ID == "" || got.Status != store.ToContact {
		t.Fatalf("stored %+v", got)
	}
	h.mustSee("Dr Ada Quill")
	h.mustSee("to contact")
	h.mustSee("E 0/5 L 0/4 T 0/7 F 0/4 S 0/5")
}

func TestEmptyNameIsExplainedInPlace(t *testing.T) {
	h := newHarness(t, nil)
	h.keys("a", "tab")
	h.typeText("   ")
	h.keys("shift+tab")
	h.typeText("  ")
	h.keys("ctrl+s")
	if h.m.kind() != screenDetails {
		t.Fatalf("saved without a name: screen %v", h.m.kind())
	}
	if len(h.m.nb().Therapists) != 0 {
		t.Fatal("a therapist without a name was added")
	}
	h.mustSee("A name is needed")
	if h.m.details().Focused() != details.FieldName {
		t.Fatalf("focus = %v, want the name field", h.m.details().Focused())
	}
	// Typing a name clears the message; saving then works.
	h.typeText("Sam")
	h.mustNotSee("A name is needed")
	h.keys("ctrl+s")
	if len(h.m.nb().Therapists) != 1 || h.m.nb().Therapists[0].Name != "Sam" {
		t.Fatalf("therapists = %+v", h.m.nb().Therapists)
	}
}

func TestDetailsDatesUseAnswerRules(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e")
	for h.m.details().Focused() != details.FieldContacted {
		h.keys("tab")
	}
	h.typeText("31/31/2026")
	h.keys("ctrl+s")
	h.mustSee("Enter a date like 2026-12-03.")
	if h.m.nb().Therapists[0].ContactedOn != "" {
		t.Fatal("an invalid date was stored")
	}
	for range 10 {
		h.keys("backspace")
	}
	h.typeText("3/14/2026")
	h.keys("ctrl+s")
	if got := h.m.nb().Therapists[0].ContactedOn; got != "2026-03-14" {
		t.Fatalf("ContactedOn = %q, want the canonical 2026-03-14", got)
	}
}

func TestDetailsEscAsksWhenEdited(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e", "esc")
	if h.m.kind() != screenRoster {
		t.Fatal("esc without edits did not go back")
	}
	h.keys("e")
	h.typeText("x")
	h.keys("esc")
	h.mustSee("Discard your edits? y/n")
	h.keys("n")
	if h.m.kind() != screenDetails {
		t.Fatal("n left the form")
	}
	h.keys("esc", "y")
	if h.m.kind() != screenRoster || h.m.nb().Therapists[0].Name != "Dr Ada" {
		t.Fatalf("screen %v, name %q", h.m.kind(), h.m.nb().Therapists[0].Name)
	}
}

func TestQAndQuestionMarkAreTextWhileTyping(t *testing.T) {
	h := newHarness(t, nil)
	h.keys("a", "q", "?")
	if h.quit || h.m.help.ShowAll {
		t.Fatal("q or ? acted as a command in the name field")
	}
	if got := h.m.details().Shown(details.FieldName); got != "q?" {
		t.Fatalf("name = %q, want q?", got)
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada", "Dr Bo"))
	h.keys("d")
	h.mustSee("Delete Dr Ada and all their answers? y/n")
	h.keys("n")
	if len(h.m.nb().Therapists) != 2 {
		t.Fatal("n deleted a therapist")
	}
	h.mustSee("Nothing deleted.")
	h.keys("q") // the question is gone, so q quits again...
	if !h.quit {
		t.Fatal("q did not quit after the delete question was answered")
	}

	h = newHarness(t, notebookWith("Dr Ada", "Dr Bo"))
	h.keys("down", "d", "q") // ...but while asking, q is not yes and does not quit
	if h.quit || len(h.m.nb().Therapists) != 2 {
		t.Fatal("q quit or deleted while the delete question was open")
	}
	h.keys("d", "y")
	if len(h.m.nb().Therapists) != 1 || h.m.nb().Therapists[0].Name != "Dr Ada" {
		t.Fatalf("therapists after deleting Dr Bo: %+v", h.m.nb().Therapists)
	}
}

func TestStatusCycles(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("s")
	got := h.m.nb().Therapists[0]
	if got.Status != store.Contacted || got.ContactedOn == "" {
		t.Fatalf("after s: status %q, contacted %q", got.Status, got.ContactedOn)
	}
	h.mustSee("contacted")
	for range len(outreachOrder) - 1 {
		h.keys("s")
	}
	if s := h.m.nb().Therapists[0].Status; s != store.ToContact {
		t.Fatalf("status after a full cycle = %q", s)
	}
}

func TestRosterShowsFlagsWithMarkers(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].Answers[checklist.QContact] = checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"}
	h := newHarness(t, nb)
	h.mustSee("✗1")
}

func TestRosterNarrowDropsColumns(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].Credentials = "LMFT"
	h := newHarness(t, nb)
	h.send(sizeMsg(140, 30))
	h.mustSee("LMFT")
	h.mustSee("E 0/5")
	h.send(sizeMsg(60, 20))
	h.mustNotSee("LMFT")
	h.mustSee("0/25")
	h.mustSee("Dr Ada")
	for _, l := range strings.Split(h.view(), "\n") {
		if len([]rune(l)) > 60 {
			t.Fatalf("line wider than 60: %q", l)
		}
	}
}

func TestDetailsNotesAltEnterIsANewLine(t *testing.T) {
	h := newHarness(t, nil)
	h.keys("a")
	h.typeText("Dr Ada Quill")
	for h.m.details().Focused() != details.FieldNotes {
		h.keys("tab")
	}
	h.typeText("Called back")
	h.send(tea.KeyMsg{Type: tea.KeyEnter, Alt: true})
	if h.m.kind() != screenDetails {
		t.Fatalf("alt+enter in the notes left the form for screen %v", h.m.kind())
	}
	h.typeText("quickly")
	h.keys("enter")
	if h.m.kind() != screenRoster || len(h.m.nb().Therapists) != 1 {
		t.Fatalf("enter in the notes did not save the form")
	}
	if got := h.m.nb().Therapists[0].Notes; got != "Called back\nquickly" {
		t.Fatalf("notes = %q, want two lines", got)
	}
}

func TestRosterShowsUnknownStatusAsItsWord(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].Status = "wait\x1b[31mlisted"
	h := newHarness(t, nb)
	h.mustSee("waitlisted")
	if strings.Contains(h.m.View(), "\x1b[31m") {
		t.Fatal("the stored word was drawn with its escape sequence")
	}
}

func TestRosterShortHelpShowsQuitAt80Columns(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.send(sizeMsg(80, 24))
	lines := strings.Split(h.view(), "\n")
	last := lines[len(lines)-1]
	for _, want := range []string{"q quit", "? help", "a add", "enter interview"} {
		if !strings.Contains(last, want) {
			t.Errorf("short help lacks %q: %q", want, last)
		}
	}
	// What leaves the short help stays in the full one.
	h.keys("?")
	for _, want := range []string{"e edit", "s status", "d delete"} {
		h.mustSee(want)
	}
}

func TestStatusDoublePressBeforeRepliesMovesTwoSteps(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.pressBeforeReplies("s", "s")
	if got := h.m.nb().Therapists[0].Status; got != store.AskedByEmail {
		t.Fatalf("status after two quick presses = %q, want %q", got, store.AskedByEmail)
	}
}

func TestDetailsProblemClearsWhenTheFieldIsEdited(t *testing.T) {
	h := newHarness(t, nil)
	h.keys("a")
	h.typeText("Dr Ada")
	for h.m.details().Focused() != details.FieldContacted {
		h.keys("tab")
	}
	h.typeText("2026-02-30")
	h.keys("ctrl+s")
	h.mustSee("There is no 30 February 2026.")
	h.keys("backspace")
	h.mustNotSee("There is no 30 February 2026.")
}
