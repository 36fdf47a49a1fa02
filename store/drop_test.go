package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
)

// TestDropPrevious checks that after deleting a therapist the model can
// make sure no earlier version with their answers stays on disk.
func TestDropPrevious(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	f, _ := openT(t, path)
	before := sampleNotebook(t, 2)
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
	if want, _ := Encode(after); !bytes.Equal(cur, want) {
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
	nb := sampleNotebook(t, 2)
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
