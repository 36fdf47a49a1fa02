package model

// The help under every screen (model/help): the screen on top's keys and
// the global ones, in the room the screen leaves.

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/compare"
)

// flipHelp is ?: it opens the full help, shows its next page, or closes
// it after the last page.
func (m *Model) flipHelp() {
	_, full := m.helpBindings(true)
	m.help.Flip(len(m.help.Pages(full, m.helpRows())))
	m.layout()
}

// helpRows is how many rows of keys the full help may take: what the
// window has left after the header, the status line and the smallest
// body a screen draws in (the comparison's), and at least two.
func (m *Model) helpRows() int {
	_, frameH := m.common.Styles.App.GetFrameSize()
	return max(2, m.height-frameH-lipgloss.Height(m.header())-m.statusH-compare.MinHeight)
}

// helpLine is the help, kept while the keys it lists, their help texts
// and the room for them stay the same (help.Pager.View). The
// changed-on-disk prompt takes its place, rarely and briefly: it is
// drawn afresh.
func (m *Model) helpLine() string {
	if m.conflict.Open {
		return m.conflict.View(m.help.Styles, m.help.Width, m.saves.QuitAnyway())
	}
	short, full := m.helpBindings(m.help.ShowAll)
	rows := 0
	if m.help.ShowAll {
		rows = m.helpRows()
	}
	return m.help.View(short, full, rows)
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
