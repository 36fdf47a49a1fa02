package disk

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// TestDropPrevious checks that after deleting a therapist the model can
// make sure no earlier version with their answers stays on disk.
func TestDropPrevious(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	f, _ := openT(t, path)
	before := testbook.Answered(2)
	after := before.Clone()
	after.Therapists = after.Therapists[:1]
	if err := f.Save(before, 1); err != nil {
		t.Fatal(err)
	}
	// No .prev yet: dropping it is not an error.
	if err := f.DropPrevious(1); err != nil {
		t.Fatalf("no .prev: %v", err)
	}
	if err := f.Save(after, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + prevSuffix); err != nil {
		t.Fatalf("the second save kept no .prev: %v", err)
	}
	if err := f.DropPrevious(2); err != nil {
		t.Fatal(err)
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"notebook.json", "notebook.json.lock"}) {
		t.Errorf("folder holds %v, want the notebook and its lock only", got)
	}
	cur, _ := os.ReadFile(path)
	if want, _ := store.Encode(after); !bytes.Equal(cur, want) {
		t.Error("DropPrevious changed the notebook")
	}
	if err := f.DropPrevious(2); err != nil {
		t.Errorf("second drop: %v", err)
	}
	_ = f.Close()
	if err := f.DropPrevious(2); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: got %v, want ErrClosed", err)
	}
}

// TestDropPreviousBesideSaves runs drops and saves together, as Bubble Tea
// runs commands on their own goroutines; the race detector watches.
func TestDropPreviousBesideSaves(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	nb := testbook.Answered(2)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			if err := f.Save(nb.Clone(), uint64(i)); err != nil {
				t.Error(err)
			}
		}()
		go func() {
			defer wg.Done()
			if err := f.DropPrevious(uint64(i)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if _, err := Read(path); err != nil {
		t.Fatalf("the notebook is unreadable after drops beside saves: %v", err)
	}
}

// TestDropPreviousOrders runs the three orders in which Bubble Tea can
// run a delete's save (rev 5, then DropPrevious(5), one command) beside
// the next save (rev 6, its own command). Each call holds the File's
// mutex, so only the order between calls matters, and calling them one
// after another forces each order exactly. In every order no file holds
// the deleted therapist afterwards; where the newer save kept a .prev
// (which holds rev 5, already without them), it stays: the review's
// suspicion, confirmed for the old DropPrevious, which removed it.
func TestDropPreviousOrders(t *testing.T) {
	const gone = "Dr. Deleted Person"
	type step func(f *File, rev5, rev6 *store.Notebook) error
	save5 := func(f *File, rev5, _ *store.Notebook) error { return f.Save(rev5, 5) }
	save6 := func(f *File, _, rev6 *store.Notebook) error { return f.Save(rev6, 6) }
	drop5 := func(f *File, _, _ *store.Notebook) error { return f.DropPrevious(5) }
	tests := []struct {
		name     string
		order    []step
		wantPrev int // the revision .prev holds, 0 for none
	}{
		{"save 5, drop, save 6", []step{save5, drop5, save6}, 5},
		{"save 5, save 6, drop", []step{save5, save6, drop5}, 5},
		{"save 6, save 5 (skipped), drop", []step{save6, save5, drop5}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "notebook.json")
			f, _ := openT(t, path)
			rev4 := testbook.Answered(2)
			rev4.Therapists[1].Name = gone
			for rev := uint64(3); rev <= 4; rev++ { // so a .prev is there
				if err := f.Save(rev4, rev); err != nil {
					t.Fatal(err)
				}
			}
			rev5 := rev4.Clone()
			rev5.Therapists = rev5.Therapists[:1]
			rev6 := rev5.Clone()
			rev6.Therapists[0].Notes = "the next change"
			for _, s := range tc.order {
				if err := s(f, rev5, rev6); err != nil {
					t.Fatal(err)
				}
			}
			for _, name := range []string{path, path + prevSuffix} {
				if data, err := os.ReadFile(name); err == nil && bytes.Contains(data, []byte(gone)) {
					t.Errorf("%s still holds the deleted therapist", filepath.Base(name))
				}
			}
			prev, err := os.ReadFile(path + prevSuffix)
			switch want5, _ := store.Encode(rev5); {
			case tc.wantPrev == 0 && err == nil:
				t.Error("the .prev is still there")
			case tc.wantPrev == 5 && (err != nil || !bytes.Equal(prev, want5)):
				t.Errorf("the .prev of the newer save is gone or not revision 5 (%v)", err)
			}
		})
	}
}

// TestEmptyDeletedThenDropPrevious: deleting keeps the therapist in the
// file (and so in .prev) on purpose; emptying the list, saving and
// dropping the previous version leaves them nowhere on disk.
func TestEmptyDeletedThenDropPrevious(t *testing.T) {
	const gone = "Dr. Emptied Out"
	dir := t.TempDir()
	f, _ := openT(t, filepath.Join(dir, "notebook.json"))
	nb := testbook.Answered(2)
	nb.Therapists[1].Name = gone
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	nb.DeleteTherapist(nb.Therapists[1].ID, time.Now())
	if err := f.Save(nb, 2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readT(t, f.path), []byte(gone)) {
		t.Fatal("the recently deleted therapist is not in the file")
	}
	if nb.EmptyDeleted() != 1 {
		t.Fatal("EmptyDeleted did not count one")
	}
	if err := f.Save(nb, 3); err != nil {
		t.Fatal(err)
	}
	if err := f.DropPrevious(3); err != nil {
		t.Fatal(err)
	}
	for _, name := range listDir(t, dir) {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil && bytes.Contains(data, []byte(gone)) {
			t.Errorf("%s still holds the therapist", name)
		}
	}
}
