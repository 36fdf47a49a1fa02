package model

import "github.com/vetted-tui/vetted/model/phrase"

// The forms and the questions screen still in this package word counts
// and sentences as every screen does (model/phrase), under their old names.
var (
	plural   = phrase.Plural
	sentence = phrase.Sentence
)
