package disk

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// hookFS is the real disk with a hook run just before an exchange or a
// link, so a test can land an outside write at an exact step of a save:
// between its check and its swap, or between its two swaps.
type hookFS struct {
	osFS
	// beforeExchange runs before the nth exchange onto the path b (from
	// 1) of this save; nil runs nothing.
	beforeExchange func(b string, n int)
	beforeLink     func(from, to string)
	// noSwap makes every exchange fail as a filesystem without it does.
	noSwap bool
	swaps  map[string]int
}

func (h *hookFS) exchange(a, b string) error {
	if h.swaps == nil {
		h.swaps = map[string]int{}
	}
	h.swaps[b]++
	if h.beforeExchange != nil {
		h.beforeExchange(b, h.swaps[b])
	}
	if h.noSwap {
		return &os.LinkError{Op: "renameat2", Old: a, New: b, Err: syscall.EINVAL}
	}
	return h.osFS.exchange(a, b)
}

func (h *hookFS) link(from, to string) error {
	if h.beforeLink != nil {
		h.beforeLink(from, to)
	}
	return h.osFS.link(from, to)
}

// outsideWrite writes data at path as another program would: in place
// (truncate and write, as an editor without atomic saves or a sync tool
// may) or by renaming its own file over the path.
func outsideWrite(t *testing.T, path string, data []byte, inPlace bool) {
	t.Helper()
	if inPlace {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return
	}
	tmp := filepath.Join(filepath.Dir(path), "sync-tool.partial")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// outsideVersion is a notebook another program wrote: valid, and unlike
// anything the test saves.
func outsideVersion(t *testing.T, who string) []byte {
	t.Helper()
	nb := testbook.Answered(1)
	nb.People.Me = who
	data, err := store.Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// readT reads path, failing the test if it cannot.
func readT(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// savedTwice opens a notebook in a new folder and saves it twice, so that
// the file and a .prev of this session are there; it returns the file,
// the folder and the bytes of both saves.
func savedTwice(t *testing.T) (f *File, dir string, first, second []byte) {
	t.Helper()
	dir = t.TempDir()
	f, _ = openT(t, filepath.Join(dir, "notebook.json"))
	nb := testbook.Answered(2)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	first = readT(t, f.path)
	nb.Therapists[0].Notes = "second save"
	if err := f.Save(nb, 2); err != nil {
		t.Fatal(err)
	}
	return f, dir, first, readT(t, f.path)
}

// TestAnOutsideWriteDuringTheSwapIsPutBack lands another program's write
// after the save's check and before its swap, in place and by rename: the
// save is refused as if the check had seen it, the file on disk is theirs,
// the .prev is as before, and nothing else is left in the folder. After a
// reload the next save goes ahead.
func TestAnOutsideWriteDuringTheSwapIsPutBack(t *testing.T) {
	for _, inPlace := range []bool{true, false} {
		name := map[bool]string{true: "in place", false: "by rename"}[inPlace]
		t.Run(name, func(t *testing.T) {
			f, dir, first, _ := savedTwice(t)
			theirs := outsideVersion(t, "written by a sync tool")
			h := &hookFS{beforeExchange: func(b string, n int) {
				if b == f.path && n == 1 {
					outsideWrite(t, f.path, theirs, inPlace)
				}
			}}
			f.fsys = h
			nb := testbook.Answered(2)
			nb.Therapists[0].Notes = "third save"
			err := f.Save(nb, 3)
			if !errors.Is(err, ErrChangedOnDisk) {
				t.Fatalf("got %v, want ErrChangedOnDisk", err)
			}
			if kept, written := KeptCopy(err); kept != "" || written {
				t.Errorf("KeptCopy = %q, %v; want no copy, nothing written", kept, written)
			}
			if !strings.Contains(err.Error(), "nothing was written over it") {
				t.Errorf("message %q", err)
			}
			if got := readT(t, f.path); !bytes.Equal(got, theirs) {
				t.Error("the outside write is not at the path")
			}
			if got := readT(t, f.path+prevSuffix); !bytes.Equal(got, first) {
				t.Error("the .prev changed on a refused save")
			}
			if got := listDir(t, dir); !slices.Equal(got, []string{"notebook.json", "notebook.json.lock", "notebook.json.prev"}) {
				t.Errorf("folder holds %v", got)
			}
			f.fsys = osFS{}
			if _, err := f.Reload(4); err != nil {
				t.Fatal(err)
			}
			if err := f.Save(nb, 5); err != nil {
				t.Fatalf("after the reload: %v", err)
			}
			if got := readT(t, f.path+prevSuffix); !bytes.Equal(got, theirs) {
				t.Error("the .prev after the reload's save is not the outside version")
			}
		})
	}
}

// TestAThirdWriteBetweenTheSwapsIsKeptAsACopy lands a second outside write
// between the swap and the swap back: the first stays at the path, the
// second is kept as a conflict copy (0600) that the error names.
func TestAThirdWriteBetweenTheSwapsIsKeptAsACopy(t *testing.T) {
	f, dir, _, _ := savedTwice(t)
	one, two := outsideVersion(t, "first outside write"), outsideVersion(t, "second outside write")
	f.fsys = &hookFS{beforeExchange: func(b string, n int) {
		switch {
		case b == f.path && n == 1:
			outsideWrite(t, f.path, one, false)
		case b == f.path && n == 2:
			outsideWrite(t, f.path, two, true)
		}
	}}
	err := f.Save(testbook.Answered(3), 3)
	kept, written := KeptCopy(err)
	if !errors.Is(err, ErrChangedOnDisk) || kept == "" || written {
		t.Fatalf("got %v (copy %q, written %v)", err, kept, written)
	}
	if !strings.Contains(err.Error(), kept) {
		t.Errorf("the message %q does not name the copy", err)
	}
	if got := readT(t, f.path); !bytes.Equal(got, one) {
		t.Error("the first outside write is not at the path")
	}
	if got := readT(t, kept); !bytes.Equal(got, two) {
		t.Error("the copy does not hold the second outside write")
	}
	if m := mode(t, kept); m != 0o600 {
		t.Errorf("the copy's mode is %v", m)
	}
	if got := ConflictCopies(f.path); len(got) != 1 || got[0] != filepath.Base(kept) {
		t.Errorf("ConflictCopies = %v", got)
	}
	if got := tempFiles(t, dir); len(got) > 0 {
		t.Errorf("temp files left: %v", got)
	}
}

// TestALateWriteIntoThePreviousVersionIsKept: a writer that opened the
// notebook before a save writes after it, into what is now the .prev. The
// next save finds it, keeps it as a copy and says so; its own version is
// in place.
func TestALateWriteIntoThePreviousVersionIsKept(t *testing.T) {
	f, _, _, second := savedTwice(t)
	late := outsideVersion(t, "a late write")
	outsideWrite(t, f.path+prevSuffix, late, true)
	nb := testbook.Answered(2)
	nb.Therapists[0].Notes = "third save"
	err := f.Save(nb, 3)
	kept, written := KeptCopy(err)
	if !errors.Is(err, ErrChangedOnDisk) || kept == "" || !written {
		t.Fatalf("got %v (copy %q, written %v)", err, kept, written)
	}
	if got := readT(t, kept); !bytes.Equal(got, late) {
		t.Error("the copy does not hold the late write")
	}
	want, _ := store.Encode(nb)
	if got := readT(t, f.path); !bytes.Equal(got, want) {
		t.Error("the save's own version is not in place")
	}
	if got := readT(t, f.path+prevSuffix); !bytes.Equal(got, second) {
		t.Error("the .prev is not the version before the save")
	}
	// The save counts as written: the next one goes ahead.
	if err := f.Save(nb, 4); err != nil {
		t.Fatal(err)
	}
	// And DropPrevious checks the same way.
	outsideWrite(t, f.path+prevSuffix, late, true)
	err = f.DropPrevious(5)
	if kept, _ := KeptCopy(err); !errors.Is(err, ErrChangedOnDisk) || kept == "" || !bytes.Equal(readT(t, kept), late) {
		t.Fatalf("DropPrevious over a late write: %v", err)
	}
	if _, err := os.Lstat(f.path + prevSuffix); !errors.Is(err, os.ErrNotExist) {
		t.Error("the .prev is still there")
	}
}

// TestWithoutSwapsAWriteCaughtByTheLinkIsKept runs the fallback of
// filesystems that cannot swap: an outside write before the link that
// keeps .prev is found there after the rename, kept as a copy, and
// reported; the save's version is in place.
func TestWithoutSwapsAWriteCaughtByTheLinkIsKept(t *testing.T) {
	f, _, _, _ := savedTwice(t)
	theirs := outsideVersion(t, "written before the link")
	f.fsys = &hookFS{noSwap: true, beforeLink: func(from, to string) {
		if from == f.path {
			outsideWrite(t, f.path, theirs, true)
		}
	}}
	nb := testbook.Answered(3)
	err := f.Save(nb, 3)
	kept, written := KeptCopy(err)
	if !errors.Is(err, ErrChangedOnDisk) || kept == "" || !written {
		t.Fatalf("got %v (copy %q, written %v)", err, kept, written)
	}
	if got := readT(t, kept); !bytes.Equal(got, theirs) {
		t.Error("the copy does not hold the outside write")
	}
	if want, _ := store.Encode(nb); !bytes.Equal(readT(t, f.path), want) {
		t.Error("the save's version is not in place")
	}
}

// TestANotebookCreatedDuringTheFirstSaveIsPutBack: a new notebook, and
// another program creates the file between the check and the save taking
// the name: the save swaps instead, finds it, and puts it back.
func TestANotebookCreatedDuringTheFirstSaveIsPutBack(t *testing.T) {
	dir := t.TempDir()
	f, _ := openT(t, filepath.Join(dir, "notebook.json"))
	theirs := outsideVersion(t, "made elsewhere")
	f.fsys = &hookFS{beforeLink: func(from, to string) {
		if to == f.path {
			outsideWrite(t, f.path, theirs, false)
		}
	}}
	err := f.Save(testbook.Answered(1), 1)
	if !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("got %v", err)
	}
	if got := readT(t, f.path); !bytes.Equal(got, theirs) {
		t.Error("the other program's file is not at the path")
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"notebook.json", "notebook.json.lock"}) {
		t.Errorf("folder holds %v", got)
	}
}

// TestAFolderAtThePreviousVersionsNameIsNamed: a folder called
// notebook.json.prev makes the save fail at once, naming the folder and
// what to do, and nothing changes; once it is moved, the save goes ahead.
func TestAFolderAtThePreviousVersionsNameIsNamed(t *testing.T) {
	dir := t.TempDir()
	f, _ := openT(t, filepath.Join(dir, "notebook.json"))
	nb := testbook.Answered(1)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	before := readT(t, f.path)
	prev := f.path + prevSuffix
	if err := os.MkdirAll(filepath.Join(prev, "inside"), 0o700); err != nil {
		t.Fatal(err)
	}
	err := f.Save(testbook.Answered(2), 2)
	if err == nil {
		t.Fatal("the save went ahead")
	}
	msg := err.Error()
	for _, want := range []string{prev + " is a folder", "previous version", "Move or rename that folder", "not changed"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "file exists") {
		t.Errorf("message %q still says file exists", msg)
	}
	if !bytes.Equal(readT(t, f.path), before) {
		t.Error("the notebook changed")
	}
	if _, err := os.Stat(filepath.Join(prev, "inside")); err != nil {
		t.Errorf("the folder was touched: %v", err)
	}
	if err := f.DropPrevious(2); err != nil {
		t.Errorf("DropPrevious beside the folder: %v", err)
	}
	if err := os.Rename(prev, filepath.Join(dir, "moved")); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(testbook.Answered(2), 2); err != nil {
		t.Fatalf("after moving the folder: %v", err)
	}
}
