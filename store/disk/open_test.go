package disk

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// writeNotebook puts an encoded sample notebook of n therapists at path.
func writeNotebook(t *testing.T, path string, n int) []byte {
	t.Helper()
	data, err := store.Encode(testbook.Answered(n))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return data
}

func TestDanglingLinkIsRefusedAndStaysALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "Vault", "notebook.json") // not mounted
	link := filepath.Join(dir, "notebook.json")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	f, _, err := Open(link)
	if err == nil {
		_ = f.Close()
		t.Fatal("a link to nothing opened as a notebook")
	}
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("got %T %v, want a *LoadError", err, err)
	}
	for _, want := range []string{link, target, "does not exist", "will not put a new file"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not say %q", err, want)
		}
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link is no longer a link")
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"notebook.json"}) {
		t.Errorf("folder holds %v, want only the link", got)
	}
	if _, err := Read(link); err == nil || !strings.Contains(err.Error(), target) {
		t.Errorf("Read: got %v, want the same refusal", err)
	}
}

func TestDanglingFolderLinkIsRefused(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "vetted")
	if err := os.Symlink(filepath.Join(dir, "Sync", "vetted"), folder); err != nil {
		t.Fatal(err)
	}
	_, _, err := Open(filepath.Join(folder, "notebook.json"))
	if err == nil || !strings.Contains(err.Error(), "its folder "+folder+" is a link") {
		t.Fatalf("got %v, want a refusal naming the folder link", err)
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"vetted"}) {
		t.Errorf("folder holds %v, want only the link", got)
	}
}

// TestLinkToAFileWritesThroughToTheTarget pins the choice for a link to an
// existing notebook: saves replace the target, atomically, in the
// target's folder (where its .prev and lock live too), and the link stays
// a link to it.
func TestLinkToAFileWritesThroughToTheTarget(t *testing.T) {
	linkDir, realDir := t.TempDir(), t.TempDir()
	target := filepath.Join(realDir, "real.json")
	link := filepath.Join(linkDir, "notebook.json")
	old := writeNotebook(t, target, 1)
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	f, nb := openT(t, link)
	if f.Path() != target {
		t.Errorf("Path() = %q, want the target %q", f.Path(), target)
	}
	nb.Therapists[0].Notes = "written through the link"
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	if got, err := os.Readlink(link); err != nil || got != target {
		t.Fatalf("the link now reads %q (%v), want %q", got, err, target)
	}
	back, err := Read(link)
	if err != nil || back.Therapists[0].Notes != "written through the link" {
		t.Fatalf("reading through the link: %v", err)
	}
	if prev, _ := os.ReadFile(target + prevSuffix); !bytes.Equal(prev, old) {
		t.Error("the target's .prev does not hold the version before the save")
	}
	if got := listDir(t, linkDir); !slices.Equal(got, []string{"notebook.json"}) {
		t.Errorf("the link's folder holds %v, want only the link", got)
	}
}

func TestOpenSaysWhenTheFileWasReadableByOthers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	writeNotebook(t, path, 1)
	writeNotebook(t, path+prevSuffix, 1)
	for _, p := range []string{path, path + prevSuffix} {
		if err := os.Chmod(p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, _ := openT(t, path)
	if n := f.Notice(); !strings.Contains(n, "was readable by others") || !strings.Contains(n, "now 0600") ||
		!strings.Contains(n, path) || !strings.Contains(n, "previous version") {
		t.Errorf("notice %q does not say the file and its .prev were readable and are now 0600", n)
	}
	for _, p := range []string{path, path + prevSuffix} {
		if got := mode(t, p); got != 0o600 {
			t.Errorf("%s: mode %o after opening, want 600", filepath.Base(p), got)
		}
	}
	_ = f.Close()
	f2, _ := openT(t, path)
	if n := f2.Notice(); n != "" {
		t.Errorf("a private file gave the notice %q", n)
	}
}

// TestHardLinkUnderAnotherNameIsLocked opens one notebook through two
// names: the lock is on the file, so the second open is refused whichever
// name comes first, and it follows the notebook across saves.
func TestHardLinkUnderAnotherNameIsLocked(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	other := filepath.Join(dir, "other-name.json")
	writeNotebook(t, path, 1)
	if err := os.Link(path, other); err != nil {
		t.Fatal(err)
	}
	for _, names := range [][2]string{{path, other}, {other, path}} {
		f, _, err := Open(names[0])
		if err != nil {
			t.Fatal(err)
		}
		if g, _, err := Open(names[1]); !errors.Is(err, ErrLocked) {
			if g != nil {
				_ = g.Close()
			}
			t.Errorf("open %s while %s is open: got %v, want ErrLocked", names[1], names[0], err)
		}
		_ = f.Close()
	}

	// After a save the lock moves to the new file: a hard link made to it
	// now is refused too.
	f, nb := openT(t, path)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "fresh-link.json")
	if err := os.Link(path, fresh); err != nil {
		t.Fatal(err)
	}
	if g, _, err := Open(fresh); !errors.Is(err, ErrLocked) {
		if g != nil {
			_ = g.Close()
		}
		t.Errorf("a link to the saved notebook opened: %v", err)
	}
}
