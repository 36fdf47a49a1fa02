package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/vetted-tui/vetted/model/details"
)

// focusDetails tabs through the details form until field f has focus.
func (h *harness) focusDetails(f string) {
	h.t.Helper()
	for range 2 * len(detailsFieldKeys) {
		if h.m.details().Focused() == f {
			return
		}
		h.keys("tab")
	}
	h.t.Fatalf("tab never reached field %s", f)
}

// detailsFieldKeys are the details form's fields with a partner named, in
// order.
var detailsFieldKeys = []string{details.FieldName, details.FieldCredentials, details.FieldPhone, details.FieldEmail, details.FieldWebsite, details.FieldLocation,
	details.FieldFoundVia, details.FieldStatus, details.FieldContacted, details.FieldConsult, details.FieldNotes, details.FieldPartnerNotes}

func TestPartnerNotesSavedWithPartner(t *testing.T) {
	nb := couple("Robin", "Kai")
	nb.Therapists[0].Notes = "mine"
	h := newHarness(t, nb)
	h.keys("e")
	h.mustSee("Kai's notes")
	h.focusDetails(details.FieldPartnerNotes)
	h.mustSee("› Kai's notes")
	h.typeText("warm, but pricey")
	h.keys("ctrl+s")
	if h.m.kind() != screenRoster {
		t.Fatalf("after saving, screen = %v, want roster", h.m.kind())
	}
	got := h.m.nb().Therapists[0]
	if got.PartnerNotes != "warm, but pricey" || got.Notes != "mine" {
		t.Fatalf("stored notes %q and partner notes %q", got.Notes, got.PartnerNotes)
	}

	// Reopened, the form shows them, and clearing them saves the clearing.
	h.keys("e")
	h.mustSee("warm, but pricey")
	h.focusDetails(details.FieldPartnerNotes)
	for range len("warm, but pricey") {
		h.keys("backspace")
	}
	h.keys("enter") // enter in the notes saves
	if got := h.m.nb().Therapists[0].PartnerNotes; got != "" {
		t.Fatalf("cleared partner notes stored as %q", got)
	}
}

func TestPartnerNotesEditCountsAsChange(t *testing.T) {
	h := newHarness(t, couple("Robin", "Kai"))
	h.keys("e")
	h.focusDetails(details.FieldPartnerNotes)
	h.typeText("x")
	h.keys("esc")
	h.mustSee("Discard your edits? y/n")
}

func TestPartnerNotesHiddenWithoutPartner(t *testing.T) {
	nb := couple("Robin", "")
	nb.Therapists[0].PartnerNotes = "from before the breakup"
	h := newHarness(t, nb)
	h.keys("e")
	h.mustNotSee("Partner's notes")
	h.mustNotSee("from before the breakup")
	// tab cycles past the last shown field straight back to the name.
	h.focusDetails(details.FieldNotes)
	h.keys("tab")
	if f := h.m.details().Focused(); f != details.FieldName {
		t.Fatalf("tab after the notes went to field %s, want the name", f)
	}
	h.keys("shift+tab")
	if f := h.m.details().Focused(); f != details.FieldNotes {
		t.Fatalf("shift+tab from the name went to field %s, want the notes", f)
	}
	h.keys("ctrl+s")
	if got := h.m.nb().Therapists[0].PartnerNotes; got != "from before the breakup" {
		t.Fatalf("saving without a partner changed the partner notes to %q", got)
	}
}

func TestNewTherapistWithPartnerNotes(t *testing.T) {
	nb := couple("", "Kai")
	nb.Therapists = nil
	h := newHarness(t, nb)
	h.keys("a")
	h.typeText("Dr Bea")
	h.focusDetails(details.FieldPartnerNotes)
	h.typeText("Kai liked the website")
	h.keys("ctrl+s")
	if n := len(h.m.nb().Therapists); n != 1 {
		t.Fatalf("%d therapists, want 1", n)
	}
	if got := h.m.nb().Therapists[0].PartnerNotes; got != "Kai liked the website" {
		t.Fatalf("partner notes %q", got)
	}
}

func TestDetailsWithPartnerFits(t *testing.T) {
	long := strings.Repeat("Alexandria ", 6)
	for _, size := range [][2]int{{60, 16}, {80, 24}} {
		for _, partner := range []string{"Kai", long} {
			h := newHarness(t, couple("Robin", partner))
			h.send(sizeMsg(size[0], size[1]))
			h.keys("e")
			for _, f := range detailsFieldKeys {
				h.focusDetails(f)
				v := h.view()
				lines := strings.Split(v, "\n")
				if len(lines) > size[1] {
					t.Errorf("%dx%d field %s: %d lines", size[0], size[1], f, len(lines))
				}
				for _, l := range lines {
					if w := ansi.StringWidth(l); w > size[0] {
						t.Errorf("%dx%d field %s: line %d columns wide: %q", size[0], size[1], f, w, l)
					}
				}
				if !strings.Contains(v, "› ") {
					t.Errorf("%dx%d field %s: the focused field is out of view:\n%s", size[0], size[1], f, v)
				}
			}
			// The partner's notes, last, show their label and text area.
			h.focusDetails(details.FieldPartnerNotes)
			if v := h.view(); !strings.Contains(v, "enter: save") || !strings.Contains(v, "their own impressions") {
				t.Errorf("%dx%d: the partner's notes are cut:\n%s", size[0], size[1], v)
			}
		}
	}
}

// The notes fields are named after the people, never "Me's notes", and the
// partner's carries their real name whatever it is.
func TestNotesLabelsUseRealNames(t *testing.T) {
	for _, partner := range []string{"Kai", "Lee Ann", "王芳"} {
		h := newHarness(t, couple("", partner))
		h.keys("e")
		h.mustSee("Your notes")
		h.mustSee(partner + "'s notes")
		h.mustNotSee("Me's notes")
		if partner != "Kai" {
			h.mustNotSee("Kai's notes")
		}
	}
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e")
	h.mustSee("Notes")
	h.mustNotSee("'s notes")
}
