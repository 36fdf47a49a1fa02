package model

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/runeutil"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/rivo/uniseg"

	"github.com/vetted-tui/vetted/checklist"
)

// The bubbles inputs cut a paste that does not fit and drop a rune typed
// at the limit, silently. vetted checks first, refuses the whole key and
// says why, so no text is ever lost without the person knowing.

// The same sanitisers the bubbles inputs apply before inserting, so the
// count below is what they would insert.
var (
	lineSanitizer = runeutil.NewSanitizer(runeutil.ReplaceTabs(" "), runeutil.ReplaceNewlines(" "))
	areaSanitizer = runeutil.NewSanitizer()
)

// inputFits reports whether the text k would insert fits in ti.
func inputFits(ti textinput.Model, k tea.KeyMsg) bool {
	if ti.CharLimit <= 0 || len(k.Runes) == 0 {
		return true
	}
	in := lineSanitizer.Sanitize(slices.Clone(k.Runes))
	return utf8.RuneCountInString(ti.Value())+len(in) <= ti.CharLimit
}

// areaFits reports whether the text k would insert fits in a textarea
// whose Length() is used. The textarea counts its limit in columns plus
// line breaks, so this does too.
func areaFits(used, limit int, k tea.KeyMsg) bool {
	if limit <= 0 || len(k.Runes) == 0 {
		return true
	}
	in := areaSanitizer.Sanitize(slices.Clone(k.Runes))
	s := string(in)
	return used+uniseg.StringWidth(s)+strings.Count(s, "\n") <= limit
}

// limitMessage explains a refused key: a paste that would overflow, or a
// field that is already full.
func limitMessage(k tea.KeyMsg, limit int) string {
	if k.Paste || len(k.Runes) > 1 {
		return fmt.Sprintf("That paste would go over the %s-character limit, so it was not added.", checklist.Thousands(int64(limit)))
	}
	return fmt.Sprintf("This field is full: it holds up to %s characters.", checklist.Thousands(int64(limit)))
}
