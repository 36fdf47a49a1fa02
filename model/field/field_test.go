package field

import (
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
