// Package confirm is vetted's one yes/no question, asked in place before
// something that loses data: delete a therapist, skip over a saved answer,
// clear one, leave a form with edits. It holds the prompt's line, its keys
// and help, and its reading of the reply: y is yes, any other key is no.
package confirm

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/theme"
)

// KeyMap answers a yes/no question.
type KeyMap struct {
	Yes key.Binding
	No  key.Binding
}

// DefaultKeyMap returns the y/n keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Yes: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		No:  key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", "no")),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Yes, k.No} }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// Question is a yes/no question about a T: what the screen asked about (a
// therapist's ID, which of its questions), handed back with the reply so
// the screen knows what to do. The zero Question is closed, with no keys:
// build one with New.
type Question[T any] struct {
	keys   KeyMap
	prompt string // the question on screen; "" when none is open
	about  T
}

// New returns a closed question with the y/n keys.
func New[T any]() Question[T] { return Question[T]{keys: DefaultKeyMap()} }

// Ask opens the question prompt (without the "y/n", which View adds)
// about a.
func (c Question[T]) Ask(prompt string, a T) Question[T] {
	c.prompt, c.about = prompt, a
	return c
}

// Asking reports whether the question waits for its reply.
func (c Question[T]) Asking() bool { return c.prompt != "" }

// Prompt is the open question, "" when none is.
func (c Question[T]) Prompt() string { return c.prompt }

// Answer reads k as the reply and closes the question: yes for the Yes
// key, no for any other, with what the question was about. Several
// letters in one key message (fast typing, a paste) are never a reply:
// they say nothing and leave the question open.
func (c Question[T]) Answer(k tea.KeyMsg) (next Question[T], yes bool, about T) {
	if k.Paste || len(k.Runes) > 1 {
		return c, false, c.about
	}
	about = c.about
	var zero T
	c.prompt, c.about = "", zero
	return c, key.Matches(k, c.keys.Yes), about
}

// View is the question's line, "! prompt y/n", cut to width; "" when no
// question is open.
func (c Question[T]) View(s *theme.Styles, width int) string {
	if !c.Asking() {
		return ""
	}
	return s.Warn.Render(cell.Cut("! "+c.prompt+" y/n", width))
}

// ShortHelp is the help while the question is open.
func (c Question[T]) ShortHelp() []key.Binding { return c.keys.ShortHelp() }

// FullHelp is the full help while the question is open.
func (c Question[T]) FullHelp() [][]key.Binding { return c.keys.FullHelp() }
