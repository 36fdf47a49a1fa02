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
