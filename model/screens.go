package model

// The forms and the questions screen, still in this package, meet the stack's contract
// (screen.Screen) here, at their edges: each method hands on to the
// screen's own update, view, resize and help.

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
)

// Update implements screen.Screen.
func (d detailsModel) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	d, cmd := d.update(msg)
	return d, cmd
}

// View implements screen.Screen.
func (d detailsModel) View() string { return d.view() }

// SetSize implements screen.Screen; the form reads its room from common.
func (d detailsModel) SetSize(int, int) screen.Screen { return d.resize() }

// ShortHelp implements screen.Screen.
func (d detailsModel) ShortHelp() []key.Binding { return d.shortHelp() }

// FullHelp implements screen.Screen.
func (d detailsModel) FullHelp() [][]key.Binding { return d.fullHelp() }

// Typing implements screen.Screen.
func (d detailsModel) Typing() bool { return d.typing() }

// Asking implements screen.Screen.
func (d detailsModel) Asking() bool { return d.asking() }

// Discarded implements undo.Discarder: the form was left without its edits,
// which u can bring back (model/undo).
func (d detailsModel) Discarded() (screen.Screen, bool) {
	left := d.form.Dirty() && d.form.Discarded()
	d.form = d.form.Reopened()
	return d, left
}

// Discarded implements undo.Discarder.
func (f formModel) Discarded() (screen.Screen, bool) {
	left := f.form.Dirty() && f.form.Discarded()
	f.form = f.form.Reopened()
	return f, left
}

// Update implements screen.Screen.
func (f formModel) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	f, cmd := f.update(msg)
	return f, cmd
}

// View implements screen.Screen.
func (f formModel) View() string { return f.view() }

// SetSize implements screen.Screen; the form reads its room from common.
func (f formModel) SetSize(int, int) screen.Screen { return f.resize() }

// ShortHelp implements screen.Screen.
func (f formModel) ShortHelp() []key.Binding { return f.shortHelp() }

// FullHelp implements screen.Screen.
func (f formModel) FullHelp() [][]key.Binding { return f.fullHelp() }

// Typing implements screen.Screen.
func (f formModel) Typing() bool { return f.typing() }

// Asking implements screen.Screen.
func (f formModel) Asking() bool { return f.asking() }

// Update implements screen.Screen.
func (qm questionsModel) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	qm, cmd := qm.update(msg)
	return qm, cmd
}

// View implements screen.Screen.
func (qm questionsModel) View() string { return qm.view() }

// SetSize implements screen.Screen; the screen reads its room from
// common.
func (qm questionsModel) SetSize(int, int) screen.Screen { return qm.resize() }

// ShortHelp implements screen.Screen.
func (qm questionsModel) ShortHelp() []key.Binding { return qm.shortHelp() }

// FullHelp implements screen.Screen.
func (qm questionsModel) FullHelp() [][]key.Binding { return qm.fullHelp() }

// Typing implements screen.Screen.
func (qm questionsModel) Typing() bool { return qm.typing() }

// Asking implements screen.Screen.
func (qm questionsModel) Asking() bool {
	return qm.ask.asking() || qm.form != nil && qm.form.asking()
}
