package list

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

func rows(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("row %d", i)
	}
	return out
}

// Every window: at most h lines, the cursor's row in view, and the "more"
// lines count exactly the rows hidden, whatever the size and the cursor.
func TestWindowKeepsCursorAndCountsHidden(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 5, 10, 40} {
		for _, h := range []int{1, 2, 3, 4, 7, 12, 60} {
			m := New(n, h)
			for step := range n + 2 {
				v := m.View(func(i int) string { return rows(n)[i] }, lipgloss.NewStyle())
				if len(v) > h {
					t.Fatalf("n=%d h=%d step %d: %d lines", n, h, step, len(v))
				}
				if n > 0 && !strings.Contains(strings.Join(v, "\n"), fmt.Sprintf("row %d", m.Cursor())) {
					t.Fatalf("n=%d h=%d cursor %d out of view: %q", n, h, m.Cursor(), v)
				}
				shownRows, hidden := 0, 0
				for _, l := range v {
					var k int
					switch {
					case strings.HasPrefix(l, "row "):
						shownRows++
					case fmt.Sprint(sscan(l, "  ↑ %d more", &k)) == "1", fmt.Sprint(sscan(l, "  ↓ %d more", &k)) == "1":
						hidden += k
					}
				}
				if h >= 3 && shownRows+hidden != n {
					t.Fatalf("n=%d h=%d cursor %d: %d shown + %d said hidden: %q", n, h, m.Cursor(), shownRows, hidden, v)
				}
				if n > h && h >= 3 && hidden == 0 {
					t.Fatalf("n=%d h=%d: a cut list says nothing of what it hides: %q", n, h, v)
				}
				m = m.Move(1)
			}
		}
	}
}

func sscan(s, format string, k *int) int {
	n, _ := fmt.Sscanf(s, format, k)
	return n
}

// The cursor stops at both ends; SetLen keeps it on a row that exists.
func TestMoveStopsAtTheEdges(t *testing.T) {
	tests := []struct {
		name  string
		do    func(Model) Model
		want  int
		wantO int
	}{
		{"up from the top", func(m Model) Model { return m.Move(-1) }, 0, 0},
		{"far down", func(m Model) Model { return m.Move(100) }, 9, 7},
		{"select", func(m Model) Model { return m.Select(5) }, 5, 4}, // ↑ line, rows 4-5, ↓ line
		{"shrink below the cursor", func(m Model) Model { return m.Select(9).SetLen(4) }, 3, 0},
		{"page", func(m Model) Model { return m.Move(m.Page()) }, 3, 2},
		{"empty", func(m Model) Model { return m.SetLen(0) }, 0, 0},
	}
	for _, tt := range tests {
		m := tt.do(New(10, 4))
		if m.Cursor() != tt.want || m.Offset() != tt.wantO {
			t.Errorf("%s: cursor %d offset %d, want %d %d", tt.name, m.Cursor(), m.Offset(), tt.want, tt.wantO)
		}
	}
}

// Span moves the window as little as it must: a focus already in view
// leaves it where it is.
func TestSpanMovesLittle(t *testing.T) {
	tests := []struct{ offset, total, from, to, h, want int }{
		{0, 10, 0, 1, 20, 0},  // all fits
		{0, 10, 2, 3, 5, 0},   // in view at the top
		{0, 10, 4, 5, 5, 2},   // below: ↑ line, rows 2-4, ↓ line
		{5, 10, 6, 7, 5, 5},   // in view: stays
		{5, 10, 1, 2, 5, 1},   // above: scroll up to it
		{0, 10, 3, 9, 5, 3},   // taller than the window: its start
		{9, 10, 9, 10, 5, 6},  // the end: no empty lines below
		{0, 10, 5, 6, 2, 4},   // no room for markers
		{-3, 10, 0, 1, 4, 0},  // bad offsets are clamped
		{50, 10, 0, 1, 4, 0},  // focus above a clamped offset
		{0, 10, 20, 21, 4, 7}, // focus past the end: the last line
	}
	for _, tt := range tests {
		if got := Span(tt.offset, tt.total, tt.from, tt.to, tt.h); got != tt.want {
			t.Errorf("Span(%d, %d, %d, %d, %d) = %d, want %d", tt.offset, tt.total, tt.from, tt.to, tt.h, got, tt.want)
		}
	}
}

// Cut says what it hides above and below.
func TestCutSaysWhatItHides(t *testing.T) {
	got := strings.Join(Cut(rows(10), 2, 5, lipgloss.NewStyle()), "|")
	want := "  ↑ 2 more|row 2|row 3|row 4|  ↓ 5 more"
	if got != want {
		t.Errorf("Cut = %q, want %q", got, want)
	}
}
