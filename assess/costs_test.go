package assess

import (
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

func TestDollars(t *testing.T) {
	tests := map[int64]string{
		0: "$0", 5: "$0.05", 18500: "$185", 120050: "$1,200.50", 100000000: "$1,000,000", -2550: "-$25.50",
	}
	for cents, want := range tests {
		if got := dollars(cents); got != want {
			t.Errorf("dollars(%d) = %q, want %q", cents, got, want)
		}
	}
}
