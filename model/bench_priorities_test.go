package model

import (
	"fmt"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// repeatedDemo repeats the demo's therapists until there are n, each with
// its own ID, so the roster, the scores and the close calls are those of a
// real notebook at that size.
func repeatedDemo(n int) *store.Notebook {
	nb := demo.Notebook()
	base := nb.Therapists
	nb.Therapists = make([]store.Therapist, 0, n)
	for i := range n {
		t := base[i%len(base)]
		t.ID = fmt.Sprintf("%016x", i+1)
		t.Name = fmt.Sprintf("%s %d", t.Name, i+1)
		nb.Therapists = append(nb.Therapists, *cloneTherapist(&t))
	}
	return nb
}

// cloneTherapist gives t maps of its own, so that repeated therapists do
// not share answers.
func cloneTherapist(t *store.Therapist) *store.Therapist {
	one := &store.Notebook{Therapists: []store.Therapist{*t}}
	return &one.Clone().Therapists[0]
}

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
