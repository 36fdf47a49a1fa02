// Package form is vetted's one form machinery, in huh's shape (fields
// gathered in a form, one confirmation) but holding vetted's rules, which
// huh cannot (it cuts silently):
//
//   - Fields are named by key and read back by key (Value("phone")), never
//     by position, so a field added or moved cannot misplace a value.
//   - A field that was not edited gives back what the notebook held, byte
//     for byte, even what it could not show (line breaks in a one-line
//     field, control characters, a text cut on loading).
//   - A text over its limit is loaded cut and read-only; a key that would
//     overflow is refused whole and the field says why; what is typed and
//     pasted is cleaned (model/field holds these rules).
//   - A problem is shown in place, under its field, and cleared when the
//     field is edited; a form with problems is not saved.
//   - esc over edits asks once, "Discard your edits? y/n".
//   - The same keys in every form (KeyMap). Several runes in one key
//     message (fast typing, a paste) are text, never a key binding.
//
// A form never changes the notebook: Update reports Submitted, and the
// screen that owns the form reads its values and sends them up.
package form

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/confirm"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/theme"
)

// Outcome says whether a form is still open after a message, or how it
// ended.
type Outcome int

const (
	// Open: the form goes on.
	Open Outcome = iota
	// Submitted: the person saved and every field is valid.
	Submitted
	// Left: the person left without saving (after saying yes to
	// discarding their edits, if there were any).
	Left
)

// DiscardPrompt is the question esc asks over unsaved edits.
const DiscardPrompt = "Discard your edits?"

// Form is a form of fields.
type Form struct {
	styles       *theme.Styles
	keys         KeyMap
	title, intro string
	fields       []Field
	// focus is the focused field; cell the focused cell of a rows field.
	focus, cell int
	errs        map[string]string
	discard     confirm.Question[struct{}]
	// discarded says the person left with y to "Discard your edits?":
	// the edits are still here, for an undo to bring back.
	discarded bool
	// width and height are the form's room; offset the first body line
	// shown (see list.Span).
	width, height, offset int
}

// New returns a form of fields, focused on the first shown one. No
// fields, or two with one key, are a mistake of the caller's, and panic.
func New(styles *theme.Styles, title, intro string, fields ...Field) Form {
	if len(fields) == 0 {
		panic("form: a form of no fields")
	}
	seen := map[string]bool{}
	for _, fl := range fields {
		if seen[fl.key] {
			panic("form: two fields with the key " + fl.key)
		}
		seen[fl.key] = true
	}
	f := Form{styles: styles, keys: DefaultKeyMap(), title: title, intro: intro, fields: fields,
		errs: map[string]string{}, discard: confirm.New[struct{}]()}
	hasRows := false
	for _, fl := range fields {
		hasRows = hasRows || fl.kind == KindRows
	}
	f.keys.AddRow.SetEnabled(hasRows)
	f.keys.DelRow.SetEnabled(hasRows)
	f.focus = f.firstStop()
	f, _ = f.focusInputs()
	return f.layout()
}

// index returns the index of the field named key; a key the form does
// not hold is a mistake of the caller's, and panics rather than reading
// or saving a value that is not there.
func (f Form) index(key string) int {
	for i := range f.fields {
		if f.fields[i].key == key {
			return i
		}
	}
	panic("form: no field " + key)
}

// Value is the value of the text field key to store: what the notebook
// held when the person did not edit it, else what they typed, cleaned and
// trimmed. For a pick field it is the chosen option's label.
func (f Form) Value(key string) string { return f.fields[f.index(key)].value() }

// Shown is the text field key as it shows now: cleaned, cut on loading,
// as typed. Value is what is stored.
func (f Form) Shown(key string) string {
	fl := f.fields[f.index(key)]
	if fl.kind == KindArea {
		return fl.area.Text()
	}
	return fl.text.input.Value()
}

// Changed reports whether the person edited field key.
func (f Form) Changed(key string) bool { return f.fields[f.index(key)].edited() }

// Pick is the index of the option chosen in pick field key.
func (f Form) Pick(key string) int { return f.fields[f.index(key)].pick }

// Rows are the rows of rows field key as they are to be stored; an
// untouched cell gives back what the notebook held.
func (f Form) Rows(key string) [][2]string { return f.fields[f.index(key)].rows.values() }

// Has reports whether the form holds a field named key.
func (f Form) Has(key string) bool {
	for i := range f.fields {
		if f.fields[i].key == key {
			return true
		}
	}
	return false
}

// Focused is the key of the focused field.
func (f Form) Focused() string {
	if len(f.fields) == 0 {
		return "" // the zero Form
	}
	return f.fields[f.focus].key
}

// Focus moves the focus to field key (a shown one).
func (f Form) Focus(key string) Form {
	f.focus, f.cell = f.index(key), 0
	f, _ = f.focusInputs()
	return f.layout()
}

// SetOptions gives pick field key new options, chosen picked. The choice
// as opened is kept for telling edits, so a changed list is an edit.
func (f Form) SetOptions(key string, options []string, chosen int) Form {
	f.fields = cloneFields(f.fields)
	fl := &f.fields[f.index(key)]
	fl.options = options
	fl.pick = min(max(0, chosen), max(0, len(options)-1))
	return f.layout()
}

