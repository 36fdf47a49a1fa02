package disk

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestForcedExportReplacesByRename: WriteExport with force replaces a file
// by rename, never in place, and leaves it readable by its owner alone.
func TestForcedExportReplacesByRename(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "export.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(path)
	if err := WriteExport(path, true, writeString("new")); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(path)
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("holds %q", got)
	}
	if os.SameFile(before, after) {
		t.Error("the file was rewritten in place, not replaced")
	}
	if after.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", after.Mode().Perm())
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"export.md"}) {
		t.Errorf("folder holds %v", got)
	}
	err := WriteExport(filepath.Join(dir, "missing", "x.md"), true, writeString("x"))
	if err == nil || strings.Contains(err.Error(), "open ") {
		t.Errorf("missing folder: %v", err)
	}
}

// writeString is a WriteExport filler that writes s.
func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}
