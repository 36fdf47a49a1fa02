package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/theme"
)

// confirmQuestion is a yes/no question asked in place before something that
// loses data: delete a therapist, skip over a saved answer, clear one, leave
// with typed text. It is the one copy of the prompt's line, its keys and
// help, and its reading of the reply: y is yes, any other key is no. About
// is what the screen asked about (a therapist's ID, which of its questions),
// handed back with the reply so the screen knows what to do.
//
// The root's type-ahead guard (typeahead.go) asks each screen whether a
// question is open (asking) and drops the keys typed before it was drawn.
type confirmQuestion[T any] struct {
	keys   confirmKeyMap
	prompt string // the question on screen; "" when none is open
	about  T
}

// newConfirm returns a closed question with the y/n keys.
func newConfirm[T any]() confirmQuestion[T] {
	return confirmQuestion[T]{keys: defaultConfirmKeyMap()}
}

// ask opens the question prompt (without the "y/n", which view adds) about
// a.
func (c confirmQuestion[T]) ask(prompt string, a T) confirmQuestion[T] {
	c.prompt, c.about = prompt, a
	return c
}

// asking reports whether the question waits for its reply.
func (c confirmQuestion[T]) asking() bool { return c.prompt != "" }

// answer reads k as the reply and closes the question: yes for the Yes
// key, no for any other, with what the question was about.
func (c confirmQuestion[T]) answer(k tea.KeyMsg) (next confirmQuestion[T], yes bool, about T) {
	about = c.about
	var zero T
	c.prompt, c.about = "", zero
	return c, key.Matches(k, c.keys.Yes), about
}

// view is the question's line, "! prompt y/n", cut to width; "" when no
// question is open.
func (c confirmQuestion[T]) view(s *theme.Styles, width int) string {
	if !c.asking() {
		return ""
	}
	return s.Warn.Render(cell.Cut("! "+c.prompt+" y/n", width))
}

// shortHelp is the help while the question is open.
func (c confirmQuestion[T]) shortHelp() []key.Binding { return c.keys.ShortHelp() }

// fullHelp is the full help while the question is open.
func (c confirmQuestion[T]) fullHelp() [][]key.Binding { return c.keys.FullHelp() }
