package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/checkin"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// chosenBook holds Ada, chosen, and Bea, who said yes to working with
// people like the person: the runner-up.
func chosenBook() *store.Notebook {
	nb := notebookWith("Ada", "Bea")
	nb.Therapists[0].Status = store.Chosen
	nb.Therapists[1].Answers = map[string]checklist.Answer{
		"safety.people_like_me": {Status: checklist.StatusAnswered, Value: "yes"},
	}
	return nb
}

// From the roster: C opens the chosen therapist's check-ins, n a new one;
// saving it is applied by the root and saved, the form closes, and the
// list shows the worry, the advice and the runner-up (Bea, never Ada). d
// and y drop it again, saved too.
func TestCheckInFromTheRoster(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	h := &harness{t: t, m: New(Options{File: f, Notebook: chosenBook()})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	onDisk := func() string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	h.keys("C")
	h.mustSee("Check-ins with Ada")
	h.mustSee("No check-ins yet")
	h.keys("n")
	h.mustSee("Check-in: Ada")
	h.keys("right", "tab", "right", "right", "tab", "tab", "right", "right", "ctrl+s")
	if h.saves != 1 {
		t.Fatalf("%d saves", h.saves)
	}
	cs := h.m.nb().Therapists[0].CheckIns
	if !strings.Contains(onDisk(), `"check_ins"`) {
		t.Fatal("the check-in is not in the file")
	}
	if len(cs) != 1 || cs[0].After != checklist.AfterThird || cs[0].Answers[checklist.CheckComfort].Value != "2" || cs[0].Answers[checklist.CheckHeard].Value != "no" {
		t.Fatalf("check-ins %#v", cs)
	}
	h.mustSee("Check-ins with Ada")
	h.mustSee("! worries: Comfort, Felt heard")
	h.mustSee("Next in your comparison: Bea, fit ")
	h.mustNotSee("comparison: Ada")
	h.keys("d")
	h.mustSee("y/n")
	h.keys("y")
	if h.saves != 2 || len(h.m.nb().Therapists[0].CheckIns) != 0 {
		t.Fatalf("after the drop: %d saves, %d check-ins", h.saves, len(h.m.nb().Therapists[0].CheckIns))
	}
	h.mustSee("No check-ins yet")
	if strings.Contains(onDisk(), `"check_ins"`) {
		t.Fatal("the dropped check-in is still in the file")
	}
	h.keys("esc")
	h.mustSee("Bea") // the roster
	h.mustNotSee("Check-ins with")
}

// C on a therapist not chosen says how to choose them, and opens nothing.
func TestCheckInNeedsAChosenTherapist(t *testing.T) {
	h := newHarness(t, chosenBook())
	h.keys("j", "C")
	h.mustNotSee("Check-ins with")
	h.mustSee("set their status to chosen")
}

// w on the preparation list opens "What to expect"; esc comes back to the
// list.
func TestWhatToExpectFromPrep(t *testing.T) {
	h := newHarness(t, notebookWith("Ada"))
	h.keys("p", "w")
	h.mustSee("What to expect")
	h.mustSee("In the sessions")
	h.keys("esc")
	if v := h.view(); strings.Contains(v, "In the sessions") || !strings.Contains(v, checklist.Prep()[0].Text[:20]) {
		t.Fatalf("esc did not go back to the preparation list:\n%s", v)
	}
}

// From the welcome, w (or its number) opens "What to expect", and esc
// brings the welcome back: reading is not a first step.
func TestWhatToExpectFromWelcome(t *testing.T) {
	for _, k := range []string{"w", "5"} {
		h, _ := welcomeHarness(t, 100, 30)
		h.keys(k)
		h.mustSee("What to expect")
		h.mustSee("In the sessions")
		h.keys("esc")
		h.mustSee("Welcome to vetted")
	}
}

// An event about a therapist who is gone changes nothing, saves nothing,
// and says so.
func TestCheckInForAGoneTherapist(t *testing.T) {
	h := newHarness(t, chosenBook())
	h.send(checkin.AddMsg{TherapistID: "gone", CheckIn: store.CheckIn{}})
	h.mustSee(checkin.GoneNews[:30])
	for _, th := range h.m.nb().Therapists {
		if len(th.CheckIns) != 0 {
			t.Fatalf("%s got a check-in", th.Name)
		}
	}
}
