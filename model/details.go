package model

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
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

var fieldLabels = [fieldCount]string{
	"Name", "Credentials", "Phone", "Email", "Website", "Location",
	"Found via", "Status", "Contacted on", "Consult on", "Notes",
	"Partner's notes", // drawn with the partner's name; see label
}

// fieldLimits bound the one-line fields; the notes take as much as a text
// answer.
var fieldLimits = [fieldCount]int{
	fieldName: 120, fieldCredentials: 80, fieldPhone: 40, fieldEmail: 254,
	fieldWebsite: 300, fieldLocation: 200, fieldContacted: 30, fieldConsult: 30,
}

var fieldPlaceholders = [fieldCount]string{
	fieldName:         "required, e.g. Dr Jane Doe",
	fieldCredentials:  "e.g. LMFT, CST",
	fieldPhone:        "e.g. (555) 010-0199",
	fieldEmail:        "e.g. name@example.com",
	fieldWebsite:      "e.g. example.com",
	fieldLocation:     "e.g. a town, or telehealth only",
	fieldContacted:    "e.g. 2026-03-14 or 3/14/2026",
	fieldConsult:      "e.g. 2026-03-21 or 3/21/2026",
	fieldNotes:        "anything else worth remembering",
	fieldPartnerNotes: "their own impressions of this therapist",
}

// foundVias are the "found via" options; "" is not set.
var foundVias = []store.FoundVia{"", store.FoundAASECT, store.FoundReferral, store.FoundInsurer, store.FoundOther}

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

const (
	labelWidth     = 14
	errNameMissing = "A name is needed: a full name, a first name or the practice's name will do."
)

// detailsModel is the form that adds or edits one therapist's details.
type detailsModel struct {
	common   *common
	keys     detailsKeyMap
	confirm  confirmKeyMap
	original store.Therapist
	isNew    bool

	inputs [fieldCount]textinput.Model // the one-line fields
	notes  textarea.Model
	// partnerNotes are the partner's own notes; partner is their name as
	// drawn, "" when choosing alone (then the field is hidden).
	partnerNotes textarea.Model
	partner      string
	foundVia     int // index into foundVias
	status       int // index into outreachOrder
	focus        detailsField
	errs         map[detailsField]string

	// confirmCancel is set when esc was pressed with unsaved edits.
	confirmCancel bool
}

func newDetails(c *common, t store.Therapist, isNew bool) detailsModel {
	d := detailsModel{common: c, keys: defaultDetailsKeyMap(), confirm: defaultConfirmKeyMap(), original: t, isNew: isNew, errs: map[detailsField]string{}}
	values := [fieldCount]string{
		fieldName: t.Name, fieldCredentials: t.Credentials, fieldPhone: t.Phone,
		fieldEmail: t.Email, fieldWebsite: t.Website, fieldLocation: t.Location,
		fieldContacted: t.ContactedOn, fieldConsult: t.ConsultOn,
	}
	for f := range fieldCount {
		if !d.isTextInput(f) {
			continue
		}
		ti := newTextInput()
		ti.CharLimit = fieldLimits[f]
		ti.Placeholder = fieldPlaceholders[f]
		// Loaded text is untrusted: the inputs sanitise typing, not SetValue.
		ti.SetValue(safetext.Line(values[f]))
		d.inputs[f] = ti
	}
	d.notes = newTextArea(fieldPlaceholders[fieldNotes])
	d.notes.SetValue(safetext.Clean(t.Notes))
	if c != nil && c.nb != nil {
		d.partner = strings.TrimSpace(safetext.Line(c.nb.People.Partner))
	}
	d.partnerNotes = newTextArea(fieldPlaceholders[fieldPartnerNotes])
	d.partnerNotes.SetValue(safetext.Clean(t.PartnerNotes))
	for i, f := range foundVias {
		if f == t.FoundVia {
			d.foundVia = i
		}
	}
	for i, o := range outreachOrder {
		if o == t.Status {
			d.status = i
		}
	}
	return d.resize()
}

func (d detailsModel) isTextInput(f detailsField) bool {
	return f != fieldFoundVia && f != fieldStatus && !d.isArea(f)
}

// isArea reports whether f is a multi-line field.
func (d detailsModel) isArea(f detailsField) bool {
	return f == fieldNotes || f == fieldPartnerNotes
}

// area returns the multi-line input of field f (isArea(f) must hold).
func (d *detailsModel) area(f detailsField) *textarea.Model {
	if f == fieldPartnerNotes {
		return &d.partnerNotes
	}
	return &d.notes
}

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

// label is field f's label; the partner's notes carry their name.
func (d detailsModel) label(f detailsField) string {
	if f == fieldPartnerNotes && d.partner != "" {
		return d.partner + "'s notes"
	}
	return fieldLabels[f]
}

