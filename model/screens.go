package model

// The forms, still in this package, meet the stack's contract
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

// Discarded implements discarder: the form was left without its edits,
// which u can bring back (undo.go).
func (d detailsModel) Discarded() (screen.Screen, bool) {
	left := d.form.Dirty() && d.form.Discarded()
	d.form = d.form.Reopened()
	return d, left
}

// Discarded implements discarder.
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
