package model

// All I/O of the program lives here, as commands: nothing in Update or View
// touches the disk.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/store"
)

// saveCmd writes nb, which must be a copy nobody else changes, as revision
// rev. The store skips a revision older than the last one written, so saves
// that finish out of order cannot roll the file back.
//
// It announces rev to the store at once (store.File.Queue), on the caller's
// goroutine, so that older saves still waiting step aside: a burst of
// changes costs a write or two, not one each.
func saveCmd(f *store.File, nb *store.Notebook, rev uint64) tea.Cmd {
	f.Queue(rev)
	return func() tea.Msg {
		return savedMsg{rev: rev, err: f.Save(nb, rev)}
	}
}

// dropSaveCmd is saveCmd followed by removing the kept previous version
// (notebook.json.prev), which still holds a therapist just deleted. It
// runs in the same command, so the .prev it removes is the one this save
// left; a later save keeps a new one without them.
//
// An older save that steps aside for a newer one (store.ErrSuperseded)
// leaves the .prev alone; every save queued after a delete is a
// dropSaveCmd until one has removed it.
func dropSaveCmd(f *store.File, nb *store.Notebook, rev uint64) tea.Cmd {
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

// exportCmd writes nb, a copy nobody else changes, in the given format to
// a new file in dir, and reports where (see writeFreeFile).
func exportCmd(nb *store.Notebook, format, dir string) tea.Cmd {
	return func() tea.Msg {
		path, err := writeFreeFile(dir, export.DefaultName(format), func(w io.Writer) error {
			return export.WriteWith(w, nb, format, export.Options{})
		})
		return compare.ExportDoneMsg{Path: path, Err: err}
	}
}

// maxExportCopies bounds the search for a free file name, so a folder full
// of old exports gives an error rather than a long loop.
const maxExportCopies = 99

// writeFreeFile writes a new file in dir, from name upwards ("name.md",
// "name-2.md" ...), never over a file that is there (even one that appears
// meanwhile: store.WriteExport creates it exclusively), and returns its
// path. Exports, briefs and saved messages all go through it.
func writeFreeFile(dir, name string, write func(io.Writer) error) (string, error) {
	ext := filepath.Ext(name)
	base := strings.TrimSuffix(name, ext)
	for i := 1; i <= maxExportCopies; i++ {
		candidate := name
		if i > 1 {
			candidate = fmt.Sprintf("%s-%d%s", base, i, ext)
		}
		path := filepath.Join(dir, candidate)
		err := store.WriteExport(path, false, write)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return path, err
	}
	return "", fmt.Errorf("%s already holds %d files named %s; move some away and try again", dir, maxExportCopies, name)
}
