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
	// Undo takes back the last deletion of the screen on view (undo.go);
	// never while typing, and only when there is one.
	Undo key.Binding
}

func defaultGlobalKeyMap() globalKeyMap {
	return globalKeyMap{
		ForceQuit: bind("ctrl+c", "quit", "ctrl+c"),
		Quit:      bind("q", "quit", "q"),
		Help:      bind("?", "help", "?"),
		Undo:      bind("u/ctrl+z", "undo", "u", "ctrl+z"),
	}
}
