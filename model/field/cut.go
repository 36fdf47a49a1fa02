package field

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
)

// A text in the file can be far longer than any field edits: a 50 MB
// note from a hand-edited or damaged file froze the details form for 27 s
// when it was loaded into a widget whole. Such a text is loaded cut, with
// CutMarker at its end, and the field is read-only: the file keeps it
// whole, because a field that was not edited saves what the file held.

// CutMarker ends a text that was cut on loading. Its brackets are not on
// keyboards, so a typed text cannot end with it by chance.
const CutMarker = " ⟪cut here: the file holds more, kept whole⟫"

// CutForLoad returns stored as a widget should hold it: whole when it is
// within limit characters, else its first limit characters and CutMarker.
func CutForLoad(stored string, limit int) string {
	head, cut := safetext.Head(stored, limit)
	if !cut {
		return stored
	}
	return head + CutMarker
}

// IsCut reports whether a widget's value is a text cut on loading (and so
// not edited since: a cut field refuses edits).
func IsCut(value string) bool { return strings.HasSuffix(value, CutMarker) }

// shownMax bounds the text drawn in one table cell or line: far wider
// than any screen, and cheap to clean on every frame.
const shownMax = 1000

// Shown returns the start of s that can be drawn in a cell, uncleaned.
func Shown(s string) string {
	head, _ := safetext.Head(s, shownMax)
	return head
}

// CutRefusal says why key k may not change a field holding a cut text, or
// "" for a key that only moves within it.
func CutRefusal(k tea.KeyMsg, limit int) string {
	switch k.Type {
	case tea.KeyLeft, tea.KeyRight, tea.KeyUp, tea.KeyDown, tea.KeyHome, tea.KeyEnd, tea.KeyPgUp, tea.KeyPgDown:
		return ""
	}
	return fmt.Sprintf("This text is longer than the %s characters vetted edits, so it is shown cut and kept whole in the file. "+
		"Edit it in a text editor if it needs changing.", checklist.Thousands(int64(limit)))
}
