package model

import (
	"path/filepath"
	"testing"

	"github.com/vetted-tui/vetted/model/internal/fixture"
	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/store/disk"
)

// The root shows a save that kept a copy (ledger's
// TestASaveThatKeptACopyNamesItAndCountsAsSaved): the copy by name, and
// the screens go on.
func TestTheRootNamesAKeptCopy(t *testing.T) {
	err := fixture.LateWriteError(t)
	kept, _ := disk.KeptCopy(err)
	h, _ := newFileHarness(t)
	h.m.saves, _, _ = h.m.saves.Begin(true)
	h.send(ledger.Saved{Rev: 1, Err: err})
	h.mustSee(filepath.Base(kept))
	if h.m.conflict.Open {
		t.Error("the changed-on-disk prompt opened")
	}
}
