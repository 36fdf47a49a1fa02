package model

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/roster"
)

// BenchmarkBriefBuild measures the part of writing a brief that is left
// on the UI goroutine: the root's Update for b and B (with My concerns)
// on the roster, at the last therapist, up to the command it returns. The
// command, which builds and writes the brief, runs on its own goroutine
// and is not run here.
func BenchmarkBriefBuild(b *testing.B) {
	for _, n := range []int{500} {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			nb := repeatedDemo(n)
			var m tea.Model = New(Options{Notebook: nb, ExportDir: b.TempDir()})
			m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			for range n - 1 {
				m, _ = m.Update(keyMsg("down"))
			}
			if mm := m.(Model); mm.top().(roster.Model).Cursor() != n-1 {
				b.Fatal("the cursor is not on the last therapist")
			}
			msgs := []tea.Msg{keyMsg("b"), keyMsg("B")}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				var cmd tea.Cmd
				m, cmd = m.Update(msgs[i%2])
				i++
				if cmd == nil {
					b.Fatal("a brief request returned no command")
				}
			}
		})
	}
}
