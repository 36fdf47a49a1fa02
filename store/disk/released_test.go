package disk

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// pendingWriter is a program that has opened the notebook for writing
// but not written yet (opening with truncation finds the file by its
// name first and writes later).
func pendingWriter(t *testing.T, path string) *os.File {
	t.Helper()
	fh, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = fh.Close() })
	return fh
}

// writeLate is the pending writer's write: truncate, then the new bytes.
func writeLate(t *testing.T, fh *os.File, data []byte) {
	t.Helper()
	if err := fh.Truncate(0); err != nil {
		t.Fatal(err)
	}
	if _, err := fh.WriteAt(data, 0); err != nil {
		t.Fatal(err)
	}
}

// heldThroughTwoSaves opens f's notebook as a pending writer, then saves
// twice (revisions 3 and 4): the file the writer holds was then the .prev
// that the second save removed. It returns the writer and the notebook.
func heldThroughTwoSaves(t *testing.T, f *File) (*os.File, *store.Notebook) {
	t.Helper()
	pending := pendingWriter(t, f.path)
	nb := testbook.Answered(2)
	for rev := uint64(3); rev <= 4; rev++ {
		nb.Therapists[0].Notes = fmt.Sprintf("save %d", rev)
		if err := f.Save(nb, rev); err != nil {
			t.Fatal(err)
		}
	}
	return pending, nb
}

// keptLate checks that err reports a late write kept as a copy that holds
// want, with vetted's save in place.
func keptLate(t *testing.T, err error, want []byte) {
	t.Helper()
	kept, written := KeptCopy(err)
	if !errors.Is(err, ErrChangedOnDisk) || kept == "" || !written {
		t.Fatalf("got %v (copy %q, written %v); want the late write kept as a copy", err, kept, written)
	}
	if got := readT(t, kept); !bytes.Equal(got, want) {
		t.Error("the copy does not hold the late write")
	}
}

// TestALateWriteIntoVettedsPutBackFileIsKept: a save's swap catches an
// outside write and puts it back; a program that opened the notebook
// between the two swaps holds vetted's own new file, which the save then
// removes. What it writes into it afterwards is kept as a copy by the
// next save, not lost with the file.
func TestALateWriteIntoVettedsPutBackFileIsKept(t *testing.T) {
	f, _, _, _ := savedTwice(t)
	theirs, late := outsideVersion(t, "written in place"), outsideVersion(t, "written late")
	var pending *os.File
	f.fsys = &hookFS{beforeExchange: func(b string, n int) {
		switch {
		case b == f.path && n == 1:
			outsideWrite(t, f.path, theirs, true)
		case b == f.path && n == 2:
			pending = pendingWriter(t, f.path) // vetted's new file
		}
	}}
	nb := testbook.Answered(2)
	nb.Therapists[0].Notes = "third save"
	if err := f.Save(nb, 3); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("got %v, want ErrChangedOnDisk", err)
	}
	writeLate(t, pending, late)
	f.fsys = osFS{}
	if _, err := f.Reload(4); err != nil {
		t.Fatal(err)
	}
	keptLate(t, f.Save(nb, 5), late)
}

// TestALateWriteIntoARemovedPreviousIsKept: a program opens the notebook
// and waits; two saves later the file it holds was the .prev and is
// removed. What it writes then is kept as a copy by the next save.
func TestALateWriteIntoARemovedPreviousIsKept(t *testing.T) {
	f, _, _, _ := savedTwice(t)
	pending, nb := heldThroughTwoSaves(t, f)
	late := outsideVersion(t, "written late")
	writeLate(t, pending, late)
	nb.Therapists[0].Notes = "save 5"
	keptLate(t, f.Save(nb, 5), late)
	// Looked at once: the next save has nothing more to say.
	nb.Therapists[0].Notes = "save 6"
	if err := f.Save(nb, 6); err != nil {
		t.Fatal(err)
	}
}

// TestCloseKeepsALateWrite: a late write found when the notebook is
// closed is kept as a copy beside it.
func TestCloseKeepsALateWrite(t *testing.T) {
	f, dir, _, _ := savedTwice(t)
	pending, _ := heldThroughTwoSaves(t, f)
	late := outsideVersion(t, "written late")
	writeLate(t, pending, late)
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	copies := ConflictCopies(f.path)
	if len(copies) != 1 {
		t.Fatalf("copies %v, want one", copies)
	}
	if got := readT(t, dir+"/"+copies[0]); !bytes.Equal(got, late) {
		t.Error("the copy does not hold the late write")
	}
}
