package disk

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// names lists dir, hidden files included, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// TestWriteExportFailingWriter: a writer that fails midway leaves neither
// the final file nor a temp file, with or without force; while it writes,
// nothing exists under the final name, so a kill at that moment cannot
// leave a truncated export there.
func TestWriteExportFailingWriter(t *testing.T) {
	for _, force := range []bool{false, true} {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.csv")
		boom := errors.New("disk full")
		err := WriteExport(path, force, func(w io.Writer) error {
			if _, err := w.Write([]byte("half an exp")); err != nil {
				return err
			}
			if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("force=%v: the final name exists while the export is written", force)
			}
			return boom
		})
		if !errors.Is(err, boom) || !strings.Contains(err.Error(), "could not create "+path) {
			t.Errorf("force=%v: err = %v, want the writer's error naming the file", force, err)
		}
		if got := names(t, dir); len(got) != 0 {
			t.Errorf("force=%v: a failed export left %q", force, got)
		}
	}
}

// TestWriteExportFailingWriterKeepsOldFile: with force, a failed export
// leaves the file it was to replace as it was.
func TestWriteExportFailingWriterKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.md")
	if err := os.WriteFile(path, []byte("old export"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := WriteExport(path, true, func(w io.Writer) error {
		_, _ = w.Write([]byte("new"))
		return errors.New("short write")
	})
	if err == nil {
		t.Fatal("a failing writer gave no error")
	}
	if got, _ := os.ReadFile(path); string(got) != "old export" {
		t.Errorf("the old file now holds %q", got)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"out.md"}) {
		t.Errorf("folder holds %q", got)
	}
}

// TestWriteExportCreateExclusive: without force an existing file, a
// dangling symlink or a file that appears while the export is written is
// never replaced, and no temp file stays behind.
func TestWriteExportCreateExclusive(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	write := func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }

	if err := WriteExport(path, false, write); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("new export: %v, %v; want mode 0600", st, err)
	}
	if err := os.WriteFile(path, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteExport(path, false, write); !errors.Is(err, fs.ErrExist) {
		t.Errorf("over an existing file: %v, want fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "keep" {
		t.Error("an existing file was replaced without force")
	}

	// A file that appears while the export is being written.
	late := filepath.Join(dir, "late.md")
	err := WriteExport(late, false, func(w io.Writer) error {
		if err := os.WriteFile(late, []byte("theirs"), 0o600); err != nil {
			t.Fatal(err)
		}
		return write(w)
	})
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("a file made during the export: %v, want fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(late); string(got) != "theirs" {
		t.Error("a file made during the export was replaced")
	}

	dangling := filepath.Join(dir, "link.md")
	if err := os.Symlink(filepath.Join(dir, "missing", "x.md"), dangling); err != nil {
		t.Fatal(err)
	}
	if err := WriteExport(dangling, false, write); !errors.Is(err, fs.ErrExist) {
		t.Errorf("over a dangling link: %v, want fs.ErrExist", err)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"late.md", "link.md", "out.json"}) {
		t.Errorf("folder holds %q", got)
	}
}

// TestWriteExportRemovesLeftovers: temp files of a killed export to the
// same name are removed by the next export there, with or without force;
// anything else, however alike, is kept.
func TestWriteExportRemovesLeftovers(t *testing.T) {
	for _, force := range []bool{false, true} {
		dir := t.TempDir()
		path := filepath.Join(dir, "vetted-comparison.csv")
		ours := []string{".vetted-comparison.csv.tmp-0123456789abcdef", ".vetted-comparison.csv.tmp-fedcba9876543210"}
		kept := []string{
			".vetted-comparison.csv.tmp-0123456789ABCDEF", // not our case
			".vetted-comparison.csv.tmp-notours",          // not our suffix
			".other.csv.tmp-0123456789abcdef",             // another export's
			".notebook.json.tmp-0123456789abcdef",         // the notebook's own
			"vetted-comparison.csv.tmp-0123456789abcdef",  // no leading dot
		}
		for _, n := range append(slices.Clone(ours), kept...) {
			if err := os.WriteFile(filepath.Join(dir, n), []byte("plaintext notes"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		if err := WriteExport(path, force, func(w io.Writer) error { _, err := w.Write([]byte("x")); return err }); err != nil {
			t.Fatal(err)
		}
		want := append(slices.Clone(kept), "vetted-comparison.csv")
		slices.Sort(want)
		if got := names(t, dir); !slices.Equal(got, want) {
			t.Errorf("force=%v: folder holds %q, want %q", force, got, want)
		}
	}
}

// TestWriteExportWithoutHardLinks: on a filesystem that has no hard links,
// an export without force still creates a new file whole and still
// refuses an existing one, even one that appears while the export is
// written, leaving no temp file either way.
func TestWriteExportWithoutHardLinks(t *testing.T) {
	saved := hardLink
	hardLink = func(string, string) error { return &os.LinkError{Op: "link", Err: syscall.EPERM} }
	t.Cleanup(func() { hardLink = saved })

	dir := t.TempDir()
	path := filepath.Join(dir, "out.md")
	write := func(w io.Writer) error { _, err := w.Write([]byte("export")); return err }
	if err := WriteExport(path, false, write); err != nil {
		t.Fatalf("without hard links: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "export" {
		t.Errorf("the file holds %q", got)
	}
	late := filepath.Join(dir, "late.md")
	err := WriteExport(late, false, func(w io.Writer) error {
		if err := os.WriteFile(late, []byte("theirs"), 0o600); err != nil {
			t.Fatal(err)
		}
		return write(w)
	})
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("a file made during the export, without hard links: %v, want fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(late); string(got) != "theirs" {
		t.Errorf("the file made during the export now holds %q", got)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"late.md", "out.md"}) {
		t.Errorf("folder holds %q", got)
	}
}
