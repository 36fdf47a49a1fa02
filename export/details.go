package export

import (
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// DetailKind says how a detail of a therapist is written in a sheet and
// read back from one.
type DetailKind int

// The kinds of detail.
const (
	// DetailText is text as the person typed it.
	DetailText DetailKind = iota
	// DetailDate is a date, stored "2027-01-12", written in
	// checklist.DateForm (a date cell in the xlsx).
	DetailDate
	// DetailStatus is the outreach step, written in words.
	DetailStatus
	// DetailFoundVia is where the therapist was found, in words.
	DetailFoundVia
	// DetailLicense and DetailAASECT are the results of the person's own
	// credential check, in words.
	DetailLicense
	DetailAASECT
)

// Detail is one row of the spreadsheet exports' "Therapist" group: a
// detail of each therapist that the person entered, with the stored form
// to read and write. vetted import reads the rows back through the same
// table, so the two never disagree on a label.
type Detail struct {
	Label string
	// Aliases are labels the detail had before, which vetted import
	// still reads as this one.
	Aliases []string
	Kind    DetailKind
	// Get returns the stored form ("2027-01-12", "consult_booked").
	Get func(*store.Therapist) string
	// Set writes a stored form.
	Set func(*store.Therapist, string)
}

// DetailGroup is the title of the group that holds the details.
const DetailGroup = "Therapist"

// Details lists the details of a therapist in the order the sheets write
// them.
func Details() []Detail {
	text := func(label string, f func(*store.Therapist) *string) Detail {
		return Detail{Label: label, Kind: DetailText,
			Get: func(t *store.Therapist) string { return *f(t) },
			Set: func(t *store.Therapist, v string) { *f(t) = v }}
	}
	date := func(label string, f func(*store.Therapist) *string) Detail {
		d := text(label, f)
		d.Kind = DetailDate
		return d
	}
	return []Detail{
		text("Credentials", func(t *store.Therapist) *string { return &t.Credentials }),
		text("Phone", func(t *store.Therapist) *string { return &t.Phone }),
		text("Email", func(t *store.Therapist) *string { return &t.Email }),
		text("Website", func(t *store.Therapist) *string { return &t.Website }),
		text("Location", func(t *store.Therapist) *string { return &t.Location }),
		{Label: "Found via", Kind: DetailFoundVia,
			Get: func(t *store.Therapist) string { return string(t.FoundVia) },
			Set: func(t *store.Therapist, v string) { t.FoundVia = store.FoundVia(v) }},
		{Label: "Status", Kind: DetailStatus,
			Get: func(t *store.Therapist) string { return string(t.Status) },
			Set: func(t *store.Therapist, v string) { t.Status = store.Outreach(v) }},
		date("Contacted on", func(t *store.Therapist) *string { return &t.ContactedOn }),
		date("Consultation on", func(t *store.Therapist) *string { return &t.ConsultOn }),
		date("License checked on", func(t *store.Therapist) *string { return &t.Verification.LicenseCheckedOn }),
		text("License number", func(t *store.Therapist) *string { return &t.Verification.LicenseNumber }),
		text("License type", func(t *store.Therapist) *string { return &t.Verification.LicenseType }),
		// The credential check is the person's own record, labelled as
		// its form labels it.
		{Label: "What you found about the license", Aliases: []string{"License look-up"}, Kind: DetailLicense,
			Get: func(t *store.Therapist) string { return string(t.Verification.License) },
			Set: func(t *store.Therapist, v string) { t.Verification.License = store.LicenseResult(v) }},
		withAliases(date("AASECT checked on", func(t *store.Therapist) *string { return &t.Verification.AASECTCheckedOn }), "AASECT directory checked on"),
		{Label: "What you found about AASECT", Aliases: []string{"AASECT directory"}, Kind: DetailAASECT,
			Get: func(t *store.Therapist) string { return string(t.Verification.AASECT) },
			Set: func(t *store.Therapist, v string) { t.Verification.AASECT = store.AASECTResult(v) }},
		text("Credential check notes", func(t *store.Therapist) *string { return &t.Verification.Notes }),
	}
}

// withAliases is d with the labels it had before.
func withAliases(d Detail, aliases ...string) Detail {
	d.Aliases = aliases
	return d
}

// Text is a stored detail in words, as the sheets write it: a date in
// checklist.DateForm, a status, place or result in words; "" for a detail
// not set (a status not set reads "to contact").
func (d Detail) Text(stored string) string {
	switch d.Kind {
	case DetailDate:
		return checklist.DateText(stored)
	case DetailStatus:
		return store.Outreach(stored).Text()
	case DetailFoundVia:
		return store.FoundVia(stored).Text()
	case DetailLicense:
		if stored == "" {
			return ""
		}
		return store.LicenseResult(stored).Text()
	case DetailAASECT:
		if stored == "" {
			return ""
		}
		return store.AASECTResult(stored).Text()
	}
	return stored
}

// Words lists the stored forms a detail of a fixed set of values can
// take, so a reader can match the words Text writes; nil for text and
// dates.
func (d Detail) Words() []string {
	var out []string
	switch d.Kind {
	case DetailStatus:
		for _, o := range store.OutreachSteps() {
			out = append(out, string(o))
		}
	case DetailFoundVia:
		for _, v := range store.FoundVias() {
			out = append(out, string(v))
		}
	case DetailLicense:
		for _, r := range store.LicenseResults[1:] {
			out = append(out, string(r))
		}
	case DetailAASECT:
		for _, r := range store.AASECTResults[1:] {
			out = append(out, string(r))
		}
	}
	return out
}
