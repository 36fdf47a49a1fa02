package questions

import (
	"fmt"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// Change is an edit the questions screen sends up. The root applies it
// to the notebook with Apply (which uses the store's methods), records
// the undo step of a delete, saves, and tells the screen
// (screen.ChangedMsg, with Event the Change and Select from Applied).
type Change interface {
	// Apply makes the change in nb; now dates what goes to the archive.
	// An error is the store's refusal, worded for the person; nb is then
	// as it was.
	Apply(nb *store.Notebook, now time.Time) (Applied, error)
}

// Applied says what a Change did.
type Applied struct {
	// News is the status line's news; "" for none.
	News string
	// Select is the row to put the cursor on: "q:ID" for a question,
	// "c:ID" for a category, "" to keep the cursor where it is.
	Select string
	// Unchanged says there was nothing to do (a move past the end of
	// the list): nothing to save.
	Unchanged bool
}

// AddMsg adds Question as one of the person's own, weighed at Importance
// (empty: the default).
type AddMsg struct {
	Question   checklist.Question
	Importance checklist.Importance
}

// Apply implements Change.
func (m AddMsg) Apply(nb *store.Notebook, _ time.Time) (Applied, error) {
	q, err := nb.AddQuestion(m.Question)
	if err != nil {
		return Applied{}, err
	}
	setImportance(nb, q.ID, m.Importance)
	return Applied{News: "Added your question " + screen.Quoted(q.Short) + ".", Select: "q:" + q.ID}, nil
}

// EditMsg replaces the own question with Question's ID by Question. The
// screen has asked first when the change sets answers aside.
type EditMsg struct {
	Question   checklist.Question
	Importance checklist.Importance
}

// Apply implements Change.
func (m EditMsg) Apply(nb *store.Notebook, now time.Time) (Applied, error) {
	n, err := nb.EditQuestion(m.Question, now)
	if err != nil {
		return Applied{}, err
	}
	setImportance(nb, m.Question.ID, m.Importance)
	news := "Recorded your question."
	if n > 0 {
		news = fmt.Sprintf("Recorded your question; the answers of %s are in the archive (r restores them).", screen.Plural(n, "therapist"))
	}
	return Applied{News: news}, nil
}

// setImportance records how much a question weighs; the default is not
// written, like the priorities screen leaves it unwritten.
func setImportance(nb *store.Notebook, id string, imp checklist.Importance) {
	if imp == "" {
		return
	}
	if nb.Importance == nil {
		nb.Importance = map[string]checklist.Importance{}
	}
	if imp == checklist.DefaultImportance(id) {
		delete(nb.Importance, id)
		return
	}
	nb.Importance[id] = imp
}

// DeleteMsg deletes the own question with ID to the archive, answers and
// all; the screen has asked first. The root records its undo.
type DeleteMsg struct{ ID string }

// Apply implements Change.
func (m DeleteMsg) Apply(nb *store.Notebook, now time.Time) (Applied, error) {
	q, _ := nb.Catalogue().ByID(m.ID)
	n, err := nb.DeleteQuestion(m.ID, now)
	if err != nil {
		return Applied{}, err
	}
	return Applied{News: fmt.Sprintf("Deleted %s to the archive, with %s; u brings it back (or r on it in the archive).",
		screen.Quoted(q.Short), screen.Plural(n, "answer"))}, nil
}

// HideMsg hides or shows a built-in question.
type HideMsg struct {
	ID     string
	Hidden bool
}

// Apply implements Change.
func (m HideMsg) Apply(nb *store.Notebook, _ time.Time) (Applied, error) {
	if err := nb.SetHidden(m.ID, m.Hidden); err != nil {
		return Applied{}, err
	}
	if m.Hidden {
		return Applied{News: "Hidden: not asked, compared or scored; its answers stay in the file. h shows it again."}, nil
	}
	return Applied{News: "Shown again: it is asked, compared and scored."}, nil
}

// MoveMsg moves the question with ID Delta places within its category
// or, when Category is set, that category among the others.
type MoveMsg struct {
	ID       string
	Category checklist.CategoryID
	Delta    int
}

// Apply implements Change.
func (m MoveMsg) Apply(nb *store.Notebook, _ time.Time) (Applied, error) {
	var moved bool
	if m.Category != "" {
		moved = nb.MoveCategory(m.Category, m.Delta)
	} else {
		moved = nb.MoveQuestion(m.ID, m.Delta)
	}
	return Applied{Unchanged: !moved}, nil
}

// CategoryAddMsg adds a category of the person's own, named Title.
type CategoryAddMsg struct{ Title string }

// Apply implements Change.
func (m CategoryAddMsg) Apply(nb *store.Notebook, _ time.Time) (Applied, error) {
	c := nb.AddCategory(m.Title)
	return Applied{News: "Added the category " + screen.Quoted(c.Title) + "; a adds a question to it.", Select: "c:" + string(c.ID)}, nil
}

// CategoryDeleteMsg deletes an empty category of the person's own; the
// screen has asked first. The root records its undo.
type CategoryDeleteMsg struct{ ID checklist.CategoryID }

// Apply implements Change.
func (m CategoryDeleteMsg) Apply(nb *store.Notebook, _ time.Time) (Applied, error) {
	if err := nb.DeleteCategory(m.ID); err != nil {
		return Applied{}, err
	}
	return Applied{News: "Deleted the category; u brings it back."}, nil
}

// CategoryRenameMsg gives an own category a new title.
type CategoryRenameMsg struct {
	ID    checklist.CategoryID
	Title string
}

// Apply implements Change.
func (m CategoryRenameMsg) Apply(nb *store.Notebook, _ time.Time) (Applied, error) {
	if err := nb.RenameCategory(m.ID, m.Title); err != nil {
		return Applied{}, err
	}
	return Applied{News: "Renamed the category."}, nil
}

// RestoreMsg brings entry Index of the archive back, answers and all;
// the screen has asked first.
type RestoreMsg struct{ Index int }

// Apply implements Change.
func (m RestoreMsg) Apply(nb *store.Notebook, now time.Time) (Applied, error) {
	var id string
	if l := nb.Questions; l != nil && m.Index >= 0 && m.Index < len(l.Archive) {
		id = l.Archive[m.Index].Question.ID
	}
	n, err := nb.Restore(m.Index, now)
	if err != nil {
		return Applied{}, err
	}
	sel := ""
	if id != "" {
		sel = "q:" + id
	}
	return Applied{News: fmt.Sprintf("Restored, with %s.", screen.Plural(n, "answer")), Select: sel}, nil
}

// FormLeftMsg says the question or category form was left without its
// edits ("Discard your edits?" y). The root keeps it as an undo step:
// Reshow opens the form again with them.
type FormLeftMsg struct{ form questionForm }

// Reshow gives the questions screen top its form back, edits and all;
// ok is false when top is another screen or has a form open already.
func (m FormLeftMsg) Reshow(top screen.Screen) (next screen.Screen, ok bool) {
	qm, ok := top.(Model)
	if !ok || qm.form != nil {
		return top, false
	}
	f := m.form
	// The form is back: the list's "Nothing changed." from leaving it
	// no longer holds, and would still show once the form is saved.
	qm.form, qm.notice = &f, ""
	return qm.resize(), true
}
