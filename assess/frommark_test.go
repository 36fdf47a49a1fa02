package assess

import (
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// TestFromMarkReadsConfirmBack: for every answer and check result, the
// mark Confirm writes reads back to a result that Confirm marks the same.
func TestFromMarkReadsConfirmBack(t *testing.T) {
	cases := 0
	for _, said := range []string{"", "yes", "no", "unsure"} {
		for _, r := range []store.LicenseResult{store.LicenseActive, store.LicenseRestricted, store.LicenseNotFound} {
			th := &store.Therapist{Verification: store.Verification{License: r}}
			if said != "" {
				th.SetAnswer(checklist.QLicense, checklist.Answer{Status: checklist.StatusAnswered, Value: said})
			}
			c, ok := Confirm(th, checklist.QLicense)
			if !ok {
				continue
			}
			got, _, ok := FromMark(checklist.QLicense, said, c.Text)
			if !ok || got != r {
				t.Errorf("license %s said %q: mark %q read back as %q, %v", r, said, c.Text, got, ok)
			}
			cases++
		}
	}
	for _, said := range []string{"", checklist.AASECTCertified, checklist.AASECTMember, checklist.AASECTNo} {
		for _, r := range []store.AASECTResult{store.AASECTCertified, store.AASECTMember, store.AASECTNotFound} {
			th := &store.Therapist{Verification: store.Verification{AASECT: r}}
			if said != "" {
				th.SetAnswer(checklist.QAASECT, checklist.Answer{Status: checklist.StatusAnswered, Value: said})
			}
			c, ok := Confirm(th, checklist.QAASECT)
			if !ok {
				continue
			}
			_, got, ok := FromMark(checklist.QAASECT, said, c.Text)
			if !ok || got != r {
				t.Errorf("AASECT %s said %q: mark %q read back as %q, %v", r, said, c.Text, got, ok)
			}
			cases++
		}
	}
	if cases == 0 {
		t.Fatal("no mark was tried")
	}
	if _, _, ok := FromMark(checklist.QLicense, "yes", "not a mark"); ok {
		t.Error("an unknown mark was read as a result")
	}
}
