package screen

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/theme"
)

// Confirm is a yes/no question asked in place before something that
// loses data: delete a therapist, skip over a saved answer, clear one,
// leave with typed text. It is the one copy of the prompt's line, its keys
// and help, and its reading of the reply: y is yes, any other key is no.
// About is what the screen asked about (a therapist's ID, which of its
// questions), handed back with the reply so the screen knows what to do.
//
// A screen with a Confirm open reports Asking, and the root's type-ahead
// guard drops the keys typed before the question was drawn.
type Confirm[T any] struct {
	keys   ConfirmKeyMap
	prompt string // the question on screen; "" when none is open
	about  T
}

// ConfirmKeyMap answers a yes/no question such as "Delete ...?".
type ConfirmKeyMap struct {
	Yes key.Binding
	No  key.Binding
}

// DefaultConfirmKeyMap returns y for yes, n and esc for no.
func DefaultConfirmKeyMap() ConfirmKeyMap {
	return ConfirmKeyMap{
		Yes: Bind("y", "yes", "y", "Y"),
		No:  Bind("n/esc", "no", "n", "N", "esc"),
	}
}

// ShortHelp implements help.KeyMap.
func (k ConfirmKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Yes, k.No} }

// FullHelp implements help.KeyMap.
func (k ConfirmKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// NewConfirm returns a closed question with the y/n keys.
func NewConfirm[T any]() Confirm[T] {
	return Confirm[T]{keys: DefaultConfirmKeyMap()}
}

// Ask opens the question prompt (without the "y/n", which View adds)
// about a.
func (c Confirm[T]) Ask(prompt string, a T) Confirm[T] {
	c.prompt, c.about = prompt, a
	return c
}

// Asking reports whether the question waits for its reply.
func (c Confirm[T]) Asking() bool { return c.prompt != "" }

// Prompt is the question on screen, "" when none is open.
func (c Confirm[T]) Prompt() string { return c.prompt }

// Answer reads k as the reply and closes the question: yes for the Yes
// key, no for any other, with what the question was about.
func (c Confirm[T]) Answer(k tea.KeyMsg) (next Confirm[T], yes bool, about T) {
	about = c.about
	var zero T
	c.prompt, c.about = "", zero
	return c, key.Matches(k, c.keys.Yes), about
}

// View is the question's line, "! prompt y/n", cut to width; "" when no
// question is open.
func (c Confirm[T]) View(s *theme.Styles, width int) string {
	if !c.Asking() {
		return ""
	}
	return s.Warn.Render(cell.Cut("! "+c.prompt+" y/n", width))
}

// ShortHelp is the help while the question is open.
func (c Confirm[T]) ShortHelp() []key.Binding { return c.keys.ShortHelp() }

// FullHelp is the full help while the question is open.
func (c Confirm[T]) FullHelp() [][]key.Binding { return c.keys.FullHelp() }
