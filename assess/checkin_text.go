package assess

import (
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// This file puts the check-in judgement into the words the exports, the
// brief and the plain-line mode share, so that each says it the same way.

// CheckInDay is the stored date ("2027-01-12") of the day c was made, in
// the time zone it was recorded in; "" when it has no time.
func CheckInDay(c store.CheckIn) string {
	if c.At.IsZero() {
		return ""
	}
	return c.At.Format("2006-01-02")
}

// ComfortTrendText is ComfortTrend written "4 → 3 → 2", or "" for fewer
// than two ratings: one is no trend.
func ComfortTrendText(t *store.Therapist) string {
	trend := ComfortTrend(t)
	if len(trend) < 2 {
		return ""
	}
	parts := make([]string, len(trend))
	for i, n := range trend {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, " → ")
}

// CheckInWorryText names the answers of c that worry (CheckInWorries) by
// their Short labels, "Comfort, Goals agreed", or "" for none.
func CheckInWorryText(c store.CheckIn) string {
	var labels []string
	for _, id := range CheckInWorries(c) {
		if q, ok := checklist.CheckInQuestion(id); ok {
			labels = append(labels, q.Short)
		}
	}
	return strings.Join(labels, ", ")
}
