package form

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/safetext"
)

// Kind says how a field takes its value.
type Kind int

const (
	// KindLine is one line of text.
	KindLine Kind = iota
	// KindArea is several lines of text (alt+enter starts a line).
	KindArea
	// KindPick is one of a few options (space, ← and → change it).
	KindPick
	// KindRows is rows of two one-line texts (a medication's name and
	// dose) that the person adds (ctrl+n) and removes (ctrl+d).
	KindRows
)

// Field is one field of a form, named by its key. Build it with Line,
// Area, Pick or Rows and the With methods; the form holds it from then on.
// A Field goes in one form only: the inputs share their text with copies.
type Field struct {
	key, label string
	kind       Kind
	// text is a line field's input; area an area field's.
	text text
	area field.Area
	// areaStored and areaLoaded are an area's text as the notebook held
	// it and as the area showed it on opening.
	areaStored, areaLoaded string
	// options are a pick field's choices as shown; pick is the chosen one
	// and openPick the one chosen on opening.
	options        []string
	pick, openPick int
	// check says what is wrong with an edited line's value ("" when
	// fine); required is what an empty value says on saving.
	check    func(string) string
	required string
	hidden   bool
	rows     rowSet
	// date marks a date field (Date): edited, its value is canonical.
	date bool
}

// text is a one-line input holding a stored value, for a line field and
// each cell of a row.
type text struct {
	input  textinput.Model
	limit  int
	stored string // as the notebook held it
	loaded string // as the input showed it on opening
}

// newText returns an input holding stored: cleaned, since the inputs clean
// what is typed but not what is loaded, and cut with field.CutMarker when
// it is over limit characters. The input's own limit grows to fit what it
// shows (its SetValue would cut at it).
func newText(stored string, limit int) text {
	ti := field.NewLine()
	shown := safetext.Line(field.CutForLoad(stored, limit))
	ti.CharLimit = max(limit, utf8.RuneCountInString(shown))
	ti.SetValue(shown)
	return text{input: ti, limit: limit, stored: stored, loaded: shown}
}

// edited reports whether the person changed the text.
func (t text) edited() bool { return t.input.Value() != t.loaded }

// value is the text to store: as the notebook held it, byte for byte,
// while the person has not changed it; else as typed, cleaned and trimmed.
func (t text) value() string {
	if !t.edited() {
		return t.stored
	}
	return strings.TrimSpace(safetext.Line(t.input.Value()))
}

// typeKey hands k to the input, or refuses it and says why: a text cut on
// loading takes no edits, and a key that would overflow is refused whole.
func (t *text) typeKey(k tea.KeyMsg) (tea.Cmd, string) {
	if field.IsCut(t.input.Value()) {
		if why := field.CutRefusal(k, t.limit); why != "" {
			return nil, why
		}
	}
	if !field.Fits(t.input, k) {
		return nil, field.LimitMessage(k, t.input.CharLimit)
	}
	var cmd tea.Cmd
	t.input, cmd = field.Update(t.input, k)
	return cmd, ""
}

// Line returns a one-line field holding stored, of at most limit
// characters.
func Line(key, label, stored string, limit int) Field {
	return Field{key: key, label: label, kind: KindLine, text: newText(stored, limit)}
}

// Area returns a multi-line field holding stored, of at most limit
// characters.
func Area(key, label, stored string, limit int) Field {
	a := field.NewBoundedArea("", limit, stored)
	return Field{key: key, label: label, kind: KindArea, area: a, areaStored: stored, areaLoaded: a.Text()}
}

// Pick returns a pick-one field of options with chosen picked.
func Pick(key, label string, options []string, chosen int) Field {
	chosen = min(max(0, chosen), max(0, len(options)-1))
	return Field{key: key, label: label, kind: KindPick, options: options, pick: chosen, openPick: chosen}
}

// WithPlaceholder sets the example shown while a text field is empty.
func (f Field) WithPlaceholder(p string) Field {
	switch f.kind {
	case KindLine:
		f.text.input.Placeholder = p
	case KindArea:
		f.area.Placeholder = p
	}
	return f
}

// WithSecret hides what is typed in a line field (a passphrase): each
// character shows as a dot. Read it with Shown, as typed: Value trims
// spaces, which belong to a passphrase.
func (f Field) WithSecret() Field {
	f.text.input.EchoMode = textinput.EchoPassword
	f.text.input.EchoCharacter = '•'
	return f
}

// WithCheck makes a line field say what is wrong with an edited value:
// check returns "" for a good one. An untouched value is kept as stored
// and not checked, so an old value this build would refuse blocks no
// other edit.
func (f Field) WithCheck(check func(string) string) Field {
	f.check = check
	return f
}

// WithRequired makes a text field refuse to save empty, saying msg.
func (f Field) WithRequired(msg string) Field {
	f.required = msg
	return f
}

// isText reports whether the field takes typed text.
func (f Field) isText() bool { return f.kind != KindPick }

// edited reports whether the person changed the field.
func (f Field) edited() bool {
	switch f.kind {
	case KindLine:
		return f.text.edited()
	case KindArea:
		return f.area.Text() != f.areaLoaded
	case KindPick:
		return f.pick != f.openPick
	}
	return f.rows.changed()
}

// value is a text field's value to store (see text.value); a pick's
// chosen option.
func (f Field) value() string {
	switch f.kind {
	case KindLine:
		if f.date && f.edited() {
			return canonicalDate(f.text.value())
		}
		return f.text.value()
	case KindArea:
		if !f.edited() {
			return f.areaStored
		}
		return strings.TrimSpace(safetext.Clean(f.area.Text()))
	case KindPick:
		if len(f.options) == 0 {
			return ""
		}
		return f.options[f.pick]
	}
	return ""
}

// problem says what stops the field from being saved, or "".
func (f Field) problem() string {
	if f.hidden || f.kind == KindPick || f.kind == KindRows {
		return ""
	}
	v := f.value()
	if f.required != "" && strings.TrimSpace(v) == "" {
		return f.required
	}
	if f.check != nil && f.edited() {
		return f.check(v)
	}
	return ""
}

// isCut reports whether the field shows a text cut on loading.
func (f Field) isCut() bool {
	switch f.kind {
	case KindLine:
		return field.IsCut(f.text.input.Value())
	case KindArea:
		return field.IsCut(f.area.Text())
	}
	return false
}
