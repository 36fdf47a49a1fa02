package store

import "github.com/vetted-tui/vetted/safetext"

// LicenseResult is what the person's own look-up of the license found.
type LicenseResult string

// The license look-up results.
const (
	LicenseActive     LicenseResult = "active"
	LicenseRestricted LicenseResult = "restricted"
	LicenseNotFound   LicenseResult = "not_found"
)

// AASECTResult is what the person's own look-up of AASECT found.
type AASECTResult string

// The AASECT directory results.
const (
	AASECTCertified AASECTResult = "certified"
	AASECTMember    AASECTResult = "member"
	AASECTNotFound  AASECTResult = "not_found"
)

// Verification is what the person confirmed about a therapist's
// credentials themselves, apart from what the therapist said on the call:
// their own record of the license and of AASECT certification or
// membership (vetted says nothing of where to look: no source page does). Every field is optional; the zero value means nothing was
// checked and is left out of the file. A result this build does not know
// (from a newer vetted) is kept and raises no flag.
type Verification struct {
	// LicenseCheckedOn is the day of the look-up, "2006-01-02", or empty.
	LicenseCheckedOn string        `json:"license_checked_on,omitempty"`
	LicenseNumber    string        `json:"license_number,omitempty"`
	LicenseType      string        `json:"license_type,omitempty"`
	License          LicenseResult `json:"license,omitempty"`
	// AASECTCheckedOn is the day the directory was checked, or empty.
	AASECTCheckedOn string       `json:"aasect_checked_on,omitempty"`
	AASECT          AASECTResult `json:"aasect,omitempty"`
	// Notes are the person's own words on what they found.
	Notes string `json:"notes,omitempty"`
}

// IsZero reports whether nothing was recorded.
func (v Verification) IsZero() bool { return v == Verification{} }

// licenseLabels and aasectLabels are the results in words.
var (
	licenseLabels = map[LicenseResult]string{
		"": "not checked", LicenseActive: "active", LicenseRestricted: "found, with limits", LicenseNotFound: "not found",
	}
	aasectLabels = map[AASECTResult]string{
		"": "not checked", AASECTCertified: "certified", AASECTMember: "member", AASECTNotFound: "not found",
	}
)

// LicenseResults and AASECTResults are the results in the order an editor
// offers them, "" (not checked) first.
var (
	LicenseResults = []LicenseResult{"", LicenseActive, LicenseRestricted, LicenseNotFound}
	AASECTResults  = []AASECTResult{"", AASECTCertified, AASECTMember, AASECTNotFound}
)

// Text is the result in words, or for one this build does not know the
// stored word, made safe.
func (r LicenseResult) Text() string { return resultText(licenseLabels, r) }

// Text is the result in words, or for one this build does not know the
// stored word, made safe.
func (r AASECTResult) Text() string { return resultText(aasectLabels, r) }

func resultText[R ~string](labels map[R]string, r R) string {
	if l, ok := labels[r]; ok {
		return l
	}
	return safetext.Line(string(r))
}
