package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/model/ondisk"
	"github.com/vetted-tui/vetted/model/roster"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/undo"
	"github.com/vetted-tui/vetted/model/welcome"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
)

// handleChildEvent applies the messages that screens send up: opening
// and closing screens, and the events that change the notebook. It is the
// only place the notebook changes; each change returns a save command and
// tells the screen on top (see changed).
func (m Model) handleChildEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	if cmd, ok := m.handleStackEvent(msg); ok {
		return m, cmd, true
	}
	for _, handle := range []func(Model, tea.Msg) (Model, tea.Cmd, bool){
		Model.handleCompareEvent, Model.handleConcernsEvent, Model.handlePrepEvent,
		Model.handleQuestionsEvent, Model.handleTherapistEvent, Model.handleCheckInEvent,
	} {
		if next, cmd, ok := handle(m, msg); ok {
			return next, cmd, true
		}
	}
	return m, nil, false
}

// handleStackEvent opens and closes screens; ok is false for other
// messages.
func (m *Model) handleStackEvent(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case screen.PushMsg:
		m.push(msg.Screen)
		return nil, true
	case screen.BackMsg:
		return m.pop(), true
	case screen.OpenDetailsMsg:
		return m.openDetails(msg.ID), true
	case screen.TryDemoMsg:
		m.tryDemo()
		return nil, true
	case screen.EncryptNewMsg:
		return m.encryptNew(msg.Key), true
	case ondisk.EncryptedNewMsg:
		return m.encryptedNew(msg.Err), true
	}
	return nil, false
}

// encryptNew makes the new notebook encrypted with k and writes it at
// once, so that the choice holds even if nothing else is ever saved, then
// closes the passphrase form. A refusal (a notebook already on disk)
// leaves everything as it was and says why (ondisk.EncryptNew).
func (m *Model) encryptNew(k *crypt.Key) tea.Cmd {
	if m.demo || m.file == nil {
		m.setStatus("The demo is never saved, so it cannot be encrypted.", true)
		return nil
	}
	return ondisk.EncryptNew(m.file, k)
}

// encryptedNew finishes encryptNew once the store has answered.
func (m *Model) encryptedNew(err error) tea.Cmd {
	if err != nil {
		m.setStatus(err.Error(), true)
		return nil
	}
	// What the screens write in clear from now on says so (PlaintextWarning).
	m.common.Encrypted = true
	m.setStatus(welcome.EncryptedNote, false)
	return tea.Batch(m.pop(), m.save())
}

// changed tells the screen on top that the root applied event to the
// notebook (screen.ChangedMsg); sel names what it created, if anything.
func (m *Model) changed(event tea.Msg, sel string) tea.Cmd {
	return m.updateTop(screen.ChangedMsg{Event: event, Select: sel})
}

// handleTherapistEvent applies the roster's and the interview's changes
// to one therapist; ok is false for other messages.
func (m Model) handleTherapistEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case details.SavedMsg:
		return m.handleTherapistSaved(msg)
	case screen.DeleteTherapistMsg:
		return m.handleDelete(msg)
	case screen.RestoreTherapistMsg:
		return m.handleRestore(msg)
	case screen.EmptyDeletedMsg:
		return m.handleEmptyDeleted(msg)
	case screen.AdvanceStatusMsg:
		i, ok := m.nb().Find(msg.ID)
		if !ok {
			return m, nil, true
		}
		t := &m.nb().Therapists[i]
		t.Status = nextOutreach(t.Status)
		// Moving someone to "contacted" is the moment worth dating.
		if t.Status == store.Contacted && t.ContactedOn == "" {
			t.ContactedOn = m.now().Format("2006-01-02")
		}
		t.Updated = m.now()
		cmd := m.save()
		return m, cmd, true
	case screen.AnswerRecordedMsg:
		return m.handleAnswer(msg)
	case screen.AnswerClearedMsg:
		return m.handleClear(msg)
	}
	return m, nil, false
}

// outreachOrder is the order s cycles through, the order a search runs.
var outreachOrder = store.OutreachSteps()

