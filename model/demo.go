package model

// The demo opened from the welcome screen: it swaps the person's (still
// empty) notebook for the fictional one, in memory; esc on its roster
// swaps it back.

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/roster"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/welcome"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// leaveDemoKey, on the roster of a demo opened from the welcome screen,
// returns to the person's own notebook.
var leaveDemoKey = welcome.LeaveDemoKey

// ownNotebook is the person's notebook, kept aside while the demo shows.
// The demo is offered only before anything was changed, so no save of the
// person's notebook is due while it is aside.
type ownNotebook struct {
	file *disk.File
	nb   *store.Notebook
}

// tryDemo shows the demo notebook in place of the person's own.
func (m *Model) tryDemo() {
	m.own = &ownNotebook{file: m.file, nb: m.nb()}
	m.useNotebook(demo.Notebook(), nil, true)
	m.home(roster.New(m.common))
	m.setStatus("Fictional therapists; nothing is saved. esc: back to yours.", false)
}

// leavingDemo reports whether k is esc on the roster of a demo opened
// from the welcome screen.
func (m *Model) leavingDemo(k tea.KeyMsg) bool {
	return m.own != nil && m.topLevel() && !m.top().Typing() && key.Matches(k, leaveDemoKey)
}

// leaveDemo goes back to the person's own notebook, on the welcome screen
// while it is still empty.
func (m *Model) leaveDemo() {
	own := m.own
	m.own = nil
	m.useNotebook(own.nb, own.file, false)
	var bottom screen.Screen = roster.New(m.common)
	if len(own.nb.Therapists) == 0 {
		bottom = welcome.New(m.common, own.file)
	}
	m.home(bottom)
	m.setStatus("Back to your own notebook; the demo's changes are gone.", false)
}

// useNotebook makes nb (saved to file, or in memory when file is nil or
// isDemo) the notebook every screen shows. The caller starts the screens
// afresh (home).
func (m *Model) useNotebook(nb *store.Notebook, file *disk.File, isDemo bool) {
	m.common.UseNotebook(nb)
	m.file = file
	m.demo = isDemo || file == nil
	m.common.Encrypted = !m.demo && file.Encrypted()
}
