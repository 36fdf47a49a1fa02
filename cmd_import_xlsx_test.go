package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/store/disk"
)

// TestImportCommandReadsAWorkbook: the demo's xlsx export imports into a
// fresh notebook, and the summary says it was a workbook and names the
// partner's rows and the names it set; the notebook then exports the same
// CSV as the demo. A CSV named .xlsx is refused with exit 1, by name, and
// no notebook is made.
func TestImportCommandReadsAWorkbook(t *testing.T) {
	dir := t.TempDir()
	sheet, nbPath := filepath.Join(dir, "demo.xlsx"), filepath.Join(dir, "nb.json")
	var xlsx bytes.Buffer
	if err := export.XLSX(&xlsx, demo.Notebook()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sheet, xlsx.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"import", "--from", sheet, "--file", nbPath}, &out, &errb); code != 0 {
		t.Fatalf("import: exit %d, %s", code, errb.String())
	}
	for _, want := range []string{"(xlsx workbook)", "Rows of Kai's view (1): My comfort.", "Your partner's name, from the partner's rows: Kai.", "Your name, from the notes row: Robin."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the summary lacks %q:\n%s", want, out.String())
		}
	}
	back, err := disk.Read(nbPath)
	if err != nil {
		t.Fatal(err)
	}
	var got, want bytes.Buffer
	if err := export.CSV(&got, back); err != nil {
		t.Fatal(err)
	}
	if err := export.CSV(&want, demo.Notebook()); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Error("the imported workbook does not export the demo's CSV")
	}

	renamed, fresh := filepath.Join(dir, "sheet.xlsx"), filepath.Join(dir, "fresh.json")
	if err := os.WriteFile(renamed, want.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	errb.Reset()
	if code := run([]string{"import", "--from", renamed, "--file", fresh}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "not an xlsx workbook") {
		t.Errorf("a CSV named .xlsx: exit %d, %q", code, errb.String())
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Error("a refused sheet made a notebook")
	}
}
