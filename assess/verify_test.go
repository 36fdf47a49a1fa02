package assess

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// flagTitles renders flags as "level:title" for comparison.
func flagTitles(fs []Flag) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Level.String()+":"+f.Title)
	}
	return strings.Join(out, " | ")
}

func TestVerificationFlags(t *testing.T) {
	L, A := checklist.QLicense, checklist.QAASECT
	for _, tc := range []struct {
		name    string
		answers []string
		v       store.Verification
		want    string
		red     bool
	}{
		{"claimed, nothing checked", []string{L, "yes"}, store.Verification{},
			"green:Said they hold a state license", false},
		{"claimed and confirmed", []string{L, "yes"}, store.Verification{License: store.LicenseActive},
			"green:Your check found the license", false},
		{"not asked, confirmed", nil, store.Verification{License: store.LicenseActive},
			"green:Your check found the license", false},
		{"said no, check found it: the red flag stays to ask about", []string{L, "no"}, store.Verification{License: store.LicenseActive},
			"red:Said they hold no state license", true},
		{"claimed, not found", []string{L, "yes"}, store.Verification{License: store.LicenseNotFound},
			"red:Said they hold a license; your check did not find it", true},
		{"unsure, not found", []string{L, "unsure"}, store.Verification{License: store.LicenseNotFound},
			"amber:Your check did not find a license", false},
		{"said no, not found: one red flag, not two", []string{L, "no"}, store.Verification{License: store.LicenseNotFound},
			"red:Said they hold no state license", true},
		{"claimed, restricted", []string{L, "yes"}, store.Verification{License: store.LicenseRestricted},
			"amber:Your check found the license with limits (see your notes)", false},
		{"certified and confirmed", []string{A, checklist.AASECTCertified}, store.Verification{AASECT: store.AASECTCertified},
			"green:Your check found AASECT certification", false},
		{"said certified, check found member", []string{A, checklist.AASECTCertified}, store.Verification{AASECT: store.AASECTMember},
			"amber:Said they are AASECT-certified; your check did not find it", false},
		{"said certified, check did not find them", []string{A, checklist.AASECTCertified}, store.Verification{AASECT: store.AASECTNotFound},
			"amber:Said they are AASECT-certified; your check did not find it", false},
		{"member confirmed: membership is not flagged", []string{A, checklist.AASECTMember}, store.Verification{AASECT: store.AASECTMember},
			"", false},
		{"a result from a newer vetted raises nothing", []string{L, "yes"}, store.Verification{License: "lapsed"},
			"green:Said they hold a state license", false},
	} {
		th := therapist("a", tc.answers...)
		th.Verification = tc.v
		fs := Flags(&th)
		if got := flagTitles(fs); got != tc.want {
			t.Errorf("%s: flags %q, want %q", tc.name, got, tc.want)
		}
		if HasDealbreaker(fs) != tc.red {
			t.Errorf("%s: dealbreaker %v", tc.name, !tc.red)
		}
		for _, f := range fs {
			if f.Fact == "" || f.Source == "" {
				t.Errorf("%s: flag %q has no fact or source", tc.name, f.Title)
			}
		}
	}
}

// The claimed-but-not-found flag gives the seeds' advice and names every
// seed it quotes.
func TestClaimedLicenseNotFoundAdvice(t *testing.T) {
	th := therapist("a", checklist.QLicense, "yes")
	th.Verification.License = store.LicenseNotFound
	f := Flags(&th)[0]
	for _, want := range []string{"A sex therapist is a licensed professional", "(AASECT) website offers a directory", "licensed clinical social workers"} {
		if !strings.Contains(f.Fact, want) {
			t.Errorf("fact lacks %q: %s", want, f.Fact)
		}
	}
	for _, seed := range []string{checklist.SeedHospital, checklist.SeedQuestions, checklist.SeedOverview} {
		if !strings.Contains(f.Source, seed) {
			t.Errorf("source %q does not name %s", f.Source, seed)
		}
	}
}

func TestConfirm(t *testing.T) {
	L, A := checklist.QLicense, checklist.QAASECT
	for _, tc := range []struct {
		answers []string
		v       store.Verification
		id      string
		want    string
		level   Level
	}{
		{[]string{L, "yes"}, store.Verification{License: store.LicenseActive}, L, "✓ confirmed", Green},
		{[]string{L, "yes"}, store.Verification{License: store.LicenseRestricted}, L, "! with limits", Amber},
		{[]string{L, "yes"}, store.Verification{License: store.LicenseNotFound}, L, "✗ not found", Red},
		{nil, store.Verification{License: store.LicenseNotFound}, L, "! not found", Amber},
		{[]string{A, checklist.AASECTCertified}, store.Verification{AASECT: store.AASECTCertified}, A, "✓ confirmed", Green},
		{[]string{A, checklist.AASECTNo}, store.Verification{AASECT: store.AASECTCertified}, A, "✓ your check: certified", Green},
		{[]string{A, checklist.AASECTCertified}, store.Verification{AASECT: store.AASECTMember}, A, "! your check: member", Amber},
		{[]string{A, checklist.AASECTMember}, store.Verification{AASECT: store.AASECTNotFound}, A, "! your check: not found", Amber},
	} {
		th := therapist("a", tc.answers...)
		th.Verification = tc.v
		c, ok := Confirm(&th, tc.id)
		if !ok || c.Text != tc.want || c.Level != tc.level {
			t.Errorf("%v %+v: got %+v %v, want %q %v", tc.answers, tc.v, c, ok, tc.want, tc.level)
		}
	}
	th := therapist("a", L, "yes")
	if _, ok := Confirm(&th, L); ok {
		t.Error("nothing checked must give no mark")
	}
	th.Verification.License = store.LicenseActive
	if _, ok := Confirm(&th, checklist.QFee); ok {
		t.Error("a question other than the credentials must give no mark")
	}
}
