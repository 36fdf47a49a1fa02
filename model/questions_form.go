package model

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/safetext"
)

// formOutcome says whether a form is still open, or how it ended.
type formOutcome int

const (
	formOpen formOutcome = iota
	formSubmitted
	formCancelled
)

// qField names a field of the question form.
type qField int

const (
	fieldPrompt qField = iota
	fieldShort
	fieldCategory
	fieldKind
	fieldOptions
	fieldBetter
	fieldImportance
	fieldHint
	fieldTitle // the only field of the category form
)

// Limits of what the form's fields hold, in characters.
const (
	promptLimit  = 300
	shortLimit   = 60
	optionsLimit = 600
	hintLimit    = 600
	titleLimit   = 60
)

// kindLabels names each answer kind in the person's words.
var kindLabels = map[checklist.Kind]string{
	checklist.KindText:     "text",
	checklist.KindYesNo:    "yes / no / unsure",
	checklist.KindChoice:   "one of some options",
	checklist.KindMulti:    "any of some options",
	checklist.KindRating:   "a rating, 1 to 5",
	checklist.KindMoney:    "an amount of money",
	checklist.KindCount:    "a whole number",
	checklist.KindMinutes:  "minutes",
	checklist.KindDate:     "a date",
	checklist.KindDuration: "a length of therapy",
}

// betterLabels names each Better value.
var betterLabels = map[string]string{
	"": "no better answer", "yes": "yes is better", "no": "no is better",
	"lower": "lower is better", "higher": "higher is better",
	"earlier": "earlier is better", "first": "options run best to worst",
}

// importanceSteps4 are the importance steps the form offers.
var importanceSteps4 = []checklist.Importance{checklist.Ignore, checklist.Nice, checklist.Important, checklist.MustHave}

// questionFormKeyMap holds the keys of the form for a question of ones own.
type questionFormKeyMap struct {
	Next, Prev  key.Binding
	Left, Right key.Binding
	Save        key.Binding
	Cancel      key.Binding
}

func defaultQuestionFormKeyMap() questionFormKeyMap {
	return questionFormKeyMap{
		Next:   bind("tab/enter", "next field", "tab", "enter"),
		Prev:   bind("shift+tab", "previous", "shift+tab"),
		Left:   bind("←", "change", "left"),
		Right:  bind("→", "change", "right"),
		Save:   bind("ctrl+s", "save", "ctrl+s"),
		Cancel: bind("esc", "cancel", "esc"),
	}
}

// ShortHelp implements help.KeyMap.
func (k questionFormKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Left, k.Save, k.Cancel}
}

// FullHelp implements help.KeyMap.
func (k questionFormKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev}, {k.Left, k.Right}, {k.Save, k.Cancel}}
}

// questionForm adds or edits a question of the person's own, or adds or
// renames a category of theirs (category set, fields just fieldTitle).
type questionForm struct {
	common   *common
	keys     questionFormKeyMap
	isNew    bool
	original checklist.Question // the question being edited, or the start of a new one
	category checklist.CategoryID
	// forCategory marks the category form.
	forCategory bool

	inputs map[qField]*textinput.Model
	cats   []checklist.Category
	cat    int // index into cats
	kind   int // index into checklist.OwnKinds
	better int // index into BetterOptions(kind)
	imp    int // index into importanceSteps4
	focus  qField
	start  string // the form's values when opened, to tell whether anything changed

	problem string
	// ask is open while the form asks to set answers aside, or to drop
	// what was typed; its about is the outcome on yes.
	ask confirmQuestion[formOutcome]
}

// newFormInput is a one-line input holding value. A value longer than
// limit (a hand-edited file) is held whole, never cut by opening the form
// and saving it: the limit grows to fit, and typing can only shorten it.
func newFormInput(value string, limit int) *textinput.Model {
	ti := newTextInput()
	value = safetext.Line(value)
	ti.CharLimit = max(limit, utf8.RuneCountInString(value))
	ti.SetValue(value)
	return &ti
}

