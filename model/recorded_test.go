package model

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// A commit says the answer is recorded, not saved: the save runs after it
// and may fail or be refused. "Saved" is shown only for a save that
// worked (issue 8).

// commitFee opens the interview on Dr Ada and commits a fee.
func commitFee(h *harness) {
	h.t.Helper()
	h.keys("enter") // the roster opens the interview
	h.goToQuestion(checklist.QFee)
	h.typeText("185")
	h.keys("enter")
}

// body is the screen below its header, which shows the notebook's path:
// a test's temporary folder is named after the test.
func body(h *harness) string {
	_, rest, _ := strings.Cut(h.view(), "\n")
	return rest
}

func TestCommitWhoseSaveFailsNeverSaysSaved(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.saveErr = errDiskFull
	commitFee(h)
	h.mustSee("✓ Recorded Fee per session: $185")
	h.mustSee("✗ vetted: cannot save")
	if v := body(h); strings.Contains(v, "Saved") {
		t.Fatalf("a failed save reads as saved:\n%s", v)
	}
}

func TestCommitRefusedAsChangedOnDiskNeverSaysSaved(t *testing.T) {
	h, path := fileWithTherapist(t)
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	commitFee(h)
	h.mustSee("✓ Recorded Fee per session: $185")
	h.mustSee("✗ The notebook changed on disk")
	if v := body(h); strings.Contains(v, "Saved") {
		t.Fatalf("a refused save reads as saved:\n%s", v)
	}
}

func TestDetailsWhoseSaveFailsNeverSaysSaved(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.saveErr = errDiskFull
	h.keys("e") // edit Dr Ada's details
	h.typeText("n")
	h.keys("ctrl+s")
	if v := body(h); strings.Contains(v, "Saved") || !strings.Contains(v, "cannot save") {
		t.Fatalf("a failed save of the details reads as saved, or its error is missing:\n%s", v)
	}
}

func TestSaveThatWorksAfterAFailureSaysSaved(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.saveErr = errDiskFull
	commitFee(h)
	h.mustSee("✗ vetted: cannot save")
	h.saveErr = nil // the disk has room again
	h.typeText("y")
	h.keys("enter")
	h.mustSee("Saved.")
	if h.m.status.Err() || h.m.saves.OnDisk() != h.m.saves.Rev() {
		t.Fatalf("the save that worked left the error: %q", h.m.status.Text())
	}
}
