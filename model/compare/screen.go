package compare

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/statusline"
)

// Screen is the comparison as a screen of the root's stack. It changes
// the Model it was given in place, so the screen that opened it keeps the
// person's view (differences only, sort, hidden and pinned columns) for
// the next visit.
type Screen struct {
	common *screen.Common
	m      *Model
}

// NewScreen returns the comparison m as a screen reading c.
func NewScreen(c *screen.Common, m *Model) Screen { return Screen{common: c, m: m} }

// Update implements screen.Screen.
func (s Screen) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	var cmd tea.Cmd
	*s.m, cmd = s.m.Update(msg)
	return s, cmd
}

// View implements screen.Screen.
func (s Screen) View() string { return s.m.View() }

// SetSize implements screen.Screen.
func (s Screen) SetSize(w, h int) screen.Screen {
	*s.m = s.m.SetSize(w, h)
	return s
}

// ShortHelp implements screen.Screen.
func (s Screen) ShortHelp() []key.Binding { return s.m.Keys().ShortHelp() }

// FullHelp implements screen.Screen.
func (s Screen) FullHelp() [][]key.Binding { return s.m.Keys().FullHelp() }

// Typing implements screen.Screen: the comparison has no text field.
func (s Screen) Typing() bool { return false }

// Asking implements screen.Screen: it asks no yes/no question.
func (s Screen) Asking() bool { return false }

// News implements screen.Reporter.
func (s Screen) News() statusline.Line { return s.m.News() }

// Refresh implements screen.Refresher: scores and flags are judged again
// once on the way back from priorities or the questions screen, rather
// than on every change made there.
func (s Screen) Refresh() (screen.Screen, tea.Cmd, bool) {
	*s.m = s.m.SetNotebook(s.common.Notebook()).ClearStatus()
	return s, nil, true
}
