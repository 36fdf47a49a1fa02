package questions

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/vetted-tui/vetted/model/screen"
)

// KeyMap holds the questions screen's keys.
type KeyMap struct {
	Up, Down         key.Binding
	MoveUp, MoveDown key.Binding
	Add, AddCategory key.Binding
	Edit, Hide       key.Binding
	Delete, Restore  key.Binding
	Back             key.Binding
}

// DefaultKeyMap returns the questions screen's keys.
func DefaultKeyMap() KeyMap {
	bind := screen.Bind
	return KeyMap{
		Up:          bind("↑/k", "up", "up", "k"),
		Down:        bind("↓/j", "down", "down", "j"),
		MoveUp:      bind("K/shift+↑", "move up", "K", "shift+up"),
		MoveDown:    bind("J/shift+↓", "move down", "J", "shift+down"),
		Add:         bind("a", "add question", "a"),
		AddCategory: bind("A", "add category", "A"),
		Edit:        bind("e/enter", "edit", "e", "enter"),
		Hide:        bind("h", "hide/show built-in", "h"),
		Delete:      bind("d", "delete yours", "d"),
		Restore:     bind("r", "restore archived", "r"),
		Back:        bind("esc", "back", "esc"),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	// One entry for both moves, so esc and ? still fit at 80 columns.
	move := key.NewBinding(key.WithKeys("K", "J"), key.WithHelp("K/J", "move up/down"))
	return []key.Binding{k.Add, k.Edit, move, k.Back}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.MoveUp, k.MoveDown},
		{k.Add, k.AddCategory, k.Edit},
		{k.Hide, k.Delete, k.Restore, k.Back},
	}
}