// newQuestionForm opens the form on q (new when isNew) at importance imp.
func newQuestionForm(c *common, q checklist.Question, imp checklist.Importance, isNew bool) questionForm {
	f := questionForm{common: c, keys: defaultQuestionFormKeyMap(), ask: newConfirm[formOutcome](), isNew: isNew, original: q}
	labels := make([]string, len(q.Choices))
	for i, ch := range q.Choices {
		labels[i] = ch.Label
	}
	f.inputs = map[qField]*textinput.Model{
		fieldPrompt:  newFormInput(q.Prompt, promptLimit),
		fieldShort:   newFormInput(q.Short, shortLimit),
		fieldOptions: newFormInput(strings.Join(labels, ", "), optionsLimit),
		fieldHint:    newFormInput(q.Hint, hintLimit),
	}
	f.inputs[fieldShort].Placeholder = "a few words for the comparison (made from the question if empty)"
	f.inputs[fieldOptions].Placeholder = "options, separated by commas"
	f.inputs[fieldHint].Placeholder = "why you ask (optional)"
	f.cats = c.Notebook().Catalogue().AllCategories()
	f.cat = max(0, slices.IndexFunc(f.cats, func(x checklist.Category) bool { return x.ID == q.Category }))
	f.kind = max(0, slices.Index(checklist.OwnKinds, q.Kind))
	f.better = max(0, slices.Index(checklist.BetterOptions(q.Kind), q.Better))
	if imp == "" {
		imp = checklist.Nice
	}
	f.imp = max(0, slices.Index(importanceSteps4, imp))
	f.focus = fieldPrompt
	f.start = f.snapshot()
	return f
}

// newCategoryForm opens the form for a new category (id empty) or the
// renaming of an own one.
func newCategoryForm(c *common, id checklist.CategoryID, title string) questionForm {
	f := questionForm{common: c, keys: defaultQuestionFormKeyMap(), ask: newConfirm[formOutcome](), isNew: id == "",
		category: id, forCategory: true, focus: fieldTitle}
	f.inputs = map[qField]*textinput.Model{fieldTitle: newFormInput(title, titleLimit)}
	f.start = f.snapshot()
	return f
}

// fields lists the fields shown, in order: options only for the kinds
// that have them, the better answer only where the kind allows one.
func (f questionForm) fields() []qField {
	if f.forCategory {
		return []qField{fieldTitle}
	}
	out := []qField{fieldPrompt, fieldShort, fieldCategory, fieldKind}
	k := f.kindValue()
	if k == checklist.KindChoice || k == checklist.KindMulti {
		out = append(out, fieldOptions)
	}
	if len(checklist.BetterOptions(k)) > 1 {
		out = append(out, fieldBetter)
	}
	return append(out, fieldImportance, fieldHint)
}

func (f questionForm) kindValue() checklist.Kind { return checklist.OwnKinds[f.kind] }

func (f questionForm) betterValue() string {
	opts := checklist.BetterOptions(f.kindValue())
	return opts[clamp(f.better, 0, len(opts)-1)]
}

// snapshot is every value of the form in one string.
func (f questionForm) snapshot() string {
	var b strings.Builder
	for _, k := range []qField{fieldPrompt, fieldShort, fieldOptions, fieldHint, fieldTitle} {
		if in, ok := f.inputs[k]; ok {
			b.WriteString(in.Value() + "\x00")
		}
	}
	fmt.Fprintf(&b, "%d %d %d %d", f.cat, f.kind, f.better, f.imp)
	return b.String()
}

func (f questionForm) focusCmd() tea.Cmd {
	if in, ok := f.inputs[f.focus]; ok {
		return in.Focus()
	}
	return nil
}

// resize gives the inputs the width left after their labels.
func (f questionForm) resize(width int) questionForm {
	for _, in := range f.inputs {
		in.Width = max(10, width-formLabelWidth-5) // the marker, a space and the cursor
	}
	return f
}

// formLabelWidth is the column the form's values start at.
const formLabelWidth = 14

// setFocus moves the focus to field to, blurring the others.
func (f *questionForm) setFocus(to qField) tea.Cmd {
	for k, in := range f.inputs {
		if k != to {
			in.Blur()
		}
	}
	f.focus = to
	return f.focusCmd()
}

// step moves the focus by d fields, reporting false past the last.
func (f *questionForm) step(d int) (tea.Cmd, bool) {
	fs := f.fields()
	i := slices.Index(fs, f.focus) + d
	if i >= len(fs) {
		return nil, false
	}
	return f.setFocus(fs[clamp(i, 0, len(fs)-1)]), true
}

