package model

import "testing"

// TestDetailsKeysThroughBindings drives the form's arrow and enter keys:
// ↓ and ↑ move between fields except in a notes box, ← and → cycle a
// pick-one field both ways, and enter in a notes box saves the form.
func TestDetailsKeysThroughBindings(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e")
	if h.m.details().focus != fieldName {
		t.Fatalf("form opened on field %d, want the name", h.m.details().focus)
	}
	h.keys("down", "down")
	if h.m.details().focus != fieldPhone {
		t.Errorf("two ↓ reached field %d, want phone", h.m.details().focus)
	}
	h.keys("up")
	if h.m.details().focus != fieldCredentials {
		t.Errorf("↑ reached field %d, want credentials", h.m.details().focus)
	}

	h.focusDetails(fieldStatus)
	start := h.m.details().status
	n := len(h.m.details().steps)
	h.keys("right")
	if got := h.m.details().status; got != (start+1)%n {
		t.Errorf("→ moved status %d to %d, want %d", start, got, (start+1)%n)
	}
	h.keys("left", "left")
	if got := h.m.details().status; got != (start-1+n)%n {
		t.Errorf("← ← moved status to %d, want %d", got, (start-1+n)%n)
	}
	h.keys("left", "right") // ← then → cancel out; one more → is the start
	h.keys("right")
	if got := h.m.details().status; got != start {
		t.Fatalf("status %d, want %d back", got, start)
	}

	h.focusDetails(fieldNotes)
	h.typeText("first")
	h.keys("down", "up")
	if h.m.details().focus != fieldNotes {
		t.Errorf("↓ ↑ in the notes box left it for field %d", h.m.details().focus)
	}
	h.keys("enter")
	if h.m.kind() == screenDetails {
		t.Fatal("enter in the notes box did not save the form")
	}
	if got := h.m.nb().Therapists[0].Notes; got != "first" {
		t.Errorf("saved notes %q, want %q", got, "first")
	}
}
