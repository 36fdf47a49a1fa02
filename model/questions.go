package model

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
)

// The questions screen: every category and question of the notebook's
// catalogue in order, built-in ones marked, hidden ones shown as hidden,
// then the archive and the answers kept for questions not in the list. It
// reads the notebook through common and sends every change up as one of
// the messages below; the root applies it with the store's methods and
// saves.

// questionAddMsg adds q as a question of the person's own, weighed at
// importance (empty: the default).
type questionAddMsg struct {
	q          checklist.Question
	importance checklist.Importance
}

// questionEditMsg replaces the own question with q's ID by q. The screen
// has asked first when the change sets answers aside.
type questionEditMsg struct {
	q          checklist.Question
	importance checklist.Importance
}

// questionDeleteMsg deletes an own question to the archive; the screen has
// asked first.
type questionDeleteMsg struct{ id string }

// questionHideMsg hides or shows a built-in question.
type questionHideMsg struct {
	id     string
	hidden bool
}

// questionMoveMsg moves a question (delta places within its category) or,
// when category is set, a category among the others.
type questionMoveMsg struct {
	id       string
	category checklist.CategoryID
	delta    int
}

// categoryAddMsg adds a category of the person's own; categoryRenameMsg
// renames one; categoryDeleteMsg deletes an empty one (asked first).
type categoryAddMsg struct{ title string }

// categoryDeleteMsg deletes an empty category of the person's own.
type categoryDeleteMsg struct{ id checklist.CategoryID }

// categoryRenameMsg gives an own category a new title.
type categoryRenameMsg struct {
	id    checklist.CategoryID
	title string
}

// archiveRestoreMsg restores archive entry index.
type archiveRestoreMsg struct{ index int }

// questionFormLeftMsg says the question form was left without its edits
// ("Discard your edits?" y); form holds them, for an undo.
type questionFormLeftMsg struct{ form questionForm }

// qRowKind says what a row of the questions list is.
type qRowKind int

const (
	qRowCategory qRowKind = iota
	qRowQuestion
	qRowHeading // "Archive", "Kept answers": not selectable for edits
	qRowArchived
	qRowOrphan
)

// qRow is one line of the list.
type qRow struct {
	kind     qRowKind
	category checklist.CategoryID
	q        checklist.Question
	index    int    // archive index for qRowArchived
	text     string // the line as drawn, before the marker
}

// questionsKeyMap holds the questions screen's keys.
type questionsKeyMap struct {
	Up, Down         key.Binding
	MoveUp, MoveDown key.Binding
	Add, AddCategory key.Binding
	Edit, Hide       key.Binding
	Delete, Restore  key.Binding
	Back             key.Binding
}

func defaultQuestionsKeyMap() questionsKeyMap {
	return questionsKeyMap{
		Up:          bind("↑/k", "up", "up", "k"),
		Down:        bind("↓/j", "down", "down", "j"),
		MoveUp:      bind("K/shift+↑", "move up", "K", "shift+up"),
		MoveDown:    bind("J/shift+↓", "move down", "J", "shift+down"),
		Add:         bind("a", "add question", "a"),
		AddCategory: bind("A", "add category", "A"),
		Edit:        bind("e/enter", "edit", "e", "enter"),
		Hide:        bind("h", "hide/show built-in", "h"),
		Delete:      bind("d", "delete yours", "d"),
		Restore:     bind("r", "restore archived", "r"),
		Back:        bind("esc", "back", "esc"),
	}
}

// ShortHelp implements help.KeyMap.
func (k questionsKeyMap) ShortHelp() []key.Binding {
	// One entry for both moves, so esc and ? still fit at 80 columns.
	move := key.NewBinding(key.WithKeys("K", "J"), key.WithHelp("K/J", "move up/down"))
	return []key.Binding{k.Add, k.Edit, move, k.Back}
}

// FullHelp implements help.KeyMap.
func (k questionsKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.MoveUp, k.MoveDown},
		{k.Add, k.AddCategory, k.Edit},
		{k.Hide, k.Delete, k.Restore, k.Back},
	}
}

