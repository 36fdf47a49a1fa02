package assess

import (
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// A hand-edited file keeps answers as written ("Yes", " no ", "$185"), and
// the screens show them as checklist.Display reads them. Every judgement
// must read them the same way, or an answer that displays as "Yes" to
// "did they suggest contact?" would raise no red flag.

func TestFlagsJudgeNonCanonicalValues(t *testing.T) {
	tests := []struct {
		q, value string
		want     Level
	}{
		{checklist.QContact, "Yes", Red},
		{checklist.QContact, " YES ", Red},
		{checklist.QContact, "y", Red},
		{checklist.QContact, "Not sure", Amber},
		{checklist.QLicense, "N", Red},
		{checklist.QLicense, " no ", Red},
		{checklist.QAASECT, "certified", Green},
		{checklist.QAASECT, "1", Green}, // the first option, by number
	}
	for _, tt := range tests {
		t.Run(tt.q+"="+tt.value, func(t *testing.T) {
			th := therapist("a", tt.q, tt.value)
			got := Flags(&th)
			if len(got) != 1 || got[0].Level != tt.want || got[0].QuestionID != tt.q {
				t.Fatalf("Flags = %+v, want one %v flag on %s", got, tt.want, tt.q)
			}
			if want := tt.want == Red; HasDealbreaker(got) != want {
				t.Errorf("HasDealbreaker = %v, want %v", !want, want)
			}
		})
	}
}

func TestFlagsIgnoreValuesThatDoNotParse(t *testing.T) {
	for _, v := range []string{"yes please", "nope", "1"} {
		th := therapist("a", checklist.QContact, v)
		if got := Flags(&th); len(got) != 0 {
			t.Errorf("contact %q: Flags = %+v, want none", v, got)
		}
	}
}

func TestFitScoreJudgesNonCanonicalValues(t *testing.T) {
	tests := []struct {
		name, q, value string
		want           int
		reason         string
	}{
		{"Yes", checklist.QLicense, "Yes", 100, "+2.0 State license: yes"},
		{"padded no", checklist.QLicense, " no ", 0, "+0.0 State license: no"},
		{"N", checklist.QLicense, "N", 0, "State license: no"},
		{"don't know", checklist.QLicense, "Don't know", 50, "State license: unsure"},
		{"choice label", checklist.QAASECT, "CERTIFIED", 100, "+2.0"},
		{"unreadable yes/no is unanswered", checklist.QLicense, "probably", 0, "not answered yet"},
		{"unreadable choice is unanswered", checklist.QAASECT, "sort of", 0, "not answered yet"},
		{"count with unit", checklist.QYears, "12 years", 100, "12 years"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := checklist.ByID(tt.q); !ok {
				t.Fatalf("no question %s", tt.q)
			}
			th := therapist("a", tt.q, tt.value)
			nb := notebook(only(imp{tt.q: checklist.Important}), th)
			s := FitScore(nb, &nb.Therapists[0])
			if s.Value != tt.want {
				t.Errorf("Value = %d, want %d", s.Value, tt.want)
			}
			if len(s.Parts) != 1 || !strings.Contains(s.Parts[0].Reason, tt.reason) {
				t.Errorf("parts %+v: want one with reason containing %q", s.Parts, tt.reason)
			}
		})
	}
}

func TestFitScoreRelativeNonCanonical(t *testing.T) {
	// "$185" and "150" are fees; "lots" is not and must neither win nor
	// stretch the range.
	nb := notebook(only(imp{checklist.QFee: checklist.Nice}),
		therapist("a", checklist.QFee, "$185"),
		therapist("b", checklist.QFee, "150"),
		therapist("c", checklist.QFee, "lots"),
		therapist("d", checklist.QFee, "$167.50"),
	)
	want := []int{0, 100, 0, 50}
	for i, w := range want {
		if got := FitScore(nb, &nb.Therapists[i]).Value; got != w {
			t.Errorf("therapist %s: Value = %d, want %d", nb.Therapists[i].ID, got, w)
		}
	}
	if got := FitScores(nb); got[3].Value != 50 {
		t.Errorf("FitScores disagrees: %+v", got[3])
	}
}

