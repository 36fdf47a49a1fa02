package compare

import (
	"fmt"
	"testing"
)

// BenchmarkCompareOpen measures opening the comparison (or coming back to
// it from the priorities screen) on a notebook of n therapists: every
// cell, score, flag, cost and close call is derived again, and the first
// frame drawn at 120x40.
func BenchmarkCompareOpen(b *testing.B) {
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
