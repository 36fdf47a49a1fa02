package interview

import (
	"strings"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
)

// What a person says on the phone is not always a date or an amount
// ("next week", "$0 first session, then $250"). When Parse refuses what
// was typed, the message offers to keep it as the note instead with one
// key (the note key, ctrl+n): the text moves to the note, the answer goes
// back to what is saved (nothing, or the answer from before), and enter
// then records the note, so nothing typed is lost to a format.

// keepOffer is added to a refusal of typed text.
const keepOffer = " ctrl+n keeps what you typed as the note (enter then records it)."

// refuse shows Parse's refusal of raw, with the offer to keep it as the
// note when there is text to keep.
func (iv Model) refuse(raw string, err error) Model {
	iv.problem = err.Error()
	iv.refused = ""
	if strings.TrimSpace(raw) != "" && !iv.noteFocus {
		iv.refused = raw
		iv.problem += keepOffer
	}
	return iv
}

// keepAsNote takes up the offer: what was refused goes to the end of the
// note, and the answer back to what is saved.
func (iv Model) keepAsNote() (Model, tea.Cmd) {
	kept := strings.TrimSpace(safetext.Line(iv.refused))
	iv.refused = ""
	n := iv.note()
	note := strings.TrimSpace(n.Value())
	if note != "" {
		note += " · "
	}
	note += kept
	if utf8.RuneCountInString(note) > n.CharLimit {
		iv.problem = "The note has no room for what you typed; shorten the note first."
		return iv, nil
	}
	n.SetValue(note)
	n.CursorEnd()
	*iv.widget() = newAnswerWidget(iv.current(), iv.stored())
	iv.noteFocus = true
	iv.problem = ""
	iv.notice = "✎ \"" + cell.Cut(kept, 30) + "\" is in the note now; enter records it" + iv.keptAnswerSays() + "."
	iv.noticeLevel = noticeGood
	iv = iv.resize()
	return iv, iv.focusCmd()
}

// keptAnswerSays says what becomes of the answer when the note is
// recorded: the saved one stays, or there is none.
func (iv Model) keptAnswerSays() string {
	if iv.stored().Answered() {
		return " with the answer saved before"
	}
	return " (the question stays not answered)"
}
