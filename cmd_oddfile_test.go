//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/internal/oddfile"
)

// TestCommandsRefuseOddFilesAtOnce runs every command that reads the
// notebook (export, brief, ask, the plain mode, import) against a named
// pipe, a socket and a device at the notebook's path, and import with
// such a sheet: each refuses at once, naming the path and what it is, and
// leaves it as it was. The full-screen app opens through the same
// openForApp as the plain mode and import (it needs a terminal to run in
// a test). A command that hangs fails the test (oddfile.Guarded); the
// times are logged.
func TestCommandsRefuseOddFilesAtOnce(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "sheet.csv")
	if err := os.WriteFile(sheet, []byte("name\nDr A\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, o := range oddfile.Make(t, dir)[:3] {
		before, err := os.Lstat(o.Path)
		if err != nil {
			t.Fatal(err)
		}
		commands := [][]string{
			{"export", "--file", o.Path},
			{"brief", "--file", o.Path},
			{"ask", "--for", "Dr A", "--file", o.Path},
			{"--accessible", "--file", o.Path},
			{"import", "--from", sheet, "--file", o.Path},
			{"import", "--dry-run", "--from", sheet, "--file", o.Path},
			{"import", "--from", o.Path, "--file", filepath.Join(dir, "nb.json")},
		}
		for _, args := range commands {
			var code int
			var out, errs bytes.Buffer
			took := oddfile.Guarded(t, o.Path, func() {
				code = execute(args, streams{in: strings.NewReader(""), out: &out, err: cleanWriter{&errs}})
			})
			name := strings.Join(args, " ")
			if code == 0 {
				t.Errorf("vetted %s: exit 0", name)
			}
			if msg := errs.String(); !strings.Contains(msg, o.Path) || !strings.Contains(msg, o.Says) {
				t.Errorf("vetted %s: stderr %q does not name the path and say it is a %s", name, msg, o.Says)
			}
			t.Logf("vetted %s: refused in %v", name, took.Round(time.Microsecond))
		}
		if after, err := os.Lstat(o.Path); err != nil || after.Mode() != before.Mode() {
			t.Errorf("%s changed: %v %v", o.Path, after, err)
		}
	}
	if _, err := os.Lstat(filepath.Join(dir, "nb.json")); err == nil {
		t.Error("import with an odd sheet made a notebook")
	}
}