// SetHidden hides or shows field key. A hidden field is skipped by the
// focus, not drawn, not checked and not counted as edited.
func (f Form) SetHidden(key string, hidden bool) Form {
	f.fields = cloneFields(f.fields)
	f.fields[f.index(key)].hidden = hidden
	if f.fields[f.focus].hidden {
		f.focus, f.cell = f.firstStop(), 0
		f, _ = f.focusInputs()
	}
	return f.layout()
}

// Fail shows problem under field key and focuses it: for the checks only
// the owner can make (a question's wording against its kind).
func (f Form) Fail(key, problem string) Form {
	f.errs = cloneErrs(f.errs)
	f.errs[key] = problem
	return f.Focus(key)
}

// Problem is the problem shown under field key, or "".
func (f Form) Problem(key string) string { return f.errs[key] }

// Dirty reports whether the person changed anything since the form
// opened.
func (f Form) Dirty() bool {
	for _, fl := range f.fields {
		if !fl.hidden && fl.edited() {
			return true
		}
	}
	return false
}

// Asking reports whether the form asks whether to discard its edits.
func (f Form) Asking() bool { return f.discard.Asking() }

// Discarded reports whether the form was left without edits that it
// held (y to "Discard your edits?"), and returns it open again with them,
// for an undo that brings them back. Every screen holding a form asks it
// here, so that what counts as "left with edits" is decided once.
func (f Form) Discarded() (again Form, ok bool) {
	ok = f.discarded && f.Dirty()
	f.discarded = false
	return f, ok
}

// Typing reports whether printable keys go to the form: the focused field
// takes text, or the form asks a question.
func (f Form) Typing() bool {
	return f.Asking() || len(f.fields) > 0 && f.fields[f.focus].isText()
}

// ShortHelp implements help.KeyMap for the focused field.
func (f Form) ShortHelp() []key.Binding {
	switch {
	case f.Asking():
		return f.discard.ShortHelp()
	case len(f.fields) == 0:
		return nil // the zero Form
	}
	return f.keysHere().ShortHelp()
}

// FullHelp implements help.KeyMap.
func (f Form) FullHelp() [][]key.Binding {
	if f.Asking() {
		return f.discard.FullHelp()
	}
	return f.keys.FullHelp()
}

// keysHere is the key map with the keys of other kinds of field disabled.
func (f Form) keysHere() KeyMap {
	k := f.keys
	kind := f.fields[f.focus].kind
	k.Cycle.SetEnabled(kind == KindPick)
	k.NewLine.SetEnabled(kind == KindArea)
	if kind != KindRows {
		k.DelRow.SetEnabled(false)
	}
	return k
}

// FocusCmd focuses the focused field's input and returns its cursor's
// command (a blink), for the screen that opens the form.
func (f *Form) FocusCmd() tea.Cmd {
	var cmd tea.Cmd
	*f, cmd = f.focusInputs()
	return cmd
}

// focusInputs focuses the focused field's input, blurring the others: an
// input takes keys only while focused.
func (f Form) focusInputs() (Form, tea.Cmd) {
	f.fields = cloneFields(f.fields)
	var cmd tea.Cmd
	for i := range f.fields {
		fl := &f.fields[i]
		here := i == f.focus
		switch fl.kind {
		case KindLine:
			fl.text.input.Blur()
			if here {
				cmd = fl.text.input.Focus()
			}
		case KindArea:
			fl.area.Blur()
			if here {
				cmd = fl.area.Focus()
			}
		case KindRows:
			for c := range 2 * len(fl.rows.rows) {
				in := &fl.rows.cell(c).input
				in.Blur()
				if here && c == f.cell {
					cmd = in.Focus()
				}
			}
		}
	}
	return f, cmd
}

// cloneFields copies the fields and their rows, so that a form value kept
// from before an update (Bubble Tea models are values) does not change
// with it. The inputs are values already.
func cloneFields(fields []Field) []Field {
	out := make([]Field, len(fields))
	copy(out, fields)
	for i := range out {
		if out[i].kind == KindRows {
			out[i].rows = out[i].rows.clone()
		}
	}
	return out
}

func cloneErrs(errs map[string]string) map[string]string {
	out := make(map[string]string, len(errs))
	for k, v := range errs {
		out[k] = v
	}
	return out
}

// refuse shows why field key did not take a key.
func (f Form) refuse(key, why string) Form {
	f.errs = cloneErrs(f.errs)
	f.errs[key] = why
	return f.layout()
}

// cleared drops field key's problem: it is stale once the field is edited.
func (f Form) cleared(key string) Form {
	if _, ok := f.errs[key]; ok {
		f.errs = cloneErrs(f.errs)
		delete(f.errs, key)
	}
	return f
}

// areaLeaves reports whether a ↑ (up) or ↓ in an area leaves it: on its
// first or last line (counting wrapped lines), the key moves the focus.
func areaLeaves(a field.Area, up bool) bool {
	info := a.LineInfo()
	if up {
		return a.Line() == 0 && info.RowOffset == 0
	}
	return a.Line() >= a.LineCount()-1 && info.RowOffset >= info.Height-1
}
