package model

import (
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
)

// The text rules of every field (limits that say why, texts cut on
// loading, cleaned keys) live in model/field, the list helpers in
// model/screen; these are the names the code still in this package calls
// them by.
var (
	isCut       = field.IsCut
	shown       = field.Shown
	scrollLines = screen.ScrollLines
)

// cutMarker ends a text cut on loading (field.CutMarker).
const cutMarker = field.CutMarker
