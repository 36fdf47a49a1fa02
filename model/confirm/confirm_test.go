package confirm

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/model/theme"
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

// TestQuestionOpensAndCloses: a question opens with its prompt, reads y
// (any case) as yes and every other key as no, hands back what it was
// about and closes; its line fits the width it is given.
func TestQuestionOpensAndCloses(t *testing.T) {
	s := theme.DefaultStyles()
	c := New[string]()
	if c.Asking() || c.View(s, 80) != "" {
		t.Fatal("a new question is open")
	}
	for _, tc := range []struct {
		key tea.KeyMsg
		yes bool
	}{
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y")}, true},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Y")}, true},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")}, false},
		{tea.KeyMsg{Type: tea.KeyEsc}, false},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}, false},
		{tea.KeyMsg{Type: tea.KeyEnter}, false},
	} {
		c = c.Ask("Delete Dr Ada?", "t1")
		if !c.Asking() {
			t.Fatal("Ask did not open the question")
		}
		if got := ansi.Strip(c.View(s, 80)); got != "! Delete Dr Ada? y/n" {
			t.Errorf("view = %q", got)
		}
		var yes bool
		var about string
		c, yes, about = c.Answer(tc.key)
		if yes != tc.yes || about != "t1" || c.Asking() {
			t.Errorf("%s: yes=%v about=%q open=%v, want yes=%v about t1, closed", tc.key, yes, about, c.Asking(), tc.yes)
		}
	}
	if got := ansi.Strip(c.Ask("A long question that does not fit", "x").View(s, 12)); ansi.StringWidth(got) > 12 {
		t.Errorf("view at 12 columns is %q", got)
	}
}
