package model

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// detailsField names one field of the details form, in tab order.
type detailsField int

const (
	fieldName detailsField = iota
	fieldCredentials
	fieldPhone
	fieldEmail
	fieldWebsite
	fieldLocation
	fieldFoundVia
	fieldStatus
	fieldContacted
	fieldConsult
	fieldNotes
	// fieldPartnerNotes shows only when the notebook names a partner.
	fieldPartnerNotes
	fieldCount
)

// detailsSpec is what one field of the details form is: its label, the
// most characters it holds (the notes take as much as a text answer) and
// the example shown while it is empty. The two pickers have only a label.
type detailsSpec struct {
	label       string
	limit       int
	placeholder string
}

var detailsSpecs = [fieldCount]detailsSpec{
	fieldName:        {"Name", store.NameLimit, "required, e.g. Dr Jane Doe"},
	fieldCredentials: {"Credentials", 80, "e.g. LMFT, CST"},
	fieldPhone:       {"Phone", 40, "e.g. (555) 010-0199"},
	fieldEmail:       {"Email", 254, "e.g. name@example.com"},
	fieldWebsite:     {"Website", 300, "e.g. example.com"},
	fieldLocation:    {"Location", 200, "e.g. a town, or telehealth only"},
	fieldFoundVia:    {label: "Found via"},
	fieldStatus:      {label: "Status"},
	fieldContacted:   {"Contacted on", 30, "e.g. 2026-03-14 or 3/14/2026"},
	fieldConsult:     {"Consult on", 30, "e.g. 2026-03-21 or 3/21/2026"},
	fieldNotes:       {"Notes", checklist.MaxTextRunes, "anything else worth remembering"},
	// Drawn with the partner's name; see label.
	fieldPartnerNotes: {"Partner's notes", checklist.MaxTextRunes, "their own impressions of this therapist"},
}

// detailsInput is one text field of an open details form.
type detailsInput struct {
	line textinput.Model // a one-line field
	area *boundedArea    // a multi-line field (the notes), else nil
	// loaded is the field as the form showed it on opening. A field
	// still showing it is saved as the notebook held it: the form cannot
	// show line breaks in a one-line field, nor control characters, and
	// must not rewrite what the person did not touch.
	loaded string
}

// foundVias are the "found via" options; "" is not set.
var foundVias = []store.FoundVia{"", store.FoundAASECT, store.FoundReferral, store.FoundInsurer, store.FoundOther}

// foundViaText returns how v reads on screen; a value this build does not
// know (from a newer or hand-edited file) is shown as its stored word,
// cleaned.
func foundViaText(v store.FoundVia) string {
	if l, ok := foundViaLabel[v]; ok {
		return l
	}
	return safetext.Line(string(v))
}

var foundViaLabel = map[store.FoundVia]string{
	"":                  "not set",
	store.FoundAASECT:   "AASECT directory",
	store.FoundReferral: "referral",
	store.FoundInsurer:  "insurer list",
	store.FoundOther:    "other",
}

// dateQuestion lets the form check its dates with the very rules of a date
// answer.
var dateQuestion = checklist.Question{ID: "details.date", Kind: checklist.KindDate}

const labelWidth = 14

// detailsModel is the form that adds or edits one therapist's details.
type detailsModel struct {
	common *common
	keys   detailsKeyMap
	// confirm asks before esc drops unsaved edits.
	confirm  confirmQuestion[struct{}]
	original store.Therapist
	isNew    bool

	// inputs are the text fields, indexed by detailsField (the pickers'
	// entries are unused).
	inputs []detailsInput
	// partner is the partner's name as drawn, "" when choosing alone
	// (then the field for their notes is hidden).
	partner string
	// vias and steps are the found-via and status choices: the known ones,
	// and last the stored value when this build does not know it (from a
	// newer or hand-edited file), so it is kept until the person changes it.
	vias     []store.FoundVia
	steps    []store.Outreach
	foundVia int // index into vias
	status   int // index into steps
	// openFoundVia and openStatus are the choices as opened.
	openFoundVia, openStatus int
	focus                    detailsField
	errs                     map[detailsField]string
}

