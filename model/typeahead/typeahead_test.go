package typeahead

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
)

// fake is a screen that records the keys it gets: "a" opens a field
// (Typing, and the key returns a command, as opening a screen does), "d"
// asks a question.
type fake struct {
	got            []string
	typing, asking bool
}

func (f *fake) Update(tea.Msg) (screen.Screen, tea.Cmd) { return f, nil }
func (f *fake) View() string                            { return "" }
func (f *fake) SetSize(int, int) screen.Screen          { return f }
func (f *fake) ShortHelp() []key.Binding                { return nil }
func (f *fake) FullHelp() [][]key.Binding               { return nil }
func (f *fake) Typing() bool                            { return f.typing }
func (f *fake) Asking() bool                            { return f.asking }

// Top implements Target.
func (f *fake) Top() screen.Screen { return f }

// Key implements Target.
func (f *fake) Key(k tea.KeyMsg) tea.Cmd {
	name := k.String()
	if k.Paste {
		name = "paste:" + string(k.Runes)
	}
	f.got = append(f.got, name)
	switch {
	case f.typing:
		return nil
	case name == "a":
		f.typing = true
		return func() tea.Msg { return nil }
	case name == "d":
		f.asking = true
	}
	return nil
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func TestRun(t *testing.T) {
	tests := []struct {
		name           string
		typing, asking bool
		keys           []tea.KeyMsg
		got            []string
		queued         int
	}{
		{name: "a burst on a screen of commands is split; what follows a command waits",
			keys: []tea.KeyMsg{runes("xaDr")}, got: []string{"x", "a"}, queued: 1},
		{name: "the queue, drained into a field, goes in as one insert",
			typing: true, keys: []tea.KeyMsg{runes("D"), runes("r"), runes(" up")}, got: []string{"Dr up"}},
		{name: "keys after a question opened are dropped",
			keys: []tea.KeyMsg{runes("dy")}, got: []string{"d"}},
		{name: "a burst is never the answer to a question",
			asking: true, keys: []tea.KeyMsg{runes("yes")}, got: []string{"paste:yes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fake{typing: tt.typing, asking: tt.asking}
			queued, _ := Run(f, tt.keys)
			if len(f.got) != len(tt.got) || len(queued) != tt.queued {
				t.Fatalf("got %q, %d queued; want %q, %d queued", f.got, len(queued), tt.got, tt.queued)
			}
			for i := range f.got {
				if f.got[i] != tt.got[i] {
					t.Fatalf("got %q, want %q", f.got, tt.got)
				}
			}
		})
	}
}
