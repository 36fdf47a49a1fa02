package ondisk

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// Save writes nb, which must be a copy nobody else changes, as revision
// rev, and reports with ledger.Saved. The store skips a revision older
// than the last one written, so saves that finish out of order cannot
// roll the file back.
//
// It announces rev to the store at once (disk.File.Queue), on the caller's
// goroutine, so that older saves still waiting step aside: a burst of
// changes costs a write or two, not one each.
func Save(f *disk.File, nb *store.Notebook, rev uint64) tea.Cmd {
	f.Queue(rev)
	return func() tea.Msg {
		return ledger.Saved{Rev: rev, Err: f.Save(nb, rev)}
	}
}

// SaveDropping is Save followed by removing the kept previous version
// (notebook.json.prev), which still holds the recently deleted therapists
// just emptied for good (store/deleted.go). It runs in the same command,
// so the .prev it removes is the one this save left; a later save keeps a
// new one without them.
//
// An older save that steps aside for a newer one (disk.ErrSuperseded)
// leaves the .prev alone; every save queued after emptying is a
// SaveDropping until one has removed it (ledger.Ledger.Begin says so).
func SaveDropping(f *disk.File, nb *store.Notebook, rev uint64) tea.Cmd {
	f.Queue(rev)
	return func() tea.Msg {
		if err := f.Save(nb, rev); err != nil {
			return ledger.Saved{Rev: rev, Err: err}
		}
		if err := f.DropPrevious(rev); err != nil {
			return ledger.Saved{Rev: rev, PrevErr: err}
		}
		return ledger.Saved{Rev: rev, Dropped: true}
	}
}
