package questions

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/confirm"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
)

// formOutcome says whether a form is still open, or how it ended.
type formOutcome int

const (
	formOpen formOutcome = iota
	formSubmitted
	formCancelled
)

// Keys of the question form's fields, and of the category form's one.
const (
	fieldPrompt     = "prompt"
	fieldShort      = "short"
	fieldCategory   = "category"
	fieldKind       = "kind"
	fieldOptions    = "options"
	fieldBetter     = "better"
	fieldImportance = "importance"
	fieldHint       = "hint"
	fieldTitle      = "title"
)

// Limits of what the form's fields hold, in characters.
const (
	promptLimit  = 300
	shortLimit   = 60
	optionsLimit = 600
	hintLimit    = 600
	titleLimit   = 60
)

// questionForm adds or edits a question of the person's own, or adds or
// renames a category of theirs (category set, the one field fieldTitle),
// on the one form machinery (model/form).
type questionForm struct {
	common   *screen.Common
	form     form.Form
	isNew    bool
	original checklist.Question // the question being edited, or the start of a new one
	category checklist.CategoryID
	// forCategory marks the category form.
	forCategory bool
	cats        []checklist.Category
	// kind is the answer kind the fields were last laid out for.
	kind checklist.Kind
	// ask is open while the form asks to set answers aside; its about is
	// the outcome on yes. (Leaving with edits is the form's own question.)
	ask confirm.Question[formOutcome]
}

// newQuestionForm opens the form on q (new when isNew) at importance imp.
func newQuestionForm(c *screen.Common, q checklist.Question, imp checklist.Importance, isNew bool) questionForm {
	f := questionForm{common: c, ask: confirm.New[formOutcome](), isNew: isNew, original: q}
	labels := make([]string, len(q.Choices))
	for i, ch := range q.Choices {
		labels[i] = ch.Label
	}
	f.cats = c.Notebook().Catalogue().AllCategories()
	catLabels := make([]string, len(f.cats))
	for i, cat := range f.cats {
		catLabels[i] = cat.Title
	}
	kindNames := make([]string, len(checklist.OwnKinds))
	for i, k := range checklist.OwnKinds {
		kindNames[i] = kindLabels[k]
	}
	impNames := make([]string, len(importanceSteps4))
	for i, s := range importanceSteps4 {
		impNames[i] = s.Label()
	}
	if imp == "" {
		imp = checklist.Nice
	}
	f.kind = checklist.OwnKinds[max(0, slices.Index(checklist.OwnKinds, q.Kind))]
	better, betterAt := betterChoices(f.kind, q.Better)
	title := "Your own question"
	if isNew {
		title = "A new question of yours"
	}
	f.form = form.New(c.Styles, title, "",
		form.Line(fieldPrompt, "Question", q.Prompt, promptLimit),
		form.Line(fieldShort, "Short label", q.Short, shortLimit).WithPlaceholder("a few words for the comparison (made from the question if empty)"),
		form.Pick(fieldCategory, "Category", catLabels, slices.IndexFunc(f.cats, func(x checklist.Category) bool { return x.ID == q.Category })),
		form.Pick(fieldKind, "Answer", kindNames, slices.Index(checklist.OwnKinds, f.kind)),
		form.Line(fieldOptions, "Options", strings.Join(labels, ", "), optionsLimit).WithPlaceholder("options, separated by commas"),
		form.Pick(fieldBetter, "Better", better, betterAt),
		form.Pick(fieldImportance, "Importance", impNames, slices.Index(importanceSteps4, imp)),
		form.Line(fieldHint, "Why you ask", q.Hint, hintLimit).WithPlaceholder("why you ask (optional)"),
	)
	return f.showFieldsOfKind()
}

// newCategoryForm opens the form for a new category (id empty) or the
// renaming of an own one.
func newCategoryForm(c *screen.Common, id checklist.CategoryID, title string) questionForm {
	f := questionForm{common: c, ask: confirm.New[formOutcome](), isNew: id == "", category: id, forCategory: true}
	heading := "Rename your category"
	if f.isNew {
		heading = "A new category of yours"
	}
	f.form = form.New(c.Styles, heading, "", form.Line(fieldTitle, "Name", title, titleLimit).WithRequired("A category needs a name."))
	return f
}

// showFieldsOfKind shows the options only for the kinds that have them
// and the better answer only where the kind allows one; a kind changed
// since the last call starts its better answer afresh (one of another
// kind means nothing here).
func (f questionForm) showFieldsOfKind() questionForm {
	if f.forCategory {
		return f
	}
	k := f.kindValue()
	if k != f.kind {
		f.kind = k
		labels, _ := betterChoices(k, "")
		f.form = f.form.SetOptions(fieldBetter, labels, 0)
	}
	f.form = f.form.SetHidden(fieldOptions, k != checklist.KindChoice && k != checklist.KindMulti)
	f.form = f.form.SetHidden(fieldBetter, len(checklist.BetterOptions(k)) <= 1)
	return f
}

