package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/field"
)

func TestBatchedKeysActOneByOne(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada", "Dr Bea", "Dr Cy"))
	h.send(sizeMsg(100, 30))
	h.keys("c")
	// The comparison's status line says where the cursor is.
	h.mustSee("row 1 of ")
	// Three j presses that arrived together, as a batching terminal sends.
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jjj")})
	h.mustSee("row 4 of ")
}

func TestTypeAheadGoesToTheScreenItOpens(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Smith"))
	h.send(sizeMsg(100, 30))
	// Typing "aDr Andy" fast: Bubble Tea v1 sends "aDr" as one message,
	// then the space, then "Andy". "a" opens the form; the rest is the
	// start of the name and must land there, none of it as roster
	// commands (d then y deletes).
	h.send(
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("aDr")},
		tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}},
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Andy")},
	)
	if len(h.m.nb().Therapists) != 1 || h.m.nb().Therapists[0].Name != "Dr Smith" {
		t.Fatalf("a fast-typed batch changed the roster: %+v", h.m.nb().Therapists)
	}
	if h.m.kind() != screenDetails {
		t.Fatalf("a did not open the form (screen %v)", h.m.kind())
	}
	if got := h.m.details().Shown(details.FieldName); got != "Dr Andy" {
		t.Fatalf("the name field holds %q, want %q", got, "Dr Andy")
	}
}

// Keys that arrive while the form is still opening (its message not yet
// handled) wait in the root and follow, in order.
func TestKeysWaitWhileAScreenOpens(t *testing.T) {
	h := newHarness(t, nil)
	next, cmd := h.m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("aDr")})
	h.m = next.(Model)
	if cmd == nil {
		t.Fatal("a did not ask for the form")
	}
	h.send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Ng")})
	if h.m.kind() != screenRoster || len(h.m.queued) != 3 {
		t.Fatalf("keys were not held while the form opened: screen %v, %v queued", h.m.kind(), len(h.m.queued))
	}
	h.run(cmd)
	if got := h.m.details().Shown(details.FieldName); got != "Dr Ng" {
		t.Fatalf("the name field holds %q, want %q", got, "Dr Ng")
	}
	if len(h.m.queued) != 0 {
		t.Fatalf("%d keys left in the queue", len(h.m.queued))
	}
}

func TestBatchedKeysFollowIntoTheComparison(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada", "Dr Bea"))
	h.send(sizeMsg(100, 30))
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("cjj")})
	if h.m.kind() != screenCompare {
		t.Fatal("c did not open the comparison")
	}
	h.mustSee("row 3 of ")
}

// A question that asks first ignores keys typed before it was drawn.
func TestTypeAheadNeverAnswersAQuestion(t *testing.T) {
	for name, msgs := range map[string][]tea.Msg{
		"fast dy": {tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("dy")}},
		"jdy":     {tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jdyy")}},
		// A paste that carries its own end marker: the terminal ends the
		// paste there and the rest arrives as typed keys.
		"pasted d then y": {
			tea.KeyMsg{Type: tea.KeyRunes, Paste: true, Runes: []rune("d")},
			tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y")},
			tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("d")},
		},
		"paste then dy": {
			tea.KeyMsg{Type: tea.KeyRunes, Paste: true, Runes: []rune("notes")},
			tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("dy")},
		},
	} {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, notebookWith("Dr Smith", "Dr Jones"))
			h.send(msgs...)
			if len(h.m.nb().Therapists) != 2 {
				t.Fatalf("type-ahead deleted a therapist: %+v", h.m.nb().Therapists)
			}
			if !h.m.top().Typing() {
				t.Fatal("d did not ask before deleting")
			}
			// Once drawn, the question takes its answer.
			h.keys("y")
			if len(h.m.nb().Therapists) != 1 {
				t.Fatal("y after the question did not delete")
			}
		})
	}
}

func TestRepeatedKeyStopsWhenSomethingStarts(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Smith", "Dr Jones"))
	h.send(sizeMsg(100, 30))
	// A held d: the first opens "Delete …? y/n", the repeats must not
	// answer it.
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ddd")})
	if !h.m.top().Typing() {
		t.Fatal("d did not ask before deleting")
	}
	if len(h.m.nb().Therapists) != 2 {
		t.Fatal("repeats of d deleted a therapist")
	}
}

func TestPastedEscapeSequencesAreRemoved(t *testing.T) {
	h := newHarness(t, nil)
	h.send(sizeMsg(100, 30))
	h.keys("a")
	// Bubble Tea has already dropped the ESC bytes of a bracketed paste;
	// the rest of each sequence must not become part of the name.
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Paste: true, Runes: []rune("Dr \x1b[31mAda\x1b[0m\x1b]0;title\a")})
	h.keys("ctrl+s")
	if len(h.m.nb().Therapists) != 1 {
		t.Fatal("the therapist was not saved")
	}
	if got := h.m.nb().Therapists[0].Name; got != "Dr Ada" {
		t.Fatalf("name = %q, want %q", got, "Dr Ada")
	}
}

func TestPastedLineBreaksSurvive(t *testing.T) {
	got := field.CleanKey(tea.KeyMsg{Type: tea.KeyRunes, Paste: true, Runes: []rune("PhD\rline two\r\nline three")})
	if string(got.Runes) != "PhD\nline two\nline three" {
		t.Fatalf("pasted text = %q, want three lines", string(got.Runes))
	}
}

func TestTypedInvisibleCharactersAreRemoved(t *testing.T) {
	h := newHarness(t, nil)
	h.send(sizeMsg(100, 30))
	h.keys("a")
	// A bidi override typed (or pasted without bracketed paste) would
	// reorder what is drawn after it.
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Dr \u202eAda")})
	h.keys("ctrl+s")
	if got := h.m.nb().Therapists[0].Name; got != "Dr Ada" {
		t.Fatalf("name = %q, want %q", got, "Dr Ada")
	}
}
