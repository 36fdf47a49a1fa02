package assess

import (
	"fmt"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// benchNotebook answers every question with an order for n therapists,
// varying the answers so that numbers and rankings differ.
func benchNotebook(n int) *store.Notebook {
	yn := []string{"yes", "no", "unsure"}
	var ts []store.Therapist
	for i := 0; i < n; i++ {
		ts = append(ts, therapist(fmt.Sprintf("t%d", i),
			checklist.QLicense, yn[i%3],
			checklist.QAASECT, []string{"certified", "member", "unsure", "no"}[i%4],
			checklist.QYears, fmt.Sprint(1+i%30),
			checklist.QFirstOpening, fmt.Sprintf("2026-%02d-%02d", 1+i%12, 1+i%28),
			checklist.QPartners, yn[(i+1)%3],
			checklist.QFee, fmt.Sprintf("%d.00", 90+i*7%200),
			checklist.QInsurance, yn[(i+2)%3],
			checklist.QUpfront, yn[i%2],
			checklist.QSlidingScale, yn[(i/2)%3],
			checklist.QConfidentiality, "yes",
			checklist.QPhysician, yn[(i/3)%3],
			checklist.QContact, "no",
			checklist.QComfort, fmt.Sprint(1+i%5),
		))
	}
	nb := notebook(map[string]checklist.Importance{checklist.QFee: checklist.MustHave, checklist.QLicense: checklist.Important}, ts...)
	nb.BudgetPerSession = "180.00"
	return nb
}

func BenchmarkFitScoreEveryTherapist(b *testing.B) {
	for _, n := range []int{10, 100} {
		nb := benchNotebook(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				for i := range nb.Therapists {
					_ = FitScore(nb, &nb.Therapists[i])
				}
			}
		})
	}
}

func BenchmarkFitScores(b *testing.B) {
	for _, n := range []int{10, 100} {
		nb := benchNotebook(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				_ = FitScores(nb)
			}
		})
	}
}

func BenchmarkCloseCalls(b *testing.B) {
	for _, n := range []int{10, 100} {
		nb := benchNotebook(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				_ = CloseCalls(nb)
			}
		})
	}
}
