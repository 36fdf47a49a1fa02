package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// handleChildEvent applies the messages that children send up. It is the
// only place the notebook changes; each change returns a save command.
func (m Model) handleChildEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	if next, cmd, ok := m.handleCompareEvent(msg); ok {
		return next, cmd, true
	}
	switch msg := msg.(type) {
	case backMsg:
		m.screen = screenRoster
		m.layout()
		return m, nil, true
	case openDetailsMsg:
		return m.openDetails(msg.id)
	case openInterviewMsg:
		return m.openInterview(msg.id)
	case therapistSavedMsg:
		return m.handleTherapistSaved(msg)
	case deleteTherapistMsg:
		return m.handleDelete(msg)
	case advanceStatusMsg:
		i, ok := m.nb.Find(msg.id)
		if !ok {
			return m, nil, true
		}
		t := &m.nb.Therapists[i]
		t.Status = nextOutreach(t.Status)
		// Moving someone to "contacted" is the moment worth dating.
		if t.Status == store.Contacted && t.ContactedOn == "" {
			t.ContactedOn = m.now().Format("2006-01-02")
		}
		t.Updated = m.now()
		return m, m.save(), true
	case answerRecordedMsg:
		return m.handleAnswer(msg)
	case openPrepMsg:
		m.screen = screenPrep
		m.layout()
		return m, nil, true
	case prepToggledMsg:
		if m.nb.Prep == nil {
			m.nb.Prep = map[string]bool{}
		}
		m.nb.Prep[msg.id] = !m.nb.Prep[msg.id]
		return m, m.save(), true
	}
	return m, nil, false
}

func (m Model) openDetails(id string) (Model, tea.Cmd, bool) {
	t := store.Therapist{Status: store.ToContact}
	isNew := true
	if i, ok := m.nb.Find(id); ok {
		t, isNew = m.nb.Therapists[i], false
	}
	m.details = newDetails(m.common, t, isNew)
	m.screen = screenDetails
	m.layout()
	return m, m.details.focusCmd(), true
}

func (m Model) openInterview(id string) (Model, tea.Cmd, bool) {
	if _, ok := m.nb.Find(id); !ok {
		return m, nil, true
	}
	m.interview = newInterview(m.common, id)
	m.screen = screenInterview
	m.layout()
	return m, m.interview.focusCmd(), true
}

func (m Model) handleTherapistSaved(msg therapistSavedMsg) (Model, tea.Cmd, bool) {
	t := msg.therapist
	t.Updated = m.now()
	if i, ok := m.nb.Find(t.ID); ok && t.ID != "" {
		// The form edits details and the partner's notes, not answers;
		// answers may have changed since it opened, so keep the notebook's.
		old := m.nb.Therapists[i]
		t.Answers, t.PartnerAnswers, t.Created = old.Answers, old.PartnerAnswers, old.Created
		m.nb.Therapists[i] = t
		m.setStatus("Saved "+safetext.Line(t.Name)+".", false)
	} else {
		t.ID = store.NewID()
		t.Created = t.Updated
		m.nb.Therapists = append(m.nb.Therapists, t)
		m.roster = m.roster.selectID(t.ID)
		m.setStatus("Added "+safetext.Line(t.Name)+". Press enter to start the interview.", false)
	}
	m.screen = screenRoster
	m.layout()
	return m, m.save(), true
}

func (m Model) handleDelete(msg deleteTherapistMsg) (Model, tea.Cmd, bool) {
	i, ok := m.nb.Find(msg.id)
	if !ok {
		return m, nil, true
	}
	name := safetext.Line(m.nb.Therapists[i].Name)
	m.nb.Therapists = append(m.nb.Therapists[:i:i], m.nb.Therapists[i+1:]...)
	m.roster = m.roster.resize()
	m.setStatus("Deleted "+name+" and their answers.", false)
	return m, m.save(), true
}

func (m Model) handleAnswer(msg answerRecordedMsg) (Model, tea.Cmd, bool) {
	i, ok := m.nb.Find(msg.therapistID)
	if !ok {
		return m, nil, true
	}
	t := &m.nb.Therapists[i]
	a := msg.answer
	a.At = m.now()
	if msg.partner {
		if t.PartnerAnswers == nil {
			t.PartnerAnswers = map[string]checklist.Answer{}
		}
		t.PartnerAnswers[msg.questionID] = a
	} else {
		if t.Answers == nil {
			t.Answers = map[string]checklist.Answer{}
		}
		t.Answers[msg.questionID] = a
	}
	t.Updated = a.At
	return m, m.save(), true
}

// save returns a command that writes a copy of the notebook, or nil in
// demo mode, which never writes.
func (m *Model) save() tea.Cmd {
	if m.demo || m.file == nil {
		return nil
	}
	m.rev++
	m.pending++
	return saveCmd(m.file, m.nb.Clone(), m.rev)
}

func (m Model) handleSaved(msg savedMsg) (tea.Model, tea.Cmd) {
	m.pending = max(0, m.pending-1)
	if msg.err != nil {
		m.setStatus(msg.err.Error(), true)
		if m.quitting {
			// Do not vanish with the person's last answer unsaved: stay,
			// show why, and let a second ctrl+c quit anyway.
			m.quitting, m.quitAnyway = false, true
			m.setStatus(msg.err.Error()+" Press ctrl+c again to quit without saving.", true)
		}
		return m, nil
	}
	if m.statusErr {
		// A later save worked, so the earlier failure is resolved.
		m.setStatus("Saved.", false)
	}
	if m.quitting && m.pending == 0 {
		return m, tea.Quit
	}
	return m, nil
}

// startQuit begins quitting: after a short grace (see quitGrace) the
// program ends as soon as no save is pending.
func (m Model) startQuit() (Model, tea.Cmd) {
	m.quitting = true
	return m, quitCheckCmd()
}

func (m Model) handleQuitCheck() (tea.Model, tea.Cmd) {
	if m.quitting && m.pending == 0 {
		return m, tea.Quit
	}
	// Otherwise the last savedMsg quits.
	return m, nil
}
