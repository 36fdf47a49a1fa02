package model

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/interview"
	"github.com/vetted-tui/vetted/model/screen"
)

// BenchmarkInterviewKeystroke measures what one typed rune costs in a text
// answer (Update plus View, as Bubble Tea runs both per key) against a bare
// bubbles textarea of the same width, height and limits holding the same
// text, given the same keys and drawn the same way, in the same loop. The
// target is x_textarea ≤ 1.2: the screen around the box costs at most a
// fifth of the box itself.
//
// Each iteration types a rune and deletes it, on the interview and then on
// the bare textarea, so both keep their content. ms/keystroke is the
// interview's cost of one key; textarea_ms/keystroke the bare box's; ns/op
// counts both pairs. The window is the largest we design for (300×100);
// the text box is capped at maxAreaWidth whatever the window.
func BenchmarkInterviewKeystroke(b *testing.B) {
	for _, size := range []struct {
		name  string
		bytes int
	}{
		{"100B", 100},
		{"1KB", 1000},
		// Room for the typed rune under checklist.MaxTextRunes.
		{"4KB", checklist.MaxTextRunes - 1},
	} {
		b.Run("size="+size.name, func(b *testing.B) {
			benchKeystroke(b, keystrokeText(size.bytes))
		})
	}
}

// keystrokeText is n bytes of ASCII prose in lines of 99 characters, so
// that the text box wraps each line as a long typed paragraph would be.
func keystrokeText(n int) string {
	line := strings.Repeat("word ", 19) + "end.\n" // 100 bytes
	text := strings.Repeat(line, n/len(line)+1)[:n]
	// A trailing space or line break would not survive Parse; a letter
	// keeps the size exact.
	return text[:n-1] + "x"
}

func benchKeystroke(b *testing.B, text string) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].Answers[checklist.QTraining] = checklist.Answer{Status: checklist.StatusAnswered, Value: text}
	var m tea.Model = New(Options{Notebook: nb})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 300, Height: 100})
	// What the roster's enter sends up; the interview resumes past the
	// answered first question, so go back to it.
	m, _ = m.Update(screen.PushMsg{Screen: interview.New(m.(Model).common, nb.Therapists[0].ID)})
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyShiftTab})
	iv := m.(Model).interview()
	if got := iv.Current().ID; got != checklist.QTraining {
		b.Fatalf("on %s, want the text question", got)
	}
	area := iv.AnswerBox()
	if got := area.Value(); got != text {
		b.Fatalf("answer holds %d bytes, want the %d of the text", len(got), len(text))
	}

	bare := field.NewArea("type their answer")
	bare.MaxHeight = area.MaxHeight
	bare.CharLimit = area.CharLimit
	bare.SetWidth(area.Width() + len([]rune(bare.Prompt)))
	bare.SetHeight(area.Height())
	bare.SetValue(text)
	bare.Focus()
	if bare.Width() != area.Width() || bare.Height() != area.Height() {
		b.Fatalf("bare textarea %dx%d, the answer's %dx%d", bare.Width(), bare.Height(), area.Width(), area.Height())
	}

	typed := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'x'}}
	erase := tea.KeyMsg{Type: tea.KeyBackspace}
	var onScreen, box time.Duration
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		m, _ = m.Update(typed)
		_ = m.View()
		m, _ = m.Update(erase)
		_ = m.View()
		mid := time.Now()
		bare, _ = bare.Update(typed)
		_ = bare.View()
		bare, _ = bare.Update(erase)
		_ = bare.View()
		onScreen += mid.Sub(start)
		box += time.Since(mid)
	}
	b.StopTimer()
	if got := m.(Model).interview().Raw(iv.Index()); got != text {
		b.Fatalf("the answer changed over the run: %d bytes, want %d", len(got), len(text))
	}
	if bare.Value() != text {
		b.Fatalf("the bare textarea changed over the run")
	}
	b.ReportMetric(float64(onScreen.Nanoseconds())/float64(b.N)/2/1e6, "ms/keystroke")
	b.ReportMetric(float64(box.Nanoseconds())/float64(b.N)/2/1e6, "textarea_ms/keystroke")
	b.ReportMetric(float64(onScreen)/float64(box), "x_textarea")
}
