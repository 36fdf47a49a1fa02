package model

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// handleChildEvent applies the messages that children send up. It is the
// only place the notebook changes; each change returns a save command.
func (m Model) handleChildEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	if next, cmd, ok := m.handleCompareEvent(msg); ok {
		return next, cmd, true
	}
	if next, cmd, ok := m.handleWelcomeEvent(msg); ok {
		return next, cmd, true
	}
	if next, cmd, ok := m.handleConcernsEvent(msg); ok {
		return next, cmd, true
	}
	if next, cmd, ok := m.handlePrepEvent(msg); ok {
		return next, cmd, true
	}
	if next, cmd, ok := m.handleQuestionsEvent(msg); ok {
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
		cmd := m.save()
		return m, cmd, true
	case answerRecordedMsg:
		return m.handleAnswer(msg)
	case answerClearedMsg:
		return m.handleClear(msg)
	case openPrepMsg:
		m.screen = screenPrep
		m.layout()
		return m, nil, true
	case prepToggledMsg:
		if m.nb.Prep == nil {
			m.nb.Prep = map[string]bool{}
		}
		m.nb.Prep[msg.id] = !m.nb.Prep[msg.id]
		cmd := m.save()
		return m, cmd, true
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
	if len(m.nb.Catalogue().Questions()) == 0 {
		// An interview of no questions would have no way out but ctrl+c.
		m.setStatus("There are no questions to ask: every built-in one is hidden and there are none of your own. Q shows your questions.", true)
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
		m.setStatus("Saved "+safetext.Line(shown(t.Name))+".", false)
	} else {
		t.ID = store.NewID()
		t.Created = t.Updated
		m.nb.Therapists = append(m.nb.Therapists, t)
		m.roster = m.roster.selectID(t.ID)
		m.setStatus("Added "+safetext.Line(shown(t.Name))+". Press enter to start the interview.", false)
	}
	m.screen = screenRoster
	m.layout()
	cmd := m.save()
	return m, cmd, true
}

func (m Model) handleDelete(msg deleteTherapistMsg) (Model, tea.Cmd, bool) {
	i, ok := m.nb.Find(msg.id)
	if !ok {
		return m, nil, true
	}
	name := safetext.Line(shown(m.nb.Therapists[i].Name))
	m.nb.Therapists = append(m.nb.Therapists[:i:i], m.nb.Therapists[i+1:]...)
	m.roster = m.roster.resize()
	m.setStatus("Deleted "+name+" and their answers.", false)
	if !m.demo && m.file != nil {
		// The file's kept previous version still holds them: this save
		// (the next revision) removes it (see dropSaveCmd), and
		// notePreviousDropped says so once it has.
		m.dropRev, m.deleted = m.rev+1, name
	}
	cmd := m.save()
	return m, cmd, true
}

func (m Model) handleAnswer(msg answerRecordedMsg) (Model, tea.Cmd, bool) {
	i, ok := m.nb.Find(msg.therapistID)
	if !ok {
		return m, nil, true
	}
	t := &m.nb.Therapists[i]
	before := answerIn(t.Answers, msg.questionID)
	if msg.partner {
		before = answerIn(t.PartnerAnswers, msg.questionID)
	}
	a := msg.answer
	a.At = m.now()
	// Set*Answer replace the map: the copy a save is writing shares it.
	if msg.partner {
		t.SetPartnerAnswer(msg.questionID, a)
	} else {
		t.SetAnswer(msg.questionID, a)
	}
	t.Updated = a.At
	cmd := m.save()
	m.noteAnswer(msg, t.Name, before, a)
	return m, cmd, true
}

func (m Model) handleClear(msg answerClearedMsg) (Model, tea.Cmd, bool) {
	i, ok := m.nb.Find(msg.therapistID)
	if !ok {
		return m, nil, true
	}
	t := &m.nb.Therapists[i]
	if msg.partner {
		t.ClearPartnerAnswer(msg.questionID)
	} else {
		t.ClearAnswer(msg.questionID)
	}
	t.Updated = m.now()
	cmd := m.save()
	return m, cmd, true
}

// save returns a command that writes a copy of the notebook after a
// change, or nil in demo mode, which never writes.
func (m *Model) save() tea.Cmd {
	cmd := m.saveCopy()
	if cmd != nil {
		m.unsaved = append(m.unsaved, m.rev)
	}
	return cmd
}

// saveCopy starts a save of the notebook as it is now, as a new revision.
func (m *Model) saveCopy() tea.Cmd {
	if m.demo || m.file == nil {
		return nil
	}
	m.rev++
	m.pending++
	if m.dropRev != 0 {
		return dropSaveCmd(m.file, m.nb.Snapshot(), m.rev)
	}
	return saveCmd(m.file, m.nb.Snapshot(), m.rev)
}

