package model

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/priorities"
	"github.com/vetted-tui/vetted/store/disk"
)

// BenchmarkSaveBurst measures a burst of 10 quick changes (importance
// keys) at 500 therapists: the root queues a save for each, Bubble Tea
// runs each command on its own goroutine, and the benchmark waits until
// all have reported back. writes/op is how many times the file was
// written per burst.
func BenchmarkSaveBurst(b *testing.B) {
	const burst = 10
	for _, n := range []int{500} {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			f, _, err := disk.Open(filepath.Join(b.TempDir(), "notebook.json"))
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			var m tea.Model = New(Options{File: f, Notebook: repeatedDemo(n)})
			m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			steps := []checklist.Importance{checklist.Important, checklist.Nice}
			b.ReportAllocs()
			b.ResetTimer()
			start := f.Writes()
			i := 0
			for b.Loop() {
				// Bubble Tea starts each command on its own goroutine as
				// soon as Update returns it, so a save runs while the
				// next key is handled.
				results := make(chan tea.Msg, burst)
				var wg sync.WaitGroup
				for range burst {
					var cmd tea.Cmd
					m, cmd = m.Update(priorities.SetImportanceMsg{QuestionID: checklist.QFee, Importance: steps[i%2]})
					i++
					if cmd == nil {
						b.Fatal("a change queued no save")
					}
					wg.Add(1)
					go func() {
						defer wg.Done()
						results <- cmd()
					}()
				}
				wg.Wait()
				close(results)
				for msg := range results {
					m, _ = m.Update(msg)
				}
			}
			b.StopTimer()
			if mm := m.(Model); mm.saves.OnDisk() != mm.saves.Rev() || mm.saves.Pending() != 0 {
				b.Fatalf("after the bursts: rev %d, on disk %d, pending %d", mm.saves.Rev(), mm.saves.OnDisk(), mm.saves.Pending())
			}
			b.ReportMetric(float64(f.Writes()-start)/float64(b.N), "writes/op")
		})
	}
}