// nextOutreach returns the step after o, wrapping round.
func nextOutreach(o store.Outreach) store.Outreach {
	for i, s := range outreachOrder {
		if s == o {
			return outreachOrder[(i+1)%len(outreachOrder)]
		}
	}
	return outreachOrder[0]
}

// openDetails opens the details form of the therapist with id, or of a
// new one.
func (m *Model) openDetails(id string) tea.Cmd {
	d := details.New(m.common, id)
	cmd := d.FocusCmd()
	m.push(d)
	return cmd
}

// handleTherapistSaved applies the details form, back on the roster at
// the therapist.
func (m Model) handleTherapistSaved(msg details.SavedMsg) (Model, tea.Cmd, bool) {
	news, id := msg.Apply(m.nb(), m.now())
	m.setStatus(news, false)
	m.home(roster.New(m.common).SelectID(id))
	cmd := m.save()
	return m, cmd, true
}

// handleDelete moves a therapist to recently deleted (store/deleted.go):
// they stay in the file, restorable from the roster, and u brings them
// back.
func (m Model) handleDelete(msg screen.DeleteTherapistMsg) (Model, tea.Cmd, bool) {
	i, ok := m.nb().Find(msg.ID)
	if !ok {
		return m, nil, true
	}
	name := safetext.Line(field.Shown(m.nb().Therapists[i].Name))
	m.nb().DeleteTherapist(msg.ID, m.now())
	m.remember(undo.RestoreTherapist(msg.ID, name))
	m.setStatus("Deleted "+name+": u brings them back; D lists recently deleted.", false)
	cmd := m.save()
	told := m.changed(msg, "")
	return m, tea.Batch(cmd, told), true
}

// handleRestore brings a therapist back from recently deleted.
func (m Model) handleRestore(msg screen.RestoreTherapistMsg) (Model, tea.Cmd, bool) {
	news, sel, ok := undo.RestoreTherapist(msg.ID, "")(m.nb())
	if !ok {
		m.setStatus("They could not be restored: one with the same ID is on the roster.", true)
		return m, nil, true
	}
	if i, found := m.nb().Find(msg.ID); found {
		news = "Brought back " + safetext.Line(field.Shown(m.nb().Therapists[i].Name)) + " and their answers."
	}
	m.setStatus(news, false)
	cmd := m.save()
	told := m.changed(msg, sel)
	return m, tea.Batch(cmd, told), true
}

// handleEmptyDeleted removes the recently deleted for good: the save that
// follows also removes the kept previous version, which still holds them
// (store/deleted.go, ondisk.SaveDropping). Nothing undoes it: it was asked first.
func (m Model) handleEmptyDeleted(msg screen.EmptyDeletedMsg) (Model, tea.Cmd, bool) {
	n := m.nb().EmptyDeleted()
	if n == 0 {
		return m, nil, true
	}
	// Their undo steps have nothing left to bring back.
	m.undo = nil
	who := screen.Plural(n, "therapist")
	m.setStatus("Emptied recently deleted: "+who+" gone for good.", false)
	if !m.demo && m.file != nil {
		m.saves = m.saves.Emptying(who)
	}
	cmd := m.save()
	told := m.changed(msg, "")
	return m, tea.Batch(cmd, told), true
}

func (m Model) handleAnswer(msg screen.AnswerRecordedMsg) (Model, tea.Cmd, bool) {
	i, ok := m.nb().Find(msg.TherapistID)
	if !ok {
		return m, nil, true
	}
	t := &m.nb().Therapists[i]
	before := ledger.AnswerIn(t.Answers, msg.QuestionID)
	if msg.Partner {
		before = ledger.AnswerIn(t.PartnerAnswers, msg.QuestionID)
	}
	a := msg.Answer
	a.At = m.now()
	// Set*Answer replace the map: the copy a save is writing shares it.
	if msg.Partner {
		t.SetPartnerAnswer(msg.QuestionID, a)
	} else {
		t.SetAnswer(msg.QuestionID, a)
	}
	t.Updated = a.At
	cmd := m.save()
	m.noteAnswer(msg, t.Name, before, a)
	return m, cmd, true
}

