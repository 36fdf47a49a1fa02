package disk

import (
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// BenchmarkSaveOneChange measures a save after one changed answer, as the
// app makes it: the notebook was saved before, one therapist's note
// changed, and Save gets a fresh copy. In the same run it writes the same
// bytes with WriteExport (temp file, fsync, rename, folder fsync) and
// reports the save's cost as a multiple of that bare atomic write, as
// x_atomic_write: what the save adds on top of the disk.
func BenchmarkSaveOneChange(b *testing.B) {
	for _, n := range []int{5, 50, 500, 5000} {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := testbook.Answered(n)
			dir := b.TempDir()
			f, _, err := Open(filepath.Join(dir, "notebook.json"))
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			bare := filepath.Join(dir, "bare.json")
			if err := f.Save(nb.Clone(), 0); err != nil {
				b.Fatal(err)
			}
			var saving, writing time.Duration
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				t := &nb.Therapists[i%n]
				a := t.Answers[checklist.QFee]
				a.Note = fmt.Sprintf("change %d", i)
				answers := make(map[string]checklist.Answer, len(t.Answers))
				for k, v := range t.Answers {
					answers[k] = v
				}
				answers[checklist.QFee] = a
				t.Answers = answers
				snap := nb.Clone()
				b.StartTimer()
				start := time.Now()
				if err := f.Save(snap, uint64(i+1)); err != nil {
					b.Fatal(err)
				}
				saving += time.Since(start)
				b.StopTimer()
				data, err := store.Encode(snap)
				if err != nil {
					b.Fatal(err)
				}
				start = time.Now()
				if err := WriteExport(bare, true, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
					b.Fatal(err)
				}
				writing += time.Since(start)
				b.StartTimer()
			}
			b.StopTimer()
			b.ReportMetric(float64(saving)/float64(writing), "x_atomic_write")
		})
	}
}

// BenchmarkSaveCopy measures the copy of the notebook the app takes on
// the UI goroutine for each save: Snapshot, which shares the therapists'
// answer maps, against a deep Clone, the copy saves took before.
func BenchmarkSaveCopy(b *testing.B) {
	nb := testbook.Answered(500)
	b.Run("snapshot/therapists=500", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = nb.Snapshot()
		}
	})
	b.Run("clone/therapists=500", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = nb.Clone()
		}
	})
}
