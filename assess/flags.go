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

// licenseFact is shared by the red and green license rules.
const licenseFact = "A sex therapist is a licensed professional who can help with the mental or emotional aspects of sex-related issues."

// flagRules are the only rules; a question with no rule, or an answer not
// listed here, raises no flag. Facts quote the seeds word for word and name
// every seed they quote (the fact table, package factcheck, holds each
// whole). A title says what was heard: "Said they hold a state license",
// not "Licensed", until the person's own check confirms it (verify.go).
//
// What is deliberately not flagged, so that flags stay consistent with
// each other and with the seeds: AASECT membership without certification
// and "neither" alike (the seeds say certified therapists can demonstrate
// their competence, and that a clinician with extensive training is a
// choice too, not that anyone else is a warning sign); "no" to working with
// a physician (seeing a sex therapist alone may be adequate); paying up
// front (the seeds only suggest asking); not speaking of confidentiality
// (001 says only that sex therapists prioritize it).
var flagRules = []flagRule{
	{
		questionID: checklist.QContact, value: "yes", level: Red,
		title:  "Suggested physical or sexual contact",
		fact:   checklist.ContactFact,
		source: checklist.ContactSources,
	},
	{
		questionID: checklist.QContact, value: "unsure", level: Amber,
		title:  "Unclear whether contact was suggested",
		fact:   checklist.ContactFact,
		source: checklist.ContactSources,
	},
	{
		questionID: checklist.QLicense, value: "no", level: Red,
		title:  "Said they hold no state license",
		fact:   licenseFact,
		source: checklist.SeedHospital,
	},
	{
		questionID: checklist.QLicense, value: "yes", level: Green,
		title:  "Said they hold a state license",
		fact:   licenseFact,
		source: checklist.SeedHospital,
	},
	{
		questionID: checklist.QAASECT, value: checklist.AASECTCertified, level: Green,
		title:  "Said they are AASECT-certified",
		fact:   certifiedFact,
		source: checklist.SeedClinic,
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
// raise nothing: a flag is always about something the person heard, or
// what their own check of a credential found (see verify.go).
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
	out = withVerification(t, out)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Level != out[j].Level {
			return out[i].Level > out[j].Level
		}
		return catalogueIndex[out[i].QuestionID] < catalogueIndex[out[j].QuestionID]
	})
	return out
}

// RuledOut reports whether flags rule a therapist out whatever the score:
// a red flag on a question the person holds as a must-have under imp. The
// questions that can raise a red flag start as must-haves
// (checklist.Question.StartsMust), so by default every red flag rules out;
// that is vetted's rule, shown as the person's setting, which they can
// lower in their priorities.
func RuledOut(flags []Flag, imp map[string]checklist.Importance) bool {
	return ruledOut(flags, imp, nil)
}

// ruledOut is RuledOut with question trial.id at trial.to, when trial is
// not nil (a close call's move), without copying imp.
func ruledOut(flags []Flag, imp map[string]checklist.Importance, trial *move) bool {
	for _, f := range flags {
		if f.Level != Red {
			continue
		}
		level := importanceOf(imp, f.QuestionID)
		if trial != nil && trial.id == f.QuestionID {
			level = trial.to
		}
		if level == checklist.MustHave {
			return true
		}
	}
	return false
}

// HasDealbreaker reports whether any flag is red, whatever the person's
// priorities (see RuledOut for what rules a therapist out).
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

// RuleText is the fixed text of one flag rule, as the fact table (package
// factcheck) holds it: Key names the rule ("answer:safety.contact=yes",
// "check:license.not_found.claimed"), Flag is the flag it raises.
type RuleText struct {
	Key  string
	Flag Flag
}

// RuleTexts lists every flag any rule can raise, answer rules first, so
// that the fact table can hold each title and fact whole.
func RuleTexts() []RuleText {
	var out []RuleText
	for _, r := range flagRules {
		out = append(out, RuleText{"answer:" + r.questionID + "=" + r.value,
			Flag{Level: r.level, QuestionID: r.questionID, Title: r.title, Fact: r.fact, Source: r.source}})
	}
	for _, r := range verifyRules {
		out = append(out, RuleText{"check:" + r.key, r.flag()})
	}
	return out
}
