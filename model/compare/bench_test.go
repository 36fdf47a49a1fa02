package compare

import (
	"fmt"
	"testing"
)

// benchSizes are the roster sizes of the comparison benchmarks: a frame's
// cost must not grow with them, since only the visible window is drawn.
var benchSizes = []int{5, 50, 500, 5000}

// BenchmarkCompareView measures one scroll step as the person feels it:
// the update of a down key and the view that follows, at 120x40 with the
// full catalogue answered for every therapist. It walks down and, at the
// bottom, back to the top, so scrolling is part of what is measured.
func BenchmarkCompareView(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			m := sized(makeNotebook(n), 120, 40)
			m, _ = press(m, keyRight, keyRight) // a column away from the edge
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if m.selRow == len(m.viewRows)-1 {
					m.selRow = 0
				}
				m, _ = m.Update(keyDown)
				_ = m.View()
			}
		})
	}
}

// BenchmarkCompareSetNotebook measures handing the comparison the same
// notebook again: the scores, costs and close calls are worked out again
// from what the last grid kept (see BenchmarkCompareOpen for a change).
func BenchmarkCompareSetNotebook(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := makeNotebook(n)
			m := sized(nb, 120, 40)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m = m.SetNotebook(nb)
			}
		})
	}
}
