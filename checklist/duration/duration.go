// Package duration reads and writes the answer to "how long will therapy
// last?" the way therapists say it on a call ("10-12 sessions", "about four
// months", "8 to 10 weeks"): a small language of its own, which
// checklist.Parse uses for duration questions and assess for course costs.
package duration

// The parser and formatter of duration answers: how long therapy will last,
// said the way therapists say it on a call ("10-12 sessions", "about four
// months", "8 to 10 weeks").

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
)

// The units a duration is said in. The canonical value keeps the unit the
// therapist used: a course said in months is shown in months, not turned
// into a number of sessions the therapist never named.
const (
	UnitSessions = "sessions"
	UnitWeeks    = "weeks"
	UnitMonths   = "months"
	UnitYears    = "years"
)

// durationCaps bounds each unit: beyond these a number is a typing slip
// (two hundred sessions, five years).
var durationCaps = map[string]int64{
	UnitSessions: 200,
	UnitWeeks:    260,
	UnitMonths:   60,
	UnitYears:    5,
}

// durationUnits maps what people type to the canonical unit.
var durationUnits = map[string]string{
	"": UnitSessions, "session": UnitSessions, "sessions": UnitSessions,
	"visit": UnitSessions, "visits": UnitSessions,
	"week": UnitWeeks, "weeks": UnitWeeks, "wk": UnitWeeks, "wks": UnitWeeks,
	"month": UnitMonths, "months": UnitMonths, "mo": UnitMonths, "mos": UnitMonths,
	"year": UnitYears, "years": UnitYears, "yr": UnitYears, "yrs": UnitYears,
}

// aboutWords say the number is an estimate; all are stored as "about".
var aboutWords = map[string]bool{
	"about": true, "around": true, "roughly": true, "approximately": true,
	"approx": true, "approx.": true, "~": true, "maybe": true, "probably": true,
}

// ErrNotALength is Parse's refusal, worded for the person typing.
var ErrNotALength = errors.New("Enter a length like 12 sessions, 10-12 sessions, 8 to 10 weeks or about 4 months.")

// Duration is a parsed duration value: Lo to Hi of Unit (Lo == Hi when one
// number was said), and About when the therapist said it was an estimate.
type Duration struct {
	Lo, Hi int64
	Unit   string
	About  bool
}

// Range reports whether the duration is a range ("10-12 sessions").
func (d Duration) Range() bool { return d.Hi != d.Lo }

// String writes the canonical form: an optional "about ", the number or
// "lo-hi", a space and the unit, singular for exactly one ("1 month",
// "about 10-12 sessions", "8-10 weeks").
func (d Duration) String() string {
	var b strings.Builder
	if d.About {
		b.WriteString("about ")
	}
	b.WriteString(strconv.FormatInt(d.Lo, 10))
	if d.Range() {
		b.WriteString("-" + strconv.FormatInt(d.Hi, 10))
	}
	unit := d.Unit
	if !d.Range() && d.Lo == 1 {
		unit = strings.TrimSuffix(unit, "s") // every unit is a plural in s
	}
	b.WriteString(" " + unit)
	return b.String()
}

// durationPattern: a number, an optional second number after "-", "to" or
// "or", and an optional unit. Number words are turned into digits first.
var durationPattern = regexp.MustCompile(`^(\d{1,4})(?:\s*(?:-|to|or)\s*(\d{1,4}))?\s*([a-z.]*)$`)

// Parse reads a duration as typed, or as stored: its canonical form, or a
// bare number stored by earlier versions of vetted ("12", read as 12
// sessions). It refuses with ErrNotALength.
func Parse(s string) (Duration, error) {
	key := strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, dash := range []string{"–", "—", "‒", "−"} {
		key = strings.ReplaceAll(key, dash, "-")
	}
	var d Duration
	if strings.HasPrefix(key, "~") {
		d.About, key = true, strings.TrimSpace(key[1:])
	}
	if first, rest, ok := strings.Cut(key, " "); ok && aboutWords[first] {
		d.About, key = true, rest
	}
	if rest, ok := strings.CutPrefix(key, "between "); ok {
		key = strings.Replace(rest, " and ", " to ", 1)
	}
	key = numberWordsToDigits(key)
	m := durationPattern.FindStringSubmatch(key)
	if m == nil {
		return Duration{}, ErrNotALength
	}
	unit, ok := durationUnits[m[3]]
	if !ok {
		return Duration{}, ErrNotALength
	}
	d.Unit = unit
	d.Lo, _ = strconv.ParseInt(m[1], 10, 64)
	d.Hi = d.Lo
	if m[2] != "" {
		d.Hi, _ = strconv.ParseInt(m[2], 10, 64)
	}
	if d.Lo < 1 || d.Hi < d.Lo || d.Hi > durationCaps[unit] {
		return Duration{}, ErrNotALength
	}
	return d, nil
}

// Number words, as people say them on a call: "four months", "twenty-four
// sessions", "a year".
var (
	unitWords = map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
		"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]int{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	// compoundWord is a tens word with an optional "-four" or " four".
	compoundWord = regexp.MustCompile(`\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b`)
	singleWord   = regexp.MustCompile(`\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b`)
)

// numberWordsToDigits replaces number words in s (lower case) by digits.
func numberWordsToDigits(s string) string {
	s = compoundWord.ReplaceAllStringFunc(s, func(w string) string {
		m := compoundWord.FindStringSubmatch(w)
		return strconv.Itoa(tensWords[m[1]] + unitWords[m[2]])
	})
	return singleWord.ReplaceAllStringFunc(s, func(w string) string {
		return strconv.Itoa(unitWords[w])
	})
}
