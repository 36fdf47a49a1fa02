package interview

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/vetted-tui/vetted/model/screen"
)

// KeyMap holds the interview's keys. The widget keys (y/n/u,
// numbers, space) are enabled according to the current question's kind.
type KeyMap struct {
	Commit  key.Binding
	Next    key.Binding
	Prev    key.Binding
	PgNext  key.Binding // help only: Next and Prev match pgdown and pgup too
	PgPrev  key.Binding
	Skip    key.Binding
	Clear   key.Binding
	Note    key.Binding
	Partner key.Binding // on Personal questions when a partner is named
	CatNext key.Binding
	CatPrev key.Binding
	Back    key.Binding
	// Questions opens the questions screen and comes back here.
	Questions key.Binding

	// Widget keys, shown in help only for the kinds that use them.
	YesNo    key.Binding
	Pick     key.Binding // help only: PickUp and PickDown move
	PickUp   key.Binding
	PickDown key.Binding
	Number   key.Binding
	Toggle   key.Binding
	Rating   key.Binding
	Newline  key.Binding
	// NoteHint is help only, on yes/no questions: y and n answer at once,
	// and "yes, but only by video" needs the note (Note matches ctrl+n).
	NoteHint key.Binding
}

// DefaultKeyMap returns the interview's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Commit:    screen.Bind("enter", "save", "enter"),
		Next:      screen.Bind("tab", "next", "tab", "pgdown"),
		Prev:      screen.Bind("shift+tab", "previous", "shift+tab", "pgup"),
		PgNext:    screen.Bind("pgdn", "next", "pgdown"),
		PgPrev:    screen.Bind("pgup", "previous", "pgup"),
		Skip:      screen.Bind("ctrl+k", "skip", "ctrl+k"),
		Clear:     screen.Bind("ctrl+r", "clear answer", "ctrl+r"),
		Note:      screen.Bind("ctrl+n", "note", "ctrl+n"),
		Partner:   screen.Bind("ctrl+p", "you/partner", "ctrl+p"),
		CatNext:   screen.Bind("ctrl+→/]", "next topic", "ctrl+right", "]"),
		CatPrev:   screen.Bind("ctrl+←/[", "previous topic", "ctrl+left", "["),
		Back:      screen.Bind("esc", "roster", "esc"),
		Questions: screen.Bind("ctrl+o", "your questions", "ctrl+o"),
		YesNo:     screen.Bind("y/n/u", "yes/no/unsure", "y", "n", "u", "Y", "N", "U"),
		Pick:      screen.Bind("↑/↓", "move", "up", "down", "k", "j"),
		PickUp:    screen.Bind("↑/k", "move up", "up", "k"),
		PickDown:  screen.Bind("↓/j", "move down", "down", "j"),
		Number:    screen.Bind("1-9", "pick", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Toggle:    screen.Bind("space", "tick", " ", "x"),
		Rating:    screen.Bind("1-5", "rate", "1", "2", "3", "4", "5"),
		Newline:   screen.Bind("alt+enter", "new line", "alt+enter"),
		NoteHint:  screen.Bind("ctrl+n", "note", "ctrl+n"),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.YesNo, k.NoteHint, k.Pick, k.Toggle, k.Rating, k.Commit, k.Partner, k.Newline, k.Next, k.Skip, k.Back}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.YesNo, k.Pick, k.Number, k.Toggle, k.Rating, k.Newline},
		{k.Commit, k.Skip, k.Clear, k.Note, k.Partner},
		{k.Next, k.Prev, k.PgNext, k.PgPrev},
		{k.CatNext, k.CatPrev},
		{k.Questions, k.Back},
	}
}
