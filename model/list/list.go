// Package list is the one cursor-and-window machinery of vetted's lists
// and forms: where the cursor is, which lines of a list taller than its
// room are shown, and the "↑ N more" / "↓ N more" lines that say a cut list
// goes on, so a list that stops at the screen's edge never looks complete.
//
// A Model is a cursor over rows of one line each (the roster, the
// questions, the concerns), or over rows of several lines each once
// SetLines says where each starts (the preparation items). Span and Cut
// work on lines, for a list whose items take several lines each and whose
// focus is kept by its owner (a form's fields, the medication rows among
// them): Span finds the first line to show so the focused item is in
// view, Cut draws that window. Scroll moves a page that has no cursor.
package list

import (
	"fmt"

	"github.com/charmbracelet/lipgloss"
)

// Model is a cursor over Len rows shown in Height lines.
type Model struct {
	cursor, offset int
	n, height      int
	// starts holds the first line of each row when rows take several
	// lines (SetLines), and total the lines of all; nil: one line a row.
	starts []int
	total  int
}

// New returns a list of n rows shown in height lines, the cursor on the
// first.
func New(n, height int) Model { return Model{n: n, height: height}.fix() }

// Cursor is the index of the row under the cursor (0 in an empty list).
func (m Model) Cursor() int { return m.cursor }

// Len is the number of rows.
func (m Model) Len() int { return m.n }

// Offset is the first row in the window; the first line, for rows of
// several lines.
func (m Model) Offset() int { return m.offset }

// SetLen changes the number of rows, each of one line, keeping the cursor
// on the same index where it still exists, else on the last row.
func (m Model) SetLen(n int) Model {
	m.n, m.starts, m.total = max(0, n), nil, 0
	return m.fix()
}

// SetLines makes the rows rows of several lines: row i starts at line
// starts[i] (in order), and all take total lines. The window then starts
// on a row's first line where it can (see SpanItem); draw it with Cut.
func (m Model) SetLines(starts []int, total int) Model {
	m.n, m.starts, m.total = len(starts), starts, max(0, total)
	return m.fix()
}

// SetHeight changes the lines the list is drawn in.
func (m Model) SetHeight(h int) Model {
	m.height = max(0, h)
	return m.fix()
}

// Move moves the cursor by d rows, stopping at either end.
func (m Model) Move(d int) Model { return m.Select(m.cursor + d) }

// Select puts the cursor on row i, clamped to the rows there are.
func (m Model) Select(i int) Model {
	m.cursor = i
	return m.fix()
}

// Page is the number of rows a page key moves: the rows shown, less one
// so that a page always keeps one row in view.
func (m Model) Page() int { return max(1, m.height-1) }

// fix clamps the cursor and moves the window as little as it must to keep
// the cursor in view.
func (m Model) fix() Model {
	m.cursor = min(max(0, m.cursor), max(0, m.n-1))
	if m.starts != nil {
		m.offset = SpanItem(m.offset, m.starts, m.total, m.cursor, m.height)
		return m
	}
	m.offset = Span(m.offset, m.n, m.cursor, m.cursor+1, m.height)
	return m
}

// Cut draws the window of a list of rows of several lines (SetLines):
// lines are the lines of all rows, in order.
func (m Model) Cut(lines []string, more lipgloss.Style) []string {
	return Cut(lines, m.offset, m.height, more)
}

// View draws the window: row(i) for each row shown, with a "more" line
// where rows are hidden above or below, styled by more. row is called only
// for the rows shown, so a long list costs what its window costs.
func (m Model) View(row func(i int) string, more lipgloss.Style) []string {
	return window(m.offset, m.n, m.height, row, more)
}

// Span returns the first line to show of total lines in h lines, so that
// lines from to to (exclusive) are in view, moving the window as little as
// it must from offset. With h of 3 or more, a line above says how many
// lines are hidden above and a line below how many below (see Cut); Span
// leaves room for them. An item taller than the window shows its start.
func Span(offset, total, from, to, h int) int {
	if total <= h || h <= 0 {
		return 0
	}
	from = min(max(0, from), total-1)
	to = min(max(from+1, to), total)
	off := min(max(0, offset), Last(total, h))
	if from < off {
		off = from
	}
	for off < from && to > off+shown(off, total, h) {
		off++
	}
	return min(off, Last(total, h))
}

// SpanItem is Span for a list of items of several lines each, where
// starts holds the first line of each item in order and total the lines
// of all: it keeps item in view and starts the window on an item's first
// line, so the tail of a wrapped item is never left alone at the top,
// even where that leaves lines empty at the bottom.
func SpanItem(offset int, starts []int, total, item, h int) int {
	if len(starts) == 0 {
		return 0
	}
	item = min(max(0, item), len(starts)-1)
	to := total
	if item+1 < len(starts) {
		to = starts[item+1]
	}
	off := Span(offset, total, starts[item], to, h)
	for _, s := range starts {
		if s >= off {
			if s <= starts[item] {
				off = s
			}
			break
		}
	}
	return off
}

// Scroll moves a window of h lines over total lines by d lines, from
// offset, within the lines there are: for a page with no cursor, that
// only scrolls.
func Scroll(offset, d, total, h int) int {
	return min(max(0, offset+d), Last(total, h))
}

// Cut returns the lines of lines that a window of h lines starting at
// offset (as Span returns it) shows, with the "more" lines.
func Cut(lines []string, offset, h int, more lipgloss.Style) []string {
	return window(offset, len(lines), h, func(i int) string { return lines[i] }, more)
}

// markers reports whether a window at off shows a "more" line above and
// one below.
func markers(off, total, h int) (above, below bool) {
	if total <= h || h < 3 {
		return false, false
	}
	above = off > 0
	n := h
	if above {
		n--
	}
	return above, off+n < total
}

// shown is how many of the total lines a window at off has room for.
func shown(off, total, h int) int {
	above, below := markers(off, total, h)
	n := h
	if above {
		n--
	}
	if below {
		n--
	}
	return max(0, n)
}

// Last is the greatest useful offset of a window of h lines over total
// lines: the one that shows the last line with nothing empty below it.
func Last(total, h int) int {
	if total <= h {
		return 0
	}
	if h < 3 {
		return total - h
	}
	return total - (h - 1)
}

func window(off, total, h int, row func(int) string, more lipgloss.Style) []string {
	if h <= 0 || total == 0 {
		return nil
	}
	// Past last only for SpanItem, which starts on an item's first line
	// (empty lines below).
	off = min(max(0, off), total-1)
	if total <= h {
		off = 0
	}
	above, below := markers(off, total, h)
	n := min(total-off, h)
	if above || below {
		n = min(total-off, shown(off, total, h))
	}
	out := make([]string, 0, h)
	if above {
		out = append(out, more.Render(fmt.Sprintf("  ↑ %d more", off)))
	}
	for i := off; i < off+n; i++ {
		out = append(out, row(i))
	}
	if below {
		out = append(out, more.Render(fmt.Sprintf("  ↓ %d more", total-off-n)))
	}
	return out
}
