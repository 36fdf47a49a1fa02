package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
)

// The preparation list's tick, and what the small forms save.

// handlePrepEvent applies a tick on the preparation list and a saved
// small form (screen.Edit: the credential check, a preparation item);
// ok is false for any other message.
func (m Model) handlePrepEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case screen.PrepToggledMsg:
		nb := m.nb()
		if nb.Prep == nil {
			nb.Prep = map[string]bool{}
		}
		nb.Prep[msg.ID] = !nb.Prep[msg.ID]
		cmd := m.save()
		return m, cmd, true
	case screen.Edit:
		// Written into the notebook and saved; then back to the screen
		// the form was opened from.
		news, ok := msg.Apply(m.nb(), m.now())
		if !ok {
			return m, nil, true
		}
		m.setStatus(news, false)
		cmd := m.save()
		back := m.pop()
		return m, tea.Batch(cmd, back), true
	}
	return m, nil, false
}
