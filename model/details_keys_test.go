package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/store"
)

// TestDetailsKeysThroughBindings drives the form's arrow and enter keys:
// ↓ and ↑ move between fields, and between the lines of a notes box
// before leaving it, ← and → cycle a pick-one field both ways, and enter
// in the notes box, the last field, saves the form.
func TestDetailsKeysThroughBindings(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e")
	if h.m.details().Focused() != details.FieldName {
		t.Fatalf("form opened on field %s, want the name", h.m.details().Focused())
	}
	h.keys("down", "down")
	if h.m.details().Focused() != details.FieldPhone {
		t.Errorf("two ↓ reached field %s, want phone", h.m.details().Focused())
	}
	h.keys("up")
	if h.m.details().Focused() != details.FieldCredentials {
		t.Errorf("↑ reached field %s, want credentials", h.m.details().Focused())
	}

	h.focusDetails(details.FieldStatus)
	start := h.m.details().Pick(details.FieldStatus)
	n := len(store.OutreachSteps())
	h.keys("right")
	if got := h.m.details().Pick(details.FieldStatus); got != (start+1)%n {
		t.Errorf("→ moved status %d to %d, want %d", start, got, (start+1)%n)
	}
	h.keys("left", "left")
	if got := h.m.details().Pick(details.FieldStatus); got != (start-1+n)%n {
		t.Errorf("← ← moved status to %d, want %d", got, (start-1+n)%n)
	}
	h.keys("left", "right") // ← then → cancel out; one more → is the start
	h.keys("right")
	if got := h.m.details().Pick(details.FieldStatus); got != start {
		t.Fatalf("status %d, want %d back", got, start)
	}

	// In the notes box ↑ and ↓ move between its lines; on its first
	// line ↑ leaves it (and on its last line ↓ would, had it a next field).
	h.focusDetails(details.FieldNotes)
	h.typeText("first")
	h.send(tea.KeyMsg{Type: tea.KeyEnter, Alt: true})
	h.typeText("second")
	h.keys("up", "down")
	if h.m.details().Focused() != details.FieldNotes {
		t.Errorf("↑ ↓ in the notes box left it for field %s", h.m.details().Focused())
	}
	h.keys("up", "up")
	if h.m.details().Focused() != details.FieldConsult {
		t.Errorf("↑ on the first line of the notes went to field %s, want consult", h.m.details().Focused())
	}
	h.focusDetails(details.FieldNotes)
	h.keys("enter") // the notes are the last field: enter saves
	if h.m.kind() == screenDetails {
		t.Fatal("enter in the notes box did not save the form")
	}
	if got := h.m.nb().Therapists[0].Notes; got != "first\nsecond" {
		t.Errorf("saved notes %q, want %q", got, "first\nsecond")
	}
}
