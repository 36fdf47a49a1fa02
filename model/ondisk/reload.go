package ondisk

// After the notebook changed on disk behind the app's back, the person
// picks at the changed-on-disk prompt (model/conflict): reload the file
// and re-apply their answers, or save their version as a copy.

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// ReloadedMsg reports a reload: the notebook from disk with the answers
// re-applied, what could not be, and where the version from before the
// reload was kept.
type ReloadedMsg struct {
	Notebook *store.Notebook
	Report   ledger.Report
	Err      error
}

// CopiedMsg reports a copy (see Copy): the copy, open, to save to from
// now on.
type CopiedMsg struct {
	File *disk.File
	Err  error
}

// Reload reloads the notebook from disk, re-applies the logged answers
// and, when anything could not be re-applied (answers, or the others
// changes that are not answers), keeps mine, the version from before, as a
// copy beside the notebook, so nothing is lost. Saves below rev are
// skipped from now on (see disk.File.Reload).
func Reload(f *disk.File, mine *store.Notebook, log []ledger.AnswerChange, others int, rev uint64, now time.Time) tea.Cmd {
	return func() tea.Msg {
		nb, err := f.Reload(rev)
		if err != nil {
			return ReloadedMsg{Err: err}
		}
		r := ledger.Reapply(nb, log)
		r.Others = others
		if len(r.Failed) > 0 || others > 0 {
			r.CopyPath, r.CopyErr = f.WriteCopy(mine, now)
		}
		return ReloadedMsg{Notebook: nb, Report: r}
	}
}

// Copy saves nb as a copy beside the notebook and moves there (see
// disk.File.SaveCopy).
func Copy(f *disk.File, nb *store.Notebook, rev uint64, now time.Time) tea.Cmd {
	return func() tea.Msg {
		c, err := f.SaveCopy(nb, rev, now)
		return CopiedMsg{File: c, Err: err}
	}
}
