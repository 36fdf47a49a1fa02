package model

import (
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
)

// The text rules of every field (limits that say why, texts cut on
// loading, cleaned keys) live in model/field, the list helpers in
// model/screen; these are the names the screens still in this package
// call them by.
var (
	newTextInput   = field.NewLine
	newBoundedArea = field.NewBoundedArea
	inputFits      = field.Fits
	limitMessage   = field.LimitMessage
	cutForLoad     = field.CutForLoad
	isCut          = field.IsCut
	shown          = field.Shown
	cutRefusal     = field.CutRefusal
	cleanRunes     = field.CleanKey
	windowLines    = screen.WindowLines
	scrollLines    = screen.ScrollLines
)

// boundedArea is a multi-line field that counts its limit in characters.
type boundedArea = field.Area

// cutMarker ends a text cut on loading (field.CutMarker).
const cutMarker = field.CutMarker