// typing reports whether printable keys go to a field or a y/n question.
func (d detailsModel) typing() bool {
	return d.confirmCancel || d.isTextInput(d.focus) || d.isArea(d.focus)
}

// focusCmd focuses the current field and returns its cursor command.
func (d *detailsModel) focusCmd() tea.Cmd {
	for f := range fieldCount {
		if d.isTextInput(f) {
			d.inputs[f].Blur()
		}
	}
	d.notes.Blur()
	d.partnerNotes.Blur()
	switch {
	case d.isArea(d.focus):
		return d.area(d.focus).Focus()
	case d.isTextInput(d.focus):
		return d.inputs[d.focus].Focus()
	}
	return nil
}

func (d detailsModel) resize() detailsModel {
	if d.common == nil {
		return d
	}
	// The label takes labelWidth plus its marker and a space; the input
	// draws its cursor one column past its width.
	inputW := max(1, d.common.width-labelWidth-4)
	for f := range fieldCount {
		if d.isTextInput(f) {
			d.inputs[f].Width = inputW
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
	areaH := clamp((d.common.height-shown-3)/max(1, areas), 2, 8)
	for _, f := range []detailsField{fieldNotes, fieldPartnerNotes} {
		d.area(f).SetWidth(max(2, d.common.width-2))
		d.area(f).SetHeight(areaH)
	}
	return d
}

func (d detailsModel) update(msg tea.Msg) (detailsModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return d.updateFocused(msg)
	}
	if d.confirmCancel {
		d.confirmCancel = false
		if key.Matches(k, d.confirm.Yes) {
			return d, sendMsg(backMsg{})
		}
		return d, nil
	}
	switch {
	case key.Matches(k, d.keys.Save):
		return d.submit()
	case key.Matches(k, d.keys.Cancel):
		if d.dirty() {
			d.confirmCancel = true
			return d, nil
		}
		return d, sendMsg(backMsg{})
	case k.Type == tea.KeyEnter && !k.Alt && d.isArea(d.focus):
		return d.submit()
	case key.Matches(k, d.keys.Next) && !(d.isArea(d.focus) && k.Type == tea.KeyDown):
		d.focus = d.step(1)
		return d, d.focusCmd()
	case key.Matches(k, d.keys.Prev) && !(d.isArea(d.focus) && k.Type == tea.KeyUp):
		d.focus = d.step(-1)
		return d, d.focusCmd()
	case key.Matches(k, d.keys.Cycle) && (d.focus == fieldFoundVia || d.focus == fieldStatus):
		step := 1
		if k.Type == tea.KeyLeft {
			step = -1
		}
		if d.focus == fieldFoundVia {
			d.foundVia = (d.foundVia + step + len(foundVias)) % len(foundVias)
		} else {
			d.status = (d.status + step + len(outreachOrder)) % len(outreachOrder)
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
		if isKey && !areaFits(ta.Length(), ta.CharLimit, k) {
			d.errs[d.focus] = limitMessage(k, ta.CharLimit)
			return d, nil
		}
		if isKey && k.Type == tea.KeyRunes || isKey && k.Type == tea.KeyBackspace {
			delete(d.errs, d.focus)
		}
		*ta, cmd = ta.Update(msg)
	case d.isTextInput(d.focus):
		if isKey && !inputFits(d.inputs[d.focus], k) {
			d.errs[d.focus] = limitMessage(k, d.inputs[d.focus].CharLimit)
			return d, nil
		}
		d.inputs[d.focus], cmd = d.inputs[d.focus].Update(msg)
		if isKey && d.focus == fieldName && strings.TrimSpace(d.inputs[fieldName].Value()) != "" {
			delete(d.errs, fieldName)
		}
	}
	return d, cmd
}

// current returns the therapist as the form now holds it, dates unchecked.
func (d detailsModel) current() store.Therapist {
	t := d.original
	t.Name = strings.TrimSpace(safetext.Line(d.inputs[fieldName].Value()))
	t.Credentials = strings.TrimSpace(safetext.Line(d.inputs[fieldCredentials].Value()))
	t.Phone = strings.TrimSpace(safetext.Line(d.inputs[fieldPhone].Value()))
	t.Email = strings.TrimSpace(safetext.Line(d.inputs[fieldEmail].Value()))
	t.Website = strings.TrimSpace(safetext.Line(d.inputs[fieldWebsite].Value()))
	t.Location = strings.TrimSpace(safetext.Line(d.inputs[fieldLocation].Value()))
	t.FoundVia = foundVias[d.foundVia]
	t.Status = outreachOrder[d.status]
	t.ContactedOn = strings.TrimSpace(d.inputs[fieldContacted].Value())
	t.ConsultOn = strings.TrimSpace(d.inputs[fieldConsult].Value())
	t.Notes = strings.TrimSpace(safetext.Clean(d.notes.Value()))
	// Without a partner the field is hidden: keep what the notebook holds.
	if d.partner != "" {
		t.PartnerNotes = strings.TrimSpace(safetext.Clean(d.partnerNotes.Value()))
	}
	return t
}

// dirty reports whether the form differs from what it opened with.
func (d detailsModel) dirty() bool {
	c, o := d.current(), d.original
	if o.Status == "" {
		o.Status = store.ToContact
	}
	return c.Name != o.Name || c.Credentials != o.Credentials || c.Phone != o.Phone ||
		c.Email != o.Email || c.Website != o.Website || c.Location != o.Location ||
		c.FoundVia != o.FoundVia || c.Status != o.Status || c.ContactedOn != o.ContactedOn ||
		c.ConsultOn != o.ConsultOn || c.Notes != strings.TrimSpace(o.Notes) ||
		d.partner != "" && c.PartnerNotes != strings.TrimSpace(safetext.Clean(o.PartnerNotes))
}

// submit validates the form; on success it sends the therapist up, else it
// shows each problem beside its field and focuses the first.
func (d detailsModel) submit() (detailsModel, tea.Cmd) {
	t := d.current()
	d.errs = map[detailsField]string{}
	if t.Name == "" {
		d.errs[fieldName] = errNameMissing
	}
	for _, f := range []detailsField{fieldContacted, fieldConsult} {
		v := strings.TrimSpace(d.inputs[f].Value())
		if v == "" {
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
	if d.confirmCancel {
		return d.confirm.ShortHelp()
	}
	k := d.keys
	k.Cycle.SetEnabled(d.focus == fieldFoundVia || d.focus == fieldStatus)
	return k.ShortHelp()
}

func (d detailsModel) fullHelp() [][]key.Binding {
	if d.confirmCancel {
		return d.confirm.FullHelp()
	}
	return d.keys.FullHelp()
}

func (d detailsModel) view() string {
	s := d.common.styles
	w := d.common.width
	title := "Add a therapist"
	if !d.isNew {
		title = "Edit " + safetext.Line(d.original.Name)
	}
	lines := []string{s.Title.Render(truncate(title, w)), ""}
	focusLine := 0
	for f := range fieldCount {
		if !d.shown(f) {
			continue
		}
		block := d.fieldView(f)
		if f == d.focus {
			focusLine = len(lines)
			if d.isArea(f) {
				// Centre the whole notes block, not just its label, so
				// the text being typed stays in view.
				focusLine += len(block) / 2
			}
		}
		lines = append(lines, block...)
	}
	if d.confirmCancel {
		lines = append(lines, "", s.Warn.Render(truncate("! Leave without saving your changes? y/n", w)))
		focusLine = len(lines) - 1
	}
	return windowLines(lines, focusLine, d.common.height)
}

// fieldView renders one field: its label and input, then its problem.
func (d detailsModel) fieldView(f detailsField) []string {
	s := d.common.styles
	w := d.common.width
	label := "  " + padRight(d.label(f), labelWidth)
	if f == d.focus {
		label = s.Focused.Render("› " + padRight(d.label(f), labelWidth))
	} else {
		label = s.Label.Render(label)
	}
	var out []string
	switch f {
	case fieldFoundVia:
		out = append(out, label+" "+pickerView(foundViaLabel[foundVias[d.foundVia]], f == d.focus))
	case fieldStatus:
		out = append(out, label+" "+pickerView(statusLabel(outreachOrder[d.status]), f == d.focus))
	case fieldNotes, fieldPartnerNotes:
		out = append(out, label+" "+s.Muted.Render(truncate("alt+enter: new line · enter: save", max(0, w-labelWidth-3))))
		out = append(out, strings.Split(d.area(f).View(), "\n")...)
	default:
		out = append(out, truncate(label+" "+d.inputs[f].View(), w))
	}
	if e, ok := d.errs[f]; ok {
		out = append(out, s.Error.Render(truncate("  ✗ "+e, w)))
	}
	return out
}

// pickerView draws a pick-one field; the arrows show it can be changed.
func pickerView(value string, focused bool) string {
	if focused {
		return "‹ " + value + " ›"
	}
	return value
}

// windowLines shows h of lines, keeping line focus in view.
func windowLines(lines []string, focus, h int) string {
	if h <= 0 {
		return ""
	}
	if len(lines) <= h {
		return strings.Join(lines, "\n")
	}
	start := clamp(focus-h/2, 0, len(lines)-h)
	return strings.Join(lines[start:start+h], "\n")
}
