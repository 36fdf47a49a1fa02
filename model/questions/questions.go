// Package questions is vetted's "Your questions" screen: every category
// and question of the notebook's catalogue in order, built-in ones
// marked, hidden ones shown as hidden, then the archive and the answers
// kept for questions not in the list. From here the person adds, edits,
// moves, hides and deletes questions and categories of their own (the
// form of form.go, on model/form). It reads the notebook through
// screen.Common and sends every change up as a Change (msgs.go); the root
// applies it with the store's methods, records the undo of a delete, and
// saves.
package questions

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/confirm"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/list"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
)

// Model is the questions screen. form is non-nil while a question or
// category is being added or edited.
type Model struct {
	common *screen.Common
	keys   KeyMap
	rows   []row
	// window is the cursor and the window over rows.
	window list.Model
	form   *questionForm
	// ask is a pending yes/no; its about is the message to send on yes.
	ask    confirm.Question[tea.Msg]
	notice string
	// fromInterview is set when an interview opened the screen; added is
	// the question of the person's own added since, which the interview
	// shows on the way back (see Left).
	fromInterview bool
	added         string
}

// New returns the questions screen of the notebook in c; fromInterview
// says an interview opened it, which goes to a question added here once
// the screen is closed.
func New(c *screen.Common, fromInterview bool) Model {
	qm := Model{common: c, keys: DefaultKeyMap(), ask: confirm.New[tea.Msg](), fromInterview: fromInterview}
	return qm.refresh()
}

// changed reads the catalogue again after the root applied a change, and
// puts the cursor on sel ("q:ID" or "c:ID") when given.
func (qm Model) changed(ch screen.ChangedMsg) Model {
	if _, ok := ch.Event.(AddMsg); ok && qm.fromInterview {
		qm.added = strings.TrimPrefix(ch.Select, "q:")
	}
	qm = qm.refresh()
	if ch.Select == "" {
		return qm
	}
	for i, r := range qm.rows {
		if rowKey(r) == ch.Select {
			qm.window = qm.window.Select(i)
		}
	}
	return qm
}

// Left implements screen.Leaver: back in the interview that opened it,
// the question added here is on view.
func (qm Model) Left() tea.Cmd {
	if qm.added == "" {
		return nil
	}
	return screen.Send(screen.ShowQuestionMsg{ID: qm.added})
}

// Form is the question or category form open on the screen; ok is false
// when none is.
func (qm Model) Form() (f form.Form, ok bool) {
	if qm.form == nil {
		return form.Form{}, false
	}
	return qm.form.form, true
}

// Typing implements screen.Screen: printable keys are text or an answer
// (a form, a confirmation), so q and ? must reach the screen.
func (qm Model) Typing() bool { return qm.form != nil || qm.ask.Asking() }

// Asking implements screen.Screen.
func (qm Model) Asking() bool {
	return qm.ask.Asking() || qm.form != nil && qm.form.asking()
}

// ShortHelp implements screen.Screen.
func (qm Model) ShortHelp() []key.Binding {
	switch {
	case qm.form != nil:
		return qm.form.shortHelp()
	case qm.ask.Asking():
		return qm.ask.ShortHelp()
	}
	return qm.keys.ShortHelp()
}

// FullHelp implements screen.Screen.
func (qm Model) FullHelp() [][]key.Binding {
	switch {
	case qm.form != nil:
		return qm.form.fullHelp()
	case qm.ask.Asking():
		return qm.ask.FullHelp()
	}
	return qm.keys.FullHelp()
}

// SetSize implements screen.Screen; the screen reads its room from
// common.
func (qm Model) SetSize(int, int) screen.Screen { return qm.resize() }

// resize keeps the cursor and its row in view.
func (qm Model) resize() Model {
	qm.window = qm.window.SetLen(len(qm.rows)).SetHeight(qm.listHeight())
	if qm.form != nil {
		f := qm.form.resize(qm.common.Width)
		qm.form = &f
	}
	return qm
}

// listHeight is the lines of the list, its "more" lines included: the
// body less the title, a blank line and two lines of detail below.
func (qm Model) listHeight() int { return max(1, qm.common.Height-4) }

// Update implements screen.Screen.
func (qm Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	qm, cmd := qm.update(msg)
	return qm, cmd
}

func (qm Model) update(msg tea.Msg) (Model, tea.Cmd) {
	if ch, ok := msg.(screen.ChangedMsg); ok {
		return qm.changed(ch), nil
	}
	k, ok := msg.(tea.KeyMsg)
	if qm.form != nil {
		return qm.updateForm(msg)
	}
	if !ok {
		return qm, nil
	}
	if qm.ask.Asking() {
		return qm.answer(k)
	}
	qm.notice = ""
	switch {
	case key.Matches(k, qm.keys.Up):
		qm.window = qm.window.Move(-1)
	case key.Matches(k, qm.keys.Down):
		qm.window = qm.window.Move(1)
	case key.Matches(k, qm.keys.Back):
		return qm, screen.Send(screen.BackMsg{})
	case key.Matches(k, qm.keys.MoveUp):
		return qm, qm.move(-1)
	case key.Matches(k, qm.keys.MoveDown):
		return qm, qm.move(1)
	case key.Matches(k, qm.keys.Add):
		return qm.open(newQuestionForm(qm.common, checklist.Question{Category: qm.currentCategory(), Kind: checklist.KindText}, "", true))
	case key.Matches(k, qm.keys.AddCategory):
		return qm.open(newCategoryForm(qm.common, "", ""))
	case key.Matches(k, qm.keys.Edit):
		return qm.edit()
	case key.Matches(k, qm.keys.Hide):
		return qm.hide()
	case key.Matches(k, qm.keys.Delete):
		return qm.askDelete(), nil
	case key.Matches(k, qm.keys.Restore):
		return qm.askRestore(), nil
	}
	return qm.resize(), nil
}

