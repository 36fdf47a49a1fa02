package compare

import (
	"fmt"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// BenchmarkCompareOpen measures opening the comparison again after one
// answer changed, as the root does it: the screen it opened before gets
// the changed notebook (SetNotebook), its size and draws its first frame
// at 120x40. Each round changes one answer of another therapist, the way
// the interview records it (a new answer map).
func BenchmarkCompareOpen(b *testing.B) {
	values := [2]string{"yes", "no"}
	benchReopen(b, func(nb *store.Notebook, i int) {
		n := len(nb.Therapists)
		nb.Therapists[i%n].SetAnswer(checklist.QInsurance, checklist.Answer{Status: checklist.StatusAnswered, Value: values[(i/n)%2]})
	})
}

// BenchmarkCompareBack measures coming back from the priorities screen:
// one importance changed, no answer.
func BenchmarkCompareBack(b *testing.B) {
	levels := [2]checklist.Importance{checklist.Important, checklist.Nice}
	benchReopen(b, func(nb *store.Notebook, i int) {
		nb.Importance[checklist.QInsurance] = levels[i%2]
	})
}

// benchReopen measures SetNotebook, SetSize and the first frame of a
// comparison opened before, after change(nb, i) in round i.
func benchReopen(b *testing.B, change func(nb *store.Notebook, i int)) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := withPartner(makeNotebook(n))
			m := New(nb, testStyles).SetSize(120, 40)
			_ = m.View()
			i := 0
			b.ReportAllocs()
			for b.Loop() {
				change(nb, i)
				i++
				m = m.SetNotebook(nb).SetSize(120, 40)
				_ = m.View()
			}
		})
	}
}

// BenchmarkCompareFirstOpen measures the first opening of the comparison
// in a session: every therapist judged, nothing kept from before.
func BenchmarkCompareFirstOpen(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := withPartner(makeNotebook(n))
			b.ReportAllocs()
			for b.Loop() {
				m := New(nb, testStyles).SetSize(120, 40)
				_ = m.View()
			}
		})
	}
}
