package assess

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/checklist/duration"
	"github.com/vetted-tui/vetted/store"
)

// Cost is a derived amount with the assumption it rests on, so the person
// can see how it was reached and judge it. Every multiplier the Assumption
// prints is the one the amount was computed with, so the arithmetic on
// screen adds up.
type Cost struct {
	Cents int64
	// Assumption says what was multiplied, such as "$185 × 4.3 sessions a
	// month (weekly), before insurance".
	Assumption string
}

// A rate is how many sessions a frequency gives per unit of time, in
// hundredths of a session: rounded once, to what the assumption prints.
// A year has 52 weeks, so weekly is 4.3 sessions a month, not 4.
type rate struct {
	perWeek, perMonth, perYear int64 // hundredths of a session
	words                      string
}

// rates maps frequency choice IDs to their rates; "other" has none.
var rates = map[string]rate{
	checklist.FreqWeekly:   {perWeek: 100, perMonth: 430, perYear: 5200, words: "weekly"},
	checklist.FreqBiweekly: {perWeek: 50, perMonth: 220, perYear: 2600, words: "every two weeks"},
	checklist.FreqMonthly:  {perWeek: 23, perMonth: 100, perYear: 1200, words: "monthly"},
}

// per returns the rate for a duration unit and its words, "a month".
func (r rate) per(unit string) (int64, string) {
	switch unit {
	case duration.UnitWeeks:
		return r.perWeek, "a week"
	case duration.UnitYears:
		return r.perYear, "a year"
	}
	return r.perMonth, "a month"
}

// answered returns the canonical value of t's answer to catalogue question
// id (see canon), and whether there is a readable one.
func answered(t *store.Therapist, id string) (string, bool) {
	if t == nil {
		return "", false
	}
	q, ok := checklist.ByID(id)
	if !ok {
		return "", false
	}
	return recorded(q, t.Answers)
}

// frequency returns the rate of t's treat.frequency answer.
func frequency(t *store.Therapist) (rate, bool) {
	v, ok := answered(t, checklist.QFrequency)
	if !ok {
		return rate{}, false
	}
	r, ok := rates[v]
	return r, ok
}

// MonthlyCost returns the fee per session (fees.session) times the sessions
// a month implied by treat.frequency (4.3 for weekly, 2.2 every two weeks,
// 1 monthly), before insurance. It is false when either answer is missing
// or the frequency is "other", which has no number to multiply by.
func MonthlyCost(t *store.Therapist) (Cost, bool) {
	fee, ok := fee(t)
	if !ok {
		return Cost{}, false
	}
	r, ok := frequency(t)
	if !ok {
		return Cost{}, false
	}
	return Cost{
		Cents:      times(fee, r.perMonth, 100),
		Assumption: fmt.Sprintf("%s × %s a month (%s), before insurance", checklist.FormatCents(fee, true), sessions(r.perMonth, 100), r.words),
	}, true
}

// CourseCost returns the fee per session times the length of therapy the
// therapist expects (treat.course), before insurance. A length in sessions
// is used as it is; one in weeks, months or years is turned into sessions
// with the frequency's rate (see MonthlyCost), so it also needs
// treat.frequency. For a range ("10-12 sessions", "3-6 months") the cost is
// that of the range's middle, and the assumption gives both ends. It is false when an answer it needs is missing.
func CourseCost(t *store.Therapist) (Cost, bool) {
	fee, ok := fee(t)
	if !ok {
		return Cost{}, false
	}
	v, ok := answered(t, checklist.QCourse)
	if !ok {
		return Cost{}, false
	}
	d, err := duration.Parse(v)
	if err != nil {
		return Cost{}, false
	}
	money := checklist.FormatCents(fee, true)
	if d.Unit == duration.UnitSessions {
		if !d.Range() {
			return Cost{
				Cents:      fee * d.Lo,
				Assumption: fmt.Sprintf("%s × %s expected, before insurance", money, d),
			}, true
		}
		return Cost{
			Cents: times(fee, d.Lo+d.Hi, 2),
			Assumption: fmt.Sprintf("%s × %s, the middle of %s expected; the range: %s to %s, before insurance",
				money, sessions(d.Lo+d.Hi, 2), d, checklist.FormatDollars(fee*d.Lo), checklist.FormatDollars(fee*d.Hi)),
		}, true
	}
	r, ok := frequency(t)
	if !ok {
		return Cost{}, false
	}
	perUnit, perWords := r.per(d.Unit)
	rateText := fmt.Sprintf("%s %s (%s)", sessions(perUnit, 100), perWords, r.words)
	if !d.Range() {
		return Cost{
			Cents: times(fee, perUnit*d.Lo, 100),
			Assumption: fmt.Sprintf("%s × %s: %s at %s, before insurance",
				money, sessions(perUnit*d.Lo, 100), d, rateText),
		}, true
	}
	// The middle of the range times the rate, in two-hundredths of a
	// session: (lo+hi)/2 × perUnit/100.
	return Cost{
		Cents: times(fee, perUnit*(d.Lo+d.Hi), 200),
		Assumption: fmt.Sprintf("%s × %s: %s %s, the middle of %s, at %s; the range: %s to %s, before insurance",
			money, sessions(perUnit*(d.Lo+d.Hi), 200), decimal(d.Lo+d.Hi, 2), d.Unit, d, rateText,
			checklist.FormatDollars(times(fee, perUnit*d.Lo, 100)), checklist.FormatDollars(times(fee, perUnit*d.Hi, 100))),
	}, true
}

// times returns fee × n / div rounded to the cent, half away from zero.
// The numbers involved stay far below int64's range: a fee is at most
// checklist.MaxCents and n at most a few hundred thousand.
func times(fee, n, div int64) int64 {
	return (fee*n*2 + div) / (2 * div)
}

// sessions writes n/div sessions, "4.3 sessions", "1 session".
func sessions(n, div int64) string {
	s := decimal(n, div)
	if s == "1" {
		return "1 session"
	}
	return s + " sessions"
}

// decimal writes n/div exactly, without trailing zeros: "4.3", "19.35",
// "11", "10.5". div is 1, 2, 100 or 200, so three decimals always suffice.
func decimal(n, div int64) string {
	thousandths := n * 1000 / div
	s := strconv.FormatInt(thousandths/1000, 10)
	if frac := thousandths % 1000; frac != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%03d", frac), "0")
	}
	return s
}

func fee(t *store.Therapist) (int64, bool) {
	v, ok := answered(t, checklist.QFee)
	if !ok {
		return 0, false
	}
	return checklist.Cents(v)
}
