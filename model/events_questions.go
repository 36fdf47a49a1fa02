package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/questions"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/undo"
)

// handleQuestionsEvent opens the questions screen (model/questions) and
// applies its changes to the notebook, each followed by a save.
func (m Model) handleQuestionsEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case screen.OpenQuestionsMsg:
		// Closing it goes back where it was opened; that screen reads
		// the catalogue again (screen.Refresher).
		m.push(questions.New(m.common, msg.TherapistID != ""))
		return m, nil, true
	case compare.OpenQuestionsMsg:
		m.push(questions.New(m.common, false))
		return m, nil, true
	case questions.FormLeftMsg:
		m.rememberOn(undo.Place(m.top()), undo.Step{Reshow: msg.Reshow})
		m.setStatus("Left without your edits: u brings them back.", false)
		return m, nil, true
	case questions.Change:
		back := m.questionsUndo(msg)
		done, err := msg.Apply(m.nb(), m.now())
		switch {
		case err != nil:
			m.setStatus(err.Error(), true)
			return m, nil, true
		case done.Unchanged:
			return m, nil, true
		case back != nil:
			m.remember(back)
		}
		if done.News != "" {
			m.setStatus(done.News, false)
		}
		cmd := m.save()
		told := m.changed(msg, done.Select)
		return m, tea.Batch(cmd, told), true
	}
	return m, nil, false
}

// questionsUndo is the undo step of deleting a question or a category,
// taken before the change; nil for other changes.
func (m *Model) questionsUndo(c questions.Change) undo.Back {
	switch c := c.(type) {
	case questions.DeleteMsg:
		q, _ := m.nb().Catalogue().ByID(c.ID)
		return undo.UnarchiveQuestion(c.ID, screen.Quoted(q.Short), m.now)
	case questions.CategoryDeleteMsg:
		back, _ := undo.CategoryUndo(m.nb().Questions, c.ID)
		return back
	}
	return nil
}
