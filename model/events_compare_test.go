package model

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/internal/viewtest"
	"github.com/vetted-tui/vetted/store"
)

func TestCompareNeedsATherapist(t *testing.T) {
	h := newHarness(t, store.New())
	h.send(sizeMsg(80, 24))
	h.keys("c")
	if h.m.kind() != screenRoster {
		t.Fatal("c opened the comparison of an empty roster")
	}
	h.mustSee("Add a therapist first")
}

func TestCompareOpensAndEscGoesBack(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada", "Dr Bea"))
	h.send(sizeMsg(100, 30))
	h.keys("c")
	if h.m.kind() != screenCompare {
		t.Fatalf("c left the screen at %v, want the comparison", h.m.kind())
	}
	h.mustSee("Dr Bea")
	h.mustSee("Fit score")
	h.keys("esc")
	if h.m.kind() != screenRoster {
		t.Fatalf("esc left the screen at %v, want the roster", h.m.kind())
	}
}

func TestPrioritiesChangeIsSavedAndScored(t *testing.T) {
	h, path := newFileHarness(t)
	h.m.nb().Therapists = notebookWith("Dr Ada", "Dr Bea").Therapists
	h.send(sizeMsg(100, 30))
	h.keys("c", "i")
	if h.m.kind() != screenPriorities {
		t.Fatalf("i left the screen at %v, want priorities", h.m.kind())
	}
	// The first question row after the "About you" items (the first line
	// with importance steps in brackets): move down to it and make it a
	// must-have, or, for a question that starts as one (the license, whose
	// red flag rules out), important.
	for i := 0; !strings.Contains(viewtest.SelectedLine(t, h.view()), "["); i++ {
		if i == 10 {
			t.Fatalf("no question row within 10 steps:\n%s", h.view())
		}
		h.keys("down")
	}
	want, key, label := checklist.MustHave, "4", "[must-have]"
	if strings.Contains(viewtest.SelectedLine(t, h.view()), "[must-have]") {
		want, key, label = checklist.Important, "3", "[important]"
	}
	h.keys(key)
	if line := viewtest.SelectedLine(t, h.view()); !strings.Contains(line, label) {
		t.Fatalf("the selected row does not show %s: %q", label, line)
	}
	if len(h.m.nb().Importance) != 1 {
		t.Fatalf("importances after one change: %v, want one", h.m.nb().Importance)
	}
	var id string
	for id = range h.m.nb().Importance {
	}
	if got := h.m.nb().Importance[id]; got != want {
		t.Fatalf("importance of %s = %q, want %q", id, got, want)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := store.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if nb.Importance[id] != want {
		t.Fatalf("saved importance of %s = %q, want %q", id, nb.Importance[id], want)
	}
	h.keys("esc")
	if h.m.kind() != screenCompare {
		t.Fatalf("esc from priorities left the screen at %v, want the comparison", h.m.kind())
	}
}

func TestExportFromCompareWritesANewFileEachTime(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, demo.Notebook())
	h.m.common.ExportDir = dir
	h.send(sizeMsg(120, 40))
	h.keys("c", "e")
	h.keys("e")
	for _, name := range []string{"vetted-comparison.md", "vetted-comparison-2.md"} {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("export %s: %v", name, err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", name, info.Mode().Perm())
		}
	}
	if !strings.Contains(h.view(), "vetted-comparison-2.md") {
		t.Errorf("the screen does not say where the export went:\n%s", h.view())
	}
	// The news is about that moment: it is gone once the person has done
	// something else and comes back.
	h.keys("esc", "j", "c")
	h.mustNotSee("Exported to")
	h.keys("e", "j")
	h.mustNotSee("Exported to")
}

// TestExportXLSXFromCompare: ctrl+e on the comparison writes a workbook
// beside the Markdown and CSV exports and says where.
func TestExportXLSXFromCompare(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, demo.Notebook())
	h.m.common.ExportDir = dir
	h.send(sizeMsg(120, 40))
	h.keys("c")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlE})
	data, err := os.ReadFile(filepath.Join(dir, "vetted-comparison.xlsx"))
	if err != nil {
		t.Fatalf("no xlsx export: %v", err)
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		t.Error("the export is not a zip-based workbook")
	}
	if !strings.Contains(h.view(), "vetted-comparison.xlsx") {
		t.Errorf("the screen does not say where the export went:\n%s", h.view())
	}
}

func TestPrepListTicksAndSaves(t *testing.T) {
	h, path := newFileHarness(t)
	h.send(sizeMsg(80, 24))
	h.keys("p")
	if h.m.kind() != screenPrep {
		t.Fatalf("p left the screen at %v, want the preparation list", h.m.kind())
	}
	h.mustSee("[ ]")
	h.keys(" ")
	first := checklist.Prep()[0].ID
	if !h.m.nb().Prep[first] {
		t.Fatalf("space did not tick %s", first)
	}
	h.mustSee("[x]")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := store.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !nb.Prep[first] {
		t.Errorf("the tick of %s was not saved", first)
	}
	h.keys("esc")
	if h.m.kind() != screenRoster {
		t.Fatalf("esc left the screen at %v, want the roster", h.m.kind())
	}
}

func TestCompareFitsTheSmallestTerminal(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada", "Dr Bea"))
	h.send(sizeMsg(MinWidth, MinHeight))
	h.keys("c")
	h.mustNotSee("too small")
	h.mustSee("Dr Bea")
}

func TestCompareKeepsItsViewWhenReopened(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada", "Dr Bea"))
	h.send(sizeMsg(100, 30))
	h.keys("c", "d", "s")
	h.keys("esc")
	h.keys("c")
	// The title line names the view choices in force (the help footer
	// also says "differences only", so match the title's tags).
	h.mustSee("2 therapists · differences only · by fit score")
}

// With no name for the person, the comparison says "you", never "me".
func TestCompareNamesAnUnnamedPersonYou(t *testing.T) {
	h := newHarness(t, couple("", "Kai"))
	h.send(sizeMsg(120, 40))
	h.keys("c")
	h.mustSee("ratings: you · Kai")
	h.mustNotSee("ratings: me")
}

// TestExportResultInTheStatusLine: the root's status line shows an
// export's result on the comparison (sanitised, an error with its ✗) and
// the comparison's own news once the root has none.
func TestExportResultInTheStatusLine(t *testing.T) {
	h := newHarness(t, demo.Notebook())
	h.send(sizeMsg(120, 40))
	h.keys("c")
	h.send(compare.ExportDoneMsg{Path: "/tmp/out\x1b[31m.md"})
	h.mustSee("Exported to /tmp/out.md")
	if strings.Contains(h.m.View(), "\x1b[31m") {
		t.Error("the export path's escape sequence reached the screen")
	}
	h.send(compare.ExportDoneMsg{Err: errors.New("The file exists: add --force.")})
	h.mustSee("✗ Export failed: The file exists")
	h.keys("x")
	h.mustNotSee("Export failed")
	h.mustSee("Hid ")
	if n := strings.Count(h.view(), "Hid "); n != 1 {
		t.Errorf("the comparison's news is on screen %d times, want once", n)
	}
	h.keys("j")
	h.mustNotSee("Hid ")
}
