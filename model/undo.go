package model

// Undo. Every change that takes something away (deleting a therapist,
// clearing an answer, deleting a question or a category of one's own,
// leaving a form without its edits) leaves an undo step; u on the screen
// where it happened takes the last one back and says what came back. The
// steps put back only what was taken, so what changed since elsewhere
// stays: a deleted therapist comes back from recently deleted
// (store.RestoreTherapist), a cleared answer is set again, a deleted
// question comes back from the archive.

import (
	"fmt"
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// maxUndo is how many steps are kept: enough for a run of deletes, and a
// bound on what an afternoon of editing holds in memory.
const maxUndo = 20

// undoStep is one change that u can take back.
type undoStep struct {
	// on names the kind of screen where it happened (undoPlace): u
	// works there only, where the person saw it go.
	on string
	// back puts it back into nb; it returns the news ("Brought back …")
	// and a row for the screen to select, or ok false when it can no
	// longer be put back (the therapist was restored by hand meanwhile).
	back func(nb *store.Notebook) (news, sel string, ok bool)
	// reopen, when set, is a screen to open again instead (a form left
	// without its edits comes back with them).
	reopen screen.Screen
	// reshow, when set, gives the screen on top back what it dropped (the
	// questions screen's form, with its edits); ok false when it cannot.
	reshow func(top screen.Screen) (next screen.Screen, ok bool)
}

// undoneMsg is the event the screen on top is told of after an undo
// (screen.ChangedMsg), so that it reads the notebook again.
type undoneMsg struct{}

// undoPlace names the kind of s: two rosters are the same place.
func undoPlace(s screen.Screen) string { return fmt.Sprintf("%T", s) }

// remember adds an undo step that happened on the screen on top.
func (m *Model) remember(back func(nb *store.Notebook) (news, sel string, ok bool)) {
	m.rememberOn(undoPlace(m.top()), undoStep{back: back})
}

// rememberOn adds step for the screen of kind on.
func (m *Model) rememberOn(on string, step undoStep) {
	step.on = on
	steps := append(slices.Clip(m.undo), step)
	if len(steps) > maxUndo {
		steps = steps[len(steps)-maxUndo:]
	}
	m.undo = steps
}

// undoHere returns the index of the last undo step of the screen on top,
// or -1.
func (m *Model) undoHere() int {
	kind := undoPlace(m.top())
	for i := len(m.undo) - 1; i >= 0; i-- {
		if m.undo[i].on == kind {
			return i
		}
	}
	return -1
}

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
	for _, group := range m.top().FullHelp() {
		for _, b := range group {
			if key.Matches(k, b) {
				return false
			}
		}
	}
	return true
}

// takeBack undoes the last step of the screen on top and saves.
func (m *Model) takeBack() tea.Cmd {
	i := m.undoHere()
	if i < 0 {
		return nil
	}
	step := m.undo[i]
	m.undo = slices.Delete(slices.Clip(m.undo), i, i+1)
	if step.reopen != nil {
		m.push(step.reopen)
		m.setStatus("Brought back your edits: ctrl+s records them.", false)
		return nil
	}
	if step.reshow != nil {
		next, ok := step.reshow(m.top())
		if !ok {
			m.setStatus("Nothing to undo: close the open form first.", false)
			return nil
		}
		m.setTop(next)
		m.layout()
		m.setStatus("Brought back your edits: ctrl+s records them.", false)
		return nil
	}
	news, sel, ok := step.back(m.nb())
	if !ok {
		m.setStatus("Nothing to undo: it was put back already.", false)
		return nil
	}
	m.setStatus(news, false)
	cmd := m.save()
	var again tea.Cmd
	if d, ok := m.top().(unrecorded); !ok || !d.Dirty() {
		// The screen reads back what came back (the interview's fields);
		// never over typed text, which building it again would lose.
		again = m.refreshTop()
	}
	told := m.changed(undoneMsg{}, sel)
	return tea.Batch(cmd, again, told)
}

