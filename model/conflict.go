package model

// The root's side of the changed-on-disk prompt (model/conflict): it takes
// the save results that open it, the keys while it is up, and the results
// of the reload or copy it starts (model/ondisk).

import (
	"path/filepath"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/conflict"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/model/ondisk"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
)

// handleConflict takes the messages of this file: save results (to notice
// a refused save), the results of a reload or copy, and keys while the
// prompt is up. ok is false for anything else. It works on m in place:
// every key passes here, and a key while no prompt is up costs nothing.
func (m *Model) handleConflict(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case ledger.Saved:
		return m.handleSaved(msg), true
	case ondisk.ReloadedMsg:
		next, cmd := m.handleReloaded(msg)
		*m = next
		return cmd, true
	case ondisk.CopiedMsg:
		*m = m.handleCopied(msg)
		if msg.Err != nil {
			return nil, true
		}
		// The app saves to the copy now: watch that.
		stop := m.watch.Stop()
		m.watch = nil
		return tea.Batch(stop, m.watchCmd()), true
	case tea.KeyMsg:
		if !m.conflict.Open || m.saves.Quitting() {
			return nil, false
		}
		next, cmd, ok := m.handleConflictKey(msg)
		*m = next
		return cmd, ok
	}
	return nil, false
}

// handleConflictKey takes a key while the prompt is up. Every key stops
// here: the screens behind would only make more changes that cannot be
// saved, and typing that goes on must not reach them.
func (m Model) handleConflictKey(k tea.KeyMsg) (Model, tea.Cmd, bool) {
	if !field.IsText(k) && key.Matches(k, m.keys.ForceQuit) {
		cmd := m.interrupt()
		return m, cmd, true
	}
	if m.conflict.Busy {
		return m, nil, true
	}
	ck := conflict.DefaultKeyMap()
	switch {
	case key.Matches(k, ck.Reload):
		m.conflict.Busy = true
		m.layout()
		l := m.saves
		return m, ondisk.Reload(m.file, m.nb().Clone(), slices.Clone(l.Answers()), l.OtherChanges(), l.Rev()+1, m.now()), true
	case key.Matches(k, ck.Copy):
		m.conflict.Busy = true
		m.layout()
		return m, ondisk.Copy(m.file, m.nb().Clone(), m.saves.Rev()+1, m.now()), true
	}
	return m, nil, true
}

// settleConflict marks everything up to the current revision as dealt with
// (reloaded over, or saved in the copy) and closes the prompt.
func (m *Model) settleConflict() {
	m.saves = m.saves.Resolved()
	m.conflict = conflict.Prompt{}
	m.diskChanged = false
}

func (m Model) handleReloaded(msg ondisk.ReloadedMsg) (Model, tea.Cmd) {
	m.conflict.Busy = false
	if msg.Err != nil {
		m.setStatus("Could not reload: "+screen.Sentence(safetext.Line(msg.Err.Error()))+
			" Your changes are still here: ctrl+o saves them as a copy.", true)
		m.layout()
		return m, nil
	}
	m.settleConflict()
	m.common.UseNotebook(msg.Notebook)
	// The screens held the old notebook's state: each reads the new one,
	// and the person is back where they were, as far as it still exists.
	cmd := m.refreshStack()
	if msg.Report.Applied > 0 {
		cmd = tea.Batch(cmd, m.save())
	}
	r := msg.Report
	m.setStatus(r.Summary(), len(r.Failed) > 0 || r.Others > 0 || r.CopyErr != nil)
	return m, cmd
}

func (m Model) handleCopied(msg ondisk.CopiedMsg) Model {
	m.conflict.Busy = false
	if msg.Err != nil {
		m.setStatus("Could not save a copy: "+screen.Sentence(safetext.Line(msg.Err.Error()))+
			" Your changes are still here.", true)
		m.layout()
		return m
	}
	m.file = msg.File
	m.settleConflict()
	m.layout()
	m.setStatus("Now saving to "+safetext.Line(filepath.Base(msg.File.Path()))+" (your version).", false)
	return m
}

// noteAnswer logs an answer just recorded (and given a save), so a reload
// can re-apply it. before is what it replaced.
func (m *Model) noteAnswer(msg screen.AnswerRecordedMsg, name string, before *checklist.Answer, after checklist.Answer) {
	if m.demo || m.file == nil {
		return
	}
	m.saves = m.saves.RecordAnswer(ledger.AnswerChange{
		TherapistID: msg.TherapistID, Name: name, QuestionID: msg.QuestionID,
		Partner: msg.Partner, Before: before, After: after,
	})
}
