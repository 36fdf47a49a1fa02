package model

// All I/O of the program lives here and in model/ondisk (saving, reloading,
// watching the notebook), as commands: nothing in Update or View touches
// the disk.

import (
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

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

// exportCmd writes nb, a copy later edits leave alone (a Snapshot), in
// the given format to a new file in dir, and reports where (see
// disk.WriteNewExport), with the warning that it is in clear when the
// notebook is encrypted.
func exportCmd(nb *store.Notebook, format, dir string, encrypted bool) tea.Cmd {
	warning := disk.PlaintextWarning(encrypted, "The export")
	return func() tea.Msg {
		path, err := disk.WriteNewExport(dir, export.DefaultName(format), func(w io.Writer) error {
			return export.WriteWith(w, nb, format, export.Options{})
		})
		return compare.ExportDoneMsg{Path: path, Err: err, Warning: warning}
	}
}
