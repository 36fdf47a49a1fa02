package profile

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

// TestWordDeleteOnTheLastCharacter: a bubbles fault (alt+d on the last
// character indexes past the end) reached the profile's words until they
// went through field.Update (found by the root's FuzzModel).
func TestWordDeleteOnTheLastCharacter(t *testing.T) {
	c := screen.NewCommon(store.New(), theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = 80, 24
	altD := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("d"), Alt: true}
	left := tea.KeyMsg{Type: tea.KeyLeft}
	typed := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ab")}
	p := New(c)
	p, _ = p.startEdit("", 200)
	for _, k := range []tea.KeyMsg{typed, left, altD} {
		p, _ = p.update(k)
	}
	if got := p.input.Value(); got != "a" {
		t.Errorf("profile: %q, want %q", got, "a")
	}
}
