package field

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/safetext"
)

// Area is a textarea whose limits vetted keeps itself. The bubbles
// textarea counts its CharLimit in screen columns (a CJK character fills
// two) and drops what does not fit silently, where checklist.Parse counts
// characters; an Area counts characters as Parse does, and refuses a key
// that would not fit with a message instead (see Refusal).
type Area struct {
	textarea.Model
	// limit is the most characters it holds, lines the most lines.
	limit, lines int
	// value is what it holds and runes how many characters that is: kept
	// once per key, because the textarea builds its value afresh on every
	// call and the counter, the limits and the edited mark all need it.
	value string
	runes int
}

// NewBoundedArea returns an area holding stored, cleaned. A text from the
// file longer than limit is loaded cut (see CutForLoad) and refuses edits;
// one that fits but has more lines than the area allows raises that limit.
func NewBoundedArea(placeholder string, limit int, stored string) Area {
	ta := NewArea(placeholder)
	text := safetext.Clean(CutForLoad(stored, limit))
	a := Area{Model: ta, limit: limit, lines: MaxAreaLines}
	a.lines = max(a.lines, strings.Count(text, "\n")+1)
	a.MaxHeight = a.lines
	a.SetValue(text)
	a.value = a.Model.Value()
	a.runes = utf8.RuneCountInString(a.value)
	if !IsCut(text) {
		a.limit = max(a.limit, a.runes)
	}
	return a
}

// Text is what the area holds, as of its last update. Change the content
// only through NewBoundedArea and Update, which keep it.
func (a Area) Text() string { return a.value }

// Runes is how many characters of text the area holds. The marker of a
// text cut on loading is not counted: it is not part of the text, and a
// counter would read 4,044 / 4,000 with it.
func (a Area) Runes() int {
	if IsCut(a.value) {
		return a.runes - utf8.RuneCountInString(CutMarker)
	}
	return a.runes
}

// Limit is the most characters the area takes.
func (a Area) Limit() int { return a.limit }

// Refusal says why key k would not fit, or "" when it does.
func (a Area) Refusal(k tea.KeyMsg) string {
	if IsCut(a.value) {
		return CutRefusal(k, a.limit)
	}
	var in string
	switch {
	case key.Matches(k, a.KeyMap.InsertNewline):
		in = "\n"
	case k.Type == tea.KeyRunes || k.Type == tea.KeySpace:
		in = string(areaSanitizer.Sanitize(slices.Clone(k.Runes)))
	default:
		return ""
	}
	if a.runes+utf8.RuneCountInString(in) > a.limit {
		return LimitMessage(k, a.limit)
	}
	if a.LineCount()+strings.Count(in, "\n") > a.lines {
		return fmt.Sprintf("This holds up to %d lines, so that was not added.", a.lines)
	}
	return ""
}

// Update hands msg to the textarea and counts what it then holds.
// Several runes in one key message are text (see AsText).
func (a Area) Update(msg tea.Msg) (Area, tea.Cmd) {
	msg = AsText(msg)
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, a.KeyMap.WordBackward) && !a.wordBeforeCursor() {
		// bubbles v1.0.0's textarea loops forever on a word back (alt+left,
		// alt+b) with no word before the cursor, freezing the app (found
		// by FuzzModel). There is nowhere to go: do nothing.
		return a, nil
	}
	var cmd tea.Cmd
	a.Model, cmd = a.Model.Update(msg)
	if _, isKey := msg.(tea.KeyMsg); isKey {
		a.value = a.Model.Value()
		a.runes = utf8.RuneCountInString(a.value)
	}
	return a, cmd
}

// wordBeforeCursor reports whether any non-space character comes before
// the cursor, on its line or an earlier one.
func (a Area) wordBeforeCursor() bool {
	lines := strings.Split(a.Value(), "\n")
	row := min(a.Line(), len(lines)-1)
	info := a.LineInfo()
	cur := []rune(lines[row])
	before := strings.Join(lines[:row], "\n") + string(cur[:min(info.StartColumn+info.ColumnOffset, len(cur))])
	return strings.TrimSpace(before) != ""
}
