package disk

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// savedNotebook opens a notebook file in a temp folder and saves one
// therapist into it as revision 1.
func savedNotebook(t *testing.T) (*File, *store.Notebook, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	nb := testbook.Answered(1)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	return f, nb, path
}

// otherWriters change the notebook file the ways another program can.
var otherWriters = map[string]func(t *testing.T, path string){
	"rewritten in place, same size": func(t *testing.T, path string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		i := bytes.Index(data, []byte("Dr. Therapist 1"))
		data[i] = 'D' + 1 // "Er. Therapist 1": same length, new bytes
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
	},
	"replaced by rename (a sync tool)": func(t *testing.T, path string) {
		other := testbook.Answered(2)
		data, err := store.Encode(other)
		if err != nil {
			t.Fatal(err)
		}
		tmp := path + ".synctmp"
		if err := os.WriteFile(tmp, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			t.Fatal(err)
		}
	},
	"removed": func(t *testing.T, path string) {
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
	},
}

func TestSaveRefusesAFileChangedOnDisk(t *testing.T) {
	for name, change := range otherWriters {
		t.Run(name, func(t *testing.T) {
			f, nb, path := savedNotebook(t)
			change(t, path)
			var before []byte
			if name != "removed" {
				before = snapshot(t, path).data
			}
			nb.Therapists[0].Notes = "typed after the other writer"
			err := f.Save(nb, 2)
			if !errors.Is(err, ErrChangedOnDisk) {
				t.Fatalf("Save = %v, want ErrChangedOnDisk", err)
			}
			if name == "removed" {
				if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
					t.Fatalf("the removed notebook was written again: %v", err)
				}
				return
			}
			if after := snapshot(t, path).data; !bytes.Equal(after, before) {
				t.Fatal("the other writer's file was changed")
			}
			// It stays refused: a later save is no less dangerous.
			if err := f.Save(nb, 3); !errors.Is(err, ErrChangedOnDisk) {
				t.Fatalf("second Save = %v, want ErrChangedOnDisk", err)
			}
		})
	}
}

func TestSaveRefusesAFileCreatedSinceOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, nb := openT(t, path) // no file yet: a new notebook
	other, _ := store.Encode(testbook.Answered(1))
	if err := os.WriteFile(path, other, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(nb, 1); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("Save = %v, want ErrChangedOnDisk", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, other) {
		t.Fatal("the other computer's notebook was replaced")
	}
}

func TestSaveRefusesAFileChangedBetweenOpenAndSave(t *testing.T) {
	_, _, path := savedNotebook(t)
	// A second run of vetted, after the first closed.
	path2 := filepath.Join(t.TempDir(), "notebook.json")
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path2, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, nb := openT(t, path2)
	changed := append([]byte(nil), data...)
	changed = bytes.Replace(changed, []byte("Dr. Therapist 1"), []byte("Dr. Therapist 9"), 1)
	if err := os.WriteFile(path2, changed, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(nb, 1); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("Save = %v, want ErrChangedOnDisk", err)
	}
}

func TestUnchangedOrTouchedFileSaves(t *testing.T) {
	f, nb, path := savedNotebook(t)
	for rev := uint64(2); rev <= 4; rev++ {
		nb.Therapists[0].Notes = "note " + string(rune('a'+rev))
		if err := f.Save(nb, rev); err != nil {
			t.Fatalf("save %d of an unchanged file: %v", rev, err)
		}
	}
	// A touch, or a sync tool writing back the very same bytes, is no
	// change: nothing would be lost.
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	same, _ := os.ReadFile(path)
	if err := os.WriteFile(path+".x", same, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".x", path); err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].Notes = "after the touch"
	if err := f.Save(nb, 5); err != nil {
		t.Fatalf("save after a touch: %v", err)
	}
	if got, _ := Read(path); got.Therapists[0].Notes != "after the touch" {
		t.Fatalf("notes on disk = %q", got.Therapists[0].Notes)
	}
}

func TestReloadTakesTheNewFileAndSkipsStaleSaves(t *testing.T) {
	f, nb, path := savedNotebook(t)
	otherWriters["replaced by rename (a sync tool)"](t, path)
	if err := f.Save(nb, 2); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("Save = %v", err)
	}
	got, err := f.Reload(4)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Therapists) != 2 {
		t.Fatalf("reloaded %d therapists, want the other writer's 2", len(got.Therapists))
	}
	before := snapshot(t, path).data
	// A save from before the reload, still in flight, writes nothing.
	if err := f.Save(nb, 3); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(snapshot(t, path).data, before) {
		t.Fatal("a stale save wrote over the reloaded file")
	}
	got.Therapists[1].Notes = "after reload"
	if err := f.Save(got, 4); err != nil {
		t.Fatalf("save after reload: %v", err)
	}
	if back, _ := Read(path); back.Therapists[1].Notes != "after reload" {
		t.Fatal("the save after reload is not on disk")
	}
}