func (f questionForm) kindValue() checklist.Kind { return checklist.OwnKinds[f.form.Pick(fieldKind)] }

func (f questionForm) betterValue() string {
	opts := checklist.BetterOptions(f.kindValue())
	return opts[min(max(f.form.Pick(fieldBetter), 0), len(opts)-1)]
}

// asking reports whether the form asks a yes/no question.
func (f questionForm) asking() bool { return f.ask.Asking() || f.form.Asking() }

func (f questionForm) shortHelp() []key.Binding {
	if f.ask.Asking() {
		return f.ask.ShortHelp()
	}
	return f.form.ShortHelp()
}

func (f questionForm) fullHelp() [][]key.Binding {
	if f.ask.Asking() {
		return f.ask.FullHelp()
	}
	return f.form.FullHelp()
}

func (f *questionForm) focusCmd() tea.Cmd { return f.form.FocusCmd() }

// resize fits the form to width, leaving room below for its question.
func (f questionForm) resize(width int) questionForm {
	h := f.common.Height
	if f.ask.Asking() {
		h -= len(f.askLines(width))
	}
	f.form = f.form.SetSize(width, max(1, h))
	return f
}

func (f questionForm) update(msg tea.Msg) (questionForm, tea.Cmd, formOutcome) {
	if k, ok := msg.(tea.KeyMsg); ok && f.ask.Asking() {
		var yes bool
		var onYes formOutcome
		f.ask, yes, onYes = f.ask.Answer(k)
		f = f.resize(f.common.Width)
		if yes {
			return f, nil, onYes
		}
		return f, nil, formOpen
	}
	var cmd tea.Cmd
	var out form.Outcome
	f.form, cmd, out = f.form.Update(msg)
	f = f.showFieldsOfKind()
	switch out {
	case form.Left:
		return f, nil, formCancelled
	case form.Submitted:
		return f.submit()
	}
	return f, cmd, formOpen
}

// question builds the question the form describes. A text the person did
// not touch is as the notebook holds it.
func (f questionForm) question() checklist.Question {
	q := f.original
	q.Prompt = f.form.Value(fieldPrompt)
	q.Short = f.form.Value(fieldShort)
	q.Hint = f.form.Value(fieldHint)
	q.Category = f.cats[f.form.Pick(fieldCategory)].ID
	q.Kind = f.kindValue()
	q.Better = f.betterValue()
	q.Choices = nil
	if q.Kind == checklist.KindChoice || q.Kind == checklist.KindMulti {
		q.Choices = keepChoiceIDs(f.original.Choices, splitOptions(f.form.Value(fieldOptions)))
	}
	return q
}

// submit checks the question; a problem is shown under the field it
// concerns, and a change that sets answers aside asks first.
func (f questionForm) submit() (questionForm, tea.Cmd, formOutcome) {
	if f.forCategory {
		return f, nil, formSubmitted
	}
	q := f.question()
	probe := checklist.ShapeOwn(q)
	probe.ID = checklist.OwnPrefix + "probe"
	if err := checklist.CheckOwn(probe); err != nil {
		at := fieldPrompt
		if (q.Kind == checklist.KindChoice || q.Kind == checklist.KindMulti) && len(q.Choices) < 2 {
			at = fieldOptions
		}
		f.form = f.form.Fail(at, screen.Sentence(strings.ToUpper(err.Error()[:1])+err.Error()[1:]))
		return f, nil, formOpen
	}
	if !f.isNew {
		if n := f.common.Notebook().ChangeSetsAside(checklist.ShapeOwn(q)); n > 0 {
			f.ask = f.ask.Ask(fmt.Sprintf("%s answered this question. With this change their answers no longer fit: they go to the archive, from which r restores them. Go ahead?", screen.Plural(n, "therapist")), formSubmitted)
			return f.resize(f.common.Width), nil, formOpen
		}
	}
	return f, nil, formSubmitted
}

// result is the message the submitted form sends up.
func (f questionForm) result() tea.Msg {
	if f.forCategory {
		title := f.form.Value(fieldTitle)
		if f.isNew {
			return CategoryAddMsg{Title: title}
		}
		return CategoryRenameMsg{ID: f.category, Title: title}
	}
	imp := importanceSteps4[f.form.Pick(fieldImportance)]
	if f.isNew {
		return AddMsg{Question: f.question(), Importance: imp}
	}
	return EditMsg{Question: f.question(), Importance: imp}
}

// view draws the form, and under it the question it asks, wrapped: it
// says what happens to answers.
func (f questionForm) view(width int) []string {
	return append(strings.Split(f.form.View(), "\n"), f.askLines(width)...)
}

// askLines are the lines of the open question, none when there is none.
func (f questionForm) askLines(width int) []string {
	if !f.ask.Asking() {
		return nil
	}
	return strings.Split(f.common.Styles.Warn.Render(cell.Wrap("! "+f.ask.Prompt()+" y/n", width)), "\n")
}
