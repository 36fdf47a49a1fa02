package compare

import "github.com/charmbracelet/bubbles/key"

// compareKeyMap holds the comparison screen's keys. It implements
// help.KeyMap so the root can draw the footer from it.
type compareKeyMap struct {
	Up, Down, Left, Right key.Binding
	PageUp, PageDown      key.Binding
	Top, Bottom           key.Binding
	NextGroup, PrevGroup  key.Binding
	Differences           key.Binding
	Hide, ShowAll         key.Binding
	Pin, Sort             key.Binding
	Breakdown             key.Binding
	Legend                key.Binding
	DetailDown, DetailUp  key.Binding
	Export, ExportCSV     key.Binding
	ExportXLSX            key.Binding
	Priorities            key.Binding
	Questions             key.Binding
	Back                  key.Binding
}

// defaultCompareKeyMap returns the comparison keys with their help text.
func defaultCompareKeyMap() compareKeyMap {
	return compareKeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:        key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "left")),
		Right:       key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "right")),
		PageUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Top:         key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first row")),
		Bottom:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last row")),
		NextGroup:   key.NewBinding(key.WithKeys("tab", "]"), key.WithHelp("tab/]", "next group")),
		PrevGroup:   key.NewBinding(key.WithKeys("shift+tab", "["), key.WithHelp("S-tab/[", "prev group")),
		Differences: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "differences only")),
		Hide:        key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "hide column")),
		ShowAll:     key.NewBinding(key.WithKeys("X"), key.WithHelp("X", "show all")),
		Pin:         key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pin (2 = head-to-head)")),
		Sort:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort by fit")),
		Breakdown:   key.NewBinding(key.WithKeys("b", "enter"), key.WithHelp("b/enter", "score breakdown")),
		Legend:      key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "legend: ✓ ✗ ! ★ ≠ fit must out")),
		DetailDown:  key.NewBinding(key.WithKeys("J"), key.WithHelp("J/K", "scroll details")),
		DetailUp:    key.NewBinding(key.WithKeys("K")),
		Export:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "export Markdown")),
		ExportCSV:   key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "export CSV")),
		// x and X hide and show columns, so the spreadsheet export takes
		// ctrl+e, beside e and E.
		ExportXLSX: key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "export xlsx")),
		Priorities: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "priorities")),
		Questions:  key.NewBinding(key.WithKeys("Q"), key.WithHelp("Q", "your questions")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// ShortHelp returns the keys for the one-line footer.
func (k compareKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Right, k.NextGroup, k.Differences, k.Breakdown, k.Export, k.Back}
}

// FullHelp returns every key, in columns, for the full help.
func (k compareKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.PageUp, k.PageDown},
		{k.Top, k.Bottom, k.NextGroup, k.PrevGroup, k.DetailDown, k.Legend},
		{k.Differences, k.Hide, k.ShowAll, k.Pin, k.Sort, k.Breakdown},
		{k.Export, k.ExportCSV, k.ExportXLSX, k.Priorities, k.Questions, k.Back},
	}
}
