package model

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/safetext"
)

// This file is a small form of labelled fields, shared by the preparation
// item editor (prepform.go) and the credential check editor (verify.go):
// one-line fields, multi-line fields and pick-one fields, optionally
// followed by rows of name and dose that can be added and removed. The
// form never changes the notebook: ctrl+s sends formSavedMsg with every
// value, and the root applies it.

// formFieldKind says how a form field takes its value.
type formFieldKind int

const (
	formLine formFieldKind = iota // one line of text
	formArea                      // several lines (alt+enter)
	formPick                      // one of a few options (←/→)
)

// formField is one field of a form.
type formField struct {
	label string
	kind  formFieldKind
	input textinput.Model
	area  boundedArea
	// options are a pick field's choices as shown; pick is the chosen one.
	options []string
	pick    int
	// check says what is wrong with a one-line value, or "" when it is
	// fine; nil accepts anything.
	check func(string) string
	// row is the index of the row the field belongs to, or -1.
	row int
	// loaded is the value as the form showed it on opening: a field still
	// showing it is left as the notebook holds it, since the form cannot
	// show control characters or a text cut on loading.
	loaded string
}

// value is a text field's text; a pick field has none (its choice is
// sent apart, see formSavedMsg).
func (f formField) value() string {
	switch f.kind {
	case formLine:
		return f.input.Value()
	case formArea:
		return f.area.Value()
	}
	return ""
}

// formPurpose says what a form edits, so the root knows where its values go.
type formPurpose struct {
	prepItem  string // a preparation item ID
	therapist string // a therapist ID, for the credential check
}

// formSavedMsg carries a form's values up to the root: the text of every
// field but the rows in order ("" for picks) and whether the person
// changed it, the chosen index of every pick field in order, and the rows
// as name and dose pairs, with whether any row changed.
type formSavedMsg struct {
	purpose     formPurpose
	texts       []string
	changed     []bool
	picks       []int
	rows        [][2]string
	rowsChanged bool
}

// formClosedMsg says the form was left without saving.
type formClosedMsg struct{ purpose formPurpose }

// formKeyMap holds the form's keys.
type formKeyMap struct {
	Next, Prev     key.Binding
	Left, Right    key.Binding
	Save, Back     key.Binding
	AddRow, DelRow key.Binding
	NewLine        key.Binding
}

func defaultFormKeyMap(rows bool) formKeyMap {
	k := formKeyMap{
		Next:   bind("tab/enter", "next field", "tab", "enter", "down"),
		Prev:   bind("shift+tab", "previous", "shift+tab", "up"),
		Left:   bind("←/→", "change", "left"),
		Right:  bind("→", "change", "right"),
		Save:   bind("ctrl+s", "save", "ctrl+s"),
		Back:   bind("esc", "cancel", "esc"),
		AddRow: bind("ctrl+n", "add row", "ctrl+n"),
		DelRow: bind("ctrl+d", "remove row", "ctrl+d"),
		// Help only: the multi-line fields' own key (see newTextArea).
		NewLine: bind("alt+enter", "new line", "alt+enter"),
	}
	k.AddRow.SetEnabled(rows)
	k.DelRow.SetEnabled(rows)
	return k
}

// ShortHelp implements help.KeyMap.
func (k formKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Save, k.Next, k.AddRow, k.DelRow, k.Back}
}

// shortHelpIn is the short help for a focused field of kind: a
// multi-line field adds its new-line key.
func (k formKeyMap) shortHelpIn(kind formFieldKind) []key.Binding {
	if kind == formArea {
		return []key.Binding{k.Save, k.Next, k.NewLine, k.AddRow, k.DelRow, k.Back}
	}
	return k.ShortHelp()
}

// FullHelp implements help.KeyMap.
func (k formKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Left, k.NewLine}, {k.AddRow, k.DelRow}, {k.Save, k.Back}}
}