func TestReloadOfAMissingFileIsRefused(t *testing.T) {
	f, _, path := savedNotebook(t)
	os.Remove(path)
	if _, err := f.Reload(3); err == nil {
		t.Fatal("reloaded a file that is gone")
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("Reload created the file")
	}
}

func TestSaveCopyWritesANewFileAndMovesThere(t *testing.T) {
	f, nb, path := savedNotebook(t)
	otherWriters["rewritten in place, same size"](t, path)
	theirs := snapshot(t, path).data
	at := time.Date(2026, 11, 30, 7, 5, 9, 0, time.Local)
	dir := filepath.Dir(path)
	// Someone made a file of that name already: it is not replaced.
	taken := filepath.Join(dir, "notebook.conflict-20261130-070509.json")
	if err := os.WriteFile(taken, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].Notes = "only in memory"
	c, err := f.SaveCopy(nb, 7, at)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	want := filepath.Join(dir, "notebook.conflict-20261130-070509-2.json")
	if c.Path() != want {
		t.Fatalf("copy at %s, want %s", c.Path(), want)
	}
	if got, _ := os.ReadFile(taken); string(got) != "mine" {
		t.Fatal("an existing file was replaced")
	}
	if mode(t, want) != 0o600 {
		t.Fatalf("copy mode %v", mode(t, want))
	}
	if back, err := Read(want); err != nil || back.Therapists[0].Notes != "only in memory" {
		t.Fatalf("copy holds %v, %v", back, err)
	}
	if !bytes.Equal(snapshot(t, path).data, theirs) {
		t.Fatal("the notebook that changed on disk was touched")
	}
	// The old file is closed: a save still in flight cannot reach it.
	if err := f.Save(nb, 8); !errors.Is(err, ErrClosed) {
		t.Fatalf("old file Save = %v, want ErrClosed", err)
	}
	nb.Therapists[0].Notes = "saved on the copy"
	if err := c.Save(nb, 8); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(nb, 6); err != nil { // older than the copy: skipped
		t.Fatal(err)
	}
	if back, _ := Read(want); back.Therapists[0].Notes != "saved on the copy" {
		t.Fatal("later saves do not go to the copy")
	}
	if !bytes.Equal(snapshot(t, path).data, theirs) {
		t.Fatal("a save on the copy touched the notebook")
	}
}

func TestWriteCopyLeavesTheNotebookAlone(t *testing.T) {
	f, nb, path := savedNotebook(t)
	before := snapshot(t, path).data
	copyPath, err := f.WriteCopy(nb, time.Date(2026, 1, 2, 3, 4, 5, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(copyPath) != "notebook.conflict-20260102-030405.json" {
		t.Fatalf("copy named %s", copyPath)
	}
	if !bytes.Equal(snapshot(t, path).data, before) {
		t.Fatal("WriteCopy touched the notebook")
	}
	if err := f.Save(nb, 2); err != nil {
		t.Fatalf("the notebook is still ours to save: %v", err)
	}
}

func TestConflictCopiesAreFoundNotOpened(t *testing.T) {
	dir := t.TempDir()
	names := []string{
		"notebook.json", "notebook.json.prev", "notebook.json.lock", ".notebook.json.tmp-0123456789abcdef",
		"notebook (Sam's conflicted copy 2026-11-29).json",
		"notebook.sync-conflict-20261129-101010-ABCDEFG.json",
		"notebook (1).json", "notebook 2.json", "notebook-3.json",
		"notebook.conflict-20261130-070509.json",
		"notebooks.json", "notebook-old.json", "notebook2.json", "other (1).json", "notebook (x).json",
	}
	valid, err := store.Encode(store.New())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), valid, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got := ConflictCopies(filepath.Join(dir, "notebook.json"))
	want := []string{
		"notebook (1).json",
		"notebook (Sam's conflicted copy 2026-11-29).json",
		"notebook 2.json",
		"notebook-3.json",
		"notebook.conflict-20261130-070509.json",
		"notebook.sync-conflict-20261129-101010-ABCDEFG.json",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("ConflictCopies =\n%q\nwant\n%q", got, want)
	}
	if got := ConflictCopies(filepath.Join(t.TempDir(), "notebook.json")); len(got) != 0 {
		t.Fatalf("an empty folder gives %q", got)
	}
	// Open reads only the exact path.
	_, nb := openT(t, filepath.Join(dir, "notebook.json"))
	if len(nb.Therapists) != 0 {
		t.Fatal("opened something other than the notebook")
	}
}

// TestAFailedSaveThatRenamedIsNotAConflict: a save can fail after its
// rename (the folder flush); its bytes are then on disk, and the next save
// must not take them for another writer's.
func TestAFailedSaveThatRenamedIsNotAConflict(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	if err := os.WriteFile(path, []byte("ours, renamed"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := diskState{exists: true, data: []byte("before")}
	d.failedWrite(path, []byte("not what is there"))
	if err := d.check(path); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("check = %v: a failed save that wrote nothing hid a change", err)
	}
	d.failedWrite(path, []byte("ours, renamed"))
	if err := d.check(path); err != nil {
		t.Fatalf("check = %v after our own rename", err)
	}
}
