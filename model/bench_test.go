package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
)

// BenchmarkInterviewKeystroke measures what one typed rune costs (Update
// plus View, as Bubble Tea runs both per key) in a text answer that already
// holds close to checklist.MaxTextRunes, at the largest size we design for.
// Each iteration types a rune and deletes it, so the content stays the same;
// the ms/keystroke metric halves the pair.
func BenchmarkInterviewKeystroke(b *testing.B) {
	nb := notebookWith("Dr Ada")
	line := strings.Repeat("word ", 19) + "end." // 99 runes
	text := strings.TrimSpace(strings.Repeat(line+"\n", checklist.MaxTextRunes/100-1))
	nb.Therapists[0].Answers[checklist.QTraining] = checklist.Answer{Status: checklist.StatusAnswered, Value: text}
	var m tea.Model = New(Options{Notebook: nb})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 300, Height: 100})
	// What the roster's enter sends up; the interview resumes past the
	// answered first question, so go back to it.
	m, _ = m.Update(openInterviewMsg{id: nb.Therapists[0].ID})
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyShiftTab})
	if got := m.(Model).interview.current().ID; got != checklist.QTraining {
		b.Fatalf("on %s, want the text question", got)
	}
	if n := len([]rune(m.(Model).interview.widgets[0].raw())); n < checklist.MaxTextRunes-120 {
		b.Fatalf("answer holds %d runes, want near %d", n, checklist.MaxTextRunes)
	}
	typed := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'x'}}
	erase := tea.KeyMsg{Type: tea.KeyBackspace}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m, _ = m.Update(typed)
		_ = m.View()
		m, _ = m.Update(erase)
		_ = m.View()
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/2/1e6, "ms/keystroke")
}
