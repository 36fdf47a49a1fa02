package model

import (
	"strings"

	"github.com/vetted-tui/vetted/model/cell"
)

// fitHeight cuts s to exactly h lines, padding with empty lines, so the
// footer stays put whatever the body holds.
func fitHeight(s string, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

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
