// Package verify is the credential check: the form of what the person
// confirmed themselves about one therapist (store.Verification), opened
// from the roster with v. It changes nothing itself: saving sends a
// SavedMsg, which the root applies to the notebook (screen.Edit).
package verify

import (
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// intro says what the record is for. It states no fact, and nothing
// about where to look, since no page does: the flags it raises quote
// their seeds.
const intro = "Your own record of what you looked up yourself, apart from what was said on the call: the license, and AASECT certification or membership."

// Limits of the record's one-line fields.
const (
	numberLimit = 60
	typeLimit   = 80
)

// Keys of the form's fields.
const (
	keyLicenseOn = "licenseCheckedOn"
	keyNumber    = "licenseNumber"
	keyType      = "licenseType"
	keyLicense   = "license"
	keyAASECTOn  = "aasectCheckedOn"
	keyAASECT    = "aasect"
	keyNotes     = "notes"
)

// New returns the credential check of t.
func New(c *screen.Common, t store.Therapist) form.Screen {
	name := strings.TrimSpace(safetext.Line(t.Name))
	f := form.New(c.Styles, "Credentials checked · "+name, intro, fields(t.Verification)...).SetSize(c.Width, c.Height)
	return form.NewScreen(f, func(f form.Form) tea.Msg {
		return SavedMsg{TherapistID: t.ID, Verification: record(t.Verification, f)}
	})
}

// fields are the fields of the form of record v.
func fields(v store.Verification) []form.Field {
	_, licLabels, lic := form.Options(store.LicenseResults, v.License, "", store.LicenseResult.Text)
	_, aaLabels, aa := form.Options(store.AASECTResults, v.AASECT, "", store.AASECTResult.Text)
	return []form.Field{
		form.Date(keyLicenseOn, "License checked on", v.LicenseCheckedOn).WithPlaceholder("e.g. 2026-03-14 or 3/14/2026"),
		form.Line(keyNumber, "License number", v.LicenseNumber, numberLimit),
		form.Line(keyType, "License type", v.LicenseType, typeLimit),
		form.Pick(keyLicense, "What you found about the license", licLabels, lic),
		form.Date(keyAASECTOn, "AASECT checked on", v.AASECTCheckedOn).WithPlaceholder("e.g. 2026-03-14 or 3/14/2026"),
		form.Pick(keyAASECT, "What you found about AASECT", aaLabels, aa),
		form.Area(keyNotes, "Notes", v.Notes, checklist.MaxTextRunes),
	}
}

// record returns v with the saved form f written in, by key. Fields left
// as loaded keep what the notebook holds; an edited date is stored in its
// canonical form.
func record(v store.Verification, f form.Form) store.Verification {
	lic, _, _ := form.Options(store.LicenseResults, v.License, "", store.LicenseResult.Text)
	aa, _, _ := form.Options(store.AASECTResults, v.AASECT, "", store.AASECTResult.Text)
	v.LicenseCheckedOn = f.Value(keyLicenseOn)
	v.AASECTCheckedOn = f.Value(keyAASECTOn)
	v.LicenseNumber = f.Value(keyNumber)
	v.LicenseType = f.Value(keyType)
	v.Notes = f.Value(keyNotes)
	v.License = lic[f.Pick(keyLicense)]
	v.AASECT = aa[f.Pick(keyAASECT)]
	return v
}

// SavedMsg is a saved credential check: the record of the therapist with
// ID TherapistID, as the form left it.
type SavedMsg struct {
	TherapistID  string
	Verification store.Verification
}

// Apply implements screen.Edit: the record goes into the therapist's,
// changed at now; ok is false when the therapist is gone.
func (m SavedMsg) Apply(nb *store.Notebook, now time.Time) (news string, ok bool) {
	i, ok := nb.Find(m.TherapistID)
	if !ok {
		return "", false
	}
	t := &nb.Therapists[i]
	t.Verification = m.Verification
	t.Updated = now
	return "✓ Recorded the credential check of " + safetext.Line(field.Shown(t.Name)), true
}
