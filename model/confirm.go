package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
)

// confirmQuestion is screen.Confirm under the names the screens of this
// package call it by; the forms keep them until they move to a package of
// their own (issue 13 §2).
type confirmQuestion[T any] struct {
	c screen.Confirm[T]
	// prompt is the question on screen, "" when none is open.
	prompt string
}

// newConfirm returns a closed question with the y/n keys.
func newConfirm[T any]() confirmQuestion[T] {
	return confirmQuestion[T]{c: screen.NewConfirm[T]()}
}

func (q confirmQuestion[T]) ask(prompt string, a T) confirmQuestion[T] {
	c := q.c.Ask(prompt, a)
	return confirmQuestion[T]{c: c, prompt: c.Prompt()}
}

func (q confirmQuestion[T]) asking() bool { return q.c.Asking() }

func (q confirmQuestion[T]) answer(k tea.KeyMsg) (confirmQuestion[T], bool, T) {
	c, yes, about := q.c.Answer(k)
	return confirmQuestion[T]{c: c}, yes, about
}

func (q confirmQuestion[T]) view(s *theme.Styles, width int) string { return q.c.View(s, width) }
func (q confirmQuestion[T]) shortHelp() []key.Binding               { return q.c.ShortHelp() }
func (q confirmQuestion[T]) fullHelp() [][]key.Binding              { return q.c.FullHelp() }
