package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/statusline"
)

// handleCompareEvent applies the messages of the comparison and priorities
// screens; ok is false for any other message.
func (m Model) handleCompareEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case openCompareMsg:
		if len(m.nb.Therapists) == 0 {
			m.setStatus("Add a therapist first: the comparison lays their answers side by side.", false)
			return m, nil, true
		}
		// Coming back keeps the person's view (differences only, sort,
		// hidden and pinned columns); only the data is refreshed.
		if m.compareOpened {
			*m.compare = m.compare.SetNotebook(m.nb).ClearStatus()
		} else {
			*m.compare, m.compareOpened = compare.New(m.nb, m.common.styles), true
		}
		m.screen = screenCompare
		m.layout()
		return m, nil, true
	case compare.BackMsg:
		m.exportToldClear = false // ask again on the next visit
		m.screen = screenRoster
		m.layout()
		return m, nil, true
	case compare.OpenPrioritiesMsg:
		*m.priorities = compare.NewPriorities(m.nb, m.common.styles)
		m.screen = screenPriorities
		m.layout()
		return m, nil, true
	case compare.PrioritiesBackMsg:
		// Scores and flags are rebuilt once on the way back rather than on
		// every step of an importance.
		*m.compare = m.compare.SetNotebook(m.nb).ClearStatus()
		m.screen = screenCompare
		m.layout()
		return m, nil, true
	case compare.SetImportanceMsg:
		if m.nb.Importance == nil {
			m.nb.Importance = map[string]checklist.Importance{}
		}
		m.nb.Importance[msg.QuestionID] = msg.Importance
		// An importance changes no verdict: the screen weighs its kept
		// judgement again rather than judging every therapist.
		*m.priorities = m.priorities.Reweigh(m.nb)
		save := m.save()
		return m, save, true
	case compare.SetBudgetMsg:
		m.nb.BudgetPerSession = msg.Value
		return m.prioritiesChanged()
	case compare.SetPeopleMsg:
		m.nb.People.Me = msg.Me
		m.nb.SetPartner(msg.Partner)
		return m.prioritiesChanged()
	case compare.ExportRequestMsg:
		// An encrypted notebook's export is written in clear: the first
		// request only says so; the next one, once told, exports.
		if m.file != nil && m.file.Encrypted() && !m.exportToldClear {
			m.exportToldClear = true
			m.setStatus(exportClearNote, false)
			return m, nil, true
		}
		return m, exportCmd(m.nb.Clone(), msg.Format, m.common.exportDir), true
	case compare.ExportDoneMsg:
		// Shown by the root on any screen: the person may have left the
		// comparison while the file was written.
		m.showStatus(statusline.Exported(msg.Path, msg.Err))
		return m, nil, true
	}
	return m, nil, false
}

// exportClearNote asks to confirm an export from an encrypted notebook.
const exportClearNote = "Exports are not encrypted (your notebook is). Press again to export."

// prioritiesChanged saves after a change on the priorities screen and lets
// the screen show the saved values (close calls included).
func (m Model) prioritiesChanged() (Model, tea.Cmd, bool) {
	*m.priorities = m.priorities.SetNotebook(m.nb)
	// Take the command before returning: Go leaves the order in which
	// "return m, m.save()" evaluates its operands unspecified.
	save := m.save()
	return m, save, true
}
