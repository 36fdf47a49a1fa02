package form

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds the keys of every form: the same keys do the same thing in
// all of them.
type KeyMap struct {
	// Next and Prev move between fields and wrap around the form.
	Next, Prev key.Binding
	// Down and Up move between fields too, stopping at the first and last;
	// in a multi-line field they move between its lines first, in a rows
	// field between its rows.
	Down, Up key.Binding
	// Enter moves on from a field, and saves from the last one.
	Enter key.Binding
	// Cycle changes a pick-one field; CycleBack is its part that steps
	// backwards.
	Cycle, CycleBack key.Binding
	Save, Back       key.Binding
	// AddRow and DelRow add and remove rows; enabled in forms with rows.
	AddRow, DelRow key.Binding
	// NewLine is help only: the multi-line fields' own key.
	NewLine key.Binding
}

func bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// DefaultKeyMap returns the form keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Next:      bind("tab/↓", "next field", "tab"),
		Prev:      bind("shift+tab/↑", "previous field", "shift+tab"),
		Down:      bind("↓", "next field", "down"),
		Up:        bind("↑", "previous field", "up"),
		Enter:     bind("enter", "next, or save on the last field", "enter"),
		Cycle:     bind("space/←/→", "change choice", " ", "left", "right"),
		CycleBack: bind("←", "previous choice", "left"),
		Save:      bind("ctrl+s", "save", "ctrl+s"),
		Back:      bind("esc", "leave", "esc"),
		AddRow:    bind("ctrl+n", "add row", "ctrl+n"),
		DelRow:    bind("ctrl+d", "remove row", "ctrl+d"),
		NewLine:   bind("alt+enter", "new line", "alt+enter"),
	}
}

// ShortHelp implements help.KeyMap: the keys of the focused field first,
// then saving and leaving, which must not be cut off a narrow screen.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Cycle, k.NewLine, k.AddRow, k.DelRow, k.Save, k.Back, k.Next}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Enter}, {k.Cycle, k.NewLine, k.AddRow, k.DelRow}, {k.Save, k.Back}}
}