// formModel is a form of labelled fields.
type formModel struct {
	common  *common
	keys    formKeyMap
	purpose formPurpose
	title   string
	intro   string // a line or two on what the form is for
	fields  []formField
	// rowLabels name the two fields of a row and rowLimit bounds each,
	// when the form has rows (see form_rows.go); rowsAt is the index in
	// fields of the first row's first field, -1 without rows.
	rowLabels  [2]string
	rowLimit   int
	rowsAt     int
	focus      int
	offset     int // first line shown
	err        string
	dirty      bool
	confirmEsc bool
	// rowsChanged is set when a row was added or removed.
	rowsChanged bool
}

// newForm returns a form of the given fields, focused on the first;
// withRows adds rows.
func newForm(c *common, purpose formPurpose, title, intro string, fields []formField) formModel {
	f := formModel{common: c, purpose: purpose, title: title, intro: intro, fields: fields, rowsAt: -1}
	f.keys = defaultFormKeyMap(false)
	return f.focusOn(0)
}

// lineField returns a one-line field holding stored, cleaned.
func lineField(label, stored string, limit int, check func(string) string) formField {
	ti := newTextInput()
	ti.Prompt = "│ " // like the multi-line fields, so an empty field shows
	ti.SetValue(safetext.Line(cutForLoad(stored, limit)))
	ti.CharLimit = max(limit, utf8.RuneCountInString(ti.Value()))
	return formField{label: label, kind: formLine, input: ti, check: check, row: -1, loaded: ti.Value()}
}

// areaField returns a multi-line field holding stored, cleaned.
func areaField(label, stored string, limit int) formField {
	a := newBoundedArea("", limit, stored)
	return formField{label: label, kind: formArea, area: a, row: -1, loaded: a.Value()}
}

// pickField returns a pick-one field of options with chosen picked.
func pickField(label string, options []string, chosen int) formField {
	return formField{label: label, kind: formPick, options: options, pick: clamp(chosen, 0, len(options)-1), row: -1}
}

// typing is always true: the form's fields take letters, so q and ? do.
func (f formModel) typing() bool { return true }

func (f formModel) shortHelp() []key.Binding {
	if f.focus < len(f.fields) {
		return f.keys.shortHelpIn(f.fields[f.focus].kind)
	}
	return f.keys.ShortHelp()
}
func (f formModel) fullHelp() [][]key.Binding { return f.keys.FullHelp() }

// focusOn moves the focus to field i, blurring the others.
func (f formModel) focusOn(i int) formModel {
	f.focus = clamp(i, 0, max(0, len(f.fields)-1))
	for j := range f.fields {
		fl := &f.fields[j]
		switch fl.kind {
		case formLine:
			if j == f.focus {
				fl.input.Focus()
			} else {
				fl.input.Blur()
			}
		case formArea:
			if j == f.focus {
				fl.area.Focus()
			} else {
				fl.area.Blur()
			}
		}
	}
	return f.resize()
}

// resize fits the inputs to the width and keeps the focused field in view.
func (f formModel) resize() formModel {
	w := max(1, f.common.Width-formIndent)
	for j := range f.fields {
		fl := &f.fields[j]
		switch fl.kind {
		case formLine:
			fl.input.Width = max(1, w-3) // after the prompt and the cursor
			if fl.row >= 0 {
				fl.input.Width = f.rowInputWidth(j)
			}
		case formArea:
			// The focused area shows a few lines to write in; the others
			// show the start of what they hold.
			fl.area.SetWidth(w)
			h := clamp(fl.area.LineCount(), 1, 2)
			if j == f.focus {
				h = min(fl.area.lines, 4)
			}
			fl.area.SetHeight(h)
		}
	}
	f.offset = f.window()
	return f
}

// formIndent is where a field's input starts under its label.
const formIndent = 4

