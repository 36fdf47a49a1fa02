package disk

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vetted-tui/vetted/store"
)

// ChangedOnDisk is false after Open and after each of vetted's own saves,
// and true once another program writes the file, replaces it by rename,
// or removes it; a reload makes the file vetted's again.
func TestChangedOnDiskSeesOthersWritesOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, nb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.ChangedOnDisk() {
		t.Fatal("a new notebook counts as changed")
	}
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: store.NewID(), Name: "Dr Ada"})
	for rev := uint64(1); rev <= 2; rev++ {
		if err := f.Save(nb, rev); err != nil {
			t.Fatal(err)
		}
		if f.ChangedOnDisk() {
			t.Fatalf("vetted's own save %d counts as a change", rev)
		}
	}
	theirs := []byte(`{"version": 1, "therapists": []}`)

	// In place.
	if err := os.WriteFile(path, theirs, 0o600); err != nil {
		t.Fatal(err)
	}
	if !f.ChangedOnDisk() {
		t.Error("a write in place is not seen")
	}
	if _, err := f.Reload(3); err != nil {
		t.Fatal(err)
	}
	if f.ChangedOnDisk() {
		t.Error("after a reload the file still counts as changed")
	}

	// By rename over, as sync tools write.
	other := filepath.Join(filepath.Dir(path), "incoming.tmp")
	if err := os.WriteFile(other, append(theirs, '\n'), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(other, path); err != nil {
		t.Fatal(err)
	}
	if !f.ChangedOnDisk() {
		t.Error("a rename over the notebook is not seen")
	}

	// Removed.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if !f.ChangedOnDisk() {
		t.Error("a removed notebook is not seen")
	}

	// A closed file has nothing to report.
	f.Close()
	if f.ChangedOnDisk() {
		t.Error("a closed file reports a change")
	}
}

// The same bytes written again (a touch, a sync tool rewriting the same
// version) are no change: nothing would be lost.
func TestChangedOnDiskIgnoresTheSameBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, nb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	same, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, same, 0o600); err != nil {
		t.Fatal(err)
	}
	if f.ChangedOnDisk() {
		t.Error("the same bytes count as a change")
	}
}
