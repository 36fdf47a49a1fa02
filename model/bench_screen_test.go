package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// BenchmarkScreenKey measures one key on every screen at 500 therapists,
// as the person feels it: Update and View. Lists move down and up, fields
// take a letter and lose it again, so every key does the same work. The
// target is under 1 ms a key on every screen.
//
//	go test ./model -run '^$' -bench BenchmarkScreenKey
func BenchmarkScreenKey(b *testing.B) {
	nb := repeatedDemo(500)
	for _, start := range startScreens {
		b.Run("screen="+start.name, func(b *testing.B) {
			h := startOnNotebook(b, start, nb.Clone(), 120, 40)
			keys := []tea.KeyMsg{{Type: tea.KeyDown}, {Type: tea.KeyUp}}
			if h.m.top().Typing() {
				keys = []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune{'x'}}, {Type: tea.KeyBackspace}}
			}
			var m tea.Model = h.m
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m, _ = m.Update(keys[i%2])
				_ = m.View()
				i++
			}
			if got := m.(Model).kind(); got != start.kind {
				b.Fatalf("the keys left %s for %s", start.kind, got)
			}
		})
	}
}