func (f formModel) update(msg tea.Msg) (formModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return f, nil
	}
	if f.confirmEsc {
		f.confirmEsc = false
		if key.Matches(k, f.keys.Back) {
			return f, sendMsg(formClosedMsg{f.purpose})
		}
	}
	f.err = ""
	fl := &f.fields[f.focus]
	switch {
	case key.Matches(k, f.keys.Save):
		return f.save()
	case key.Matches(k, f.keys.Back):
		if f.dirty {
			f.confirmEsc = true
			return f, nil
		}
		return f, sendMsg(formClosedMsg{f.purpose})
	case key.Matches(k, f.keys.AddRow):
		return f.addRow(), nil
	case key.Matches(k, f.keys.DelRow):
		return f.deleteRow(), nil
	case key.Matches(k, f.keys.Next) && !(fl.kind == formArea && k.Type == tea.KeyDown && fl.area.Line() < fl.area.LineCount()-1):
		if msg := f.checkField(f.focus); msg != "" {
			f.err = msg
			return f, nil
		}
		return f.focusOn(f.focus + 1), nil
	case key.Matches(k, f.keys.Prev) && !(fl.kind == formArea && k.Type == tea.KeyUp && fl.area.Line() > 0):
		return f.focusOn(f.focus - 1), nil
	case fl.kind == formPick && key.Matches(k, f.keys.Left):
		fl.pick = (fl.pick + len(fl.options) - 1) % len(fl.options)
		f.dirty = true
		return f, nil
	case fl.kind == formPick && key.Matches(k, f.keys.Right):
		fl.pick = (fl.pick + 1) % len(fl.options)
		f.dirty = true
		return f, nil
	}
	return f.typeKey(k)
}

// typeKey hands a key to the focused text field, refusing what would not fit.
func (f formModel) typeKey(k tea.KeyMsg) (formModel, tea.Cmd) {
	fl := &f.fields[f.focus]
	k = cleanRunes(k)
	var cmd tea.Cmd
	switch fl.kind {
	case formLine:
		// A text cut on loading refuses edits, as in the details form.
		if isCut(fl.input.Value()) {
			if why := cutRefusal(k, fl.input.CharLimit); why != "" {
				f.err = why
				return f, nil
			}
		}
		if !inputFits(fl.input, k) {
			f.err = limitMessage(k, fl.input.CharLimit)
			return f, nil
		}
		before := fl.input.Value()
		fl.input, cmd = field.Update(fl.input, k)
		f.dirty = f.dirty || fl.input.Value() != before
	case formArea:
		if why := fl.area.refusal(k); why != "" {
			f.err = why
			return f, nil
		}
		before := fl.area.Value()
		fl.area, cmd = fl.area.update(k)
		f.dirty = f.dirty || fl.area.Value() != before
	}
	return f.resize(), cmd
}

// checkField says what is wrong with field i's value, or "".
func (f formModel) checkField(i int) string {
	fl := f.fields[i]
	if fl.check == nil || fl.kind != formLine {
		return ""
	}
	return fl.check(fl.input.Value())
}

// save checks every field and sends the values up; a field that is wrong
// takes the focus and says why, and nothing is saved.
func (f formModel) save() (formModel, tea.Cmd) {
	for i := range f.fields {
		if msg := f.checkField(i); msg != "" {
			f = f.focusOn(i)
			f.err = msg
			return f, nil
		}
	}
	msg := formSavedMsg{purpose: f.purpose, rowsChanged: f.rowsChanged}
	for i := 0; i < len(f.fields); i++ {
		fl := f.fields[i]
		if fl.row >= 0 {
			next := f.fields[i+1]
			msg.rows = append(msg.rows, [2]string{fl.value(), next.value()})
			msg.rowsChanged = msg.rowsChanged || fl.value() != fl.loaded || next.value() != next.loaded
			i++
			continue
		}
		msg.texts = append(msg.texts, fl.value())
		msg.changed = append(msg.changed, fl.value() != fl.loaded)
		if fl.kind == formPick {
			msg.picks = append(msg.picks, fl.pick)
		}
	}
	return f, sendMsg(msg)
}

