package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/store/disk"
)

func TestAppFlags(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "never-created", "notebook.json")
	tests := []struct {
		name    string
		args    []string
		code    int
		stdout  string
		stderr  string
		created bool
	}{
		{"help", []string{"--help"}, 0, "Usage:", "", false},
		{"short help", []string{"-h"}, 0, "--demo", "", false},
		{"unknown flag", []string{"--colour"}, 2, "", "--help", false},
		{"stray argument", []string{"notes"}, 2, "", "unknown command", false},
		{"demo and file", []string{"--demo", "--file", missing}, 2, "", "not both", false},
		{"demo without a terminal", []string{"--demo"}, 1, "", "needs a terminal", false},
		// go test runs without a terminal: the app must say so and leave
		// the notebook alone.
		{"no terminal", []string{"--file", missing}, 1, "", "needs a terminal", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := execute(tc.args, streams{in: strings.NewReader(""), out: &out, err: &errOut})
			if code != tc.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tc.code, errOut.String())
			}
			if !strings.Contains(out.String(), tc.stdout) {
				t.Errorf("stdout %q lacks %q", out.String(), tc.stdout)
			}
			if !strings.Contains(errOut.String(), tc.stderr) {
				t.Errorf("stderr %q lacks %q", errOut.String(), tc.stderr)
			}
			if _, err := os.Stat(filepath.Dir(missing)); err == nil {
				t.Error("the notebook's folder was created")
			}
		})
	}
}

func TestOpenErrorPointsToThePreviousVersion(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	if err := os.WriteFile(path, []byte(`{"version": 1, "therapists": [`), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := disk.Open(path)
	if err == nil {
		t.Fatal("a truncated notebook opened")
	}
	var without bytes.Buffer
	explainOpenError(err, path, &without)
	if !strings.Contains(without.String(), path) || strings.Contains(without.String(), ".prev") {
		t.Errorf("without a kept version: %q", without.String())
	}
	if err := os.WriteFile(path+".prev", []byte(`{"version": 1, "therapists": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var with bytes.Buffer
	explainOpenError(err, path, &with)
	if !strings.Contains(with.String(), "--file "+path+".prev") {
		t.Errorf("with a kept version, the message does not say how to open it: %q", with.String())
	}
}

func TestCloseWithinReleasesTheNotebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	closeWithin(f, time.Minute, &errOut)
	if errOut.Len() != 0 {
		t.Errorf("a prompt close printed %q", errOut.String())
	}
	// The lock is gone: the notebook opens again.
	g, _, err := disk.Open(path)
	if err != nil {
		t.Fatalf("after closeWithin the notebook is still locked: %v", err)
	}
	g.Close()
}

// TestStderrIsCleaned gives a notebook path holding escape sequences (set
// the title, write the clipboard) to a command that fails on it: the path
// is still named, but no escape, BEL or 8-bit CSI reaches stderr.
func TestStderrIsCleaned(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "notes\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\u009b31m")
	var stdout, stderr bytes.Buffer
	code := run([]string{"export", "--file", filepath.Join(dir, "notebook.json")}, &stdout, &stderr)
	if code == 0 {
		t.Fatal("exporting a missing notebook succeeded")
	}
	got := stderr.String()
	if !strings.Contains(got, "notebook.json") {
		t.Fatalf("the path is not named: %q", got)
	}
	for _, bad := range []string{"\x1b", "\x07", "\u009b"} {
		if strings.Contains(got, bad) {
			t.Fatalf("stderr carries %q: %q", bad, got)
		}
	}
}
