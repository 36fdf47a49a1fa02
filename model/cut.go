package model

import (
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/safetext"
)

// The text rules of every field (limits that say why, texts cut on
// loading, cleaned keys) live in model/field; these are the names the
// screens of this package call them by.

// boundedArea is a multi-line field that counts its limit in characters.
type boundedArea = field.Area

// cutMarker ends a text that was cut on loading.
const cutMarker = field.CutMarker

var (
	newBoundedArea = field.NewBoundedArea
	inputFits      = field.Fits
	limitMessage   = field.LimitMessage
	cleanRunes     = field.CleanKey
	cutForLoad     = field.CutForLoad
	isCut          = field.IsCut
	cutRefusal     = field.CutRefusal
)

// shownMax bounds the text drawn in one table cell or line: far wider
// than any screen, and cheap to clean on every frame.
const shownMax = 1000

// shown returns the start of s that can be drawn in a cell, uncleaned.
func shown(s string) string {
	head, _ := safetext.Head(s, shownMax)
	return head
}
