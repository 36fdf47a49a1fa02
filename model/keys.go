package model

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/vetted-tui/vetted/model/screen"
)

// bind is shorthand for a binding with its help text (screen.Bind).
var bind = screen.Bind

// globalKeyMap holds the keys that work on every screen. The root enables
// and disables Quit and Help as the active screen starts or stops typing.
type globalKeyMap struct {
	ForceQuit key.Binding // ctrl+c, always
	Quit      key.Binding // q, top-level screens only, never while typing
	Help      key.Binding // ?, never while typing
}

func defaultGlobalKeyMap() globalKeyMap {
	return globalKeyMap{
		ForceQuit: bind("ctrl+c", "quit", "ctrl+c"),
		Quit:      bind("q", "quit", "q"),
		Help:      bind("?", "help", "?"),
	}
}

// detailsKeyMap holds the details form's keys.
type detailsKeyMap struct {
	Next      key.Binding
	Prev      key.Binding
	Down      key.Binding // next field, except in a notes box (moves the cursor there)
	Up        key.Binding // previous field, except in a notes box
	Cycle     key.Binding // changes a pick-one field (found via, status)
	CycleBack key.Binding // the part of Cycle that steps backwards
	Save      key.Binding
	NotesSave key.Binding // enter in a notes box saves; alt+enter is a new line
	Cancel    key.Binding
}

func defaultDetailsKeyMap() detailsKeyMap {
	return detailsKeyMap{
		Next:      bind("tab", "next", "tab", "enter"),
		Prev:      bind("shift+tab", "previous", "shift+tab"),
		Down:      bind("↓", "next", "down"),
		Up:        bind("↑", "previous", "up"),
		Cycle:     bind("←/→", "change choice", "left", "right", " "),
		CycleBack: bind("←", "previous choice", "left"),
		Save:      bind("ctrl+s", "save", "ctrl+s"),
		NotesSave: bind("enter", "save", "enter"),
		Cancel:    bind("esc", "cancel", "esc"),
	}
}

// ShortHelp implements help.KeyMap.
func (k detailsKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Cycle, k.Next, k.Prev, k.Save, k.Cancel}
}

// FullHelp implements help.KeyMap.
func (k detailsKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Cycle}, {k.Save, k.Cancel}}
}

// interviewKeyMap holds the interview's keys. The widget keys (y/n/u,
// numbers, space) are enabled according to the current question's kind.
type interviewKeyMap struct {
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
}

func defaultInterviewKeyMap() interviewKeyMap {
	return interviewKeyMap{
		Commit:    bind("enter", "save", "enter"),
		Next:      bind("tab", "next", "tab", "pgdown"),
		Prev:      bind("shift+tab", "previous", "shift+tab", "pgup"),
		PgNext:    bind("pgdn", "next", "pgdown"),
		PgPrev:    bind("pgup", "previous", "pgup"),
		Skip:      bind("ctrl+k", "skip", "ctrl+k"),
		Clear:     bind("ctrl+r", "clear answer", "ctrl+r"),
		Note:      bind("ctrl+n", "note", "ctrl+n"),
		Partner:   bind("ctrl+p", "you/partner", "ctrl+p"),
		CatNext:   bind("ctrl+→/]", "next topic", "ctrl+right", "]"),
		CatPrev:   bind("ctrl+←/[", "previous topic", "ctrl+left", "["),
		Back:      bind("esc", "roster", "esc"),
		Questions: bind("ctrl+o", "your questions", "ctrl+o"),
		YesNo:     bind("y/n/u", "yes/no/unsure", "y", "n", "u", "Y", "N", "U"),
		Pick:      bind("↑/↓", "move", "up", "down", "k", "j"),
		PickUp:    bind("↑/k", "move up", "up", "k"),
		PickDown:  bind("↓/j", "move down", "down", "j"),
		Number:    bind("1-9", "pick", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Toggle:    bind("space", "tick", " ", "x"),
		Rating:    bind("1-5", "rate", "1", "2", "3", "4", "5"),
		Newline:   bind("alt+enter", "new line", "alt+enter"),
	}
}

// ShortHelp implements help.KeyMap.
func (k interviewKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.YesNo, k.Pick, k.Toggle, k.Rating, k.Commit, k.Partner, k.Newline, k.Next, k.Skip, k.Back}
}

// FullHelp implements help.KeyMap.
func (k interviewKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.YesNo, k.Pick, k.Number, k.Toggle, k.Rating, k.Newline},
		{k.Commit, k.Skip, k.Clear, k.Note, k.Partner},
		{k.Next, k.Prev, k.PgNext, k.PgPrev},
		{k.CatNext, k.CatPrev},
		{k.Questions, k.Back},
	}
}
