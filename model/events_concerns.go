package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// openProfileMsg asks for the "My concerns" screen.
type openProfileMsg struct{}

// openOutreachMsg asks for the outreach pane of one therapist.
type openOutreachMsg struct{ id string }

// handleConcernsEvent applies what the profile screen and the outreach
// pane send up; ok is false for other messages.
func (m Model) handleConcernsEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case openProfileMsg:
		*m.profile = newProfile(m.common)
		m.screen = screenProfile
		m.layout()
		return m, nil, true
	case concernToggledMsg:
		m.nb.Profile = m.nb.Profile.Toggled(msg.id)
		save := m.save()
		return m, save, true
	case ownWordsSavedMsg:
		m.nb.Profile.OwnWords = msg.text
		*m.profile = m.profile.resize()
		save := m.save()
		return m, save, true
	case partnerSetMsg:
		had := m.nb.People.PartnerName()
		m.nb.SetPartner(msg.name)
		switch {
		case m.nb.People.HasPartner():
			m.setStatus("Coming with "+m.nb.People.PartnerName()+": “sees couples” counts in the fit score.", false)
		case had != "":
			m.setStatus("Coming alone. "+had+"'s ratings and notes stay in the notebook, hidden until you come with a partner again.", false)
		}
		*m.profile = m.profile.resize()
		save := m.save()
		return m, save, true
	case openOutreachMsg:
		if _, ok := m.nb.Find(msg.id); !ok {
			return m, nil, true
		}
		*m.outreach = newOutreach(m.common, msg.id)
		m.screen = screenOutreach
		m.layout()
		return m, nil, true
	case markAskedMsg:
		i, ok := m.nb.Find(msg.id)
		if !ok {
			return m, nil, true
		}
		t := &m.nb.Therapists[i]
		t.Status = store.AskedByEmail
		if t.ContactedOn == "" {
			t.ContactedOn = m.now().Format("2006-01-02")
		}
		t.Updated = m.now()
		m.setStatus("Marked "+safetext.Line(shown(t.Name))+" asked by email. When they answer, fill in the interview (enter) and press s on the roster for “answered by email”.", false)
		save := m.save()
		return m, save, true
	case messageCopiedMsg:
		if msg.err != nil {
			m.setStatus("Could not send the message to the terminal's clipboard: "+msg.err.Error()+". Save it with w instead.", true)
		} else {
			m.setStatus(copiedNote, false)
		}
		return m, nil, true
	case messageSavedMsg:
		if msg.err != nil {
			m.setStatus("The message was not saved: "+msg.err.Error(), true)
		} else {
			m.setStatus("Saved the message to "+msg.path+" (readable by you alone).", false)
		}
		return m, nil, true
	}
	return m, nil, false
}
