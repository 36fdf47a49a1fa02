package compare

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/internal/threadclock"
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
// comparison opened before, after change(nb, i) in round i. On Linux,
// cpu-ns/op is the CPU time of the benchmark's thread (threadclock): on a
// machine shared with other work, the wall clock also counts the turns
// other processes took. The garbage collector's background work, on
// other threads, is not in it.
func benchReopen(b *testing.B, change func(nb *store.Notebook, i int)) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := withPartner(makeNotebook(n))
			m := New(nb, testStyles).SetSize(120, 40)
			_ = m.View()
			i := 0
			cpu := startThreadClock(b)
			b.ReportAllocs()
			for b.Loop() {
				change(nb, i)
				i++
				m = m.SetNotebook(nb).SetSize(120, 40)
				_ = m.View()
			}
			cpu.report()
		})
	}
}

// threadClock reports the CPU time a benchmark's thread spent in its
// loop as cpu-ns/op, on systems with a thread clock (threadclock).
type threadClock struct {
	b     *testing.B
	start time.Duration
}

// startThreadClock locks the benchmark to its thread, for the rest of it,
// and starts counting.
func startThreadClock(b *testing.B) threadClock {
	runtime.LockOSThread()
	b.Cleanup(runtime.UnlockOSThread)
	return threadClock{b: b, start: threadclock.Now()}
}

func (c threadClock) report() {
	if threadclock.Supported && c.b.N > 0 {
		c.b.ReportMetric(float64(threadclock.Now()-c.start)/float64(c.b.N), "cpu-ns/op")
	}
}

// BenchmarkCompareFirstOpen measures the first opening of the comparison
// in a session: every therapist judged, nothing kept from before.
func BenchmarkCompareFirstOpen(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := withPartner(makeNotebook(n))
			cpu := startThreadClock(b)
			b.ReportAllocs()
			for b.Loop() {
				m := New(nb, testStyles).SetSize(120, 40)
				_ = m.View()
			}
			cpu.report()
		})
	}
}

// BenchmarkCompareFirstOpenJudged is the first opening as the app makes
// it: from the judgement made off the UI goroutine after the first key
// (screen.Common.Judged), after one answer changed since.
func BenchmarkCompareFirstOpenJudged(b *testing.B) {
	values := [2]string{"yes", "no"}
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := withPartner(makeNotebook(n))
			atStart := assess.Judge(nb)
			i := 0
			cpu := startThreadClock(b)
			b.ReportAllocs()
			for b.Loop() {
				nb.Therapists[i%n].SetAnswer(checklist.QInsurance, checklist.Answer{Status: checklist.StatusAnswered, Value: values[(i/n)%2]})
				i++
				m := NewFromJudgement(nb, testStyles, atStart).SetSize(120, 40)
				_ = m.View()
			}
			cpu.report()
		})
	}
}
