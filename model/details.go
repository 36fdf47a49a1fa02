package model

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// The details form: adds or edits one therapist's details, on the one
// form machinery (model/form). Its fields, by key, in order:
const (
	fieldName        = "name"
	fieldCredentials = "credentials"
	fieldPhone       = "phone"
	fieldEmail       = "email"
	fieldWebsite     = "website"
	fieldLocation    = "location"
	fieldFoundVia    = "foundVia"
	fieldStatus      = "status"
	fieldContacted   = "contacted"
	fieldConsult     = "consult"
	fieldNotes       = "notes"
	// fieldPartnerNotes is on the form only when the notebook names a
	// partner.
	fieldPartnerNotes = "partnerNotes"
)

// foundVias are the "found via" options; "" is not set.
var foundVias = append([]store.FoundVia{""}, store.FoundVias()...)

// foundViaText returns how v reads on screen: the store's words, "not
// set" for none; a value this build does not know (from a newer or
// hand-edited file) is shown as its stored word, cleaned.
func foundViaText(v store.FoundVia) string {
	if v == "" {
		return "not set"
	}
	return v.Text()
}

// dateQuestion lets the forms check their dates with the very rules of a
// date answer.
var dateQuestion = checklist.Question{ID: "details.date", Kind: checklist.KindDate}

// Limits of the details' one-line fields, in characters.
const (
	credentialsLimit = 80
	phoneLimit       = 40
	emailLimit       = 254
	websiteLimit     = 300
	locationLimit    = 200
	dateLimit        = 30
)

// detailsModel is the form that adds or edits one therapist's details.
type detailsModel struct {
	common   *common
	form     form.Form
	original store.Therapist
	isNew    bool
	// partner is the partner's name as drawn, "" when choosing alone
	// (then the field for their notes is not on the form, and what the
	// notebook holds there is kept).
	partner string
	// vias and steps are the found-via and status choices: the known ones,
	// and last the stored value when this build does not know it (from a
	// newer or hand-edited file), so it is kept until the person changes it.
	vias  []store.FoundVia
	steps []store.Outreach
}