// questionsModel is the questions screen. form is non-nil while a question
// or category is being added or edited.
type questionsModel struct {
	common *common
	keys   questionsKeyMap
	rows   []qRow
	cursor int
	form   *questionForm
	// ask is a pending yes/no; its about is the message to send on yes.
	ask    confirmQuestion[tea.Msg]
	notice string
}

func newQuestions(c *common) questionsModel {
	qm := questionsModel{common: c, keys: defaultQuestionsKeyMap(), ask: newConfirm[tea.Msg]()}
	return qm.refresh()
}

// changed reads the catalogue again after the root applied an edit, and
// puts the cursor on sel ("q:ID" or "c:ID") when given.
func (qm questionsModel) changed(sel string) questionsModel {
	qm = qm.refresh()
	if sel == "" {
		return qm
	}
	for i, r := range qm.rows {
		if rowKey(r) == sel {
			qm.cursor = i
		}
	}
	return qm.resize()
}

// typing reports whether printable keys are text or an answer (a form, a
// confirmation), so q and ? must reach the screen.
func (qm questionsModel) typing() bool { return qm.form != nil || qm.ask.asking() }

func (qm questionsModel) shortHelp() []key.Binding {
	switch {
	case qm.form != nil:
		return qm.form.shortHelp()
	case qm.ask.asking():
		return qm.ask.shortHelp()
	}
	return qm.keys.ShortHelp()
}

func (qm questionsModel) fullHelp() [][]key.Binding {
	switch {
	case qm.form != nil:
		return qm.form.fullHelp()
	case qm.ask.asking():
		return qm.ask.fullHelp()
	}
	return qm.keys.FullHelp()
}

// refresh rebuilds the rows from the notebook, keeping the cursor on the
// same question or category where it still exists.
func (qm questionsModel) refresh() questionsModel {
	var keep string
	if qm.cursor < len(qm.rows) {
		keep = rowKey(qm.rows[qm.cursor])
	}
	nb := qm.common.Notebook()
	set := nb.Catalogue()
	qm.rows = qm.rows[:0:0]
	for _, c := range set.AllCategories() {
		mark := ""
		if checklist.IsOwn(string(c.ID)) {
			mark = " (yours)"
		}
		qm.rows = append(qm.rows, qRow{kind: qRowCategory, category: c.ID, text: strings.ToUpper(safetext.Line(c.Title)) + mark})
		for _, q := range set.All() {
			if q.Category != c.ID {
				continue
			}
			qm.rows = append(qm.rows, qRow{kind: qRowQuestion, category: c.ID, q: q, text: questionLine(set, q, nb.AnswerCount(q.ID))})
		}
	}
	if nb.Questions != nil && len(nb.Questions.Archive) > 0 {
		qm.rows = append(qm.rows, qRow{kind: qRowHeading, text: "ARCHIVE (r restores)"})
		for i, a := range nb.Questions.Archive {
			qm.rows = append(qm.rows, qRow{kind: qRowArchived, q: a.Question, index: i,
				text: fmt.Sprintf("%s · %s %s · %s", safetext.Line(a.Question.Prompt), safetext.Line(a.Reason),
					a.At.Local().Format(checklist.DateForm), plural(len(a.Answers), "answer"))})
		}
	}
	if ids, counts := nb.Orphans(); len(ids) > 0 {
		qm.rows = append(qm.rows, qRow{kind: qRowHeading, text: "KEPT ANSWERS TO QUESTIONS NOT IN YOUR LIST"})
		for _, id := range ids {
			qm.rows = append(qm.rows, qRow{kind: qRowOrphan, q: checklist.Question{ID: id},
				text: safetext.Line(id) + " · " + plural(counts[id], "answer") + " kept in the file"})
		}
	}
	qm.cursor = 0
	for i, r := range qm.rows {
		if rowKey(r) == keep {
			qm.cursor = i
		}
	}
	return qm.resize()
}

// questionLine is a question's row: its marker (yours, built-in or
// hidden), its prompt and how many therapists answered it.
func questionLine(set *checklist.Set, q checklist.Question, answered int) string {
	tag := "[built-in]"
	switch {
	case checklist.IsOwn(q.ID):
		tag = "[yours]"
	case set.Hidden(q.ID):
		tag = "[hidden]"
	}
	line := tag + " " + safetext.Line(q.Prompt)
	if answered > 0 {
		line += " · " + plural(answered, "answer")
	}
	return line
}

