package model

// Regressions that FuzzModel found, each as a plain test.

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestWordBackWithNothingBeforeTheCursorReturns: bubbles' textarea looped
// forever on alt+left in empty notes (found by FuzzModel).
func TestWordBackWithNothingBeforeTheCursorReturns(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e")
	h.focusDetails(fieldNotes)
	alt := tea.KeyMsg{Type: tea.KeyLeft, Alt: true}
	h.send(alt) // empty notes
	h.paste("  \n  ")
	h.send(alt) // only spaces before the cursor
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("b"), Alt: true})
	h.paste("word  ")
	h.send(alt) // a word before: the cursor goes to its start
	if got := h.m.details.notes.LineInfo().ColumnOffset; got != 2 {
		t.Fatalf("cursor at column %d after a word back, want 2 (the start of the word)", got)
	}
}
