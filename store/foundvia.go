package store

import "github.com/vetted-tui/vetted/safetext"

// foundViaLabels are the places a therapist was found, in words.
var foundViaLabels = map[FoundVia]string{
	FoundAASECT:   "AASECT directory",
	FoundReferral: "referral",
	FoundInsurer:  "insurer list",
	FoundOther:    "other",
}

// FoundVias returns the places a therapist can be found, in the order the
// details form offers them.
func FoundVias() []FoundVia {
	return []FoundVia{FoundAASECT, FoundReferral, FoundInsurer, FoundOther}
}

// Text is where the therapist was found, in words ("AASECT directory"),
// "" when not set, or for a place this build does not know the stored
// word, made safe.
func (v FoundVia) Text() string {
	if l, ok := foundViaLabels[v]; ok {
		return l
	}
	return safetext.Line(string(v))
}
