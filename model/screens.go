package model

// The questions screen, still in this package, meets the stack's contract
// (screen.Screen) here, at its edges: each method hands on to the
// screen's own update, view, resize and help.

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
)

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
