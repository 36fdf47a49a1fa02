package model

// The help: one line of the screen's main keys under every screen, and
// with ? all of its keys and the global ones, in columns. Columns that do
// not fit the width, or rows that would take the room the screen needs,
// go on further pages: ? shows the next page, and closes the help after
// the last. Nothing is hidden behind "…".

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/compare"
)

// flipHelp is ?: it opens the full help, shows its next page, or closes
// it after the last page.
func (m *Model) flipHelp() {
	switch {
	case !m.help.ShowAll:
		m.help.ShowAll, m.helpPage = true, 0
	case m.helpPage+1 < len(m.helpPages()):
		m.helpPage++
	default:
		m.help.ShowAll, m.helpPage = false, 0
	}
	m.layout()
}

// helpRows is how many rows of keys the full help may take: what the
// window has left after the header, the status line and the smallest
// body a screen draws in (the comparison's), and at least two.
func (m *Model) helpRows() int {
	_, frameH := m.common.Styles.App.GetFrameSize()
	return max(2, m.height-frameH-lipgloss.Height(m.header())-m.statusH-compare.MinHeight)
}

// helpPages is the full help, in pages that fit the width and helpRows.
func (m *Model) helpPages() [][][]key.Binding {
	_, full := m.helpBindings(true)
	rows := m.helpRows()
	// Measured as drawn without a width: bubbles cuts a view wider than
	// its width with "…", which would always seem to fit.
	unbounded := *m.help
	unbounded.Width = 0
	pages := packHelp(unbounded.FullHelpView, full, m.help.Width, rows)
	if len(pages) > 1 {
		// A line goes to saying which page this is.
		pages = packHelp(unbounded.FullHelpView, full, m.help.Width, max(1, rows-1))
	}
	return pages
}

// packHelp splits groups into columns of at most rows keys, and the
// columns into pages as wide as draw makes them fit in width.
func packHelp(draw func([][]key.Binding) string, groups [][]key.Binding, width, rows int) [][][]key.Binding {
	var cols [][]key.Binding
	for _, g := range groups {
		var on []key.Binding
		for _, b := range g {
			if b.Enabled() {
				on = append(on, b)
			}
		}
		for len(on) > rows {
			cols = append(cols, on[:rows])
			on = on[rows:]
		}
		if len(on) > 0 {
			cols = append(cols, on)
		}
	}
	var pages [][][]key.Binding
	var page [][]key.Binding
	for _, c := range cols {
		with := append(slices.Clip(page), c)
		if len(page) > 0 && lipgloss.Width(draw(with)) > width {
			pages = append(pages, page)
			with = [][]key.Binding{c}
		}
		page = with
	}
	if len(page) > 0 {
		pages = append(pages, page)
	}
	return pages
}

// helpView has a pointer receiver, as statusView.
func (m *Model) helpView() string {
	if m.conflict.Open {
		return m.conflict.View(m.help.Styles, m.help.Width, m.saves.QuitAnyway())
	}
	if !m.help.ShowAll {
		short, _ := m.helpBindings(false)
		// bubbles/help can overrun its width by one item when the
		// ellipsis does not fit: clamp every line.
		return cell.CutLines(m.help.ShortHelpView(short), m.help.Width)
	}
	// Drawn without a width: packHelp made every page fit, and bubbles
	// would otherwise end a page it thinks too wide with "…".
	pages := m.helpPages()
	w := m.help.Width
	m.help.Width = 0
	defer func() { m.help.Width = w }()
	if len(pages) == 0 {
		return ""
	}
	page := min(m.helpPage, len(pages)-1)
	out := m.help.FullHelpView(pages[page])
	if len(pages) > 1 {
		next := "? next page"
		if page == len(pages)-1 {
			next = "? closes"
		}
		out += "\n" + m.help.Styles.ShortDesc.Render(fmt.Sprintf("page %d/%d · %s", page+1, len(pages), next))
	}
	return cell.CutLines(out, w)
}

// helpBindings are the keys the help lists, the screen on top's and the
// global ones: short for one line, or with all set full for the columns
// of ? (and short nil). A screen's help is drawn on every key typed (the
// interview's): only the one shown is asked for.
func (m *Model) helpBindings(all bool) (short []key.Binding, full [][]key.Binding) {
	top := m.top()
	if all {
		full = top.FullHelp()
	} else {
		short = top.ShortHelp()
	}
	if m.own != nil && m.topLevel() {
		// The full help only: the short line must keep q in 78 columns,
		// and the header already says how to leave.
		full = append(full, []key.Binding{leaveDemoKey})
	}
	g := m.keys
	typing := top.Typing()
	g.Help.SetEnabled(!typing)
	g.Quit.SetEnabled(!typing && m.topLevel())
	if all {
		// u is listed only where there is something to undo (undo.go).
		g.Undo.SetEnabled(m.undoHere() >= 0)
		return nil, append(full, []key.Binding{g.Undo, g.Help, g.Quit, g.ForceQuit})
	}
	return append(short, g.Help, g.Quit), nil
}
