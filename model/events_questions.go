package model

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/safetext"
)

// handleQuestionsEvent opens and leaves the questions screen and applies
// its edits to the notebook, each followed by a save.
func (m Model) handleQuestionsEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case openQuestionsMsg:
		if msg.therapistID != "" {
			m.resume = msg
			return m.openQuestions(screenInterview)
		}
		return m.openQuestions(screenRoster)
	case compare.OpenQuestionsMsg:
		return m.openQuestions(screenCompare)
	case questionsBackMsg:
		m.screen = m.questionsFrom
		var cmd tea.Cmd
		switch m.screen {
		case screenCompare:
			*m.compare = m.compare.SetNotebook(m.nb).ClearStatus()
		case screenInterview:
			m, cmd = m.resumeInterview()
		}
		m.layout()
		return m, cmd, true
	case questionAddMsg:
		q, err := m.nb.AddQuestion(msg.q)
		if err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		m.setImportance(q.ID, msg.importance)
		return m.questionsChanged("Added your question "+quoted(q.Short)+".", q.ID)
	case questionEditMsg:
		n, err := m.nb.EditQuestion(msg.q, m.now())
		if err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		m.setImportance(msg.q.ID, msg.importance)
		news := "Recorded your question."
		if n > 0 {
			news = fmt.Sprintf("Recorded your question; the answers of %s are in the archive (r restores them).", plural(n, "therapist"))
		}
		return m.questionsChanged(news, "")
	case questionDeleteMsg:
		q, _ := m.nb.Catalogue().ByID(msg.id)
		n, err := m.nb.DeleteQuestion(msg.id, m.now())
		if err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		return m.questionsChanged(fmt.Sprintf("Deleted %s to the archive, with %s; r on it restores it.", quoted(q.Short), plural(n, "answer")), "")
	case questionHideMsg:
		if err := m.nb.SetHidden(msg.id, msg.hidden); err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		news := "Shown again: it is asked, compared and scored."
		if msg.hidden {
			news = "Hidden: not asked, compared or scored; its answers stay in the file. h shows it again."
		}
		return m.questionsChanged(news, "")
	case questionMoveMsg:
		moved := false
		if msg.category != "" {
			moved = m.nb.MoveCategory(msg.category, msg.delta)
		} else {
			moved = m.nb.MoveQuestion(msg.id, msg.delta)
		}
		if !moved {
			return m, nil, true
		}
		return m.questionsChanged("", "")
	case categoryAddMsg:
		c := m.nb.AddCategory(msg.title)
		return m.questionsChanged("Added the category "+quoted(c.Title)+"; a adds a question to it.", "c:"+string(c.ID))
	case categoryDeleteMsg:
		if err := m.nb.DeleteCategory(msg.id); err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		return m.questionsChanged("Deleted the category.", "")
	case categoryRenameMsg:
		if err := m.nb.RenameCategory(msg.id, msg.title); err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		return m.questionsChanged("Renamed the category.", "")
	case archiveRestoreMsg:
		var id string
		if l := m.nb.Questions; l != nil && msg.index >= 0 && msg.index < len(l.Archive) {
			id = l.Archive[msg.index].Question.ID
		}
		n, err := m.nb.Restore(msg.index, m.now())
		if err != nil {
			m.setStatus(err.Error(), true)
			return m, nil, true
		}
		return m.questionsChanged(fmt.Sprintf("Restored, with %s.", plural(n, "answer")), id)
	}
	return m, nil, false
}

func (m Model) openQuestions(from screen) (Model, tea.Cmd, bool) {
	m.questionsFrom = from
	*m.questions = newQuestions(m.common)
	m.screen = screenQuestions
	m.layout()
	return m, nil, true
}

// resumeInterview opens the interview again after the questions screen,
// with the notebook's catalogue as it now is, at the question it was on
// (or where that question was, if it is gone or hidden).
func (m Model) resumeInterview() (Model, tea.Cmd) {
	if _, ok := m.nb.Find(m.resume.therapistID); !ok {
		m.screen = screenRoster
		return m, nil
	}
	at := m.interview.index
	m.interview = newInterview(m.common, m.resume.therapistID)
	for i, q := range m.interview.questions {
		if q.ID == m.resume.questionID {
			at = i
		}
	}
	var cmd tea.Cmd
	m.interview, cmd = m.interview.goTo(clamp(at, 0, len(m.interview.questions)-1))
	return m, cmd
}

// setImportance records how much a question weighs; the default is not
// written, like the priorities screen leaves it unwritten.
func (m *Model) setImportance(id string, imp checklist.Importance) {
	if imp == "" {
		return
	}
	if m.nb.Importance == nil {
		m.nb.Importance = map[string]checklist.Importance{}
	}
	if imp == checklist.DefaultImportance(id) {
		delete(m.nb.Importance, id)
		return
	}
	m.nb.Importance[id] = imp
}

// questionsChanged refreshes the questions screen after an edit, puts the
// cursor on select ("q:ID" or "c:ID") when given, tells the news and saves.
func (m Model) questionsChanged(news, sel string) (Model, tea.Cmd, bool) {
	*m.questions = m.questions.refresh()
	if sel != "" {
		if len(sel) > 2 && sel[:2] != "c:" {
			sel = "q:" + sel
		}
		for i, r := range m.questions.rows {
			if rowKey(r) == sel {
				m.questions.cursor = i
			}
		}
		*m.questions = m.questions.resize()
	}
	if news != "" {
		m.setStatus(news, false)
	}
	cmd := m.save()
	return m, cmd, true
}

// quoted is a short label in quotes, made safe for the status line.
func quoted(s string) string { return "\u201c" + safetext.Line(s) + "\u201d" }
