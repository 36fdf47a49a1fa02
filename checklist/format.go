package checklist

import (
	"fmt"
	"strconv"
	"strings"
)

// Thousands writes n with commas between groups of three digits, "4,000".
func Thousands(n int64) string {
	if n < 0 {
		return "-" + Thousands(-n)
	}
	digits := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return b.String()
}

// FormatCents writes an amount in dollars, "$1,200.50". With dropWhole a
// whole amount leaves out its cents, "$185". Any amount is written, also
// past what one session may cost (a course of therapy can be).
func FormatCents(cents int64, dropWhole bool) string {
	if cents < 0 {
		return "-" + FormatCents(-cents, dropWhole)
	}
	s := "$" + Thousands(cents/100)
	if !dropWhole || cents%100 != 0 {
		s += fmt.Sprintf(".%02d", cents%100)
	}
	return s
}

// FormatDollars rounds an amount to whole dollars, "$2,220": an estimate
// shown to the cent would claim a precision it does not have.
func FormatDollars(cents int64) string {
	if cents < 0 {
		return "-" + FormatDollars(-cents)
	}
	return "$" + Thousands((cents+50)/100)
}

// sourceTitles says in words which document each seed is; the bare file
// name means nothing to the person reading it.
var sourceTitles = map[string]string{
	SeedClinic:    "a clinic's overview of sex therapy",
	SeedHospital:  "a hospital's page on sex therapists",
	SeedQuestions: "a guide to the questions to ask",
	SeedPractice:  "a practice's page on techniques",
	SeedOverview:  "an overview of sex therapy",
}

// SourceLabel names a seed document for people: its title with the file
// name after it, "a hospital's page on sex therapists
// (001_86dc346a65778784.txt)". A source may list several files separated
// by commas; an unknown name is returned as it is.
func SourceLabel(source string) string {
	parts := SourceFiles(source)
	for i, p := range parts {
		if t, ok := sourceTitles[p]; ok {
			parts[i] = t + " (" + p + ")"
		} else {
			parts[i] = p
		}
	}
	return strings.Join(parts, "; ")
}

// Label is an importance as the person reads it: "nice to have".
func (i Importance) Label() string {
	switch i {
	case Ignore:
		return "ignore"
	case Important:
		return "important"
	case MustHave:
		return "must-have"
	}
	return "nice to have"
}

// ImportanceIn is the importance of question id in m, the notebook's
// priorities: the step stored there, or the default (DefaultImportance)
// for a missing or unknown entry, so every reader sees the same step.
func ImportanceIn(m map[string]Importance, id string) Importance {
	switch i := m[id]; i {
	case Ignore, Nice, Important, MustHave:
		return i
	}
	return DefaultImportance(id)
}

// ParseImportance reads an importance as Label writes it ("must-have",
// "nice to have") or as the notebook stores it ("must", "nice"), in any
// case.
func ParseImportance(s string) (Importance, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, i := range []Importance{Ignore, Nice, Important, MustHave} {
		if s == string(i) || s == i.Label() {
			return i, true
		}
	}
	return "", false
}

// Words names the importance as a sentence reads it: "ignored", "nice to
// have", "important", "a must-have".
func (i Importance) Words() string {
	switch i {
	case Ignore:
		return "ignored"
	case Important:
		return "important"
	case MustHave:
		return "a must-have"
	}
	return "nice to have"
}

// SourceFiles splits a Source, which may name several seed files separated
// by commas, into the file names, trimmed and without empty entries.
func SourceFiles(source string) []string { return commaList(source) }

// AnswerShape describes in a few words what answer a question takes, with
// its unit and range: "yes / no / unsure", "minutes, 10 to 240",
// "a whole number of years, 0 to 70".
func AnswerShape(q Question) string {
	switch q.Kind {
	case KindYesNo:
		return "yes / no / unsure"
	case KindChoice:
		return "one of the options"
	case KindMulti:
		return "any of the options"
	case KindMoney:
		return "an amount in dollars"
	case KindMinutes:
		return fmt.Sprintf("minutes, %d to %d", q.Min, q.Max)
	case KindCount:
		if q.Unit != "" {
			return fmt.Sprintf("a whole number of %s, %d to %d", q.Unit, q.Min, q.Max)
		}
		return fmt.Sprintf("a whole number, %d to %d", q.Min, q.Max)
	case KindRating:
		return fmt.Sprintf("a rating, %d to %d", q.Min, q.Max)
	case KindDate:
		return "a date"
	case KindDuration:
		return "sessions, weeks or months, or a range (10-12 sessions)"
	case KindText:
		return "free text"
	}
	return string(q.Kind)
}