// open shows f over the list.
func (qm Model) open(f questionForm) (Model, tea.Cmd) {
	qm.form = &f
	return qm.resize(), qm.form.focusCmd()
}

func (qm Model) move(delta int) tea.Cmd {
	r, ok := qm.selected()
	switch {
	case ok && r.kind == rowQuestion:
		return screen.Send(MoveMsg{ID: r.q.ID, Delta: delta})
	case ok && r.kind == rowCategory:
		return screen.Send(MoveMsg{Category: r.category, Delta: delta})
	}
	return nil
}

func (qm Model) edit() (Model, tea.Cmd) {
	r, ok := qm.selected()
	switch {
	case ok && r.kind == rowQuestion && checklist.IsOwn(r.q.ID):
		return qm.open(newQuestionForm(qm.common, r.q, qm.common.Notebook().Importance[r.q.ID], false))
	case ok && r.kind == rowQuestion:
		qm.notice = "Built-in questions keep their wording: h hides one, a adds your own."
	case ok && r.kind == rowCategory && checklist.IsOwn(string(r.category)):
		c, _ := qm.common.Notebook().Catalogue().CategoryByID(r.category)
		return qm.open(newCategoryForm(qm.common, r.category, c.Title))
	case ok && r.kind == rowCategory:
		qm.notice = "Built-in categories keep their names: A adds your own."
	}
	return qm, nil
}

func (qm Model) hide() (Model, tea.Cmd) {
	r, ok := qm.selected()
	if !ok || r.kind != rowQuestion {
		return qm, nil
	}
	if checklist.IsOwn(r.q.ID) {
		qm.notice = "Your own questions are deleted (d), not hidden; d keeps them in the archive."
		return qm, nil
	}
	hidden := !qm.common.Notebook().Catalogue().Hidden(r.q.ID)
	return qm, screen.Send(HideMsg{ID: r.q.ID, Hidden: hidden})
}

// askDelete asks before deleting an own question, naming how many
// therapists answered it and where the answers go.
func (qm Model) askDelete() Model {
	r, ok := qm.selected()
	if ok && r.kind == rowCategory {
		return qm.askDeleteCategory(r)
	}
	if !ok || r.kind != rowQuestion {
		return qm
	}
	if !checklist.IsOwn(r.q.ID) {
		qm.notice = "Built-in questions are never deleted: h hides one."
		return qm
	}
	n := qm.common.Notebook().AnswerCount(r.q.ID)
	what := "No therapist answered it."
	if n > 0 {
		what = fmt.Sprintf("%s answered it; the answers go to the archive with it.", screen.Plural(n, "therapist"))
	}
	qm.ask = qm.ask.Ask(fmt.Sprintf("Delete %q? %s r on the archive restores it.", safetext.Line(r.q.Short), what), DeleteMsg{ID: r.q.ID})
	return qm
}

// askDeleteCategory asks before deleting an empty category of the
// person's own, and says why any other cannot go.
func (qm Model) askDeleteCategory(r row) Model {
	switch {
	case !checklist.IsOwn(string(r.category)):
		qm.notice = "Built-in categories stay; h hides their questions one by one."
	case len(qm.common.Notebook().Catalogue().InCategory(r.category)) > 0:
		qm.notice = "This category still has questions: delete them (d) or move them to another category (e) first."
	default:
		qm.ask = qm.ask.Ask("Delete this empty category of yours?", CategoryDeleteMsg{ID: r.category})
	}
	return qm
}

// askRestore asks before bringing an archived question back.
func (qm Model) askRestore() Model {
	r, ok := qm.selected()
	if !ok || r.kind != rowArchived {
		qm.notice = "Select an entry of the archive (at the end of the list) to restore it."
		return qm
	}
	what := "It comes back at the end of its category"
	if _, exists := qm.common.Notebook().Catalogue().ByID(r.q.ID); exists {
		what = "It replaces the question as it is now, which goes to the archive in turn"
	}
	qm.ask = qm.ask.Ask(fmt.Sprintf("Restore %q with its answers? %s.", safetext.Line(r.q.Short), what), RestoreMsg{Index: r.index})
	return qm
}

// answer takes the reply to the pending question: y does it, any other
// key changes nothing, as everywhere in the app.
func (qm Model) answer(k tea.KeyMsg) (Model, tea.Cmd) {
	var yes bool
	var msg tea.Msg
	if qm.ask, yes, msg = qm.ask.Answer(k); yes {
		return qm, screen.Send(msg)
	}
	qm.notice = "Nothing changed."
	return qm, nil
}

// updateForm hands msg to the open form and acts on what it decided.
func (qm Model) updateForm(msg tea.Msg) (Model, tea.Cmd) {
	f, cmd, done := qm.form.update(msg)
	qm.form = &f
	switch done {
	case formCancelled:
		qm.form = nil
		qm.notice = "Nothing changed."
		if again, left := f.form.Discarded(); left {
			// Its edits can come back with u (FormLeftMsg.Reshow).
			f.form = again
			return qm.resize(), screen.Send(FormLeftMsg{form: f})
		}
		return qm.resize(), nil
	case formSubmitted:
		out := f.result()
		qm.form = nil
		return qm.resize(), screen.Send(out)
	}
	return qm, cmd
}
