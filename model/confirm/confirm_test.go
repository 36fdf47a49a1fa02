package confirm

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// A reply is one key: y is yes, any other single key is no; several runes
// in one message (fast typing, a paste that carries "y") are no reply and
// leave the question open.
func TestAnswer(t *testing.T) {
	tests := []struct {
		name      string
		k         tea.KeyMsg
		yes, open bool
	}{
		{"y", tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y")}, true, false},
		{"Y", tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Y")}, true, false},
		{"n", tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")}, false, false},
		{"esc", tea.KeyMsg{Type: tea.KeyEsc}, false, false},
		{"a burst", tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("yy")}, false, true},
		{"a pasted y", tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y"), Paste: true}, false, true},
	}
	for _, tt := range tests {
		q := New[int]().Ask("Discard?", 7)
		q, yes, about := q.Answer(tt.k)
		if yes != tt.yes || q.Asking() != tt.open || about != 7 {
			t.Errorf("%s: yes %v open %v about %d, want %v %v 7", tt.name, yes, q.Asking(), about, tt.yes, tt.open)
		}
	}
}
