package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
	"github.com/xuri/excelize/v2"
)

// runCmd runs vetted with args and returns the exit status and streams.
func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// want renders the demo in format, as the export package would.
func want(t *testing.T, nb *store.Notebook, format string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(&buf, nb, format); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// writeNotebook saves nb as a notebook file in a fresh folder.
func writeNotebook(t testing.TB, nb *store.Notebook) string {
	t.Helper()
	data, err := store.Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "notebook.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// listDir returns the names in dir, sorted.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestExportDemoToStdout(t *testing.T) {
	for _, f := range export.Formats {
		args := []string{"export", "--demo", "--format", f}
		if f == export.FormatXLSX {
			args = append(args, "--out", "-") // a binary file needs asking for
		}
		code, out, errs := runCmd(args...)
		if code != 0 || errs != "" {
			t.Fatalf("%s: exit %d, stderr %q", f, code, errs)
		}
		if f == export.FormatXLSX {
			checkXLSX(t, []byte(out))
			continue
		}
		if out != want(t, demo.Notebook(), f) {
			t.Errorf("%s: stdout is not the demo export", f)
		}
	}
}

// checkXLSX opens data as a workbook and checks that its header names the
// demo's therapists.
func checkXLSX(t *testing.T, data []byte) {
	t.Helper()
	wb, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not an xlsx file: %v", err)
	}
	defer wb.Close()
	rows, err := wb.GetRows(wb.GetSheetName(0))
	if err != nil || len(rows) == 0 {
		t.Fatalf("no rows: %v", err)
	}
	for i, th := range demo.Notebook().Therapists {
		if i+2 >= len(rows[0]) || rows[0][i+2] != th.Name { // after Category and Question
			t.Errorf("header %q lacks %q", rows[0], th.Name)
		}
	}
}

// TestExportXLSXAndBOM: xlsx needs --out and is written as a workbook;
// --bom puts a byte-order mark before a CSV and is refused for other
// formats; the help says text exports are UTF-8.
func TestExportXLSXAndBOM(t *testing.T) {
	dir := t.TempDir()
	if code, out, errs := runCmd("export", "--demo", "--format", "xlsx"); code != 2 || out != "" || !strings.Contains(errs, "--out") {
		t.Errorf("xlsx to a terminal: exit %d, stdout %d bytes, stderr %q", code, len(out), errs)
	}
	path := filepath.Join(dir, "c.xlsx")
	if code, _, errs := runCmd("export", "--demo", "--out", path); code != 0 {
		t.Fatalf("xlsx by name: exit %d, stderr %q", code, errs)
	}
	data, _ := os.ReadFile(path)
	checkXLSX(t, data)
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	if code, _, errs := runCmd("export", "--demo", "--out", path); code != 1 || !strings.Contains(errs, "--force") {
		t.Errorf("xlsx over an existing file: exit %d, stderr %q", code, errs)
	}

	code, out, errs := runCmd("export", "--demo", "--format", "csv", "--bom")
	if code != 0 || out != "\uFEFF"+want(t, demo.Notebook(), "csv") {
		t.Errorf("--bom: exit %d, stderr %q, starts %q", code, errs, out[:min(len(out), 8)])
	}
	if code, _, errs := runCmd("export", "--demo", "--format", "md", "--bom"); code != 2 || !strings.Contains(errs, "CSV only") {
		t.Errorf("--bom with md: exit %d, stderr %q", code, errs)
	}
	if _, help, _ := runCmd("export", "--help"); !strings.Contains(help, "UTF-8") || !strings.Contains(help, "--bom") {
		t.Errorf("the help does not say UTF-8 and --bom:\n%s", help)
	}
}

func TestExportFileReadOnly(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	before, _ := os.ReadFile(path)
	dirBefore := listDir(t, filepath.Dir(path))

	code, out, errs := runCmd("export", "--file", path, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if out != string(before) {
		t.Error("the JSON export is not the notebook's own bytes")
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("export changed the notebook")
	}
	if got := listDir(t, filepath.Dir(path)); strings.Join(got, ",") != strings.Join(dirBefore, ",") {
		t.Errorf("export created files: %v", got)
	}
}

// TestExportWhileAppOpen checks export does not wait for or take the
// app's lock: it works while a vetted holds the notebook open.
func TestExportWhileAppOpen(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	f, _, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	code, out, errs := runCmd("export", "--file", path, "--format", "md")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if out != want(t, demo.Notebook(), "md") {
		t.Error("stdout is not the notebook's Markdown")
	}
}

func TestExportDefaultPath(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	t.Setenv("VETTED_FILE", path)
	code, out, errs := runCmd("export", "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if out != want(t, demo.Notebook(), "csv") {
		t.Error("stdout is not the notebook at $VETTED_FILE as CSV")
	}
}

func TestExportMissingNotebook(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "vetted")
	path := filepath.Join(dir, "notebook.json")
	code, out, errs := runCmd("export", "--file", path)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if out != "" || !strings.Contains(errs, "no notebook at "+path) {
		t.Errorf("stdout %q, stderr %q", out, errs)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("export created the notebook's folder")
	}
}

func TestExportCorruptNotebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	const corrupt = "{\"version\": 1, \"people\": {\"me\": \"secret-name\"},\n  \"therapists\": [ {\"id\": "
	if err := os.WriteFile(path, []byte(corrupt), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd("export", "--file", path, "--format", "md")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if out != "" {
		t.Error("output written for a corrupt notebook")
	}
	if !strings.Contains(errs, "cannot read "+path+": line ") {
		t.Errorf("stderr %q does not name the file and the place", errs)
	}
	if strings.Contains(errs, "secret-name") {
		t.Error("the error repeats notebook content")
	}
	if got, _ := os.ReadFile(path); string(got) != corrupt {
		t.Error("the corrupt notebook was changed")
	}
	// With a kept previous version beside it, the message says how to
	// reach it, as the app's does.
	if err := os.WriteFile(path+".prev", []byte(`{"version": 1, "therapists": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, errs := runCmd("export", "--file", path, "--format", "md"); !strings.Contains(errs, "--file "+path+".prev") {
		t.Errorf("stderr %q does not point to the kept previous version", errs)
	}
}

func TestExportUsageErrors(t *testing.T) {
	for name, args := range map[string][]string{
		"bad format":     {"export", "--demo", "--format", "pdf"},
		"file and demo":  {"export", "--demo", "--file", "x.json"},
		"extra argument": {"export", "--demo", "stray"},
		"unknown flag":   {"export", "--colour"},
	} {
		code, out, errs := runCmd(args...)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2", name, code)
		}
		if out != "" || errs == "" {
			t.Errorf("%s: stdout %q, stderr %q", name, out, errs)
		}
	}
	if code, help, _ := runCmd("export", "--help"); code != 0 || !strings.Contains(help, "Usage:\n  vetted export") {
		t.Errorf("--help: exit %d, stdout %q", code, help)
	}
}

func TestExportOut(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "comparison.csv")

	// No --format: the .csv name decides.
	code, out, errs := runCmd("export", "--demo", "--out", path)
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	got, _ := os.ReadFile(path)
	if string(got) != want(t, demo.Notebook(), "csv") {
		t.Error("the file is not the CSV export")
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}

	code, _, errs = runCmd("export", "--demo", "--format", "md", "--out", path)
	if code != 1 || !strings.Contains(errs, path+" exists; use --force to replace it") {
		t.Errorf("second export: exit %d, stderr %q", code, errs)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, got) {
		t.Error("a refused export changed the file")
	}

	code, _, errs = runCmd("export", "--demo", "--format", "md", "--out", path, "--force")
	if code != 0 {
		t.Fatalf("--force: exit %d, stderr %q", code, errs)
	}
	if replaced, _ := os.ReadFile(path); string(replaced) != want(t, demo.Notebook(), "md") {
		t.Error("--force did not replace the file")
	}
}

// TestExportRefusesToWriteOverTheNotebook: --out naming the notebook being
// exported (or its .prev or .lock), by any spelling, would replace the
// person's data with an export. It is refused before anything is read or
// written, with exit status 2.
func TestExportRefusesToWriteOverTheNotebook(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	dir := filepath.Dir(path)
	if err := os.WriteFile(path+".prev", []byte("previous"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link.json")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hard.json")
	if err := os.Link(path, hard); err != nil {
		t.Fatal(err)
	}
	before := map[string][]byte{}
	for _, p := range []string{path, path + ".prev"} {
		before[p], _ = os.ReadFile(p)
	}
	t.Chdir(dir)
	for name, out := range map[string]string{
		"the notebook":           path,
		"relative":               "notebook.json",
		"dotted":                 "./sub/../notebook.json",
		"its .prev":              path + ".prev",
		"its .lock (not made)":   path + ".lock",
		"a symlink to it":        link,
		"a hard link to it":      hard,
		"through a linked --out": filepath.Join(filepath.Dir(link), "link.json"),
	} {
		for _, force := range []bool{false, true} {
			args := []string{"export", "--file", path, "--out", out, "--format", "md"}
			if force {
				args = append(args, "--force")
			}
			code, stdout, errs := runCmd(args...)
			if code != 2 || stdout != "" || !strings.Contains(errs, "is your notebook") {
				t.Errorf("%s (force %v): exit %d, stderr %q; want 2 and the refusal", name, force, code, errs)
			}
		}
	}
	for p, b := range before {
		if got, _ := os.ReadFile(p); !bytes.Equal(got, b) {
			t.Errorf("%s was changed", p)
		}
	}
	if _, err := os.Stat(path + ".lock"); !os.IsNotExist(err) {
		t.Error("a .lock was created")
	}
	// The notebook given through the symlink protects the real file too.
	if code, _, errs := runCmd("export", "--file", link, "--out", path, "--force"); code != 2 {
		t.Errorf("--file via symlink: exit %d, stderr %q", code, errs)
	}
	// A neighbour of the notebook is fine.
	if code, _, errs := runCmd("export", "--file", path, "--out", "notebook.md"); code != 0 {
		t.Errorf("a file beside the notebook: exit %d, stderr %q", code, errs)
	}
}

// TestExportDemoRefusesTheDefaultNotebook: the demo written over the
// person's own notebook would lose it just the same.
func TestExportDemoRefusesTheDefaultNotebook(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	t.Setenv("VETTED_FILE", path)
	before, _ := os.ReadFile(path)
	code, _, errs := runCmd("export", "--demo", "--format", "json", "--out", path, "--force")
	if code != 2 || !strings.Contains(errs, "is your notebook") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, before) {
		t.Error("the notebook was changed")
	}
}
