package model

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/undo"
	"github.com/vetted-tui/vetted/safetext"
)

// handleQuestionsEvent opens and leaves the questions screen and applies
// its edits to the notebook, each followed by a save.
func (m Model) handleQuestionsEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case screen.OpenQuestionsMsg, compare.OpenQuestionsMsg:
		// Closing it goes back where it was opened; that screen reads
		// the catalogue again (screen.Refresher).
		open, _ := msg.(screen.OpenQuestionsMsg)
		m.fromInterview, m.addedQuestion = open.TherapistID != "", ""
		m.push(newQuestions(m.common))
		return m, nil, true
	case questionAddMsg:
		q, err := m.nb().AddQuestion(msg.q)
		if err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		if m.fromInterview {
			// The interview goes to it on the way back (see pop).
			m.addedQuestion = q.ID
		}
		m.setImportance(q.ID, msg.importance)
		return m.questionsChanged(msg, "Added your question "+quoted(q.Short)+".", q.ID)
	case questionEditMsg:
		n, err := m.nb().EditQuestion(msg.q, m.now())
		if err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		m.setImportance(msg.q.ID, msg.importance)
		news := "Recorded your question."
		if n > 0 {
			news = fmt.Sprintf("Recorded your question; the answers of %s are in the archive (r restores them).", plural(n, "therapist"))
		}
		return m.questionsChanged(msg, news, "")
	case questionDeleteMsg:
		q, _ := m.nb().Catalogue().ByID(msg.id)
		n, err := m.nb().DeleteQuestion(msg.id, m.now())
		if err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		m.remember(undo.UnarchiveQuestion(msg.id, quoted(q.Short), m.now))
		return m.questionsChanged(msg, fmt.Sprintf("Deleted %s to the archive, with %s; u brings it back (or r on it in the archive).", quoted(q.Short), plural(n, "answer")), "")
	case questionHideMsg:
		if err := m.nb().SetHidden(msg.id, msg.hidden); err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		news := "Shown again: it is asked, compared and scored."
		if msg.hidden {
			news = "Hidden: not asked, compared or scored; its answers stay in the file. h shows it again."
		}
		return m.questionsChanged(msg, news, "")
	case questionMoveMsg:
		moved := false
		if msg.category != "" {
			moved = m.nb().MoveCategory(msg.category, msg.delta)
		} else {
			moved = m.nb().MoveQuestion(msg.id, msg.delta)
		}
		if !moved {
			return m, nil, true
		}
		return m.questionsChanged(msg, "", "")
	case categoryAddMsg:
		c := m.nb().AddCategory(msg.title)
		return m.questionsChanged(msg, "Added the category "+quoted(c.Title)+"; a adds a question to it.", "c:"+string(c.ID))
	case categoryDeleteMsg:
		back, ok := undo.CategoryUndo(m.nb().Questions, msg.id)
		if err := m.nb().DeleteCategory(msg.id); err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		if ok {
			m.remember(back)
		}
		return m.questionsChanged(msg, "Deleted the category; u brings it back.", "")
	case categoryRenameMsg:
		if err := m.nb().RenameCategory(msg.id, msg.title); err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		return m.questionsChanged(msg, "Renamed the category.", "")
	case questionFormLeftMsg:
		m.rememberOn(undo.Place(m.top()), undo.Step{Reshow: reopenQuestionForm(msg.form)})
		m.setStatus("Left without your edits: u brings them back.", false)
		return m, nil, true
	case archiveRestoreMsg:
		var id string
		if l := m.nb().Questions; l != nil && msg.index >= 0 && msg.index < len(l.Archive) {
			id = l.Archive[msg.index].Question.ID
		}
		n, err := m.nb().Restore(msg.index, m.now())
		if err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		return m.questionsChanged(msg, fmt.Sprintf("Restored, with %s.", plural(n, "answer")), id)
	}
	return m, nil, false
}

// setImportance records how much a question weighs; the default is not
// written, like the priorities screen leaves it unwritten.
func (m *Model) setImportance(id string, imp checklist.Importance) {
	if imp == "" {
		return
	}
	if m.nb().Importance == nil {
		m.nb().Importance = map[string]checklist.Importance{}
	}
	if imp == checklist.DefaultImportance(id) {
		delete(m.nb().Importance, id)
		return
	}
	m.nb().Importance[id] = imp
}

// questionsChanged tells the questions screen the change was made, with
// the row to put the cursor on (sel, "q:ID" or "c:ID", or ""), shows the
// news and saves.
func (m Model) questionsChanged(event tea.Msg, news, sel string) (Model, tea.Cmd, bool) {
	if sel != "" && (len(sel) < 2 || sel[:2] != "c:") {
		sel = "q:" + sel
	}
	if news != "" {
		m.setStatus(news, false)
	}
	cmd := m.save()
	told := m.changed(event, sel)
	return m, tea.Batch(cmd, told), true
}

// quoted is a short label in quotes, made safe for the status line.
func quoted(s string) string { return "\u201c" + safetext.Line(s) + "\u201d" }
