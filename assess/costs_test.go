package assess

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

func TestMonthlyCost(t *testing.T) {
	tests := []struct {
		name      string
		pairs     []string
		wantOK    bool
		wantCents int64
		wantText  string
	}{
		{"weekly", []string{checklist.QFee, "185.00", checklist.QFrequency, checklist.FreqWeekly}, true,
			79550, "$185 × 4.3 sessions a month (weekly), before insurance"},
		{"every two weeks", []string{checklist.QFee, "185.00", checklist.QFrequency, checklist.FreqBiweekly}, true,
			40700, "$185 × 2.2 sessions a month (every two weeks), before insurance"},
		{"monthly, cents and thousands", []string{checklist.QFee, "1200.50", checklist.QFrequency, checklist.FreqMonthly}, true,
			120050, "$1,200.50 × 1 session a month (monthly), before insurance"},
		{"other frequency", []string{checklist.QFee, "185.00", checklist.QFrequency, checklist.FreqOther}, false, 0, ""},
		{"no frequency", []string{checklist.QFee, "185.00"}, false, 0, ""},
		{"skipped frequency", []string{checklist.QFee, "185.00", checklist.QFrequency, "-"}, false, 0, ""},
		{"no fee", []string{checklist.QFrequency, checklist.FreqWeekly}, false, 0, ""},
		{"nothing", nil, false, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := therapist("a", tt.pairs...)
			got, ok := MonthlyCost(&th)
			if ok != tt.wantOK || got.Cents != tt.wantCents || got.Assumption != tt.wantText {
				t.Errorf("MonthlyCost = %+v, %v; want {%d %q}, %v", got, ok, tt.wantCents, tt.wantText, tt.wantOK)
			}
		})
	}
	if _, ok := MonthlyCost(nil); ok {
		t.Error("MonthlyCost(nil) ok")
	}
}

func TestCourseCost(t *testing.T) {
	tests := []struct {
		name      string
		pairs     []string
		wantOK    bool
		wantCents int64
		wantText  string
	}{
		{"twelve sessions, stored bare by an older vetted", []string{checklist.QFee, "185.00", checklist.QCourse, "12"}, true,
			222000, "$185 × 12 sessions expected, before insurance"},
		{"one session", []string{checklist.QFee, "99.99", checklist.QCourse, "1 session"}, true,
			9999, "$99.99 × 1 session expected, before insurance"},
		{"about twenty sessions", []string{checklist.QFee, "185.00", checklist.QCourse, "about 20 sessions"}, true,
			370000, "$185 × about 20 sessions expected, before insurance"},
		// a range: the middle, and the ends in the assumption
		{"10-12 sessions", []string{checklist.QFee, "185.00", checklist.QCourse, "10-12 sessions"}, true,
			203500, "$185 × 11 sessions, the middle of 10-12 sessions expected; the range: $1,850 to $2,220, before insurance"},
		{"10-11 sessions, a half middle", []string{checklist.QFee, "185.00", checklist.QCourse, "10-11 sessions"}, true,
			194250, "$185 × 10.5 sessions, the middle of 10-11 sessions expected; the range: $1,850 to $2,035, before insurance"},
		// weeks, months and years need the frequency
		{"4 months weekly", []string{checklist.QFee, "185.00", checklist.QCourse, "about 4 months", checklist.QFrequency, checklist.FreqWeekly}, true,
			318200, "$185 × 17.2 sessions: about 4 months at 4.3 sessions a month (weekly), before insurance"},
		{"3-6 months weekly", []string{checklist.QFee, "185.00", checklist.QCourse, "3-6 months", checklist.QFrequency, checklist.FreqWeekly}, true,
			357975, "$185 × 19.35 sessions: 4.5 months, the middle of 3-6 months, at 4.3 sessions a month (weekly); the range: $2,387 to $4,773, before insurance"},
		{"8-10 weeks every two weeks", []string{checklist.QFee, "185.00", checklist.QCourse, "8-10 weeks", checklist.QFrequency, checklist.FreqBiweekly}, true,
			83250, "$185 × 4.5 sessions: 9 weeks, the middle of 8-10 weeks, at 0.5 sessions a week (every two weeks); the range: $740 to $925, before insurance"},
		{"9 weeks monthly", []string{checklist.QFee, "100.00", checklist.QCourse, "9 weeks", checklist.QFrequency, checklist.FreqMonthly}, true,
			20700, "$100 × 2.07 sessions: 9 weeks at 0.23 sessions a week (monthly), before insurance"},
		{"a year every two weeks", []string{checklist.QFee, "150.00", checklist.QCourse, "a year", checklist.QFrequency, checklist.FreqBiweekly}, true,
			390000, "$150 × 26 sessions: 1 year at 26 sessions a year (every two weeks), before insurance"},
		{"months without a frequency", []string{checklist.QFee, "185.00", checklist.QCourse, "4 months"}, false, 0, ""},
		{"months with other frequency", []string{checklist.QFee, "185.00", checklist.QCourse, "4 months", checklist.QFrequency, checklist.FreqOther}, false, 0, ""},
		{"unreadable course", []string{checklist.QFee, "185.00", checklist.QCourse, "it depends"}, false, 0, ""},
		{"no course", []string{checklist.QFee, "185.00"}, false, 0, ""},
		{"no fee", []string{checklist.QCourse, "12"}, false, 0, ""},
		{"skipped fee", []string{checklist.QFee, "-", checklist.QCourse, "12"}, false, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := therapist("a", tt.pairs...)
			got, ok := CourseCost(&th)
			if ok != tt.wantOK || got.Cents != tt.wantCents || got.Assumption != tt.wantText {
				t.Errorf("CourseCost = %+v, %v; want {%d %q}, %v", got, ok, tt.wantCents, tt.wantText, tt.wantOK)
			}
		})
	}
}

