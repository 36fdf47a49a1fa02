package assess

import (
	"slices"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// This file judges the person's own checks of a therapist's credentials
// (store.Verification) beside what the therapist said on the call. The
// check is the person's own record of what they looked up; vetted claims
// nothing about where or how, since no page does. A check that confirms a
// credential turns "said" into "your check found"; a check that did not
// find the license, or that found AASECT membership rather than what was
// said, overrides the call's answer everywhere it counts: the fit score,
// must-haves, the leader, best-in-row and flags (see Checked). The seeds
// only say that a sex therapist is licensed (001) and point to AASECT's
// directory (004) and to the websites of the professions (002); the facts
// below quote them.

// Where to look for a therapist whose credential could not be found, in
// the seeds' words.
const lookElsewhereFact = "Alternatively, check for a licensed and certified sex therapy practitioner on the websites of psychologists, licensed clinical social workers, and psychiatrists. " + aasectDirectoryFact

// certifiedFact is the AASECT rule's fact and aasectDirectoryFact where
// the directory is.
const (
	certifiedFact       = "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy by becoming credentialed by the American Association of Sexuality Educators, Counselors and Therapists (AASECT)."
	aasectDirectoryFact = "The American Association for Sexuality Educators, Counselors, and Therapists (AASECT) website offers a directory for people who would like to connect with a certified professional in their area."
)

// verifyRule is one judgement of a verification record, named by key for
// the seed test.
type verifyRule struct {
	key        string
	questionID string
	level      Level
	title      string
	fact       string
	source     string
}

// The verification rules, by key.
var (
	ruleLicenseConfirmed = verifyRule{
		key: "license.active", questionID: checklist.QLicense, level: Green,
		title: "Your check found the license",
		fact:  licenseFact, source: checklist.SeedHospital,
	}
	ruleLicenseRestricted = verifyRule{
		key: "license.restricted", questionID: checklist.QLicense, level: Amber,
		title: "Your check found the license with limits (see your notes)",
		fact:  licenseFact, source: checklist.SeedHospital,
	}
	ruleLicenseClaimedNotFound = verifyRule{
		key: "license.not_found.claimed", questionID: checklist.QLicense, level: Red,
		title:  "Said they hold a license; your check did not find it",
		fact:   licenseFact + " " + lookElsewhereFact,
		source: checklist.SeedHospital + ", " + checklist.SeedQuestions + ", " + checklist.SeedOverview,
	}
	ruleLicenseNotFound = verifyRule{
		key: "license.not_found", questionID: checklist.QLicense, level: Amber,
		title:  "Your check did not find a license",
		fact:   licenseFact + " " + lookElsewhereFact,
		source: checklist.SeedHospital + ", " + checklist.SeedQuestions + ", " + checklist.SeedOverview,
	}
	ruleCertifiedConfirmed = verifyRule{
		key: "aasect.certified", questionID: checklist.QAASECT, level: Green,
		title:  "Your check found AASECT certification",
		fact:   certifiedFact + " " + aasectDirectoryFact,
		source: checklist.SeedClinic + ", " + checklist.SeedOverview,
	}
	ruleCertifiedNotListed = verifyRule{
		key: "aasect.claimed_not_listed", questionID: checklist.QAASECT, level: Amber,
		title:  "Said they are AASECT-certified; your check did not find it",
		fact:   certifiedFact + " " + aasectDirectoryFact,
		source: checklist.SeedClinic + ", " + checklist.SeedOverview,
	}
)

// verifyRules lists every verification rule, for RuleTexts.
var verifyRules = []verifyRule{
	ruleLicenseConfirmed, ruleLicenseRestricted, ruleLicenseClaimedNotFound,
	ruleLicenseNotFound, ruleCertifiedConfirmed, ruleCertifiedNotListed,
}

func (r verifyRule) flag() Flag {
	return Flag{Level: r.level, QuestionID: r.questionID, Title: r.title, Fact: r.fact, Source: r.source}
}

// withVerification adjusts the flags raised by t's answers for t's
// verification record: a confirmed credential replaces the flag of the
// claim with its confirmed form, a check that contradicts the claim
// replaces the claim's green flag with its own. Answers alone are judged
// as before when nothing was checked.
func withVerification(t *store.Therapist, flags []Flag) []Flag {
	v := t.Verification
	if v.IsZero() {
		return flags
	}
	license, _ := answered(t, checklist.QLicense)
	aasect, _ := answered(t, checklist.QAASECT)
	drop := func(questionID string, level Level) {
		flags = slices.DeleteFunc(flags, func(f Flag) bool { return f.QuestionID == questionID && f.Level == level })
	}
	switch v.License {
	case store.LicenseActive:
		drop(checklist.QLicense, Green)
		if license != "no" { // a "no" on the call stays a red flag, to be asked about
			flags = append(flags, ruleLicenseConfirmed.flag())
		}
	case store.LicenseRestricted:
		drop(checklist.QLicense, Green)
		flags = append(flags, ruleLicenseRestricted.flag())
	case store.LicenseNotFound:
		drop(checklist.QLicense, Green)
		switch license {
		case "yes":
			flags = append(flags, ruleLicenseClaimedNotFound.flag())
		case "no": // already red: "No state license"
		default:
			flags = append(flags, ruleLicenseNotFound.flag())
		}
	}
	switch {
	case v.AASECT == store.AASECTCertified:
		drop(checklist.QAASECT, Green)
		flags = append(flags, ruleCertifiedConfirmed.flag())
	case aasect == checklist.AASECTCertified && (v.AASECT == store.AASECTMember || v.AASECT == store.AASECTNotFound):
		drop(checklist.QAASECT, Green)
		flags = append(flags, ruleCertifiedNotListed.flag())
	}
	return flags
}

// Confirmation is what the person's own check says beside a credential
// question's answer in the comparison, such as "✓ confirmed".
type Confirmation struct {
	// Text is the mark with its words, "✓ confirmed", "! restricted",
	// "✗ not found"; it never relies on colour.
	Text  string
	Level Level
}

// The marks Confirm gives, as every surface writes them beside the answer.
const (
	markConfirmed            = "✓ confirmed"
	markRestricted           = "! with limits"
	markNotFoundRed          = "✗ not found"
	markNotFound             = "! not found"
	markCertifiedInDirectory = "✓ your check: certified"
	markDirectoryMember      = "! your check: member"
	markMemberInDirectory    = "your check: member"
	markNotInDirectoryAmber  = "! your check: not found"
	markNotInDirectory       = "your check: not found"
)

// legacyMarks are the marks earlier versions wrote, which spoke of a state
// board and a directory no page describes, read as the marks that replace
// them so that an older export still imports.
var legacyMarks = map[string]string{
	"! restricted":             markRestricted,
	"✓ certified in directory": markCertifiedInDirectory,
	"! directory: member":      markDirectoryMember,
	"member in directory":      markMemberInDirectory,
	"! not in directory":       markNotInDirectoryAmber,
	"not in directory":         markNotInDirectory,
}

// ConfirmationMarks lists every mark Confirm can give, and the marks
// earlier versions gave, so that a reader of an export (vetted import) can
// tell the mark from the answer beside it.
func ConfirmationMarks() []string {
	out := []string{markConfirmed, markRestricted, markNotFoundRed, markNotFound, markCertifiedInDirectory,
		markDirectoryMember, markMemberInDirectory, markNotInDirectoryAmber, markNotInDirectory}
	for old := range legacyMarks {
		out = append(out, old)
	}
	slices.Sort(out[9:]) // map order is random; the list is not
	return out
}

// Confirm returns the mark of t's verification record for question id
// (the license or the AASECT question), and false when the record says
// nothing about it. "Said yes on the call" is the answer; the mark adds
// what was confirmed.
func Confirm(t *store.Therapist, id string) (Confirmation, bool) {
	if t == nil {
		return Confirmation{}, false
	}
	v := t.Verification
	switch id {
	case checklist.QLicense:
		switch v.License {
		case store.LicenseActive:
			return Confirmation{markConfirmed, Green}, true
		case store.LicenseRestricted:
			return Confirmation{markRestricted, Amber}, true
		case store.LicenseNotFound:
			if claimed, _ := answered(t, checklist.QLicense); claimed == "yes" {
				return Confirmation{markNotFoundRed, Red}, true
			}
			return Confirmation{markNotFound, Amber}, true
		}
	case checklist.QAASECT:
		said, _ := answered(t, checklist.QAASECT)
		switch v.AASECT {
		case store.AASECTCertified:
			if said == checklist.AASECTCertified {
				return Confirmation{markConfirmed, Green}, true
			}
			return Confirmation{markCertifiedInDirectory, Green}, true
		case store.AASECTMember:
			if said == checklist.AASECTMember {
				return Confirmation{markConfirmed, Green}, true
			}
			if said == checklist.AASECTCertified {
				return Confirmation{markDirectoryMember, Amber}, true
			}
			return Confirmation{markMemberInDirectory, Green}, true
		case store.AASECTNotFound:
			if said == checklist.AASECTCertified || said == checklist.AASECTMember {
				return Confirmation{markNotInDirectoryAmber, Amber}, true
			}
			return Confirmation{markNotInDirectory, Green}, true
		}
	}
	return Confirmation{}, false
}

// FromMark is Confirm read backwards, for reading an export back: the
// result of the credential check that Confirm marks as mark beside the
// answer said (canonical) to question id. ok is false for a mark that is
// not Confirm's for that answer. It asks Confirm itself, so the two cannot
// drift apart.
func FromMark(id, said, mark string) (license store.LicenseResult, aasect store.AASECTResult, ok bool) {
	if m, old := legacyMarks[mark]; old {
		mark = m
	}
	t := &store.Therapist{}
	if said != "" {
		t.SetAnswer(id, checklist.Answer{Status: checklist.StatusAnswered, Value: said})
	}
	switch id {
	case checklist.QLicense:
		for _, r := range []store.LicenseResult{store.LicenseActive, store.LicenseRestricted, store.LicenseNotFound} {
			t.Verification = store.Verification{License: r}
			if c, found := Confirm(t, id); found && c.Text == mark {
				return r, "", true
			}
		}
	case checklist.QAASECT:
		for _, r := range []store.AASECTResult{store.AASECTCertified, store.AASECTMember, store.AASECTNotFound} {
			t.Verification = store.Verification{AASECT: r}
			if c, found := Confirm(t, id); found && c.Text == mark {
				return "", r, true
			}
		}
	}
	return "", "", false
}

// Checked returns the answer to question id that counts for t in the fit
// score, must-haves, the leader and best-in-row: the call's canonical
// answer, unless the person's own check overrides it. A license the check
// did not find counts as "no" whatever the call said; one it found counts
// as "yes" unless the call said "no" (kept, to be asked about). An AASECT
// check that found certification or membership counts as that choice.
// why says, when the check changed or supplied the answer, what the call
// said and what the check found ("said yes; your check did not find it"),
// and is "" otherwise; ok is false when neither gives an answer.
func Checked(t *store.Therapist, id string) (value, why string, ok bool) {
	said, heard := answered(t, id)
	if t == nil {
		return "", "", false
	}
	saidWords := "not asked on the call"
	if heard {
		q, _ := checklist.ByID(id)
		saidWords = "said " + valueText(q, said)
	}
	override := func(v, found string) (string, string, bool) {
		if heard && v == said {
			return said, "", true
		}
		return v, saidWords + "; your check " + found, true
	}
	v := t.Verification
	switch id {
	case checklist.QLicense:
		switch {
		case v.License == store.LicenseNotFound:
			return override(checklist.No, "did not find it")
		case (v.License == store.LicenseActive || v.License == store.LicenseRestricted) && said != checklist.No:
			return override(checklist.Yes, "found it")
		}
	case checklist.QAASECT:
		switch v.AASECT {
		case store.AASECTCertified:
			return override(checklist.AASECTCertified, "found certification")
		case store.AASECTMember:
			return override(checklist.AASECTMember, "found membership")
		}
	}
	return said, "", heard
}