func (m Model) handleClear(msg screen.AnswerClearedMsg) (Model, tea.Cmd, bool) {
	i, ok := m.nb().Find(msg.TherapistID)
	if !ok {
		return m, nil, true
	}
	t := &m.nb().Therapists[i]
	was := ledger.AnswerIn(t.Answers, msg.QuestionID)
	if msg.Partner {
		was = ledger.AnswerIn(t.PartnerAnswers, msg.QuestionID)
		t.ClearPartnerAnswer(msg.QuestionID)
	} else {
		t.ClearAnswer(msg.QuestionID)
	}
	t.Updated = m.now()
	if was != nil {
		what := "the answer for " + safetext.Line(field.Shown(t.Name))
		m.remember(undo.PutAnswerBack(t.ID, msg.QuestionID, msg.Partner, *was, what))
		m.setStatus("Cleared "+what+": "+m.undoWord()+" brings it back.", false)
	}
	cmd := m.save()
	return m, cmd, true
}

// save returns a command that writes a copy of the notebook after a
// change, or nil in demo mode, which never writes.
func (m *Model) save() tea.Cmd { return m.saveCopy(true) }

// saveCopy starts a save of the notebook as it is now, as a new revision
// (see ledger.Ledger.Begin for change).
func (m *Model) saveCopy(change bool) tea.Cmd {
	if m.demo || m.file == nil {
		return nil
	}
	var rev uint64
	var drop bool
	m.saves, rev, drop = m.saves.Begin(change)
	if drop {
		return ondisk.SaveDropping(m.file, m.nb().Snapshot(), rev)
	}
	return ondisk.Save(m.file, m.nb().Snapshot(), rev)
}

// handleSaved takes the end of one save: the ledger weighs it (see
// ledger.Ledger.Settle) and the root does what it says.
func (m *Model) handleSaved(msg ledger.Saved) tea.Cmd {
	var step ledger.Step
	m.saves, step = m.saves.Settle(msg)
	return m.apply(step)
}

// apply shows what a ledger step says and does what it asks.
func (m *Model) apply(step ledger.Step) tea.Cmd {
	if step.Recovered != "" && m.status.Err() {
		m.setStatus(step.Recovered, false)
	}
	if step.Say != "" {
		m.setStatus(step.Say, step.IsErr)
	}
	if step.ExitNote != "" {
		m.exitNote = step.ExitNote
	}
	if step.Conflict {
		m.conflict.Open = true
		m.diskChanged = false
		m.layout()
	}
	switch {
	case step.Quit:
		// Batched, not in sequence: quitting never waits for the close.
		return tea.Batch(m.watch.Stop(), tea.Quit)
	case step.Save:
		return m.saveCopy(false)
	}
	return nil
}

// interrupt takes ctrl+c (see ledger.Ledger.Interrupt); when it begins a
// quit, the program checks after a short grace (see quitGrace) whether
// it may end.
//
// The quit helpers take a pointer and return only the command: a Model
// returned by value takes room in the caller's stack frame, which
// Update's callers pay for on every key.
func (m *Model) interrupt() tea.Cmd {
	var step ledger.Step
	m.saves, step = m.saves.Interrupt(m.conflict.Open)
	if m.saves.Quitting() {
		m.fitStatus()
		return quitCheckCmd()
	}
	return m.apply(step)
}

// unrecorded is a screen that can hold typed text not yet recorded (the
// interview's answer).
type unrecorded interface{ Dirty() bool }

// interruptTyped is ctrl+c: with an answer typed and not recorded it asks
// once, as esc does, and the next ctrl+c quits without it.
func (m *Model) interruptTyped() tea.Cmd {
	if d, ok := m.top().(unrecorded); ok && d.Dirty() && !m.quitAsked {
		m.quitAsked = true
		m.setStatus("Your typed answer is not recorded: enter records it; ctrl+c again quits without it.", true)
		return nil
	}
	m.quitAsked = false
	return m.interrupt()
}

// startQuit begins quitting with q.
func (m *Model) startQuit() tea.Cmd {
	m.saves = m.saves.Quit()
	m.fitStatus()
	return quitCheckCmd()
}