func newDetails(c *common, t store.Therapist, isNew bool) detailsModel {
	d := detailsModel{common: c, keys: defaultDetailsKeyMap(), confirm: newConfirm[struct{}](), original: t, isNew: isNew,
		inputs: make([]detailsInput, fieldCount), errs: map[detailsField]string{}}
	for f := range fieldCount {
		spec, in := detailsSpecs[f], &d.inputs[f]
		switch {
		case d.isArea(f):
			a := newBoundedArea(spec.placeholder, spec.limit, storedText(t, f))
			in.area, in.loaded = &a, a.Value()
		case d.isTextInput(f):
			ti := newTextInput()
			ti.Placeholder = spec.placeholder
			// Loaded text is untrusted: the inputs sanitise typing, not
			// SetValue. A text over the limit is loaded cut and read-only
			// (see cut.go); SetValue cuts at CharLimit, so it grows to fit
			// what was loaded.
			ti.SetValue(safetext.Line(cutForLoad(storedText(t, f), spec.limit)))
			ti.CharLimit = max(spec.limit, utf8.RuneCountInString(ti.Value()))
			in.line, in.loaded = ti, ti.Value()
		}
	}
	if c != nil && c.Notebook() != nil {
		d.partner = c.Notebook().People.PartnerName()
	}
	d.vias, d.foundVia = withStored(foundVias, t.FoundVia, "")
	d.steps, d.status = withStored(outreachOrder, t.Status, store.ToContact)
	d.openFoundVia, d.openStatus = d.foundVia, d.status
	return d.resize()
}

// withStored returns the choices, with stored added last when it is not
// one of them, and stored's index. An empty stored value means empty.
func withStored[T comparable](choices []T, stored, empty T) ([]T, int) {
	var zero T
	if stored == zero {
		stored = empty
	}
	for i, c := range choices {
		if c == stored {
			return choices, i
		}
	}
	return append(slices.Clip(choices), stored), len(choices)
}

// storedText is text field f as t holds it.
func storedText(t store.Therapist, f detailsField) string {
	switch f {
	case fieldName:
		return t.Name
	case fieldCredentials:
		return t.Credentials
	case fieldPhone:
		return t.Phone
	case fieldEmail:
		return t.Email
	case fieldWebsite:
		return t.Website
	case fieldLocation:
		return t.Location
	case fieldContacted:
		return t.ContactedOn
	case fieldConsult:
		return t.ConsultOn
	case fieldNotes:
		return t.Notes
	case fieldPartnerNotes:
		return t.PartnerNotes
	}
	return ""
}

func (d detailsModel) isTextInput(f detailsField) bool {
	return f != fieldFoundVia && f != fieldStatus && !d.isArea(f)
}

// isArea reports whether f is a multi-line field.
func (d detailsModel) isArea(f detailsField) bool {
	return f == fieldNotes || f == fieldPartnerNotes
}

// area returns the multi-line input of field f (isArea(f) must hold).
func (d *detailsModel) area(f detailsField) *boundedArea { return d.inputs[f].area }

// line returns the one-line input of field f (isTextInput(f) must hold).
func (d *detailsModel) line(f detailsField) *textinput.Model { return &d.inputs[f].line }

// shown reports whether field f is on the form: the partner's notes only
// when there is a partner.
func (d detailsModel) shown(f detailsField) bool {
	return f != fieldPartnerNotes || d.partner != ""
}

// step returns the next shown field in tab order, dir 1 or -1, wrapping.
func (d detailsModel) step(dir int) detailsField {
	f := d.focus
	for range fieldCount {
		f = (f + detailsField(dir) + fieldCount) % fieldCount
		if d.shown(f) {
			return f
		}
	}
	return d.focus
}

// label is field f's label. With a partner named, the two notes fields
// read "Your notes" and "<partner's name>'s notes", so neither is taken
// for the other's.
func (d detailsModel) label(f detailsField) string {
	switch {
	case f == fieldPartnerNotes && d.partner != "":
		return d.partner + "'s notes"
	case f == fieldNotes && d.partner != "":
		return "Your notes"
	}
	return detailsSpecs[f].label
}

