package model

// All I/O of the program lives here, as commands: nothing in Update or View
// touches the disk.

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/store"
)

// saveCmd writes nb, which must be a copy nobody else changes, as revision
// rev. The store skips a revision older than the last one written, so saves
// that finish out of order cannot roll the file back.
func saveCmd(f *store.File, nb *store.Notebook, rev uint64) tea.Cmd {
	return func() tea.Msg {
		return savedMsg{rev: rev, err: f.Save(nb, rev)}
	}
}

// quitGrace is how long quitting waits before checking for pending saves.
// A key such as enter produces its answer message through a command, which
// can arrive just after a ctrl+c typed straight after it; the pause lets
// that message in, and its save start, before the program decides to end.
const quitGrace = 40 * time.Millisecond

// quitCheckMsg asks the root whether it may quit now.
type quitCheckMsg struct{}

func quitCheckCmd() tea.Cmd {
	return tea.Tick(quitGrace, func(time.Time) tea.Msg { return quitCheckMsg{} })
}
