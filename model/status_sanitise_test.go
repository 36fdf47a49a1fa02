package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/store/disk"
)

// hostileFolder is a folder name that, printed raw, sets the terminal's
// title (OSC 0) and writes its clipboard (OSC 52).
const hostileFolder = "notes\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x9b31m"

// TestSaveErrorWithHostilePathIsCleaned fails a real save of a notebook in
// a folder whose name holds escape sequences: the status line must say the
// save failed and carry no escape, BEL or 8-bit CSI byte.
func TestSaveErrorWithHostilePathIsCleaned(t *testing.T) {
	dir := filepath.Join(t.TempDir(), hostileFolder)
	path := filepath.Join(dir, "notebook.json")
	f, nb, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	h := &harness{t: t, m: New(Options{File: f, Notebook: nb})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	// The folder vanishes (an unplugged disk): the save cannot create its
	// temp file, and the error names the path.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	h.keys("a")
	h.typeText("Dr Ada")
	h.keys("ctrl+s")
	if !h.m.status.Err() || !strings.Contains(h.m.status.Text(), "cannot save") {
		t.Fatalf("the failed save is not reported: %q", h.m.status.Text())
	}
	if !strings.Contains(h.m.status.Text(), "notes") {
		t.Fatalf("the path's printable text should stay visible: %q", h.m.status.Text())
	}
	for _, bad := range []string{"\x1b", "\x07", "\u009b"} {
		if strings.Contains(h.m.status.Text(), bad) || strings.Contains(h.m.View(), bad) {
			t.Fatalf("status or view carries %q: %q", bad, h.m.status.Text())
		}
	}
	if strings.Contains(h.view(), "Saved") {
		t.Fatal(`"Saved" shown for a failed save`)
	}
	// What was typed stays in memory: once the folder is back, the next
	// save writes it along with the new change.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	h.keys("a")
	h.typeText("Dr Bo")
	h.keys("ctrl+s")
	if h.m.status.Err() || h.m.saves.OnDisk() != h.m.saves.Rev() {
		t.Fatalf("the next save did not clear the error: %q", h.m.status.Text())
	}
	back, err := disk.Read(path)
	if err != nil || len(back.Therapists) != 2 {
		t.Fatalf("the file does not hold both therapists: %v", err)
	}
}

// TestOpeningSaysTheFileWasMadePrivate opens a notebook others could read:
// the first screen says so, and that it is now 0600.
func TestOpeningSaysTheFileWasMadePrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	if err := os.WriteFile(path, []byte(`{"version": 1, "therapists": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	f, nb, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	h := &harness{t: t, m: New(Options{File: f, Notebook: nb})}
	h.send(tea.WindowSizeMsg{Width: 200, Height: 30})
	h.mustSee("was readable by others (mode 0644); now 0600")
	// With sync tools' copies beside it, both are said.
	both := &harness{t: t, m: New(Options{File: f, Notebook: nb, ConflictCopies: []string{"notebook (1).json"}})}
	both.send(tea.WindowSizeMsg{Width: 200, Height: 30})
	if st := both.m.status.Text(); !strings.Contains(st, "now 0600") || !strings.Contains(st, "notebook (1).json") {
		t.Errorf("the status says %q; want the privacy fix and the copies", st)
	}
}
