package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// v on the roster opens the credential check; a date it cannot read is
// explained in place and nothing is saved; a good record is saved with
// the date in its canonical form, and raises the flag it should.
func TestVerifyEditorRecordsTheCheck(t *testing.T) {
	nb := notebookWith("Dr Ann Lee")
	nb.Therapists[0].SetAnswer(checklist.QLicense, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
	h := newHarness(t, nb)
	h.keys("v")
	h.mustSee("Credentials checked · Dr Ann Lee")
	h.typeText("2026-13-40")
	h.keys("tab")
	h.mustSee("✗ Enter a date")
	h.keys("ctrl+s")
	h.mustSee("Credentials checked")
	if !nb.Therapists[0].Verification.IsZero() {
		t.Fatal("an unreadable date was saved")
	}
	for range len("2026-13-40") {
		h.keys("backspace")
	}
	h.typeText("11/21/2026")
	h.keys("tab")
	h.typeText("LMFT 10442")
	h.keys("tab")
	h.typeText("LMFT")
	h.keys("tab", "right", "right", "right") // not found
	h.keys("tab", "tab", "right")            // AASECT: certified
	h.keys("ctrl+s")
	want := store.Verification{LicenseCheckedOn: "2026-11-21", LicenseNumber: "LMFT 10442", LicenseType: "LMFT",
		License: store.LicenseNotFound, AASECT: store.AASECTCertified}
	if got := nb.Therapists[0].Verification; got != want {
		t.Fatalf("record = %+v, want %+v", got, want)
	}
	h.mustSee("Recorded the credential check of Dr Ann Lee")
	h.mustSee("✗1") // the roster's flag column: a claimed license not found

	// Opening it again shows what was saved; saving untouched keeps it.
	h.keys("v")
	h.mustSee("LMFT 10442")
	h.mustSee("[not found]")
	h.keys("ctrl+s")
	if got := nb.Therapists[0].Verification; got != want {
		t.Errorf("an untouched save changed the record: %+v", got)
	}
}

// A result this build does not know (from a newer vetted) is offered as
// it is stored and kept unless the person picks another.
func TestVerifyEditorKeepsAnUnknownResult(t *testing.T) {
	nb := notebookWith("Dr Ann Lee")
	nb.Therapists[0].Verification = store.Verification{License: "lapsed"}
	h := newHarness(t, nb)
	h.keys("v")
	h.mustSee("[lapsed]")
	h.keys("ctrl+s")
	if got := nb.Therapists[0].Verification.License; got != "lapsed" {
		t.Errorf("license = %q", got)
	}
}

// b on the roster writes the brief for the selected therapist.
func TestRosterBriefKeyWritesTheirBrief(t *testing.T) {
	nb := notebookWith("Dr Ann Lee", "Ben Okafor")
	nb.Therapists[1].Location = "Harbour Street"
	dir := t.TempDir()
	h := &harness{t: t, m: New(Options{Notebook: nb, ExportDir: dir})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	h.keys("down", "b")
	h.mustSee("Brief written")
	data, err := os.ReadFile(filepath.Join(dir, "vetted-brief.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# Before my first appointment with Ben Okafor\n") || !strings.Contains(string(data), "Harbour Street") {
		t.Errorf("brief:\n%s", data)
	}
}