// handleSaved takes the end of one save. Saves can end out of order, so
// each result is weighed by its revision: a failure that a newer good save
// already covers is moot, and an older save that works does not clear the
// failure of a newer one.
func (m Model) handleSaved(msg savedMsg) (tea.Model, tea.Cmd) {
	m.pending = max(0, m.pending-1)
	if errors.Is(msg.err, store.ErrSuperseded) {
		// A newer save, already queued, holds this one's changes and
		// reports for both; this one neither wrote nor failed.
		cmd := m.continueQuit()
		return m, cmd
	}
	if msg.err != nil {
		if msg.rev <= m.lastGoodRev {
			cmd := m.continueQuit()
			return m, cmd
		}
		m.errRev = max(m.errRev, msg.rev)
		m.setStatus(msg.err.Error(), true)
		if !m.quitting || m.pending > 0 {
			// While quitting, a newer save still running may cover this
			// one: wait for it.
			return m, nil
		}
		// Do not vanish with the person's changes unsaved: stay, say
		// why and what, and let a second ctrl+c quit anyway.
		m.quitting, m.quitAnyway = false, true
		m.setStatus(sentence(msg.err.Error())+" "+m.unsavedNote()+" Press ctrl+c again to quit without saving.", true)
		return m, nil
	}
	m.lastGoodRev = max(m.lastGoodRev, msg.rev)
	m.unsaved = slices.DeleteFunc(m.unsaved, func(r uint64) bool { return r <= m.lastGoodRev })
	if m.errRev != 0 && msg.rev >= m.errRev {
		// This save holds every change the failed one did.
		m.errRev, m.quitAnyway = 0, false
		if m.status.Err() {
			m.setStatus("Saved.", false)
		}
	}
	m.notePreviousDropped(msg)
	cmd := m.continueQuit()
	return m, cmd
}

// notePreviousDropped records whether a save after a delete removed the
// kept previous version, and tells the person either way.
func (m *Model) notePreviousDropped(msg savedMsg) {
	if m.dropRev == 0 || msg.rev < m.dropRev {
		return
	}
	switch {
	case msg.dropped:
		m.dropRev = 0
		if m.errRev == 0 { // else a newer failure stays in view
			m.setStatus("Deleted "+m.deleted+": their answers are gone from the file.", false)
		}
	case msg.prevErr != nil:
		m.setStatus("Deleted "+m.deleted+" from the notebook, but "+sentence(msg.prevErr.Error())+
			" That copy still holds their answers; vetted tries again on the next save.", true)
	}
}

// unsavedNote says how many changes are not on disk, for a failure.
func (m Model) unsavedNote() string {
	switch len(m.unsaved) {
	case 0:
		return "Your latest changes are not on disk."
	case 1:
		return "1 change is not on disk."
	}
	return changes(len(m.unsaved)) + " are not on disk."
}

// sentence ends s with a full stop unless it has one, so that another
// sentence can follow it.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// changes counts changes in words: "1 change", "3 changes", and "your
// latest changes" when the count is not known.
func changes(n int) string {
	switch n {
	case 0:
		return "your latest changes"
	case 1:
		return "1 change"
	}
	return fmt.Sprintf("%d changes", n)
}

// startQuit begins quitting: after a short grace (see quitGrace) the
// program ends once the newest notebook is on disk. A quit that starts
// over forgets an earlier "quit anyway".
//
// The quit helpers take a pointer and return only the command: a Model is
// large, and each Model returned by value takes room in the caller's stack
// frame, which Update's callers pay for on every key.
func (m *Model) startQuit() tea.Cmd {
	m.quitting, m.quitAnyway = true, false
	m.fitStatus()
	return quitCheckCmd()
}

// continueQuit ends the program if it is quitting, no save is running and
// the newest revision is on disk. If an earlier save failed, it saves the
// notebook once more and waits for that (handleSaved calls back here).
func (m *Model) continueQuit() tea.Cmd {
	if !m.quitting || m.pending > 0 {
		return nil
	}
	if m.lastGoodRev >= m.rev {
		return tea.Quit
	}
	return m.saveCopy()
}

// quitNow ends the program without waiting for saves, saying first what
// may be lost: after a failure, what is not saved; while a save runs, what
// may not be.
func (m *Model) quitNow() tea.Cmd {
	m.quitting = false
	switch {
	case m.quitAnyway:
		m.exitNote = "Quit without saving: " + changes(len(m.unsaved)) + " not on disk."
	case m.pending > 0:
		m.exitNote = "Quit before the save finished: " + changes(len(m.unsaved)) + " may not be on disk."
	}
	if m.exitNote != "" {
		m.setStatus(m.exitNote, true)
	}
	return tea.Quit
}