// fieldLines renders field i as its lines, unstyled but for the inputs.
// The second field of a row has none: its row's line shows it.
func (f formModel) fieldLines(i int) []string {
	fl := f.fields[i]
	if fl.row >= 0 {
		if f.isRowSecond(i) {
			return nil
		}
		return []string{f.rowLine(i)}
	}
	mark := " "
	if i == f.focus {
		mark = "›"
	}
	label := mark + " " + safetext.Line(fl.label)
	switch fl.kind {
	case formPick:
		var opts []string
		for j, o := range fl.options {
			if j == fl.pick {
				o = "[" + o + "]"
			}
			opts = append(opts, o)
		}
		return []string{label + ": " + strings.Join(opts, " ")}
	case formLine:
		return []string{label, strings.Repeat(" ", formIndent) + fl.input.View()}
	}
	out := []string{label}
	for _, l := range strings.Split(fl.area.View(), "\n") {
		out = append(out, strings.Repeat(" ", formIndent)+l)
	}
	return out
}

// headLines are the title, the intro and the message line.
func (f formModel) headLines() []string {
	w := max(1, f.common.Width)
	s := f.common.Styles
	out := []string{cell.Cut(s.Title.Render(safetext.Line(f.title)), w)}
	if f.intro != "" {
		// The intro gives way to the fields on a short screen: at most a
		// third of the body, its last line marked where it was cut.
		for _, l := range cell.WrapMost(f.intro, w, max(1, f.common.Height/3)) {
			out = append(out, s.Muted.Render(l))
		}
	}
	switch {
	case f.confirmEsc:
		out = append(out, s.Error.Render(cell.Cut("Unsaved changes: esc again to drop them, ctrl+s to save.", w)))
	case f.err != "":
		out = append(out, s.Error.Render(cell.Cut("✗ "+f.err, w)))
	default:
		out = append(out, "")
	}
	return out
}

// window returns the first body line to show so the focused field is in
// view, moving the offset as little as possible.
func (f formModel) window() int {
	bodyH := max(1, f.common.Height-len(f.headLines()))
	start, end := 0, 0
	line := 0
	focus := f.focus
	if f.isRowSecond(focus) {
		focus-- // drawn on its row's line
	}
	for i := range f.fields {
		n := len(f.fieldLines(i))
		if i == focus {
			start, end = line, line+n
		}
		line += n
	}
	off := f.offset
	if end-off > bodyH {
		off = end - bodyH
	}
	if start < off {
		off = start
	}
	return max(0, off)
}

func (f formModel) view() string {
	w, h := f.common.Width, f.common.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	out := f.headLines()
	var body []string
	focusFrom, focusTo := 0, 0 // the focused field's lines in body
	for i := range f.fields {
		lines := f.fieldLines(i)
		if len(lines) > 0 && (i == f.focus || f.isRowSecond(f.focus) && i == f.focus-1) {
			lines[0] = f.common.Styles.Selected.Render(lines[0])
			focusFrom, focusTo = len(body), len(body)+len(lines)
		}
		body = append(body, lines...)
	}
	off := min(f.window(), len(body))
	shown := body[off:min(len(body), off+max(0, h-len(out)))]
	shown = slices.Clone(shown)
	// Say what is cut above and below, on a line that is not the focused
	// field's, as the details form and every list do.
	s := f.common.Styles
	if n := len(shown); n > 1 {
		if off > 0 && off >= focusTo || off > 0 && off < focusFrom {
			shown[0] = s.Muted.Render(fmt.Sprintf("  ↑ %d more", off+1))
		}
		last := off + n - 1
		if below := len(body) - (off + n); below > 0 && (last < focusFrom || last >= focusTo) {
			shown[n-1] = s.Muted.Render(fmt.Sprintf("  ↓ %d more", below+1))
		}
	}
	out = append(out, shown...)
	if len(out) > h {
		out = out[:h] // a head taller than the screen
	}
	return cell.CutLines(strings.Join(out, "\n"), w)
}
