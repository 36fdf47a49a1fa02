package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store/crypt"
	"github.com/vetted-tui/vetted/store/disk"
)

// encryptedHarness opens an encrypted notebook holding the demo.
func encryptedHarness(t *testing.T) *harness {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notebook.json")
	// A low scrypt work factor: only the export's behaviour is under test.
	key, err := crypt.NewKey("correct horse battery", 10)
	if err != nil {
		t.Fatal(err)
	}
	f, _, err := disk.OpenWithKey(path, key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	h := &harness{t: t, m: New(Options{File: f, Notebook: demo.Notebook(), ExportDir: t.TempDir()})}
	h.send(sizeMsg(120, 40))
	return h
}

func exportsIn(t *testing.T, dir string) int {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}

func TestHeaderSaysTheNotebookIsEncrypted(t *testing.T) {
	h := encryptedHarness(t)
	h.mustSee("vetted · encrypted · ")
	// At the narrowest size the path is cut, not the word.
	h.send(sizeMsg(60, 16))
	h.mustSee("vetted · encrypted · ")
}

func TestExportFromAnEncryptedNotebookAsksFirst(t *testing.T) {
	h := encryptedHarness(t)
	h.keys("c", "e")
	if n := exportsIn(t, h.m.common.ExportDir); n != 0 {
		t.Fatalf("the first e wrote %d files before the person was told", n)
	}
	h.mustSee("Exports are not encrypted")
	h.keys("E")
	if n := exportsIn(t, h.m.common.ExportDir); n != 1 {
		t.Fatalf("after the warning, E wrote %d files, want 1", n)
	}
	if !strings.Contains(h.view(), "vetted-comparison.csv") {
		t.Errorf("the screen does not say where the export went:\n%s", h.view())
	}
	// Once told, the person is not asked again on this visit...
	h.keys("e")
	if n := exportsIn(t, h.m.common.ExportDir); n != 2 {
		t.Fatalf("a later e wrote %d files in all, want 2", n)
	}
	// ...but is on the next one.
	h.keys("esc", "c", "e")
	if n := exportsIn(t, h.m.common.ExportDir); n != 2 {
		t.Fatalf("on a new visit the first e exported without asking")
	}
	h.mustSee("Exports are not encrypted")
}

func TestExportFromAPlainNotebookDoesNotAsk(t *testing.T) {
	f, _, err := disk.Open(filepath.Join(t.TempDir(), "notebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	h := &harness{t: t, m: New(Options{File: f, Notebook: demo.Notebook(), ExportDir: t.TempDir()})}
	h.send(sizeMsg(120, 40))
	h.mustNotSee("encrypted")
	h.keys("c", "e")
	if n := exportsIn(t, h.m.common.ExportDir); n != 1 {
		t.Fatalf("a plain notebook's export wrote %d files, want 1", n)
	}
	h.mustNotSee("not encrypted")
}

// Every file the app writes in clear from an encrypted notebook says so
// when written: the outreach draft (w), the brief (b) and an export.
func TestClearFilesFromAnEncryptedNotebookWarn(t *testing.T) {
	const warning = "is not encrypted, unlike the notebook"
	h := encryptedHarness(t)
	h.keys("down", "down", "o")
	if h.m.kind() != screenOutreach {
		t.Fatalf("o on the roster opened screen %v", h.m.kind())
	}
	h.keys("w")
	h.mustSee("The message " + warning)
	h.mustSee("Saved to")
	h.keys("esc", "b")
	h.mustSee("Brief written")
	h.mustSee("The brief " + warning)
	h.keys("c", "e", "e")
	// After the path, which is the news here: the status line holds it
	// whole, the screen as much as fits.
	if got := h.m.status.Text(); !strings.Contains(got, "vetted-comparison.md. The export "+warning) {
		t.Errorf("the export's news is %q", got)
	}
	if n := exportsIn(t, h.m.common.ExportDir); n != 3 {
		t.Errorf("%d files written, want the message, the brief and the export", n)
	}
}

// From a plain notebook the same files come with no such warning: the
// notebook is as readable as they are.
func TestClearFilesFromAPlainNotebookDoNotWarn(t *testing.T) {
	h, _, _ := newOutreachHarness(t, 24)
	h.keys("w")
	h.mustSee("Saved the message to")
	h.mustNotSee("not encrypted")
}
