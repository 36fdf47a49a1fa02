package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestDetailsKeysThroughBindings drives the form's arrow and enter keys:
// ↓ and ↑ move between fields, and between the lines of a notes box
// before leaving it, ← and → cycle a pick-one field both ways, and enter
// in the notes box, the last field, saves the form.
func TestDetailsKeysThroughBindings(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e")
	if h.m.details().focused() != fieldName {
		t.Fatalf("form opened on field %s, want the name", h.m.details().focused())
	}
	h.keys("down", "down")
	if h.m.details().focused() != fieldPhone {
		t.Errorf("two ↓ reached field %s, want phone", h.m.details().focused())
	}
	h.keys("up")
	if h.m.details().focused() != fieldCredentials {
		t.Errorf("↑ reached field %s, want credentials", h.m.details().focused())
	}

	h.focusDetails(fieldStatus)
	start := h.m.details().form.Pick(fieldStatus)
	n := len(h.m.details().steps)
	h.keys("right")
	if got := h.m.details().form.Pick(fieldStatus); got != (start+1)%n {
		t.Errorf("→ moved status %d to %d, want %d", start, got, (start+1)%n)
	}
	h.keys("left", "left")
	if got := h.m.details().form.Pick(fieldStatus); got != (start-1+n)%n {
		t.Errorf("← ← moved status to %d, want %d", got, (start-1+n)%n)
	}
	h.keys("left", "right") // ← then → cancel out; one more → is the start
	h.keys("right")
	if got := h.m.details().form.Pick(fieldStatus); got != start {
		t.Fatalf("status %d, want %d back", got, start)
	}

	// In the notes box ↑ and ↓ move between its lines; on its first
	// line ↑ leaves it (and on its last line ↓ would, had it a next field).
	h.focusDetails(fieldNotes)
	h.typeText("first")
	h.send(tea.KeyMsg{Type: tea.KeyEnter, Alt: true})
	h.typeText("second")
	h.keys("up", "down")
	if h.m.details().focused() != fieldNotes {
		t.Errorf("↑ ↓ in the notes box left it for field %s", h.m.details().focused())
	}
	h.keys("up", "up")
	if h.m.details().focused() != fieldConsult {
		t.Errorf("↑ on the first line of the notes went to field %s, want consult", h.m.details().focused())
	}
	h.focusDetails(fieldNotes)
	h.keys("enter") // the notes are the last field: enter saves
	if h.m.kind() == screenDetails {
		t.Fatal("enter in the notes box did not save the form")
	}
	if got := h.m.nb().Therapists[0].Notes; got != "first\nsecond" {
		t.Errorf("saved notes %q, want %q", got, "first\nsecond")
	}
}
