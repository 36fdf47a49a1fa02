package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// handleConcernsEvent applies what My concerns and the outreach pane
// send up; ok is false for other messages.
func (m Model) handleConcernsEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	nb := m.nb()
	switch msg := msg.(type) {
	case screen.ConcernToggledMsg:
		nb.Profile = nb.Profile.Toggled(msg.ID)
	case screen.OwnWordsSavedMsg:
		nb.Profile.OwnWords = msg.Text
	case screen.PartnerSetMsg:
		had := nb.People.PartnerName()
		nb.SetPartner(msg.Name)
		switch {
		case nb.People.HasPartner():
			m.setStatus("Coming with "+nb.People.PartnerName()+": “sees couples” counts in the fit score.", false)
		case had != "":
			m.setStatus("Coming alone. "+had+"'s ratings and notes stay in the notebook, hidden until you come with a partner again.", false)
		}
	case screen.MarkAskedMsg:
		i, ok := nb.Find(msg.ID)
		if !ok {
			return m, nil, true
		}
		t := &nb.Therapists[i]
		t.Status = store.AskedByEmail
		if t.ContactedOn == "" {
			t.ContactedOn = m.now().Format("2006-01-02")
		}
		t.Updated = m.now()
		m.setStatus("Marked "+safetext.Line(field.Shown(t.Name))+" asked by email. When they answer, fill in the interview (enter) and press s on the roster for “answered by email”.", false)
	default:
		return m, nil, false
	}
	save := m.save()
	told := m.changed(msg, "")
	return m, tea.Batch(save, told), true
}
