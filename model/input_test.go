package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
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

func TestMixedBatchesNeverRunCommands(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Smith"))
	h.send(sizeMsg(100, 30))
	// Typing "aDr Andy" fast: Bubble Tea cuts the batch at the space, so
	// the roster can see "a" + "Dr", then " ", then "Andy" before the form
	// opens. None of it may run roster commands (d then y deletes).
	h.send(
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("aDr")},
		tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}},
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Andy")},
	)
	if len(h.m.nb.Therapists) != 1 || h.m.nb.Therapists[0].Name != "Dr Smith" {
		t.Fatalf("a fast-typed batch changed the roster: %+v", h.m.nb.Therapists)
	}
	if h.m.roster.typing() {
		t.Fatal("a fast-typed batch opened the delete question")
	}
}

func TestRepeatedKeyStopsWhenSomethingStarts(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Smith", "Dr Jones"))
	h.send(sizeMsg(100, 30))
	// A held d: the first opens "Delete …? y/n", the repeats must not
	// answer it.
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ddd")})
	if !h.m.roster.typing() {
		t.Fatal("d did not ask before deleting")
	}
	if len(h.m.nb.Therapists) != 2 {
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
	if len(h.m.nb.Therapists) != 1 {
		t.Fatal("the therapist was not saved")
	}
	if got := h.m.nb.Therapists[0].Name; got != "Dr Ada" {
		t.Fatalf("name = %q, want %q", got, "Dr Ada")
	}
}

func TestPastedLineBreaksSurvive(t *testing.T) {
	got := cleanRunes(tea.KeyMsg{Type: tea.KeyRunes, Paste: true, Runes: []rune("PhD\rline two\r\nline three")})
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
	if got := h.m.nb.Therapists[0].Name; got != "Dr Ada" {
		t.Fatalf("name = %q, want %q", got, "Dr Ada")
	}
}