// TestCostsPastOneSessionCap checks sums above the largest fee one session
// may have (checklist.MaxCents): a long course passes it, and its
// assumption still reads with thousands separators.
func TestCostsPastOneSessionCap(t *testing.T) {
	th := therapist("a", checklist.QFee, "$99,999.99", checklist.QCourse, "200", checklist.QFrequency, checklist.FreqWeekly)
	c, ok := CourseCost(&th)
	if !ok || c.Cents != 1999999800 || c.Assumption != "$99,999.99 × 200 sessions expected, before insurance" {
		t.Errorf("CourseCost = %+v, %v", c, ok)
	}
}

func TestBestOnCostSums(t *testing.T) {
	// The comparison stars its cost rows with the fee question's order;
	// a whole course can pass what one fee may be.
	fee := question(checklist.QFee)
	tests := []struct {
		values []string
		want   []bool
	}{
		{[]string{"120000.00", "240000.50", ""}, []bool{true, false, false}},
		{[]string{"240000.00", "99000.00"}, []bool{false, true}},
		{[]string{"120000.0", "240000.00"}, []bool{false, false}}, // not the canonical form
		{[]string{"1e9", "240000.00"}, []bool{false, false}},
	}
	for _, tt := range tests {
		if got := Best(fee, tt.values); !slices.Equal(got, tt.want) {
			t.Errorf("Best(fee, %q) = %v, want %v", tt.values, got, tt.want)
		}
	}
}

// TestCostArithmeticAddsUp reads every multiplier back from the assumption
// and checks that the fee times it is the amount: what the screen prints
// is what was computed (a fee × "4.3 sessions a month" once came with a
// total from 52/12).
func TestCostArithmeticAddsUp(t *testing.T) {
	courses := []string{"12", "10-12 sessions", "10-11 sessions", "about 4 months", "3-6 months", "8-10 weeks", "9 weeks", "a year", "1-2 years"}
	for _, freq := range []string{checklist.FreqWeekly, checklist.FreqBiweekly, checklist.FreqMonthly} {
		for _, course := range courses {
			for _, feeText := range []string{"185.00", "99.99", "1200.50"} {
				th := therapist("a", checklist.QFee, feeText, checklist.QFrequency, freq, checklist.QCourse, course)
				fee, _ := checklist.Cents(feeText)
				for name, f := range map[string]func(*store.Therapist) (Cost, bool){"monthly": MonthlyCost, "course": CourseCost} {
					c, ok := f(&th)
					if !ok {
						t.Fatalf("%s %s %s: no cost", name, freq, course)
					}
					// "$185 × 19.35 sessions..." or "$185 × 4.3 sessions a month"
					_, rest, _ := strings.Cut(c.Assumption, " × ")
					rest = strings.TrimPrefix(rest, "about ")
					num, _, _ := strings.Cut(rest, " ")
					n, err := strconv.ParseFloat(num, 64)
					if err != nil {
						t.Fatalf("%s: no multiplier in %q", name, c.Assumption)
					}
					// Rounded to the cent, half up: within half a cent of
					// the exact product (floats cannot say 1200.50 × 2.07
					// exactly, so a hair of slack).
					if exact := float64(fee) * n; math.Abs(float64(c.Cents)-exact) > 0.5+1e-6 {
						t.Errorf("%s %q: %d cents, but %s × %v = %.3f", name, c.Assumption, c.Cents, feeText, n, exact/100)
					}
				}
			}
		}
	}
}
