package model

import (
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
)

// The text-field helpers of package field, under the names the screens
// still in this package (the forms, the interview, the questions screen)
// call them by.
var (
	newTextInput = field.NewTextInput
	newTextArea  = field.NewTextArea
	inputFits    = field.Fits
	limitMessage = field.LimitMessage
	cutForLoad   = field.CutForLoad
	isCut        = field.IsCut
	shown        = field.Shown
	cutRefusal   = field.CutRefusal
	cleanRunes   = field.CleanKey
	windowLines  = screen.WindowLines
	scrollLines  = screen.ScrollLines
)

// cutMarker ends a text cut on loading (field.CutMarker).
const cutMarker = field.CutMarker
