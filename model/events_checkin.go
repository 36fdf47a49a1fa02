package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/checkin"
	"github.com/vetted-tui/vetted/model/undo"
)

// The check-ins' events: a check-in made, a check-in dropped.

// handleCheckInEvent applies the check-in screens' events to the notebook,
// saves, and tells the screen on top (the form closes, the list reads the
// notebook again); ok is false for other messages. An event about a
// therapist or check-in that is gone (a reload from disk in between)
// changes nothing, and says so.
func (m Model) handleCheckInEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	var applied bool
	var id string
	switch msg := msg.(type) {
	case checkin.AddMsg:
		applied, id = msg.Apply(m.nb()), msg.TherapistID
		if applied {
			m.setStatus(checkin.SavedNews, false)
		}
	case checkin.DropMsg:
		dropped, _ := msg.Dropping(m.nb())
		applied, id = msg.Apply(m.nb()), msg.TherapistID
		if applied {
			m.remember(undo.PutCheckInBack(id, msg.Index, dropped, checkin.Name(dropped), checkin.SelectKey(dropped)))
			m.setStatus(checkin.DroppedNews+": "+m.undoWord()+" brings it back.", false)
		}
	default:
		return m, nil, false
	}
	if !applied {
		m.setStatus(checkin.GoneNews, true)
		return m, nil, true
	}
	if i, ok := m.nb().Find(id); ok {
		m.nb().Therapists[i].Updated = m.now()
	}
	save := m.save()
	return m, tea.Batch(save, m.changed(msg, "")), true
}
