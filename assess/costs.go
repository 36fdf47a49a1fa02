package assess

import (
	"fmt"
	"math"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// Cost is a derived amount with the assumption it rests on, so the person
// can see how it was reached and judge it.
type Cost struct {
	Cents int64
	// Assumption says what was multiplied, such as "$185 × 4.3 sessions a
	// month (weekly), before insurance".
	Assumption string
}

// sessionsPerMonth maps frequency choice IDs to average sessions a month
// (a year has 52 weeks, so weekly is 52/12, not 4) and to the words used in
// the assumption.
var sessionsPerMonth = map[string]struct {
	n     float64
	words string
}{
	checklist.FreqWeekly:   {52.0 / 12, "weekly"},
	checklist.FreqBiweekly: {26.0 / 12, "every two weeks"},
	checklist.FreqMonthly:  {1, "monthly"},
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

// MonthlyCost returns the fee per session (fees.session) times the average
// sessions a month implied by treat.frequency, before insurance. It is false
// when either answer is missing or the frequency is "other", which has no
// number to multiply by.
func MonthlyCost(t *store.Therapist) (Cost, bool) {
	fee, ok := fee(t)
	if !ok {
		return Cost{}, false
	}
	freq, ok := answered(t, checklist.QFrequency)
	if !ok {
		return Cost{}, false
	}
	per, ok := sessionsPerMonth[freq]
	if !ok {
		return Cost{}, false
	}
	n := "1 session"
	if per.n != 1 {
		n = fmt.Sprintf("%.1f sessions", per.n)
	}
	return Cost{
		Cents:      int64(math.Round(float64(fee) * per.n)),
		Assumption: fmt.Sprintf("%s × %s a month (%s), before insurance", checklist.FormatCents(fee, true), n, per.words),
	}, true
}

// CourseCost returns the fee per session times the number of sessions the
// therapist expects (treat.course), before insurance. It is false when
// either answer is missing.
func CourseCost(t *store.Therapist) (Cost, bool) {
	fee, ok := fee(t)
	if !ok {
		return Cost{}, false
	}
	v, ok := answered(t, checklist.QCourse)
	if !ok {
		return Cost{}, false
	}
	n, ok := checklist.Int(v)
	if !ok || n <= 0 {
		return Cost{}, false
	}
	unit := "sessions"
	if n == 1 {
		unit = "session"
	}
	return Cost{
		Cents:      fee * n,
		Assumption: fmt.Sprintf("%s × %d expected %s, before insurance", checklist.FormatCents(fee, true), n, unit),
	}, true
}

func fee(t *store.Therapist) (int64, bool) {
	v, ok := answered(t, checklist.QFee)
	if !ok {
		return 0, false
	}
	return checklist.Cents(v)
}
