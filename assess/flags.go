// Package assess turns a therapist's recorded answers into judgements the
// person can act on: red, amber and green flags taken from the seed
// documents, a 0-100 fit score weighted by the person's own priorities, the
// leader and the priorities that would change it, partner disagreements,
// derived costs, and the best value of each comparison row. It is pure logic
// over checklist and store, with no terminal code, so every rule is
// table-tested on its own.
package assess

import (
	"sort"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// Level is how serious a flag is. Higher is worse, so sorting by Level
// descending puts red first.
type Level int

// The flag levels, from reassuring to serious.
const (
	Green Level = iota
	Amber
	Red
)

// String returns the level's name: "green", "amber" or "red".
func (l Level) String() string {
	switch l {
	case Green:
		return "green"
	case Amber:
		return "amber"
	case Red:
		return "red"
	}
	return "unknown"
}

// Marker returns a one-rune text marker for the level, so a flag stays
// visible when colour is off (NO_COLOR drops colour and bold alike).
func (l Level) Marker() string {
	switch l {
	case Green:
		return "✓"
	case Amber:
		return "!"
	case Red:
		return "✗"
	}
	return "?"
}

// Flag is one judgement on one answer, explained with the fact it rests on
// and the seed document that fact comes from.
type Flag struct {
	Level      Level
	QuestionID string
	// Title is a few words naming what was found.
	Title string
	// Fact is the sentence from the seeds that makes this answer matter.
	Fact string
	// Source names the seed file(s) of Fact, comma separated (see
	// checklist.SeedClinic and friends).
	Source string
}

// flagRule raises a flag when a question holds a given canonical value.
type flagRule struct {
	questionID string
	value      string
	level      Level
	title      string
	fact       string
	source     string
}

// contactFact is shared by the red and amber contact rules; the seeds say it
// in several places, the clinic and overview pages most plainly.
const contactFact = "Sexual or physical contact is never part of sex therapy: therapists have no sexual contact with clients, in the office or anywhere else."

// flagRules are the only rules; a question with no rule, or an answer not
// listed here, raises no flag. Facts are our words for what the seeds say.
var flagRules = []flagRule{
	{
		questionID: checklist.QContact, value: "yes", level: Red,
		title:  "Suggested physical or sexual contact",
		fact:   contactFact,
		source: checklist.SeedClinic + ", " + checklist.SeedOverview,
	},
	{
		questionID: checklist.QContact, value: "unsure", level: Amber,
		title:  "Unclear whether contact was suggested",
		fact:   contactFact + " If anything felt unclear, ask directly or look elsewhere.",
		source: checklist.SeedClinic + ", " + checklist.SeedOverview,
	},
	{
		questionID: checklist.QLicense, value: "no", level: Red,
		title:  "No state license",
		fact:   "Sex therapists are licensed professionals (psychologists, social workers, counsellors, physicians); without a license no board can act on a complaint.",
		source: checklist.SeedHospital,
	},
	{
		questionID: checklist.QLicense, value: "yes", level: Green,
		title:  "Licensed to practise",
		fact:   "Sex therapists are licensed professionals; the license is what a complaint board can act on.",
		source: checklist.SeedHospital,
	},
	{
		questionID: checklist.QAASECT, value: checklist.AASECTMember, level: Amber,
		title:  "AASECT member only, not certified",
		fact:   "AASECT certification shows tested competence in sex therapy; membership alone does not.",
		source: checklist.SeedClinic,
	},
	{
		questionID: checklist.QAASECT, value: checklist.AASECTCertified, level: Green,
		title:  "AASECT-certified sex therapist",
		fact:   "Certified sex therapists have graduate degrees and have shown their competence to AASECT, the credentialing body.",
		source: checklist.SeedClinic,
	},
	{
		questionID: checklist.QConfidentiality, value: "no", level: Amber,
		title:  "Did not explain confidentiality",
		fact:   "Confidentiality is part of a sex therapist's code of ethics; breaking it can cost them their right to practise.",
		source: checklist.SeedHospital,
	},
	{
		questionID: checklist.QPhysician, value: "no", level: Amber,
		title:  "Will not work with a physician",
		fact:   "Sex therapists do not treat physical causes; a physician should rule those out, and a good therapist works alongside one.",
		source: checklist.SeedHospital,
	},
}

// catalogueIndex gives each question's interview position, for stable
// ordering within a level.
var catalogueIndex = func() map[string]int {
	m := make(map[string]int)
	for i, q := range checklist.Catalogue() {
		m[q.ID] = i
	}
	return m
}()

// Flags returns the flags raised by t's answered questions, red first, then
// amber, then green, each level in interview order. Answers are judged in
// their canonical form (checklist.Parse), so a hand-edited "Yes" counts as
// "yes". Unanswered and skipped questions, and answers that do not parse,
// raise nothing: a flag is always about something the person heard.
func Flags(t *store.Therapist) []Flag {
	if t == nil {
		return nil
	}
	var out []Flag
	for _, r := range flagRules {
		// The canonical form, so that "Yes" or " y " raises the flag
		// that "yes" does: the screens show them all as "Yes".
		if v, ok := answered(t, r.questionID); !ok || v != r.value {
			continue
		}
		out = append(out, Flag{
			Level:      r.level,
			QuestionID: r.questionID,
			Title:      r.title,
			Fact:       r.fact,
			Source:     r.source,
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Level != out[j].Level {
			return out[i].Level > out[j].Level
		}
		return catalogueIndex[out[i].QuestionID] < catalogueIndex[out[j].QuestionID]
	})
	return out
}

// HasDealbreaker reports whether any flag is red.
func HasDealbreaker(flags []Flag) bool {
	for _, f := range flags {
		if f.Level == Red {
			return true
		}
	}
	return false
}

// Counts returns how many flags there are of each level, for a roster
// summary such as "✗1 !2 ✓1".
func Counts(flags []Flag) (red, amber, green int) {
	for _, f := range flags {
		switch f.Level {
		case Red:
			red++
		case Amber:
			amber++
		case Green:
			green++
		}
	}
	return red, amber, green
}