// restoreTherapist is the undo of a delete: the therapist comes back from
// recently deleted to where they stood.
func restoreTherapist(id, name string) func(nb *store.Notebook) (string, string, bool) {
	return func(nb *store.Notebook) (string, string, bool) {
		if _, ok := nb.RestoreTherapist(id); !ok {
			return "", "", false
		}
		return "Brought back " + name + " and their answers.", id, true
	}
}

// putAnswerBack is the undo of clearing an answer: it is set again, as
// it was, unless the therapist is gone.
func putAnswerBack(tid, qid string, partner bool, a checklist.Answer, what string) func(nb *store.Notebook) (string, string, bool) {
	return func(nb *store.Notebook) (string, string, bool) {
		i, ok := nb.Find(tid)
		if !ok {
			return "", "", false
		}
		t := &nb.Therapists[i]
		if partner {
			t.SetPartnerAnswer(qid, a)
		} else {
			t.SetAnswer(qid, a)
		}
		return "Brought back " + what + ".", "", true
	}
}

// unarchiveQuestion is the undo of deleting a question: its newest entry
// in the archive is restored, answers and all (store.Notebook.Restore).
func unarchiveQuestion(id, label string, now func() time.Time) func(nb *store.Notebook) (string, string, bool) {
	return func(nb *store.Notebook) (string, string, bool) {
		if nb.Questions == nil {
			return "", "", false
		}
		for i := len(nb.Questions.Archive) - 1; i >= 0; i-- {
			if nb.Questions.Archive[i].Question.ID != id {
				continue
			}
			n, err := nb.Restore(i, now())
			if err != nil {
				return "", "", false
			}
			return fmt.Sprintf("Brought back %s, with %s.", label, plural(n, "answer")), "q:" + id, true
		}
		return "", "", false
	}
}

// putCategoryBack is the undo of deleting an (empty) category of one's
// own: it goes back where it stood in the list and in the order.
func putCategoryBack(c checklist.Category, at, orderAt int) func(nb *store.Notebook) (string, string, bool) {
	return func(nb *store.Notebook) (string, string, bool) {
		l := nb.Questions.Clone()
		if slices.ContainsFunc(l.Categories, func(o checklist.Category) bool { return o.ID == c.ID }) {
			return "", "", false
		}
		l.Categories = slices.Insert(l.Categories, min(at, len(l.Categories)), c)
		if orderAt >= 0 {
			l.CategoryOrder = slices.Insert(l.CategoryOrder, min(orderAt, len(l.CategoryOrder)), c.ID)
		}
		nb.Questions = l
		return "Brought back the category " + quoted(c.Title) + ".", "c:" + string(c.ID), true
	}
}

// undoWord is the key that undoes on the screen on top, for the news: u,
// or ctrl+z where the screen has a u of its own.
func (m *Model) undoWord() string {
	for _, group := range m.top().FullHelp() {
		for _, b := range group {
			if key.Matches(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'u'}}, b) {
				return "ctrl+z"
			}
		}
	}
	return "u"
}

// categoryUndo returns the undo of deleting the own category id of l,
// taken before it goes; ok is false when l has no such category.
func categoryUndo(l *checklist.Layout, id checklist.CategoryID) (back func(nb *store.Notebook) (string, string, bool), ok bool) {
	if l == nil {
		return nil, false
	}
	at := slices.IndexFunc(l.Categories, func(c checklist.Category) bool { return c.ID == id })
	if at < 0 {
		return nil, false
	}
	return putCategoryBack(l.Categories[at], at, slices.Index(l.CategoryOrder, id)), true
}

// discarder is a form screen that can be left without its edits:
// Discarded returns it open again with them, and whether it was so left.
type discarder interface {
	Discarded() (again screen.Screen, ok bool)
}

// rememberLeft keeps a form left without its edits ("Discard your
// edits?" y), so that u on the screen below opens it again with them.
func (m *Model) rememberLeft(left screen.Screen) {
	if d, ok := left.(discarder); ok {
		again, discarded := d.Discarded()
		if !discarded {
			return
		}
		m.rememberOn(undoPlace(m.top()), undoStep{reopen: again})
		m.setStatus("Left without your edits: "+m.undoWord()+" brings them back.", false)
	}
}
