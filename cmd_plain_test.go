package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store/disk"
)

// runAccessible runs vetted with args and the script on stdin.
func runAccessible(t *testing.T, script string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := execute(args, streams{in: strings.NewReader(script), out: &out, err: &errs})
	return code, out.String(), errs.String()
}

// TestAccessibleScriptShowsInTheComparison: a script of answers piped to
// vetted --accessible is in the notebook on disk, and the full-screen
// comparison shows it.
func TestAccessibleScriptShowsInTheComparison(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	script := "add Dr Rosa Quill\n1\nMasters, CST\nyes\ncertified\n"
	code, out, errs := runAccessible(t, script, "--accessible", "--file", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "Saved State license: yes.") {
		t.Errorf("the session did not say the answer was saved:\n%s", out)
	}
	nb, err := disk.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Therapists) != 1 || nb.Therapists[0].Answers[checklist.QAASECT].Value != checklist.AASECTCertified {
		t.Fatalf("on disk: %+v", nb.Therapists)
	}
	view := ansi.Strip(compare.New(nb, theme.DefaultStyles()).SetSize(120, 40).View())
	for _, want := range []string{"Dr Rosa Quill", "Masters, CST", "Certified"} {
		if !strings.Contains(view, want) {
			t.Errorf("the comparison lacks %q:\n%s", want, view)
		}
	}
	// The lock is released: the notebook opens again.
	f, _, err := disk.Open(path)
	if err != nil {
		t.Fatalf("the notebook is still locked: %v", err)
	}
	f.Close()
}

// TestAccessibleFromTheEnvironment: VETTED_ACCESSIBLE=1 turns the mode on
// without the flag, and it needs no terminal.
func TestAccessibleFromTheEnvironment(t *testing.T) {
	t.Setenv(envAccessible, "1")
	code, out, errs := runAccessible(t, "q\n", "--demo")
	if code != 0 || !strings.Contains(out, "plain-line mode") || !strings.Contains(out, "nothing you type is saved") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestAccessibleDemoWritesNothing: --accessible --demo works in memory.
func TestAccessibleDemoWritesNothing(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("VETTED_FILE", filepath.Join(dir, "notebook.json"))
	code, out, _ := runAccessible(t, "1\nyes\nq\n", "--accessible", "--demo")
	if code != 0 || !strings.Contains(out, "Interview with") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the demo wrote %d files", len(entries))
	}
}

// TestAccessibleUsesTheLock: a notebook open in the app is refused, and
// left as it was.
func TestAccessibleUsesTheLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	code, _, errs := runAccessible(t, "add Ann\n", "--accessible", "--file", path)
	if code != 1 || !errors.Is(openErr(t, path), disk.ErrLocked) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the notebook was written while locked")
	}
}

// openErr is the error of opening path a second time.
func openErr(t *testing.T, path string) error {
	t.Helper()
	f, _, err := disk.Open(path)
	if err == nil {
		f.Close()
	}
	return err
}

// TestAccessibleEncryptedNotebook: an encrypted notebook is unlocked as
// the app does it (here VETTED_PASSPHRASE), answers are saved encrypted,
// and a wrong passphrase changes nothing.
func TestAccessibleEncryptedNotebook(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	var out, errs bytes.Buffer
	code := runPlain(path, false, strings.NewReader("1\ngo 25\n4\nq\n"), &out, &errs, fromEnv(testPass, ""))
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs.String())
	}
	if !strings.Contains(out.String(), "(encrypted)") {
		t.Errorf("the session does not say the notebook is encrypted:\n%s", out.String())
	}
	key, err := disk.UnlockKey(path, testPass)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := disk.ReadWithKey(path, key)
	if err != nil {
		t.Fatal(err)
	}
	if v := nb.Therapists[0].Answers[checklist.QComfort].Value; v != "4" {
		t.Errorf("comfort = %q, want 4", v)
	}
	before := mustRead(t, path)
	out.Reset()
	errs.Reset()
	if code := runPlain(path, false, strings.NewReader("q\n"), &out, &errs, fromEnv("wrong passphrase", "")); code != 1 {
		t.Errorf("a wrong passphrase: exit %d", code)
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("a wrong passphrase changed the file")
	}
}

// TestAccessibleEncryptedWithoutAPassphrase: in a pipe, with no
// VETTED_PASSPHRASE, an encrypted notebook is refused with the app's
// message, and nothing changes.
func TestAccessibleEncryptedWithoutAPassphrase(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	before := mustRead(t, path)
	var out, errs bytes.Buffer
	code := runPlain(path, false, strings.NewReader("add Ann\n"), &out, &errs, passphrases{out: &bytes.Buffer{}})
	if code != 1 || !strings.Contains(errs.String(), envPassphrase) || out.Len() != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errs.String())
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the notebook changed")
	}
}

// TestAccessibleEnvironmentValues: only 1, true or yes turn the mode on.
func TestAccessibleEnvironmentValues(t *testing.T) {
	for value, want := range map[string]bool{"1": true, "TRUE": true, "yes": true, "0": false, "": false, "no": false} {
		t.Setenv(envAccessible, value)
		if got := accessibleFromEnv(); got != want {
			t.Errorf("%s=%q: %v, want %v", envAccessible, value, got, want)
		}
	}
}
