package model

import (
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// The credential check editor: what the person confirmed themselves about
// one therapist (store.Verification), opened from the roster with v.

// verifyIntro says what the record is for. It states no fact, and nothing
// about where to look, since no page does: the flags it raises quote
// their seeds.
const verifyIntro = "Your own record of what you looked up yourself, apart from what was said on the call: the license, and AASECT certification or membership."

// Limits of the record's one-line fields.
const (
	verifyNumberLimit = 60
	verifyTypeLimit   = 80
)

// checkDate explains a date the form cannot read, or "" when it is empty
// or readable (the rules of a date answer).
func checkDate(v string) string {
	if strings.TrimSpace(v) == "" {
		return ""
	}
	if _, err := checklist.Parse(dateQuestion, v); err != nil {
		return err.Error()
	}
	return ""
}

// canonicalDate is v as a date answer stores it, or "" when empty.
func canonicalDate(v string) string {
	if strings.TrimSpace(v) == "" {
		return ""
	}
	if c, err := checklist.Parse(dateQuestion, v); err == nil {
		return c
	}
	return v // checked before saving; kept as typed if that ever changes
}

// resultOptions returns the labels of results, with stored added last
// when this build does not know it, and stored's index.
func resultOptions[R ~string](results []R, stored R, text func(R) string) ([]R, []string, int) {
	choices, at := withStored(results, stored, "")
	labels := make([]string, len(choices))
	for i, r := range choices {
		labels[i] = text(r)
	}
	return choices, labels, at
}

// Keys of the credential check's fields.
const (
	verifyLicenseOn = "licenseCheckedOn"
	verifyNumber    = "licenseNumber"
	verifyType      = "licenseType"
	verifyLicense   = "license"
	verifyAASECTOn  = "aasectCheckedOn"
	verifyAASECT    = "aasect"
	verifyNotes     = "notes"
)

// newVerifyForm returns the editor of t's credential check.
func newVerifyForm(c *common, t store.Therapist) formModel {
	name := strings.TrimSpace(safetext.Line(t.Name))
	return newForm(c, formPurpose{therapist: t.ID}, "Credentials checked · "+name, verifyIntro, verifyFields(t.Verification)...)
}

// verifyFields are the fields of the editor of record v.
func verifyFields(v store.Verification) []form.Field {
	_, licLabels, lic := resultOptions(store.LicenseResults, v.License, store.LicenseResult.Text)
	_, aaLabels, aa := resultOptions(store.AASECTResults, v.AASECT, store.AASECTResult.Text)
	return []form.Field{
		form.Line(verifyLicenseOn, "License checked on", checklist.DateText(v.LicenseCheckedOn), dateLimit).
			WithPlaceholder("e.g. 2026-03-14 or 3/14/2026").WithCheck(checkDate),
		form.Line(verifyNumber, "License number", v.LicenseNumber, verifyNumberLimit),
		form.Line(verifyType, "License type", v.LicenseType, verifyTypeLimit),
		form.Pick(verifyLicense, "What you found about the license", licLabels, lic),
		form.Line(verifyAASECTOn, "AASECT checked on", checklist.DateText(v.AASECTCheckedOn), dateLimit).
			WithPlaceholder("e.g. 2026-03-14 or 3/14/2026").WithCheck(checkDate),
		form.Pick(verifyAASECT, "What you found about AASECT", aaLabels, aa),
		form.Area(verifyNotes, "Notes", v.Notes, checklist.MaxTextRunes),
	}
}

// applyVerifyForm returns t's record with the saved form written in, by
// key. Fields left as loaded keep what the notebook holds; an edited date
// is stored in its canonical form.
func applyVerifyForm(t store.Therapist, msg formSavedMsg) store.Verification {
	f := msg.form
	v := t.Verification
	if f.Changed(verifyLicenseOn) {
		v.LicenseCheckedOn = canonicalDate(f.Value(verifyLicenseOn))
	}
	if f.Changed(verifyAASECTOn) {
		v.AASECTCheckedOn = canonicalDate(f.Value(verifyAASECTOn))
	}
	v.LicenseNumber = f.Value(verifyNumber)
	v.LicenseType = f.Value(verifyType)
	v.Notes = f.Value(verifyNotes)
	lic, _ := withStored(store.LicenseResults, t.Verification.License, "")
	aa, _ := withStored(store.AASECTResults, t.Verification.AASECT, "")
	v.License = lic[clamp(f.Pick(verifyLicense), 0, len(lic)-1)]
	v.AASECT = aa[clamp(f.Pick(verifyAASECT), 0, len(aa)-1)]
	return v
}