// typing reports whether printable keys go to a field or a y/n question.
func (d detailsModel) typing() bool {
	return d.confirm.asking() || d.isTextInput(d.focus) || d.isArea(d.focus)
}

// focusCmd focuses the current field and returns its cursor command.
func (d *detailsModel) focusCmd() tea.Cmd {
	for f := range fieldCount {
		switch {
		case d.isArea(f):
			d.area(f).Blur()
		case d.isTextInput(f):
			d.line(f).Blur()
		}
	}
	switch {
	case d.isArea(d.focus):
		return d.area(d.focus).Focus()
	case d.isTextInput(d.focus):
		return d.line(d.focus).Focus()
	}
	return nil
}

func (d detailsModel) resize() detailsModel {
	if d.common == nil {
		return d
	}
	// The label takes labelWidth plus its marker and a space; the input
	// draws its cursor one column past its width.
	inputW := max(1, d.common.Width-labelWidth-4)
	for f := range fieldCount {
		if d.isTextInput(f) {
			d.line(f).Width = inputW
		}
	}
	// The one-line fields and labels come first; the notes share what is
	// left, so the partner's notes take room only when they show.
	shown, areas := 0, 0
	for f := range fieldCount {
		if d.shown(f) {
			shown++
			if d.isArea(f) {
				areas++
			}
		}
	}
	areaH := clamp((d.common.Height-shown-3)/max(1, areas), 2, 8)
	for _, f := range []detailsField{fieldNotes, fieldPartnerNotes} {
		d.area(f).SetWidth(max(2, d.common.Width-2))
		d.area(f).SetHeight(areaH)
	}
	return d
}

func (d detailsModel) update(msg tea.Msg) (detailsModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return d.updateFocused(msg)
	}
	if d.confirm.asking() {
		var yes bool
		d.confirm, yes, _ = d.confirm.answer(k)
		if yes {
			return d, sendMsg(backMsg{})
		}
		return d, nil
	}
	switch {
	case key.Matches(k, d.keys.Save):
		return d.submit()
	case key.Matches(k, d.keys.Cancel):
		if d.dirty() {
			d.confirm = d.confirm.ask("Leave without saving your changes?", struct{}{})
			return d, nil
		}
		return d, sendMsg(backMsg{})
	case key.Matches(k, d.keys.NotesSave) && d.isArea(d.focus):
		return d.submit()
	case key.Matches(k, d.keys.Next), key.Matches(k, d.keys.Down) && !d.isArea(d.focus):
		d.focus = d.step(1)
		return d, d.focusCmd()
	case key.Matches(k, d.keys.Prev), key.Matches(k, d.keys.Up) && !d.isArea(d.focus):
		d.focus = d.step(-1)
		return d, d.focusCmd()
	case key.Matches(k, d.keys.Cycle) && (d.focus == fieldFoundVia || d.focus == fieldStatus):
		step := 1
		if key.Matches(k, d.keys.CycleBack) {
			step = -1
		}
		if d.focus == fieldFoundVia {
			d.foundVia = (d.foundVia + step + len(d.vias)) % len(d.vias)
		} else {
			d.status = (d.status + step + len(d.steps)) % len(d.steps)
		}
		return d, nil
	}
	return d.updateFocused(k)
}

// updateFocused hands msg to the focused input, refusing text that would
// not fit (see limits.go).
func (d detailsModel) updateFocused(msg tea.Msg) (detailsModel, tea.Cmd) {
	var cmd tea.Cmd
	k, isKey := msg.(tea.KeyMsg)
	switch {
	case d.isArea(d.focus):
		ta := d.area(d.focus)
		if isKey {
			if why := ta.refusal(k); why != "" {
				d.errs[d.focus] = why
				return d, nil
			}
			delete(d.errs, d.focus)
		}
		*ta, cmd = ta.update(msg)
	case d.isTextInput(d.focus):
		in := d.line(d.focus)
		if isKey && isCut(in.Value()) {
			if why := cutRefusal(k, detailsSpecs[d.focus].limit); why != "" {
				d.errs[d.focus] = why
				return d, nil
			}
		}
		if isKey && !inputFits(*in, k) {
			d.errs[d.focus] = limitMessage(k, in.CharLimit)
			return d, nil
		}
		*in, cmd = field.Update(*in, msg)
		// A problem shown for this field (full, a bad date, no name) is
		// stale once the person edits it; saving checks again.
		if isKey && (d.focus != fieldName || strings.TrimSpace(d.line(fieldName).Value()) != "") {
			delete(d.errs, d.focus)
		}
	}
	return d, cmd
}

