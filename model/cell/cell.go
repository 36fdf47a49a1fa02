// Package cell fits text into screen columns. It is the one place vetted
// measures, cuts and pads text for a fixed width, shared by the root
// screens (package model) and the comparison screens (model/compare).
//
// Widths are display columns, not bytes or runes: a CJK character or most
// emoji fill two. A cut can therefore land in the middle of a wide
// character; ansi.Truncate then stops one column short, and Fit pads the
// column back so the cells after it stay aligned.
package cell

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/vetted-tui/vetted/safetext"
)

// Ellipsis marks text that was cut.
const Ellipsis = "…"

// Width is the display width of s, ignoring styling sequences.
func Width(s string) int { return ansi.StringWidth(s) }

// Cut shortens s (which may hold styling) to at most w columns, marking
// the cut with an ellipsis. It never pads, and w <= 0 gives "".
func Cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, Ellipsis)
}

// Fit pads or cuts s (which may hold styling) to exactly w columns.
func Fit(s string, w int) string {
	return FitKnown(s, ansi.StringWidth(s), w)
}

// FitKnown is Fit for a string whose display width sw is already known,
// which saves measuring it again on every frame.
func FitKnown(s string, sw, w int) string {
	if w <= 0 {
		return ""
	}
	if sw > w {
		s = ansi.Truncate(s, w, Ellipsis)
		// A cut inside a wide character leaves one column short.
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// Wrap word-wraps s to w columns, breaking a word longer than a line, and
// pads every line to w; w <= 0 gives "".
func Wrap(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return lipgloss.NewStyle().Width(w).Render(s)
}

// WrapMost wraps s to w columns and keeps at most n lines (all for n <= 0),
// the last ending in " …" when more was cut: for messages whose every part
// matters but whose room is bounded.
func WrapMost(s string, w, n int) []string {
	lines := strings.Split(Wrap(s, w), "\n")
	if n > 0 && len(lines) > n {
		lines = lines[:n]
		lines[n-1] = Cut(strings.TrimRight(lines[n-1], " ")+" …", w)
	}
	for i := range lines {
		lines[i] = Cut(lines[i], w)
	}
	return lines
}

// CutLines cuts every line of s to at most w columns.
func CutLines(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Cut(l, w)
	}
	return strings.Join(lines, "\n")
}

// Shortest returns the first of forms, longest first, that fits in w
// columns whole, so a placeholder or footer drops to a shorter wording
// rather than being cut mid-word. When none fits, the last is cut.
func Shortest(w int, forms ...string) string {
	for _, f := range forms {
		if ansi.StringWidth(f) <= w {
			return f
		}
	}
	if len(forms) == 0 {
		return ""
	}
	return Cut(forms[len(forms)-1], w)
}

// Share divides room columns among cells that want want[i] columns each,
// after giving each its floor[i]: every cell first gets its floor, then
// the spare room goes one column at a time, round the cells, to those
// still short of what they want. The result never sums past
// max(room, sum of floors).
func Share(room int, floor, want []int) []int {
	out := make([]int, len(floor))
	spare := room
	for i, f := range floor {
		out[i] = f
		spare -= f
	}
	for spare > 0 {
		grew := false
		for i := range out {
			if spare > 0 && out[i] < want[i] {
				out[i]++
				spare--
				grew = true
			}
		}
		if !grew {
			break
		}
	}
	return out
}

// CutWords shortens s to at most w columns at a word boundary, for a
// placeholder or footer: it keeps the longest run of whole words that
// fits, drops a dangling "or", "and" or comma at its end, and marks
// nothing, since what is left reads as a whole. Only when not even the
// first word fits is it cut with an ellipsis.
func CutWords(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	words := strings.Fields(s)
	out := ""
	for _, word := range words {
		next := word
		if out != "" {
			next = out + " " + word
		}
		if ansi.StringWidth(next) > w {
			break
		}
		out = next
	}
	for out != "" {
		trimmed := strings.TrimRight(out, ",;:·—- ")
		if i := strings.LastIndex(trimmed, " "); i >= 0 {
			switch trimmed[i+1:] {
			case "or", "and", "e.g.", "a", "the":
				trimmed = trimmed[:i]
			}
		}
		if trimmed == out {
			break
		}
		out = trimmed
	}
	// An aside whose closing bracket was cut goes whole.
	if i := strings.LastIndex(out, "("); i > 0 && !strings.Contains(out[i:], ")") {
		out = strings.TrimRight(out[:i], ",;:·—- ")
	}
	if out == "" {
		return Cut(s, w)
	}
	return out
}

// Head returns the first n characters of s, with " …" when s goes on: a
// text from the file can be megabytes long, and only its start is ever
// cleaned and drawn.
func Head(s string, n int) string {
	h, cut := safetext.Head(s, n)
	if cut {
		return h + " …"
	}
	return h
}
