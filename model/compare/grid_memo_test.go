package compare

import (
	"testing"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
)

// TestGridCostsMatchAssess checks the costs the grid remembers by answer
// against assess for every therapist, so a memo key that missed an answer
// the costs read would show.
func TestGridCostsMatchAssess(t *testing.T) {
	nb := makeNotebook(24)
	for i := range nb.Therapists {
		th := &nb.Therapists[i]
		fee := th.Answers[checklist.QFee]
		fee.Value = []string{"100.00", "150.00"}[i%2] // shared fees, different rhythms
		th.Answers[checklist.QFee] = fee
	}
	g := buildGrid(nb, &grid{})
	for i := range nb.Therapists {
		m, mok := assess.MonthlyCost(&nb.Therapists[i])
		c, cok := assess.CourseCost(&nb.Therapists[i])
		col := g.cols[i]
		if col.monthly != m || col.hasMonthly != mok || col.course != c || col.hasCourse != cok {
			t.Fatalf("therapist %d: grid %v %v / %v %v, assess %v %v / %v %v", i,
				col.monthly, col.hasMonthly, col.course, col.hasCourse, m, mok, c, cok)
		}
	}
}