func newDetails(c *common, t store.Therapist, isNew bool) detailsModel {
	d := detailsModel{common: c, original: t, isNew: isNew}
	if c != nil && c.Notebook() != nil {
		d.partner = c.Notebook().People.PartnerName()
	}
	var via, step int
	d.vias, via = withStored(foundVias, t.FoundVia, "")
	d.steps, step = withStored(outreachOrder, t.Status, store.ToContact)
	viaLabels := make([]string, len(d.vias))
	for i, v := range d.vias {
		viaLabels[i] = foundViaText(v)
	}
	stepLabels := make([]string, len(d.steps))
	for i, s := range d.steps {
		stepLabels[i] = s.Text()
	}
	notes := "Notes"
	if d.partner != "" {
		// Named after the people, so neither is taken for the other's.
		notes = "Your notes"
	}
	fields := []form.Field{
		form.Line(fieldName, "Name", t.Name, store.NameLimit).WithPlaceholder("required, e.g. Dr Jane Doe").WithRequired(store.ErrNameMissing),
		form.Line(fieldCredentials, "Credentials", t.Credentials, credentialsLimit).WithPlaceholder("e.g. LMFT, CST"),
		form.Line(fieldPhone, "Phone", t.Phone, phoneLimit).WithPlaceholder("e.g. (555) 010-0199"),
		form.Line(fieldEmail, "Email", t.Email, emailLimit).WithPlaceholder("e.g. name@example.com"),
		form.Line(fieldWebsite, "Website", t.Website, websiteLimit).WithPlaceholder("e.g. example.com"),
		form.Line(fieldLocation, "Location", t.Location, locationLimit).WithPlaceholder("e.g. a town, or telehealth only"),
		form.Pick(fieldFoundVia, "Found via", viaLabels, via),
		form.Pick(fieldStatus, "Status", stepLabels, step),
		form.Line(fieldContacted, "Contacted on", checklist.DateText(t.ContactedOn), dateLimit).WithPlaceholder("e.g. 2026-03-14 or 3/14/2026").WithCheck(checkDate),
		form.Line(fieldConsult, "Consult on", checklist.DateText(t.ConsultOn), dateLimit).WithPlaceholder("e.g. 2026-03-21 or 3/21/2026").WithCheck(checkDate),
		form.Area(fieldNotes, notes, t.Notes, checklist.MaxTextRunes).WithPlaceholder("anything else worth remembering"),
	}
	if d.partner != "" {
		fields = append(fields, form.Area(fieldPartnerNotes, d.partner+"'s notes", t.PartnerNotes, checklist.MaxTextRunes).
			WithPlaceholder("their own impressions of this therapist"))
	}
	title := "Add a therapist"
	if !isNew {
		title = "Edit " + safetext.Line(field.Shown(t.Name))
	}
	d.form = form.New(c.Styles, title, "", fields...)
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

// typing reports whether printable keys go to a field or a y/n question.
func (d detailsModel) typing() bool { return d.form.Typing() }

// asking reports whether the form asks whether to discard its edits.
func (d detailsModel) asking() bool { return d.form.Asking() }

// focused is the key of the focused field.
func (d detailsModel) focused() string { return d.form.Focused() }

// focusCmd focuses the current field and returns its cursor command.
func (d *detailsModel) focusCmd() tea.Cmd { return d.form.FocusCmd() }

func (d detailsModel) resize() detailsModel {
	if d.common != nil {
		d.form = d.form.SetSize(d.common.Width, d.common.Height)
	}
	return d
}

// update hands msg to the form; a saved form sends the therapist up, a
// left one goes back.
func (d detailsModel) update(msg tea.Msg) (detailsModel, tea.Cmd) {
	var cmd tea.Cmd
	var out form.Outcome
	d.form, cmd, out = d.form.Update(msg)
	switch out {
	case form.Left:
		return d, screen.Send(screen.BackMsg{})
	case form.Submitted:
		return d, screen.Send(therapistSavedMsg{therapist: d.current()})
	}
	return d, cmd
}

// current returns the therapist as the form now holds it: a field the
// person did not touch keeps what the notebook holds (see form.Value),
// an edited date is stored in its canonical form.
func (d detailsModel) current() store.Therapist {
	t := d.original
	f := d.form
	t.Name = f.Value(fieldName)
	t.Credentials = f.Value(fieldCredentials)
	t.Phone = f.Value(fieldPhone)
	t.Email = f.Value(fieldEmail)
	t.Website = f.Value(fieldWebsite)
	t.Location = f.Value(fieldLocation)
	if f.Changed(fieldFoundVia) {
		t.FoundVia = d.vias[f.Pick(fieldFoundVia)]
	}
	if f.Changed(fieldStatus) {
		t.Status = d.steps[f.Pick(fieldStatus)]
	}
	t.ContactedOn = d.date(fieldContacted, t.ContactedOn)
	t.ConsultOn = d.date(fieldConsult, t.ConsultOn)
	t.Notes = f.Value(fieldNotes)
	if f.Has(fieldPartnerNotes) {
		t.PartnerNotes = f.Value(fieldPartnerNotes)
	}
	return t
}

// date is date field k to store: stored when untouched (the field shows
// it in the one date form, "12 Jan 2027"; a date this build would not
// accept is kept too: refusing it would block every other edit), else
// canonical.
func (d detailsModel) date(k, stored string) string {
	if !d.form.Changed(k) {
		return stored
	}
	return canonicalDate(d.form.Value(k))
}

// dirty reports whether the person changed anything since the form opened.
func (d detailsModel) dirty() bool { return d.form.Dirty() }

func (d detailsModel) view() string { return d.form.View() }

func (d detailsModel) shortHelp() []key.Binding { return d.form.ShortHelp() }

func (d detailsModel) fullHelp() [][]key.Binding { return d.form.FullHelp() }