// shownText is what text field f holds now.
func (d detailsModel) shownText(f detailsField) string {
	if d.isArea(f) {
		return d.area(f).Value()
	}
	return d.line(f).Value()
}

// edited reports whether the person changed text field f.
func (d detailsModel) edited(f detailsField) bool { return d.shownText(f) != d.inputs[f].loaded }

// text returns text field f for storing: as the notebook held it when not
// edited, else as typed, cleaned (dates are checked in submit).
func (d detailsModel) text(f detailsField) string {
	v := d.shownText(f)
	switch {
	case !d.edited(f):
		return storedText(d.original, f)
	case d.isArea(f):
		return strings.TrimSpace(safetext.Clean(v))
	case f == fieldContacted || f == fieldConsult:
		return strings.TrimSpace(v)
	}
	return strings.TrimSpace(safetext.Line(v))
}

// current returns the therapist as the form now holds it, dates unchecked.
func (d detailsModel) current() store.Therapist {
	t := d.original
	t.Name = d.text(fieldName)
	t.Credentials = d.text(fieldCredentials)
	t.Phone = d.text(fieldPhone)
	t.Email = d.text(fieldEmail)
	t.Website = d.text(fieldWebsite)
	t.Location = d.text(fieldLocation)
	t.FoundVia = d.vias[d.foundVia]
	t.Status = d.steps[d.status]
	t.ContactedOn = d.text(fieldContacted)
	t.ConsultOn = d.text(fieldConsult)
	t.Notes = d.text(fieldNotes)
	// Without a partner the field is hidden: keep what the notebook holds.
	if d.partner != "" {
		t.PartnerNotes = d.text(fieldPartnerNotes)
	}
	return t
}

// dirty reports whether the person changed anything since the form opened.
func (d detailsModel) dirty() bool {
	if d.foundVia != d.openFoundVia || d.status != d.openStatus {
		return true
	}
	for f := range fieldCount {
		if (d.isTextInput(f) || d.isArea(f)) && d.shown(f) && d.edited(f) {
			return true
		}
	}
	return false
}

// submit validates the form; on success it sends the therapist up, else it
// shows each problem beside its field and focuses the first.
func (d detailsModel) submit() (detailsModel, tea.Cmd) {
	t := d.current()
	d.errs = map[detailsField]string{}
	if strings.TrimSpace(t.Name) == "" {
		d.errs[fieldName] = store.ErrNameMissing
	}
	for _, f := range []detailsField{fieldContacted, fieldConsult} {
		// A date the person did not touch is kept as stored, even one
		// this build would not accept: refusing it would block every
		// other edit.
		v := strings.TrimSpace(d.line(f).Value())
		if v == "" || !d.edited(f) {
			continue
		}
		canon, err := checklist.Parse(dateQuestion, v)
		if err != nil {
			d.errs[f] = err.Error()
			continue
		}
		if f == fieldContacted {
			t.ContactedOn = canon
		} else {
			t.ConsultOn = canon
		}
	}
	for f := range fieldCount {
		if _, bad := d.errs[f]; bad {
			d.focus = f
			return d, d.focusCmd()
		}
	}
	return d, sendMsg(therapistSavedMsg{therapist: t})
}

func (d detailsModel) shortHelp() []key.Binding {
	if d.confirm.asking() {
		return d.confirm.shortHelp()
	}
	k := d.keys
	k.Cycle.SetEnabled(d.focus == fieldFoundVia || d.focus == fieldStatus)
	return k.ShortHelp()
}

func (d detailsModel) fullHelp() [][]key.Binding {
	if d.confirm.asking() {
		return d.confirm.fullHelp()
	}
	return d.keys.FullHelp()
}
