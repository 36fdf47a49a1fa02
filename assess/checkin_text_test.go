package assess

import (
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// TestCheckInWords: the day of a check-in in its own zone, the trend in
// arrows (none for one rating), and the worrying answers by their labels.
func TestCheckInWords(t *testing.T) {
	east := time.FixedZone("east", 10*3600)
	rated := func(v string) map[string]checklist.Answer {
		return map[string]checklist.Answer{checklist.CheckComfort: {Status: checklist.StatusAnswered, Value: v}}
	}
	th := &store.Therapist{CheckIns: []store.CheckIn{
		{At: time.Date(2027, 1, 12, 23, 30, 0, 0, east), Answers: rated("4")},
	}}
	if got := CheckInDay(th.CheckIns[0]); got != "2027-01-12" {
		t.Errorf("day %q, want the day in the zone it was made in", got)
	}
	if got := CheckInDay(store.CheckIn{}); got != "" {
		t.Errorf("no time gave the day %q", got)
	}
	if got := ComfortTrendText(th); got != "" {
		t.Errorf("one rating gave the trend %q", got)
	}
	th.AddCheckIn(store.CheckIn{Answers: rated("3")})
	th.AddCheckIn(store.CheckIn{Answers: map[string]checklist.Answer{
		checklist.CheckComfort: {Status: checklist.StatusAnswered, Value: "2"},
		checklist.CheckCost:    {Status: checklist.StatusAnswered, Value: "no"},
		checklist.CheckHeard:   {Status: checklist.StatusAnswered, Value: "yes"},
	}})
	if got := ComfortTrendText(th); got != "4 → 3 → 2" {
		t.Errorf("trend %q, want 4 → 3 → 2", got)
	}
	if got := CheckInWorryText(th.CheckIns[2]); got != "Comfort, Cost as expected" {
		t.Errorf("worries %q, want Comfort, Cost as expected", got)
	}
	if got := CheckInWorryText(th.CheckIns[1]); got != "" {
		t.Errorf("a comfort of 3 worries: %q", got)
	}
}
