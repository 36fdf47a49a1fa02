package priorities

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/model/screen"
)

// Screen is the priorities screen as a screen of the root's stack.
type Screen struct {
	common *screen.Common
	p      Model
}

// NewScreen returns the priorities of the notebook in c. judged is a
// judgement of an earlier or the same state of it (the comparison's), or
// nil: see Model.Rejudge.
func NewScreen(c *screen.Common, judged *assess.Judgement) Screen {
	return Screen{common: c, p: New(c.Notebook(), c.Styles, judged)}
}

// Update implements screen.Screen. After a change the root applied, the
// screen shows the saved values; an importance changes no verdict, so it
// only weighs its kept judgement again rather than judging every
// therapist (BenchmarkPrioritiesKey).
func (s Screen) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	if ch, ok := msg.(screen.ChangedMsg); ok {
		if _, weighOnly := ch.Event.(SetImportanceMsg); weighOnly {
			s.p = s.p.Reweigh(s.common.Notebook())
		} else {
			s.p = s.p.SetNotebook(s.common.Notebook())
		}
		return s, nil
	}
	var cmd tea.Cmd
	s.p, cmd = s.p.Update(msg)
	return s, cmd
}

// View implements screen.Screen.
func (s Screen) View() string { return s.p.View() }

// SetSize implements screen.Screen.
func (s Screen) SetSize(w, h int) screen.Screen {
	s.p = s.p.SetSize(w, h)
	return s
}

// ShortHelp implements screen.Screen.
func (s Screen) ShortHelp() []key.Binding { return s.p.Keys().ShortHelp() }

// FullHelp implements screen.Screen.
func (s Screen) FullHelp() [][]key.Binding { return s.p.Keys().FullHelp() }

// Typing implements screen.Screen: the budget and names are typed.
func (s Screen) Typing() bool { return s.p.Typing() }

// Asking implements screen.Screen: it asks no yes/no question.
func (s Screen) Asking() bool { return false }

// Refresh implements screen.Refresher.
func (s Screen) Refresh() (screen.Screen, tea.Cmd, bool) {
	s.p = s.p.SetNotebook(s.common.Notebook())
	return s, nil, true
}
