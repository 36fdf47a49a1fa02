package assess

import (
	"slices"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
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
			80167, "$185 × 4.3 sessions a month (weekly), before insurance"},
		{"every two weeks", []string{checklist.QFee, "185.00", checklist.QFrequency, checklist.FreqBiweekly}, true,
			40083, "$185 × 2.2 sessions a month (every two weeks), before insurance"},
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
		{"twelve sessions", []string{checklist.QFee, "185.00", checklist.QCourse, "12"}, true,
			222000, "$185 × 12 expected sessions, before insurance"},
		{"one session", []string{checklist.QFee, "99.99", checklist.QCourse, "1"}, true,
			9999, "$99.99 × 1 expected session, before insurance"},
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
	if !ok || c.Cents != 1999999800 || c.Assumption != "$99,999.99 × 200 expected sessions, before insurance" {
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
