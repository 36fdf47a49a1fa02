package model

import (
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// The credential check editor: what the person confirmed themselves about
// one therapist (store.Verification), opened from the roster with v.

// verifyIntro says what the record is for. It states no fact: the flags
// it raises name their seeds.
const verifyIntro = "What you confirmed yourself, apart from what was said on the call: the license on the state board's look-up, the credential in AASECT's directory."

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

// newVerifyForm returns the editor of t's credential check.
func newVerifyForm(c *common, t store.Therapist) formModel {
	v := t.Verification
	_, licLabels, lic := resultOptions(store.LicenseResults, v.License, store.LicenseResult.Text)
	_, aaLabels, aa := resultOptions(store.AASECTResults, v.AASECT, store.AASECTResult.Text)
	fields := []formField{
		lineField("License checked on (state board's look-up)", checklist.DateText(v.LicenseCheckedOn), 30, checkDate),
		lineField("License number", v.LicenseNumber, verifyNumberLimit, nil),
		lineField("License type", v.LicenseType, verifyTypeLimit, nil),
		pickField("License look-up result", licLabels, lic),
		lineField("AASECT directory checked on", checklist.DateText(v.AASECTCheckedOn), 30, checkDate),
		pickField("AASECT directory result", aaLabels, aa),
		areaField("Notes", v.Notes, checklist.MaxTextRunes),
	}
	name := strings.TrimSpace(safetext.Line(t.Name))
	return newForm(c, formPurpose{therapist: t.ID}, "Credentials checked · "+name, verifyIntro, fields)
}

// applyVerifyForm returns t's record with the saved form written in.
// Fields left as loaded keep what the notebook holds.
func applyVerifyForm(t store.Therapist, msg formSavedMsg) store.Verification {
	v := t.Verification
	if len(msg.texts) < 7 || len(msg.picks) < 2 {
		return v
	}
	set := func(i int, dst *string, conv func(string) string) {
		if msg.changed[i] {
			*dst = conv(strings.TrimSpace(msg.texts[i]))
		}
	}
	same := func(s string) string { return s }
	set(0, &v.LicenseCheckedOn, canonicalDate)
	set(1, &v.LicenseNumber, same)
	set(2, &v.LicenseType, same)
	set(4, &v.AASECTCheckedOn, canonicalDate)
	if msg.changed[6] {
		v.Notes = msg.texts[6]
	}
	lic, _ := withStored(store.LicenseResults, t.Verification.License, "")
	aa, _ := withStored(store.AASECTResults, t.Verification.AASECT, "")
	v.License = lic[clamp(msg.picks[0], 0, len(lic)-1)]
	v.AASECT = aa[clamp(msg.picks[1], 0, len(aa)-1)]
	return v
}
