package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/confirm"
	"github.com/vetted-tui/vetted/model/theme"
)

// confirmQuestion is the one yes/no question (model/confirm) under the
// names this package's screens call it by.
//
// The root's type-ahead guard (typeahead.go) asks each screen whether a
// question is open (asking) and drops the keys typed before it was drawn.
type confirmQuestion[T any] struct{ confirm.Question[T] }

// newConfirm returns a closed question with the y/n keys.
func newConfirm[T any]() confirmQuestion[T] { return confirmQuestion[T]{confirm.New[T]()} }

// ask opens the question prompt (without the "y/n", which view adds) about
// a.
func (c confirmQuestion[T]) ask(prompt string, a T) confirmQuestion[T] {
	return confirmQuestion[T]{c.Ask(prompt, a)}
}

// asking reports whether the question waits for its reply.
func (c confirmQuestion[T]) asking() bool { return c.Asking() }

// answer reads k as the reply; see confirm.Question.Answer.
func (c confirmQuestion[T]) answer(k tea.KeyMsg) (next confirmQuestion[T], yes bool, about T) {
	q, yes, about := c.Answer(k)
	return confirmQuestion[T]{q}, yes, about
}

// view is the question's line, cut to width; "" when none is open.
func (c confirmQuestion[T]) view(s *theme.Styles, width int) string { return c.View(s, width) }

// shortHelp is the help while the question is open.
func (c confirmQuestion[T]) shortHelp() []key.Binding { return c.ShortHelp() }

// fullHelp is the full help while the question is open.
func (c confirmQuestion[T]) fullHelp() [][]key.Binding { return c.FullHelp() }
