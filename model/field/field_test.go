package field

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// TestWordDeleteOnTheLastCharacter: bubbles' textinput panicked on alt+d
// with the cursor on the last character (found by the model's fuzz test).
func TestWordDeleteOnTheLastCharacter(t *testing.T) {
	ti := textinput.New()
	ti.Focus()
	ti.SetValue("185")
	ti.SetCursor(2)
	ti, _ = Update(ti, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("d"), Alt: true})
	if ti.Value() != "18" {
		t.Fatalf("value = %q, want 18", ti.Value())
	}
}

// TestBurstsAreText: several runes in one key message are inserted as
// text in both inputs, whatever key names they spell; bubbles matched
// "up" and "down" with its own keys and dropped them.
func TestBurstsAreText(t *testing.T) {
	words := []string{"up", "down", "left", "right", "home", "end", "enter", "tab", "esc", "delete", "backspace", "pgup", "pgdown", "ctrl+n", "ctrl+p"}
	ti := NewLine()
	ti.Focus()
	a := NewBoundedArea("", 1000, "")
	a.Focus()
	want := ""
	for _, w := range words {
		k := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(w)}
		ti, _ = Update(ti, k)
		a, _ = a.Update(k)
		want += w
	}
	if ti.Value() != want || a.Text() != want {
		t.Errorf("line %q, area %q, want %q", ti.Value(), a.Text(), want)
	}
}

// TestCutTextCountsWithoutItsMarker: a text cut on loading counts the
// characters shown of it, the limit, not the marker too.
func TestCutTextCountsWithoutItsMarker(t *testing.T) {
	long := strings.Repeat("a", 5000)
	a := NewBoundedArea("", 4000, long)
	if !IsCut(a.Text()) {
		t.Fatal("setup: not cut")
	}
	if a.Runes() != 4000 || a.Limit() != 4000 {
		t.Errorf("counter reads %d / %d, want 4000 / 4000", a.Runes(), a.Limit())
	}
	if whole := NewBoundedArea("", 4000, "short"); whole.Runes() != 5 {
		t.Errorf("an uncut text counts %d", whole.Runes())
	}
}
