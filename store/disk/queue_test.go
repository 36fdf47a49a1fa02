package disk

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
)

func TestSaveStepsAsideForAQueuedRevision(t *testing.T) {
	f, _, err := Open(filepath.Join(t.TempDir(), "notebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	nb := testbook.Answered(2)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	f.Queue(3)
	f.Queue(2) // a late, lower announcement lowers nothing
	if err := f.Save(nb, 2); !errors.Is(err, ErrSuperseded) {
		t.Fatalf("a save older than the queued one: %v, want ErrSuperseded", err)
	}
	if got := f.Writes(); got != 1 {
		t.Fatalf("%d writes, want 1: the superseded save wrote", got)
	}
	if err := f.Save(nb, 3); err != nil {
		t.Fatalf("the queued save: %v", err)
	}
	if err := f.Save(nb, 4); err != nil {
		t.Fatalf("a save newer than anything queued: %v", err)
	}
	if got := f.Writes(); got != 3 {
		t.Fatalf("%d writes, want 3", got)
	}
}
