// Package details is the form that adds or edits one therapist's details
// (name, ways to reach them, how they were found, outreach step, dates,
// notes), on the one form machinery (model/form). It changes nothing
// itself: saving sends a SavedMsg, which the root applies to the notebook.
package details

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// The form's fields, by key, in order.
const (
	FieldName        = "name"
	FieldCredentials = "credentials"
	FieldPhone       = "phone"
	FieldEmail       = "email"
	FieldWebsite     = "website"
	FieldLocation    = "location"
	FieldFoundVia    = "foundVia"
	FieldStatus      = "status"
	FieldContacted   = "contacted"
	FieldConsult     = "consult"
	FieldNotes       = "notes"
	// FieldPartnerNotes is on the form only when the notebook names a
	// partner.
	FieldPartnerNotes = "partnerNotes"
)

// Limits of the one-line fields, in characters.
const (
	credentialsLimit = 80
	phoneLimit       = 40
	emailLimit       = 254
	websiteLimit     = 300
	locationLimit    = 200
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

// SavedMsg carries the saved form's therapist up to the root. One whose
// ID is not in the notebook yet is added.
type SavedMsg struct{ Therapist store.Therapist }

// Apply writes the therapist into nb, changed at now: over the one with
// its ID, keeping their answers (which may have changed since the form
// opened: the form edits details and the partner's notes only), or added
// with a new ID. It returns the news for the status line and the ID.
func (m SavedMsg) Apply(nb *store.Notebook, now time.Time) (news, id string) {
	t := m.Therapist
	t.Updated = now
	name := safetext.Line(field.Shown(t.Name))
	if i, ok := nb.Find(t.ID); ok && t.ID != "" {
		old := nb.Therapists[i]
		t.Answers, t.PartnerAnswers, t.Created = old.Answers, old.PartnerAnswers, old.Created
		nb.Therapists[i] = t
		return "Recorded the details of " + name + ".", t.ID
	}
	t.ID = store.NewID()
	t.Created = t.Updated
	nb.Therapists = append(nb.Therapists, t)
	return "Added " + name + ". Press enter to start the interview.", t.ID
}

// New returns the form of the therapist of c's notebook with ID id, or
// of a new one when there is none. The one that opens it starts its
// cursor with FocusCmd.
func New(c *screen.Common, id string) form.Screen {
	t, isNew := store.Therapist{Status: store.ToContact}, true
	nb := c.Notebook()
	if i, ok := nb.Find(id); ok {
		t, isNew = nb.Therapists[i], false
	}
	// partner is the partner's name as drawn, "" when choosing alone:
	// then their notes are not on the form, and what the notebook holds
	// there is kept.
	partner := nb.People.PartnerName()
	vias, viaLabels, via := form.Options(foundVias, t.FoundVia, "", foundViaText)
	steps, stepLabels, step := form.Options(store.OutreachSteps(), t.Status, store.ToContact, store.Outreach.Text)
	notes := "Notes"
	if partner != "" {
		// Named after the people, so neither is taken for the other's.
		notes = "Your notes"
	}
	fields := []form.Field{
		form.Line(FieldName, "Name", t.Name, store.NameLimit).WithPlaceholder("required, e.g. Dr Jane Doe").WithRequired(store.ErrNameMissing),
		form.Line(FieldCredentials, "Credentials", t.Credentials, credentialsLimit).WithPlaceholder("e.g. LMFT, CST"),
		form.Line(FieldPhone, "Phone", t.Phone, phoneLimit).WithPlaceholder("e.g. (555) 010-0199"),
		form.Line(FieldEmail, "Email", t.Email, emailLimit).WithPlaceholder("e.g. name@example.com"),
		form.Line(FieldWebsite, "Website", t.Website, websiteLimit).WithPlaceholder("e.g. example.com"),
		form.Line(FieldLocation, "Location", t.Location, locationLimit).WithPlaceholder("e.g. a town, or telehealth only"),
		form.Pick(FieldFoundVia, "Found via", viaLabels, via),
		form.Pick(FieldStatus, "Status", stepLabels, step),
		form.Date(FieldContacted, "Contacted on", t.ContactedOn).WithPlaceholder("e.g. 2026-03-14 or 3/14/2026"),
		form.Date(FieldConsult, "Consult on", t.ConsultOn).WithPlaceholder("e.g. 2026-03-21 or 3/21/2026"),
		form.Area(FieldNotes, notes, t.Notes, checklist.MaxTextRunes).WithPlaceholder("anything else worth remembering"),
	}
	if partner != "" {
		fields = append(fields, form.Area(FieldPartnerNotes, partner+"'s notes", t.PartnerNotes, checklist.MaxTextRunes).
			WithPlaceholder("their own impressions of this therapist"))
	}
	title := "Add a therapist"
	if !isNew {
		title = "Edit " + safetext.Line(field.Shown(t.Name))
	}
	f := form.New(c.Styles, title, "", fields...).SetSize(c.Width, c.Height)
	return form.NewScreen(f, func(f form.Form) tea.Msg {
		return SavedMsg{Therapist: therapist(f, t, vias, steps)}
	})
}

// therapist returns t as form f holds it: a field the person did not
// touch keeps what the notebook holds (see form.Value); vias and steps
// are the choices of the found-via and status fields.
func therapist(f form.Form, t store.Therapist, vias []store.FoundVia, steps []store.Outreach) store.Therapist {
	t.Name = f.Value(FieldName)
	t.Credentials = f.Value(FieldCredentials)
	t.Phone = f.Value(FieldPhone)
	t.Email = f.Value(FieldEmail)
	t.Website = f.Value(FieldWebsite)
	t.Location = f.Value(FieldLocation)
	if f.Changed(FieldFoundVia) {
		t.FoundVia = vias[f.Pick(FieldFoundVia)]
	}
	if f.Changed(FieldStatus) {
		t.Status = steps[f.Pick(FieldStatus)]
	}
	t.ContactedOn = f.Value(FieldContacted)
	t.ConsultOn = f.Value(FieldConsult)
	t.Notes = f.Value(FieldNotes)
	if f.Has(FieldPartnerNotes) {
		t.PartnerNotes = f.Value(FieldPartnerNotes)
	}
	return t
}
