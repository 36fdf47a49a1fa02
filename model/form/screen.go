package form

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
)

// Screen is a form on the stack of screens (screen.Screen): the details
// form, the credential check and a preparation item's form are each one,
// built by their own package with their fields and what saving sends.
// esc leaves it (screen.BackMsg, asking first over edits); saving sends
// up the message submit makes of the form's values, read by key. The
// screen never changes the notebook: the root applies that message.
type Screen struct {
	form   Form
	submit func(Form) tea.Msg
}

// NewScreen returns f as a screen; submit turns the saved form into the
// message the root applies.
func NewScreen(f Form, submit func(Form) tea.Msg) Screen {
	return Screen{form: f, submit: submit}
}

// Form is the form as it stands, to read by key (Value, Focused ...).
func (s Screen) Form() Form { return s.form }

// Update implements screen.Screen.
func (s Screen) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	var cmd tea.Cmd
	var out Outcome
	s.form, cmd, out = s.form.Update(msg)
	switch out {
	case Left:
		return s, screen.Send(screen.BackMsg{})
	case Submitted:
		return s, screen.Send(s.submit(s.form))
	}
	return s, cmd
}

// View implements screen.Screen.
func (s Screen) View() string { return s.form.View() }

// SetSize implements screen.Screen.
func (s Screen) SetSize(width, height int) screen.Screen {
	s.form = s.form.SetSize(width, height)
	return s
}

// ShortHelp implements screen.Screen.
func (s Screen) ShortHelp() []key.Binding { return s.form.ShortHelp() }

// FullHelp implements screen.Screen.
func (s Screen) FullHelp() [][]key.Binding { return s.form.FullHelp() }

// Typing implements screen.Screen.
func (s Screen) Typing() bool { return s.form.Typing() }

// Asking implements screen.Screen: esc over edits asks whether to
// discard them.
func (s Screen) Asking() bool { return s.form.Asking() }

// FocusCmd focuses the first field's input and returns its cursor's
// command, for the one that opens the screen.
func (s *Screen) FocusCmd() tea.Cmd { return s.form.FocusCmd() }

// Discarded reports whether the screen was left without its edits (y to
// "Discard your edits?") and returns it open again with them, for the
// root's undo (u brings them back).
func (s Screen) Discarded() (screen.Screen, bool) {
	var left bool
	s.form, left = s.form.Discarded()
	return s, left
}