func TestFitScoreBudgetNonCanonicalFee(t *testing.T) {
	nb := notebook(only(imp{checklist.QFee: checklist.Important}), therapist("a", checklist.QFee, " $1,200 "))
	nb.BudgetPerSession = "160.00"
	s := FitScore(nb, &nb.Therapists[0])
	if s.Value != 0 || len(s.Parts) != 1 || !strings.Contains(s.Parts[0].Reason, "$1,200, $1,040 over your $160 budget") {
		t.Errorf("score %+v", s)
	}
}

func TestComfortAndDisagreementsNonCanonical(t *testing.T) {
	th := therapist("a")
	th.Answers = answers(checklist.QComfort, "5/5")
	th.PartnerAnswers = answers(checklist.QComfort, " 2 out of 5")
	nb := notebook(only(imp{checklist.QComfort: checklist.Nice}), th)
	s := FitScore(nb, &nb.Therapists[0])
	// (1 + 0.25) / 2 = 62.5, rounded.
	if s.Value != 63 || !strings.Contains(s.Parts[0].Reason, "5/5, partner 2/5") {
		t.Errorf("score %+v", s)
	}
	if got := Disagreements(&th); !slices.Equal(got, []string{checklist.QComfort}) {
		t.Errorf("Disagreements = %v", got)
	}
}

func TestBestNonCanonical(t *testing.T) {
	tests := []struct {
		name   string
		q      string
		values []string
		want   []bool
	}{
		{"Yes beats no", checklist.QLicense, []string{"Yes", " no ", "unsure"}, []bool{true, false, false}},
		{"N is the preferred no", checklist.QContact, []string{"Y", "N"}, []bool{false, true}},
		{"Yes equals yes", checklist.QLicense, []string{"Yes", "yes"}, []bool{false, false}},
		{"fees in any form", checklist.QFee, []string{"$185", "150", "$1,200.50"}, []bool{false, true, false}},
		{"minutes with unit", checklist.QFee, []string{"$150.00", "200"}, []bool{true, false}},
		{"rating out of", checklist.QComfort, []string{"4/5", "2"}, []bool{true, false}},
		{"choice by label", checklist.QAASECT, []string{"member", checklist.AASECTNo}, []bool{true, false}},
		{"date in US form", checklist.QFirstOpening, []string{"4/15/2026", "2026-05-01"}, []bool{true, false}},
		{"unreadable is unanswered", checklist.QLicense, []string{"probably", "no"}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Best(question(tt.q), tt.values); !slices.Equal(got, tt.want) {
				t.Errorf("Best(%s, %q) = %v, want %v", tt.q, tt.values, got, tt.want)
			}
		})
	}
}

func TestCostsNonCanonical(t *testing.T) {
	tests := []struct {
		name      string
		pairs     []string
		monthly   int64 // 0: none
		course    int64 // 0: none
		assumeFee string
	}{
		{"dollar sign, choice label", []string{checklist.QFee, "$185", checklist.QFrequency, "Weekly", checklist.QCourse, "12 sessions"},
			79550, 222000, "$185 × "},
		{"label typed by hand", []string{checklist.QFee, "185", checklist.QFrequency, "every two weeks"}, 40700, 0, "$185 × "},
		{"no such frequency", []string{checklist.QFee, "$185", checklist.QFrequency, "fortnightly", checklist.QCourse, "a while"}, 0, 0, ""},
		{"unreadable fee", []string{checklist.QFee, "ask", checklist.QFrequency, checklist.FreqWeekly, checklist.QCourse, "12"}, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := therapist("a", tt.pairs...)
			m, okM := MonthlyCost(&th)
			if okM != (tt.monthly != 0) || m.Cents != tt.monthly {
				t.Errorf("MonthlyCost = %+v, %v; want %d", m, okM, tt.monthly)
			}
			c, okC := CourseCost(&th)
			if okC != (tt.course != 0) || c.Cents != tt.course {
				t.Errorf("CourseCost = %+v, %v; want %d", c, okC, tt.course)
			}
			if okM && !strings.Contains(m.Assumption, tt.assumeFee) {
				t.Errorf("assumption %q lacks %q", m.Assumption, tt.assumeFee)
			}
		})
	}
}
