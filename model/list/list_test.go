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

// Rows of several lines: the window keeps the cursor's row in view and
// starts on a row's first line.
func TestRowsOfSeveralLines(t *testing.T) {
	// Rows of 2, 1, 3, 1, 2 lines: they start at lines 0, 2, 3, 6, 7 of 9.
	starts, total := []int{0, 2, 3, 6, 7}, 9
	tests := []struct{ cursor, wantOffset int }{
		{0, 0},
		{1, 0}, // rows 0 and 1 fit with the ↓ line
		{2, 3}, // ↑ line, lines 3-5, ↓ line
		{3, 6}, // not line 4, the tail of row 2: ↑ line, lines 6-8
		{4, 6}, // the end: not line 5 either, though it would fit
	}
	m := New(0, 5).SetLines(starts, total)
	for _, tt := range tests {
		m = m.Select(tt.cursor)
		if m.Offset() != tt.wantOffset {
			t.Errorf("cursor %d: offset %d, want %d", tt.cursor, m.Offset(), tt.wantOffset)
		}
		to := total
		if tt.cursor+1 < len(starts) {
			to = starts[tt.cursor+1]
		}
		v := strings.Join(m.Cut(rows(total), lipgloss.NewStyle()), "|")
		for l := starts[tt.cursor]; l < to; l++ {
			if !strings.Contains(v, fmt.Sprintf("row %d|", l)) && !strings.HasSuffix(v, fmt.Sprintf("row %d", l)) {
				t.Errorf("cursor %d: line %d out of view: %s", tt.cursor, l, v)
			}
		}
	}
	if m.Len() != 5 {
		t.Errorf("Len = %d, want the 5 rows", m.Len())
	}
}

// Scroll stays within the lines: never above the first, never past the
// window that shows the last.
func TestScrollStaysWithin(t *testing.T) {
	tests := []struct{ offset, d, total, h, want int }{
		{0, -1, 10, 5, 0},
		{0, 1, 10, 5, 1},
		{5, 100, 10, 5, 6}, // ↑ line and lines 6-9
		{3, 2, 4, 5, 0},    // all fits
		{2, 1, 10, 2, 3},   // no room for the "more" lines
	}
	for _, tt := range tests {
		if got := Scroll(tt.offset, tt.d, tt.total, tt.h); got != tt.want {
			t.Errorf("Scroll(%d, %d, %d, %d) = %d, want %d", tt.offset, tt.d, tt.total, tt.h, got, tt.want)
		}
	}
}
