package assess

import (
	"strconv"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// This file reads the person's check-ins after sessions (store.CheckIn):
// which answers give cause to think again, how comfort has moved, and who
// would come next in the comparison. Which answers worry is vetted's own
// rule, not a fact from the pages: a comfort of 2 or less out of 5, or a
// "no" to feeling heard, agreed goals, homework that fits or the cost.

// worryComfort is the highest comfort rating that worries.
const worryComfort = 2

// CheckInWorries returns the IDs of c's answers that worry, in the order
// the check-in asks them; none when all is well or nothing was answered.
func CheckInWorries(c store.CheckIn) []string {
	var out []string
	for _, q := range checklist.CheckInQuestions() {
		a, ok := c.Answers[q.ID]
		if !ok || !a.Answered() {
			continue
		}
		switch q.Kind {
		case checklist.KindRating:
			if n, err := strconv.Atoi(a.Value); err == nil && n <= worryComfort {
				out = append(out, q.ID)
			}
		case checklist.KindYesNo:
			if a.Value == checklist.No {
				out = append(out, q.ID)
			}
		}
	}
	return out
}

// ComfortTrend returns the comfort ratings of t's check-ins, oldest first,
// leaving out check-ins where comfort was not answered.
func ComfortTrend(t *store.Therapist) []int {
	var out []int
	for _, c := range t.CheckIns {
		a, ok := c.Answers[checklist.CheckComfort]
		if !ok || !a.Answered() {
			continue
		}
		if n, err := strconv.Atoi(a.Value); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// RunnerUp returns the therapist who would lead the comparison without
// the one with ID id: the highest fit score among the others who can still
// be chosen (no red flag, not declined). ok is false when nobody else can.
func RunnerUp(nb *store.Notebook, id string) (runnerUp string, ok bool) {
	j := Judge(nb)
	return j.leader(j.weights(importances(nb)), id)
}
