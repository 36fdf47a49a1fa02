package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// lateWriteError makes a real save find another program's write in the
// previous version it replaced: the save's version is in place, and the
// other write is kept as a conflict copy (disk.KeptCopy: kept, written).
func lateWriteError(t *testing.T) error {
	t.Helper()
	f, nb := openTempNotebook(t)
	path := f.Path()
	for rev := uint64(1); rev <= 2; rev++ {
		nb.Therapists = append(nb.Therapists, store.Therapist{ID: store.NewID(), Name: "Dr Ada"})
		if err := f.Save(nb, rev); err != nil {
			t.Fatal(err)
		}
	}
	// A writer that opened the notebook before the second save writes now,
	// into what became the previous version.
	if err := os.WriteFile(path+".prev", []byte(`{"written": "by a sync tool"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].Notes = "third save"
	err := f.Save(nb, 3)
	if kept, written := disk.KeptCopy(err); kept == "" || !written {
		t.Fatalf("the setup made %v (copy %q, written %v), not a kept late write", err, kept, written)
	}
	return err
}

// A save whose version is in place, with another program's write kept as
// a copy, counts as saved: it names the copy, says nothing of "wrote
// nothing", and opens no reload prompt (there is nothing to reload).
func TestASaveThatKeptACopyNamesItAndCountsAsSaved(t *testing.T) {
	err := lateWriteError(t)
	kept, _ := disk.KeptCopy(err)
	var l saveLedger
	l, _, _ = l.begin(true)
	l, step := l.settle(savedMsg{rev: 1, err: err})
	if l.lastGood != 1 || l.errRev != 0 || len(l.unsaved) != 0 {
		t.Errorf("lastGood %d errRev %d unsaved %v: the save's version is on disk", l.lastGood, l.errRev, l.unsaved)
	}
	if step.conflict {
		t.Error("the reload prompt opened over a save that is in place")
	}
	if !strings.Contains(step.say, filepath.Base(kept)) || strings.Contains(step.say, "wrote nothing") || !step.isErr {
		t.Errorf("the note is %q (error %v); want the copy %s named", step.say, step.isErr, filepath.Base(kept))
	}
}

// The root shows the same: the copy by name, and the screens go on.
func TestTheRootNamesAKeptCopy(t *testing.T) {
	err := lateWriteError(t)
	kept, _ := disk.KeptCopy(err)
	h, _ := newFileHarness(t)
	h.m.saves, _, _ = h.m.saves.begin(true)
	h.send(savedMsg{rev: 1, err: err})
	h.mustSee(filepath.Base(kept))
	if h.m.conflict.open {
		t.Error("the changed-on-disk prompt opened")
	}
}

// A refused save that kept a version written in between names that copy;
// one that kept none says that vetted wrote nothing over the file.
func TestConflictNoteNamesTheCopy(t *testing.T) {
	var l saveLedger
	with := l.conflictNote("/home/me/notebook.conflict-20261208-003000.json")
	if !strings.Contains(with, "kept as notebook.conflict-20261208-003000.json") || strings.Contains(with, "wrote nothing") {
		t.Errorf("with a copy: %q", with)
	}
	if without := l.conflictNote(""); !strings.Contains(without, "vetted wrote nothing over it") {
		t.Errorf("without a copy: %q", without)
	}
}