func (f questionForm) update(msg tea.Msg) (questionForm, tea.Cmd, formOutcome) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		if in, has := f.inputs[f.focus]; has {
			var cmd tea.Cmd
			*in, cmd = field.Update(*in, msg)
			return f, cmd, formOpen
		}
		return f, nil, formOpen
	}
	if f.ask.asking() {
		var yes bool
		var onYes formOutcome
		if f.ask, yes, onYes = f.ask.answer(k); yes {
			return f, nil, onYes
		}
		return f, nil, formOpen
	}
	f.problem = ""
	switch {
	case key.Matches(k, f.keys.Cancel):
		if f.snapshot() == f.start {
			return f, nil, formCancelled
		}
		f.ask = f.ask.ask("Drop what you typed here?", formCancelled)
		return f, nil, formOpen
	case key.Matches(k, f.keys.Save):
		return f.submit()
	case key.Matches(k, f.keys.Next):
		cmd, moved := f.step(1)
		if !moved {
			return f.submit()
		}
		return f, cmd, formOpen
	case key.Matches(k, f.keys.Prev):
		cmd, _ := f.step(-1)
		return f, cmd, formOpen
	}
	if f.pick(k) {
		return f, nil, formOpen
	}
	in, has := f.inputs[f.focus]
	if !has {
		return f, nil, formOpen
	}
	k = cleanRunes(k)
	if !inputFits(*in, k) {
		f.problem = limitMessage(k, in.CharLimit)
		return f, nil, formOpen
	}
	var cmd tea.Cmd
	*in, cmd = field.Update(*in, k)
	return f, cmd, formOpen
}

// pick changes a picker field with ←/→; it reports whether k was one.
func (f *questionForm) pick(k tea.KeyMsg) bool {
	d := 0
	switch {
	case key.Matches(k, f.keys.Left):
		d = -1
	case key.Matches(k, f.keys.Right):
		d = 1
	}
	if d == 0 {
		return false
	}
	switch f.focus {
	case fieldCategory:
		f.cat = (f.cat + d + len(f.cats)) % len(f.cats)
	case fieldKind:
		n := len(checklist.OwnKinds)
		f.kind = (f.kind + d + n) % n
		f.better = 0 // a better answer of another kind means nothing here
	case fieldBetter:
		n := len(checklist.BetterOptions(f.kindValue()))
		f.better = (f.better + d + n) % n
	case fieldImportance:
		f.imp = clamp(f.imp+d, 0, len(importanceSteps4)-1)
	default:
		return false // ← and → move in a text field
	}
	return true
}

// question builds the question the form describes.
func (f questionForm) question() checklist.Question {
	q := f.original
	q.Prompt = strings.TrimSpace(safetext.Line(f.inputs[fieldPrompt].Value()))
	q.Short = strings.TrimSpace(safetext.Line(f.inputs[fieldShort].Value()))
	q.Hint = strings.TrimSpace(safetext.Line(f.inputs[fieldHint].Value()))
	q.Category = f.cats[f.cat].ID
	q.Kind = f.kindValue()
	q.Better = f.betterValue()
	q.Choices = nil
	if q.Kind == checklist.KindChoice || q.Kind == checklist.KindMulti {
		q.Choices = keepChoiceIDs(f.original.Choices, splitOptions(f.inputs[fieldOptions].Value()))
	}
	return q
}

