package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
)

func TestBriefPrintsAndWrites(t *testing.T) {
	code, out, errs := runCmd("brief", "--demo", "--for", "lindq")
	if code != exitOK || !strings.HasPrefix(out, "# Before my first appointment with Dr. Amara Lindqvist\n") || errs != "" {
		t.Fatalf("brief --demo --for lindq: %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = runCmd("brief", "--demo", "--format", "text")
	if code != exitOK || !strings.HasPrefix(out, "Before my first appointment\n===") || strings.Contains(out, "Lindqvist") {
		t.Fatalf("brief --format text without --for: %d\n%s", code, out)
	}

	dir := t.TempDir()
	target := filepath.Join(dir, "brief.txt")
	code, _, errs = runCmd("brief", "--demo", "--out", target)
	if code != exitOK || !strings.Contains(errs, "not encrypted") {
		t.Fatalf("--out: %d %s", code, errs)
	}
	data, err := os.ReadFile(target)
	if err != nil || !strings.HasPrefix(string(data), "Before my first appointment\n") {
		t.Fatalf("a .txt name must give text: %v\n%s", err, data)
	}
	if info, _ := os.Stat(target); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	// Never over an existing file without --force.
	code, _, errs = runCmd("brief", "--demo", "--for", "whitlock", "--out", target)
	if code != exitError || !strings.Contains(errs, "--force") {
		t.Errorf("existing file: %d %s", code, errs)
	}
	if again, _ := os.ReadFile(target); string(again) != string(data) {
		t.Error("the existing file changed without --force")
	}
	if code, _, _ = runCmd("brief", "--demo", "--for", "whitlock", "--out", target, "--force"); code != exitOK {
		t.Errorf("--force: %d", code)
	}
	if again, _ := os.ReadFile(target); !strings.Contains(string(again), "Sam Whitlock") {
		t.Error("--force did not replace the file")
	}
}

func TestBriefUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--demo", "--for", "nobody"}, []string{`no therapist matches "nobody"`, "Dr. Amara Lindqvist (demo-lindqvist)", "Sam Whitlock (demo-whitlock)"}},
		{[]string{"--demo", "--for", "a"}, []string{`"a" matches`, "Dr. Amara Lindqvist (demo-lindqvist)", "Sam Whitlock (demo-whitlock)"}},
		{[]string{"--demo", "--format", "pdf"}, []string{"unknown format"}},
		{[]string{"--demo", "--file", "x.json"}, []string{"not both"}},
		{[]string{"--demo", "extra"}, []string{"unexpected argument"}},
	} {
		code, out, errs := runCmd(append([]string{"brief"}, tc.args...)...)
		if code != exitUsage || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 2 and nothing printed", tc.args, code, out)
		}
		for _, w := range tc.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%v: stderr lacks %q:\n%s", tc.args, w, errs)
			}
		}
	}
}

// The brief of a notebook on disk holds its preparation form and never
// lets an escape sequence through to the terminal.
func TestBriefFromFileIsSanitised(t *testing.T) {
	nb := demo.Notebook()
	nb.SetMedications([]store.Medication{{Name: "Sertraline\x1b]52;c;aGk=\x07", Dose: "50 mg"}})
	path := writeNotebook(t, nb)
	code, out, errs := runCmd("brief", "--file", path, "--format", "text")
	if code != exitOK || !strings.Contains(out, "- Sertraline — 50 mg") || strings.ContainsRune(out, '\x1b') || strings.ContainsRune(out, '\x07') {
		t.Errorf("%d %q %s", code, out, errs)
	}
	if code, _, errs := runCmd("brief", "--file", path, "--out", path); code != exitUsage || !strings.Contains(errs, "is your notebook") {
		t.Errorf("--out the notebook: %d %s", code, errs)
	}
}

func TestBriefHelpHasAnExample(t *testing.T) {
	code, out, errs := runCmd("brief", "--help")
	if code != exitOK || errs != "" || !strings.Contains(out, "Example:") || !strings.Contains(out, "--for THERAPIST") {
		t.Errorf("%d %q %s", code, out, errs)
	}
}

// TestBriefConcernsOnlyWhenAsked: My concerns reach the brief with
// --concerns and never without it.
func TestBriefConcernsOnlyWhenAsked(t *testing.T) {
	nb := demo.Notebook()
	nb.Profile.OwnWords = "We want sex at different times."
	path := writeNotebook(t, nb)
	_, without, _ := runCmd("brief", "--file", path, "--format", "text")
	code, with, errs := runCmd("brief", "--file", path, "--format", "text", "--concerns")
	if code != exitOK {
		t.Fatalf("--concerns: exit %d: %s", code, errs)
	}
	if strings.Contains(without, nb.Profile.OwnWords) {
		t.Error("the brief holds my own words without --concerns")
	}
	if !strings.Contains(with, nb.Profile.OwnWords) {
		t.Errorf("the brief lacks my own words with --concerns:\n%s", with)
	}
}

// TestReadingCommandsNameThemselves: a missing notebook is reported by
// the command that was run, not by another one.
func TestReadingCommandsNameThemselves(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.json")
	for _, args := range [][]string{
		{"brief", "--file", missing},
		{"ask", "--file", missing, "--for", "x"},
		{"export", "--file", missing},
		{"questions", "--file", missing},
	} {
		code, _, errs := runCmd(args...)
		if code != exitError || !strings.Contains(errs, "vetted "+args[0]+": there is no notebook at "+missing) {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}
