package export

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/internal/goldenfile"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

func TestGoldens(t *testing.T) {
	for _, c := range []struct{ format, file string }{
		{FormatMarkdown, "demo.md"},
		{FormatCSV, "demo.csv"},
		{FormatJSON, "demo.json"},
	} {
		t.Run(c.format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, demo.Notebook(), c.format); err != nil {
				t.Fatal(err)
			}
			goldenfile.Equal(t, c.file, buf.Bytes())
		})
	}
}

// hostile returns a notebook whose every typed field holds s (see
// testbook.Hostile).
func hostile(s string) *store.Notebook { return testbook.Hostile(s) }

func TestWriteUnknownFormat(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, demo.Notebook(), "pdf")
	if !errors.Is(err, ErrFormat) {
		t.Fatalf("err = %v, want ErrFormat", err)
	}
	if buf.Len() != 0 {
		t.Error("an unknown format wrote output")
	}
}

func TestNilNotebook(t *testing.T) {
	for _, f := range Formats {
		if err := Write(&bytes.Buffer{}, nil, f); err == nil {
			t.Errorf("%s: a nil notebook gave no error", f)
		}
	}
}

func TestEmptyNotebook(t *testing.T) {
	for _, f := range Formats {
		var buf bytes.Buffer
		if err := Write(&buf, store.New(), f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		if buf.Len() == 0 {
			t.Errorf("%s: empty output for an empty notebook", f)
		}
	}
}

func TestDefaultName(t *testing.T) {
	for format, want := range map[string]string{
		"md": "vetted-comparison.md", "csv": "vetted-comparison.csv",
		"json": "vetted-notebook.json", "xlsx": "vetted-comparison.xlsx", "pdf": "",
	} {
		if got := DefaultName(format); got != want {
			t.Errorf("DefaultName(%q) = %q, want %q", format, got, want)
		}
	}
}

func TestFormatFor(t *testing.T) {
	for path, want := range map[string]string{
		"a.md": "md", "notes/A.Markdown": "md", "x.CSV": "csv", "/tmp/b.json": "json", "c.XLSX": "xlsx",
		"out.txt": "", "noext": "", "dir.md/file": "",
	} {
		if got := FormatFor(path); got != want {
			t.Errorf("FormatFor(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestToFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, DefaultName(FormatMarkdown))
	nb := demo.Notebook()

	if err := toFile(path, nb, FormatMarkdown, false); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	var want bytes.Buffer
	_ = Markdown(&want, nb)
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want.Bytes()) {
		t.Error("the file does not hold the Markdown export")
	}

	// Without force an existing file is refused and left as it was.
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = toFile(path, nb, FormatCSV, false)
	if !errors.Is(err, fs.ErrExist) || !strings.Contains(err.Error(), path+" exists") {
		t.Fatalf("err = %v, want the exists message", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "keep me" {
		t.Error("a refused export changed the existing file")
	}

	// With force it is replaced, and no longer readable by others.
	if err := toFile(path, nb, FormatCSV, true); err != nil {
		t.Fatal(err)
	}
	var csvWant bytes.Buffer
	_ = CSV(&csvWant, nb)
	if got, _ := os.ReadFile(path); !bytes.Equal(got, csvWant.Bytes()) {
		t.Error("force did not replace the file with the CSV export")
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode after force %v, want 0600", st.Mode().Perm())
	}
}

func TestToFileBadFormatCreatesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := toFile(path, demo.Notebook(), "pdf", false); !errors.Is(err, ErrFormat) {
		t.Fatalf("err = %v, want ErrFormat", err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("a failed export left a file behind")
	}
}

func TestToFileMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "folder", "out.md")
	err := toFile(path, demo.Notebook(), FormatMarkdown, false)
	if err == nil || !strings.Contains(err.Error(), "could not create "+path) {
		t.Fatalf("err = %v, want a could-not-create message", err)
	}
}

// TestToFileForceReplacesAtomically: with force an existing file is
// replaced by rename from a finished temp file, never truncated and
// rewritten in place, so a crash leaves the old file or the new one whole.
// A hard link to the old file still sees the old bytes afterwards.
func TestToFileForceReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.md")
	if err := os.WriteFile(path, []byte("old export"), 0o644); err != nil {
		t.Fatal(err)
	}
	witness := filepath.Join(dir, "witness")
	if err := os.Link(path, witness); err != nil {
		t.Fatal(err)
	}
	nb := demo.Notebook()
	if err := toFile(path, nb, FormatMarkdown, true); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	_ = Markdown(&want, nb)
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want.Bytes()) {
		t.Error("the file does not hold the export")
	}
	if got, _ := os.ReadFile(witness); string(got) != "old export" {
		t.Errorf("the old file was rewritten in place: a link to it now holds %.20q", got)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	if names := dirNames(t, dir); strings.Join(names, ",") != "out.md,witness" {
		t.Errorf("folder holds %v: a temp file was left", names)
	}
}

func TestToFileForceThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.csv")
	link := filepath.Join(dir, "link.csv")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := toFile(link, demo.Notebook(), FormatCSV, true); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Error("the symlink was replaced by a plain file")
	}
	if got, _ := os.ReadFile(real); string(got) == "old" {
		t.Error("the file the link points to was not replaced")
	}
}

func TestToFileForceNewAndFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.json")
	if err := toFile(path, demo.Notebook(), FormatJSON, true); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("new file with force: %v, %v", st, err)
	}
	sub := filepath.Join(dir, "folder")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	err := toFile(sub, demo.Notebook(), FormatJSON, true)
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("a folder as the target: %v", err)
	}
	if names := dirNames(t, dir); strings.Join(names, ",") != "folder,new.json" {
		t.Errorf("folder holds %v: a temp file was left", names)
	}
}

// dirNames lists dir, hidden files included, sorted.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// toFile writes nb to path as the app and vetted export do: rendered into
// disk.WriteExport's temp file, which is given the name path only whole
// (and never over a file that is there, unless force).
func toFile(path string, nb *store.Notebook, format string, force bool) error {
	return disk.WriteExport(path, force, func(w io.Writer) error {
		return Write(w, nb, format)
	})
}