// splitOptions reads the comma-separated options, dropping empty ones.
func splitOptions(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if p := strings.TrimSpace(safetext.Line(part)); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// keepChoiceIDs gives each label an ID: an option's old ID when its label
// is unchanged, or when its place held an option now gone (a renamed
// option keeps its answers); a new one otherwise.
func keepChoiceIDs(old []checklist.Choice, labels []string) []checklist.Choice {
	used := map[string]bool{}
	out := make([]checklist.Choice, len(labels))
	for i, l := range labels {
		out[i].Label = l
		if j := slices.IndexFunc(old, func(c checklist.Choice) bool { return c.Label == l }); j >= 0 && !used[old[j].ID] {
			out[i].ID = old[j].ID
			used[old[j].ID] = true
		}
	}
	for i := range out {
		if out[i].ID == "" && i < len(old) && !used[old[i].ID] && !slices.Contains(labels, old[i].Label) {
			out[i].ID = old[i].ID
			used[old[i].ID] = true
		}
	}
	n := 1
	for i := range out {
		for out[i].ID == "" {
			id := fmt.Sprintf("c%d", n)
			n++
			if !used[id] && !slices.ContainsFunc(old, func(c checklist.Choice) bool { return c.ID == id }) {
				out[i].ID = id
				used[id] = true
			}
		}
	}
	return out
}

// submit checks the form; a change that sets answers aside asks first.
func (f questionForm) submit() (questionForm, tea.Cmd, formOutcome) {
	if f.forCategory {
		if strings.TrimSpace(safetext.Line(f.inputs[fieldTitle].Value())) == "" {
			f.problem = "A category needs a name."
			return f, nil, formOpen
		}
		return f, nil, formSubmitted
	}
	q := f.question()
	probe := checklist.ShapeOwn(q)
	probe.ID = checklist.OwnPrefix + "probe"
	if err := checklist.CheckOwn(probe); err != nil {
		f.problem = sentence(strings.ToUpper(err.Error()[:1]) + err.Error()[1:])
		return f, nil, formOpen
	}
	if !f.isNew {
		if n := f.common.Notebook().ChangeSetsAside(checklist.ShapeOwn(q)); n > 0 {
			f.ask = f.ask.ask(fmt.Sprintf("%s answered this question. With this change their answers no longer fit: they go to the archive, from which r restores them. Go ahead?", plural(n, "therapist")), formSubmitted)
			return f, nil, formOpen
		}
	}
	return f, nil, formSubmitted
}

// result is the message the submitted form sends up.
func (f questionForm) result() tea.Msg {
	if f.forCategory {
		title := strings.TrimSpace(safetext.Line(f.inputs[fieldTitle].Value()))
		if f.isNew {
			return categoryAddMsg{title: title}
		}
		return categoryRenameMsg{id: f.category, title: title}
	}
	imp := importanceSteps4[f.imp]
	if f.isNew {
		return questionAddMsg{q: f.question(), importance: imp}
	}
	return questionEditMsg{q: f.question(), importance: imp}
}

// view draws the form's fields, one a line, the focused one marked.
func (f questionForm) view(width int) []string {
	s := f.common.Styles
	title := "Your own question"
	switch {
	case f.forCategory && f.isNew:
		title = "A new category of yours"
	case f.forCategory:
		title = "Rename your category"
	case f.isNew:
		title = "A new question of yours"
	}
	out := []string{s.Title.Render(title), ""}
	for _, fld := range f.fields() {
		label, value := f.fieldLabel(fld), ""
		switch fld {
		case fieldCategory:
			value = "‹ " + safetext.Line(f.cats[f.cat].Title) + " ›"
		case fieldKind:
			value = "‹ " + kindLabels[f.kindValue()] + " ›"
		case fieldBetter:
			value = "‹ " + betterLabels[f.betterValue()] + " ›"
		case fieldImportance:
			value = "‹ " + importanceSteps4[f.imp].Label() + " ›"
		default:
			value = f.inputs[fld].View()
		}
		mark := "  "
		st := s.Label
		if fld == f.focus {
			mark, st = "› ", s.Focused
		}
		out = append(out, cell.Cut(mark+st.Render(cell.Fit(label, formLabelWidth))+" "+value, width))
	}
	switch {
	case f.ask.asking():
		// Wrapped, not cut: the question says what happens to answers.
		out = append(out, "", s.Warn.Render(wrap("! "+f.ask.prompt+" y/n", width)))
	case f.problem != "":
		out = append(out, "", s.Error.Render(wrap("✗ "+f.problem, width)))
	}
	return out
}

// qFieldLabels name the form's fields.
var qFieldLabels = map[qField]string{
	fieldPrompt: "Question", fieldShort: "Short label", fieldCategory: "Category", fieldKind: "Answer",
	fieldOptions: "Options", fieldBetter: "Better", fieldImportance: "Importance", fieldHint: "Why you ask",
	fieldTitle: "Name",
}

func (f questionForm) fieldLabel(fld qField) string { return qFieldLabels[fld] }
