package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/priorities"
	"github.com/vetted-tui/vetted/model/statusline"
)

// handleCompareEvent applies the messages of the comparison and priorities
// screens; ok is false for any other message. The priorities screen shows
// what was saved when it is told (screen.ChangedMsg).
func (m Model) handleCompareEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case compare.BackMsg:
		m.exportToldClear = false // ask again on the next visit
		cmd := m.pop()
		return m, cmd, true
	case compare.OpenPrioritiesMsg:
		m.push(priorities.NewScreen(m.common, msg.Judged))
		return m, nil, true
	case priorities.BackMsg:
		cmd := m.pop()
		return m, cmd, true
	case priorities.SetImportanceMsg:
		nb := m.nb()
		if nb.Importance == nil {
			nb.Importance = map[string]checklist.Importance{}
		}
		nb.Importance[msg.QuestionID] = msg.Importance
		save := m.save()
		told := m.changed(msg, "")
		return m, tea.Batch(save, told), true
	case priorities.SetBudgetMsg:
		m.nb().BudgetPerSession = msg.Value
		save := m.save()
		told := m.changed(msg, "")
		return m, tea.Batch(save, told), true
	case priorities.SetPeopleMsg:
		m.nb().People.Me = msg.Me
		m.nb().SetPartner(msg.Partner)
		save := m.save()
		told := m.changed(msg, "")
		return m, tea.Batch(save, told), true
	case compare.ExportRequestMsg:
		// An encrypted notebook's export is written in clear: the first
		// request only says so; the next one, once told, exports.
		if m.file != nil && m.common.Encrypted && !m.exportToldClear {
			m.exportToldClear = true
			m.setStatus(exportClearNote, false)
			return m, nil, true
		}
		return m, exportCmd(m.nb().Snapshot(), msg.Format, m.common.ExportDir, m.common.Encrypted), true
	case compare.ExportDoneMsg:
		// Shown by the root on any screen: the person may have left the
		// comparison while the file was written.
		m.showStatus(statusline.Exported(msg.Path, msg.Err, msg.Warning))
		return m, nil, true
	}
	return m, nil, false
}

// exportClearNote asks to confirm an export from an encrypted notebook.
const exportClearNote = "Exports are not encrypted (your notebook is). Press again to export."
