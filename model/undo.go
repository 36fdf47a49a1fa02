package model

// Undo (model/undo): the root keeps the stack of steps, records one where
// it takes something away, and takes the last one of the screen on top
// back on u (or ctrl+z where the screen has a u of its own).

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/undo"
)

// undoneMsg is the event the screen on top is told of after an undo
// (screen.ChangedMsg), so that it reads the notebook again.
type undoneMsg struct{}

// remember adds an undo step that happened on the screen on top.
func (m *Model) remember(back undo.Back) {
	m.rememberOn(undo.Place(m.top()), undo.Step{Back: back})
}

// rememberOn adds step for the screen of kind on.
func (m *Model) rememberOn(on string, step undo.Step) {
	m.undo = m.undo.Push(on, step)
}

// undoHere returns the index of the last undo step of the screen on top,
// or -1.
func (m *Model) undoHere() int { return m.undo.Last(undo.Place(m.top())) }

// isUndoKey reports whether k is u (or ctrl+z) where the root takes it:
// the screen on top has something to undo and no key of its own on k
// (the interview's u is "unsure"; ctrl+z still undoes there), and u is
// not typed into a field.
func (m *Model) isUndoKey(k tea.KeyMsg) bool {
	if !key.Matches(k, m.keys.Undo) || m.undoHere() < 0 {
		return false
	}
	if k.Type == tea.KeyRunes && m.top().Typing() {
		return false
	}
	return !undo.OwnKey(m.top(), k)
}

// takeBack undoes the last step of the screen on top and saves.
func (m *Model) takeBack() tea.Cmd {
	i := m.undoHere()
	if i < 0 {
		return nil
	}
	var step undo.Step
	m.undo, step = m.undo.Take(i)
	if step.Reopen != nil {
		return m.reopen(step.Reopen)
	}
	if step.Reshow != nil {
		next, ok := step.Reshow(m.top())
		if !ok {
			m.setStatus("Nothing to undo: close the open form first.", false)
			return nil
		}
		m.setTop(next)
		m.layout()
		m.setStatus("Brought back your edits: "+undo.SaveWord(m.top())+" saves them.", false)
		return nil
	}
	news, sel, ok := step.Back(m.nb())
	if !ok {
		m.setStatus("Nothing to undo: it was put back already.", false)
		return nil
	}
	m.setStatus(news, false)
	cmd := m.save()
	var again tea.Cmd
	if d, ok := m.top().(unrecorded); !ok || !d.Dirty() {
		// The screen reads back what came back (the interview's fields);
		// not while text is typed there: building it again would move the
		// focus off the field being typed in.
		again = m.refreshTop()
	}
	told := m.changed(undoneMsg{}, sel)
	return tea.Batch(cmd, again, told)
}

// reopen opens again a screen left without its edits, with them. A
// screen that reads the notebook (screen.Refresher: the interview) reads
// it again first, so what changed meanwhile shows; one whose therapist is
// gone stays closed.
func (m *Model) reopen(again screen.Screen) tea.Cmd {
	var cmd tea.Cmd
	if r, ok := again.(screen.Refresher); ok {
		if again, cmd, ok = r.Refresh(); !ok {
			m.setStatus("Nothing to undo: what it was open on is no longer in the notebook.", false)
			return nil
		}
	}
	m.push(again)
	m.setStatus("Brought back your edits: "+undo.SaveWord(m.top())+" saves them.", false)
	return cmd
}

// undoWord is the key that undoes on the screen on top, for the news.
func (m *Model) undoWord() string { return undo.Word(m.top()) }

// rememberLeft keeps a screen left without its edits (a form's "Discard
// your edits?" y, the interview's "Leave without saving your edits?" y),
// so that u on the screen below opens it again with them.
func (m *Model) rememberLeft(left screen.Screen) {
	if d, ok := left.(undo.Discarder); ok {
		again, discarded := d.Discarded()
		if !discarded {
			return
		}
		m.rememberOn(undo.Place(m.top()), undo.Step{Reopen: again})
		m.setStatus("Left without your edits: "+m.undoWord()+" brings them back.", false)
	}
}
