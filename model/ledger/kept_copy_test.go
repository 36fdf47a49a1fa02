package ledger

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/model/internal/fixture"
	"github.com/vetted-tui/vetted/store/disk"
)

// A save whose version is in place, with another program's write kept as
// a copy, counts as saved: it names the copy, says nothing of "wrote
// nothing", and opens no reload prompt (there is nothing to reload).
func TestASaveThatKeptACopyNamesItAndCountsAsSaved(t *testing.T) {
	err := fixture.LateWriteError(t)
	kept, _ := disk.KeptCopy(err)
	var l Ledger
	l, _, _ = l.Begin(true)
	l, step := l.Settle(Saved{Rev: 1, Err: err})
	if l.lastGood != 1 || l.errRev != 0 || len(l.unsaved) != 0 {
		t.Errorf("lastGood %d errRev %d unsaved %v: the save's version is on disk", l.lastGood, l.errRev, l.unsaved)
	}
	if step.Conflict {
		t.Error("the reload prompt opened over a save that is in place")
	}
	if !strings.Contains(step.Say, filepath.Base(kept)) || strings.Contains(step.Say, "wrote nothing") || !step.IsErr {
		t.Errorf("the note is %q (error %v); want the copy %s named", step.Say, step.IsErr, filepath.Base(kept))
	}
}

// A refused save that kept a version written in between names that copy;
// one that kept none says that vetted wrote nothing over the file.
func TestConflictNoteNamesTheCopy(t *testing.T) {
	var l Ledger
	with := l.ConflictNote("/home/me/notebook.conflict-20261208-003000.json")
	if !strings.Contains(with, "kept as notebook.conflict-20261208-003000.json") || strings.Contains(with, "wrote nothing") {
		t.Errorf("with a copy: %q", with)
	}
	if without := l.ConflictNote(""); !strings.Contains(without, "vetted wrote nothing over it") {
		t.Errorf("without a copy: %q", without)
	}
}
