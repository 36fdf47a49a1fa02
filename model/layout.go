package model

import (
	"strings"

	"github.com/vetted-tui/vetted/model/cell"
)

// clamp keeps v within [lo, hi]; hi wins when lo > hi.
func clamp(v, lo, hi int) int {
	if v < lo {
		v = lo
	}
	if v > hi {
		v = hi
	}
	return v
}

// wrap word-wraps s to w columns (cell.Wrap).
func wrap(s string, w int) string { return cell.Wrap(s, w) }

// windowLines shows h of lines, keeping line focus in view.
func windowLines(lines []string, focus, h int) string {
	if h <= 0 {
		return ""
	}
	if len(lines) <= h {
		return strings.Join(lines, "\n")
	}
	start := clamp(focus-h/2, 0, len(lines)-h)
	return strings.Join(lines[start:start+h], "\n")
}
