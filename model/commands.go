package model

// All I/O of the program lives here, as commands: nothing in Update or View
// touches the disk.

import (
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// saveCmd writes nb, which must be a copy nobody else changes, as revision
// rev. The store skips a revision older than the last one written, so saves
// that finish out of order cannot roll the file back.
//
// It announces rev to the store at once (disk.File.Queue), on the caller's
// goroutine, so that older saves still waiting step aside: a burst of
// changes costs a write or two, not one each.
func saveCmd(f *disk.File, nb *store.Notebook, rev uint64) tea.Cmd {
	f.Queue(rev)
	return func() tea.Msg {
		return savedMsg{rev: rev, err: f.Save(nb, rev)}
	}
}

// dropSaveCmd is saveCmd followed by removing the kept previous version
// (notebook.json.prev), which still holds the recently deleted therapists
// just emptied for good (store/deleted.go). It
// runs in the same command, so the .prev it removes is the one this save
// left; a later save keeps a new one without them.
//
// An older save that steps aside for a newer one (disk.ErrSuperseded)
// leaves the .prev alone; every save queued after emptying is a
// dropSaveCmd until one has removed it.
func dropSaveCmd(f *disk.File, nb *store.Notebook, rev uint64) tea.Cmd {
	f.Queue(rev)
	return func() tea.Msg {
		if err := f.Save(nb, rev); err != nil {
			return savedMsg{rev: rev, err: err}
		}
		if err := f.DropPrevious(rev); err != nil {
			return savedMsg{rev: rev, prevErr: err}
		}
		return savedMsg{rev: rev, dropped: true}
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
