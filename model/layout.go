package model

import (
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
