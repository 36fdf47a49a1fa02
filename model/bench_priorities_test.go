package model

import (
	"fmt"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// repeatedDemo is the demo notebook grown to n therapists.
func repeatedDemo(n int) *store.Notebook { return testbook.Repeated(n) }

// BenchmarkPrioritiesKey measures one importance key on the priorities
// screen as the person feels it: the key, the SetImportanceMsg it sends up,
// the root's change to the notebook with the close calls shown again and
// the copy taken for the save (the save itself runs on its own goroutine
// and is not run here). It alternates 3 and 2 on the first question.
func BenchmarkPrioritiesKey(b *testing.B) {
	for _, n := range []int{5, 50, 500} {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			f, _, err := disk.Open(filepath.Join(b.TempDir(), "notebook.json"))
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			var m tea.Model = New(Options{File: f, Notebook: repeatedDemo(n)})
			m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			m, _ = m.Update(compare.OpenPrioritiesMsg{})
			for range 3 { // past the names and the budget
				m, _ = m.Update(tea.KeyMsg{Type: tea.KeyDown})
			}
			// 3 and 2 set important and nice: each press is a change,
			// whatever the demo ranked the question at.
			m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'2'}})
			keys := []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune{'3'}}, {Type: tea.KeyRunes, Runes: []rune{'2'}}}
			before := m.(Model).saves.Rev()
			b.ReportAllocs()
			b.ResetTimer()
			i := 0
			for b.Loop() {
				var cmd tea.Cmd
				m, cmd = m.Update(keys[i%2])
				i++
				if cmd == nil {
					b.Fatal("an importance key sent nothing")
				}
				m, _ = m.Update(cmd())
			}
			b.StopTimer()
			if got := m.(Model).saves.Rev() - before; got != uint64(i) {
				b.Fatalf("%d keys started %d saves", i, got)
			}
		})
	}
}