// rowKey identifies a row across refreshes.
func rowKey(r qRow) string {
	switch r.kind {
	case qRowCategory:
		return "c:" + string(r.category)
	case qRowQuestion, qRowOrphan:
		return "q:" + r.q.ID
	case qRowArchived:
		return fmt.Sprintf("a:%d", r.index)
	}
	return "h:" + r.text
}

// resize keeps the cursor and its row in view.
func (qm questionsModel) resize() questionsModel {
	qm.cursor = clamp(qm.cursor, 0, max(0, len(qm.rows)-1))
	if qm.form != nil {
		f := qm.form.resize(qm.common.Width)
		qm.form = &f
	}
	return qm
}

// listHeight is the rows shown: the body less the title, a blank line and
// two lines of detail below.
func (qm questionsModel) listHeight() int { return max(1, qm.common.Height-4) }

func (qm questionsModel) update(msg tea.Msg) (questionsModel, tea.Cmd) {
	if ch, ok := msg.(screen.ChangedMsg); ok {
		return qm.changed(ch.Select), nil
	}
	k, ok := msg.(tea.KeyMsg)
	if qm.form != nil {
		return qm.updateForm(msg)
	}
	if !ok {
		return qm, nil
	}
	if qm.ask.asking() {
		return qm.answer(k)
	}
	qm.notice = ""
	switch {
	case key.Matches(k, qm.keys.Up):
		qm.cursor--
	case key.Matches(k, qm.keys.Down):
		qm.cursor++
	case key.Matches(k, qm.keys.Back):
		return qm, screen.Send(screen.BackMsg{})
	case key.Matches(k, qm.keys.MoveUp):
		return qm, qm.move(-1)
	case key.Matches(k, qm.keys.MoveDown):
		return qm, qm.move(1)
	case key.Matches(k, qm.keys.Add):
		f := newQuestionForm(qm.common, checklist.Question{Category: qm.currentCategory(), Kind: checklist.KindText}, "", true)
		qm.form = &f
		return qm.resize(), qm.form.focusCmd()
	case key.Matches(k, qm.keys.AddCategory):
		f := newCategoryForm(qm.common, "", "")
		qm.form = &f
		return qm.resize(), qm.form.focusCmd()
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

// selected returns the row under the cursor.
func (qm questionsModel) selected() (qRow, bool) {
	if qm.cursor < 0 || qm.cursor >= len(qm.rows) {
		return qRow{}, false
	}
	return qm.rows[qm.cursor], true
}

// currentCategory is the category of the row under the cursor, for adding
// a question there; the first category otherwise.
func (qm questionsModel) currentCategory() checklist.CategoryID {
	if r, ok := qm.selected(); ok && r.category != "" {
		return r.category
	}
	return checklist.Education
}

func (qm questionsModel) move(delta int) tea.Cmd {
	r, ok := qm.selected()
	switch {
	case ok && r.kind == qRowQuestion:
		return screen.Send(questionMoveMsg{id: r.q.ID, delta: delta})
	case ok && r.kind == qRowCategory:
		return screen.Send(questionMoveMsg{category: r.category, delta: delta})
	}
	return nil
}

func (qm questionsModel) edit() (questionsModel, tea.Cmd) {
	r, ok := qm.selected()
	switch {
	case ok && r.kind == qRowQuestion && checklist.IsOwn(r.q.ID):
		f := newQuestionForm(qm.common, r.q, qm.common.Notebook().Importance[r.q.ID], false)
		qm.form = &f
		return qm.resize(), qm.form.focusCmd()
	case ok && r.kind == qRowQuestion:
		qm.notice = "Built-in questions keep their wording: h hides one, a adds your own."
	case ok && r.kind == qRowCategory && checklist.IsOwn(string(r.category)):
		c, _ := qm.common.Notebook().Catalogue().CategoryByID(r.category)
		f := newCategoryForm(qm.common, r.category, c.Title)
		qm.form = &f
		return qm.resize(), qm.form.focusCmd()
	case ok && r.kind == qRowCategory:
		qm.notice = "Built-in categories keep their names: A adds your own."
	}
	return qm, nil
}

func (qm questionsModel) hide() (questionsModel, tea.Cmd) {
	r, ok := qm.selected()
	if !ok || r.kind != qRowQuestion {
		return qm, nil
	}
	if checklist.IsOwn(r.q.ID) {
		qm.notice = "Your own questions are deleted (d), not hidden; d keeps them in the archive."
		return qm, nil
	}
	hidden := !qm.common.Notebook().Catalogue().Hidden(r.q.ID)
	return qm, screen.Send(questionHideMsg{id: r.q.ID, hidden: hidden})
}

// askDelete asks before deleting an own question, naming how many
// therapists answered it and where the answers go.
func (qm questionsModel) askDelete() questionsModel {
	r, ok := qm.selected()
	if ok && r.kind == qRowCategory {
		return qm.askDeleteCategory(r)
	}
	if !ok || r.kind != qRowQuestion {
		return qm
	}
	if !checklist.IsOwn(r.q.ID) {
		qm.notice = "Built-in questions are never deleted: h hides one."
		return qm
	}
	n := qm.common.Notebook().AnswerCount(r.q.ID)
	what := "No therapist answered it."
	if n > 0 {
		what = fmt.Sprintf("%s answered it; the answers go to the archive with it.", plural(n, "therapist"))
	}
	qm.ask = qm.ask.ask(fmt.Sprintf("Delete %q? %s r on the archive restores it.", safetext.Line(r.q.Short), what), questionDeleteMsg{id: r.q.ID})
	return qm
}

// askDeleteCategory asks before deleting an empty category of the
// person's own, and says why any other cannot go.
func (qm questionsModel) askDeleteCategory(r qRow) questionsModel {
	switch {
	case !checklist.IsOwn(string(r.category)):
		qm.notice = "Built-in categories stay; h hides their questions one by one."
	case len(qm.common.Notebook().Catalogue().InCategory(r.category)) > 0:
		qm.notice = "This category still has questions: delete them (d) or move them to another category (e) first."
	default:
		qm.ask = qm.ask.ask("Delete this empty category of yours?", categoryDeleteMsg{id: r.category})
	}
	return qm
}

// askRestore asks before bringing an archived question back.
func (qm questionsModel) askRestore() questionsModel {
	r, ok := qm.selected()
	if !ok || r.kind != qRowArchived {
		qm.notice = "Select an entry of the archive (at the end of the list) to restore it."
		return qm
	}
	what := "It comes back at the end of its category"
	if _, exists := qm.common.Notebook().Catalogue().ByID(r.q.ID); exists {
		what = "It replaces the question as it is now, which goes to the archive in turn"
	}
	qm.ask = qm.ask.ask(fmt.Sprintf("Restore %q with its answers? %s.", safetext.Line(r.q.Short), what), archiveRestoreMsg{index: r.index})
	return qm
}

// answer takes the reply to the pending question: y does it, any other
// key changes nothing, as everywhere in the app.
func (qm questionsModel) answer(k tea.KeyMsg) (questionsModel, tea.Cmd) {
	var yes bool
	var msg tea.Msg
	if qm.ask, yes, msg = qm.ask.answer(k); yes {
		return qm, screen.Send(msg)
	}
	qm.notice = "Nothing changed."
	return qm, nil
}

// updateForm hands msg to the open form and acts on what it decided.
func (qm questionsModel) updateForm(msg tea.Msg) (questionsModel, tea.Cmd) {
	f, cmd, done := qm.form.update(msg)
	qm.form = &f
	switch done {
	case formCancelled:
		qm.form = nil
		qm.notice = "Nothing changed."
		if f.form.Dirty() && f.form.Discarded() {
			// Its edits can come back with u (undo.go).
			f.form = f.form.Reopened()
			return qm.resize(), screen.Send(questionFormLeftMsg{form: f})
		}
		return qm.resize(), nil
	case formSubmitted:
		out := f.result()
		qm.form = nil
		return qm.resize(), screen.Send(out)
	}
	return qm, cmd
}
