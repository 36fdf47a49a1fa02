package assess

import (
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

func TestCheckInWorries(t *testing.T) {
	for _, tc := range []struct {
		name  string
		pairs []string
		want  []string
	}{
		{"all well", []string{checklist.CheckComfort, "4", checklist.CheckHeard, "yes", checklist.CheckCost, "yes"}, nil},
		{"nothing answered", nil, nil},
		{"comfort 2 worries", []string{checklist.CheckComfort, "2"}, []string{checklist.CheckComfort}},
		{"comfort 3 does not", []string{checklist.CheckComfort, "3"}, nil},
		{"a no worries, unsure does not", []string{checklist.CheckHeard, "no", checklist.CheckGoals, "unsure", checklist.CheckHomework, "no"},
			[]string{checklist.CheckHeard, checklist.CheckHomework}},
	} {
		got := CheckInWorries(store.CheckIn{Answers: answers(tc.pairs...)})
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: worries %v, want %v", tc.name, got, tc.want)
		}
	}
	// A skipped answer is no answer: it never worries.
	c := store.CheckIn{Answers: map[string]checklist.Answer{checklist.CheckHeard: {Status: checklist.StatusSkipped, Note: "no"}}}
	if got := CheckInWorries(c); got != nil {
		t.Errorf("a skipped answer worried: %v", got)
	}
}

func TestComfortTrend(t *testing.T) {
	th := therapist("a")
	for _, v := range []string{"4", "", "3", "1"} {
		c := store.CheckIn{}
		if v != "" {
			c.Answers = answers(checklist.CheckComfort, v)
		}
		th.AddCheckIn(c)
	}
	if got := ComfortTrend(&th); !slices.Equal(got, []int{4, 3, 1}) {
		t.Errorf("trend %v, want [4 3 1] (the check-in without comfort left out)", got)
	}
}

// The runner-up is who would lead without the therapist being seen: never
// that one, never one with a red flag or declined.
func TestRunnerUp(t *testing.T) {
	seen := therapist("seen", checklist.QLicense, "yes", checklist.QComfort, "5", checklist.QHomework, "yes")
	second := therapist("second", checklist.QLicense, "yes", checklist.QComfort, "4")
	redFlag := therapist("red", checklist.QLicense, "yes", checklist.QComfort, "5", checklist.QContact, "yes")
	declined := therapist("declined", checklist.QLicense, "yes", checklist.QComfort, "5", checklist.QHomework, "yes")
	declined.Status = store.Declined
	third := therapist("third", checklist.QComfort, "2")
	nb := notebook(nil, seen, redFlag, declined, third, second)
	if lead, _ := Leader(nb); lead != "seen" {
		t.Fatalf("leader %q, want seen (the test's premise)", lead)
	}
	if got, ok := RunnerUp(nb, "seen"); !ok || got != "second" {
		t.Errorf("runner-up %q (%v), want second", got, ok)
	}
	if _, ok := RunnerUp(notebook(nil, seen), "seen"); ok {
		t.Error("with nobody else, there is no runner-up")
	}
}

// TestCheckInQuotesItsSeeds: every check-in hint that names a page quotes
// it word for word; the one that names none is vetted's own words; the
// advice for a worrying check-in is 002's.
func TestCheckInQuotesItsSeeds(t *testing.T) {
	seeds := loadSeeds(t)
	for _, q := range checklist.CheckInQuestions() {
		if q.Source == "" {
			if strings.ContainsAny(q.Hint, "“”") {
				t.Errorf("%s quotes without naming a page: %q", q.ID, q.Hint)
			}
			continue
		}
		quote := strings.Trim(q.Hint, "“”")
		if !strings.Contains(seeds[q.Source], norm(quote)) {
			t.Errorf("%s: seed %s does not say, word for word: %q", q.ID, q.Source, quote)
		}
	}
	if !strings.Contains(seeds[checklist.CheckInAdviceSource], norm(checklist.CheckInAdvice)) {
		t.Errorf("seed %s does not hold the check-in advice %q", checklist.CheckInAdviceSource, checklist.CheckInAdvice)
	}
}
