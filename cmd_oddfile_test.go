//go:build unix

package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCommandsRefuseOddFilesAtOnce runs every command that reads the
// notebook (export, brief, ask, the plain mode, import) against a named
// pipe, a socket and a device at the notebook's path, and import with
// such a sheet: each refuses at once, naming the path and what it is, and
// leaves it as it was. The full-screen app opens through the same
// openForApp as the plain mode and import (it needs a terminal to run in
// a test). A pipe that hangs a command is freed by the watchdog, which
// then fails the test: a guard against a hang, not a speed target; the
// times are logged.
func TestCommandsRefuseOddFilesAtOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock.json")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	sheet := filepath.Join(dir, "sheet.csv")
	if err := os.WriteFile(sheet, []byte("name\nDr A\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	odd := []struct{ path, says string }{
		{fifo, "named pipe"}, {sock, "socket"}, {"/dev/null", "device"},
	}
	for _, o := range odd {
		before, err := os.Lstat(o.path)
		if err != nil {
			t.Fatal(err)
		}
		commands := [][]string{
			{"export", "--file", o.path},
			{"brief", "--file", o.path},
			{"ask", "--for", "Dr A", "--file", o.path},
			{"--accessible", "--file", o.path},
			{"import", "--from", sheet, "--file", o.path},
			{"import", "--dry-run", "--from", sheet, "--file", o.path},
			{"import", "--from", o.path, "--file", filepath.Join(dir, "nb.json")},
		}
		for _, args := range commands {
			code, errs, took := runGuarded(t, o.path, args)
			name := strings.Join(args, " ")
			if code == 0 {
				t.Errorf("vetted %s: exit 0", name)
			}
			if !strings.Contains(errs, o.path) || !strings.Contains(errs, o.says) {
				t.Errorf("vetted %s: stderr %q does not name the path and say it is a %s", name, errs, o.says)
			}
			t.Logf("vetted %s: refused in %v", name, took.Round(time.Microsecond))
		}
		after, err := os.Lstat(o.path)
		if err != nil || after.Mode() != before.Mode() {
			t.Errorf("%s changed: %v %v", o.path, after, err)
		}
	}
	if _, err := os.Lstat(filepath.Join(dir, "nb.json")); err == nil {
		t.Error("import with an odd sheet made a notebook")
	}
}

// runGuarded runs vetted with args, freeing a pipe at path if the command
// hangs on it (and failing the test then).
func runGuarded(t *testing.T, path string, args []string) (int, string, time.Duration) {
	t.Helper()
	var out, errs bytes.Buffer
	done := make(chan int, 1)
	start := time.Now()
	go func() { done <- runWithStdin(args, strings.NewReader(""), &out, &errs) }()
	select {
	case code := <-done:
		return code, errs.String(), time.Since(start)
	case <-time.After(30 * time.Second):
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			_ = w.Close()
		}
		<-done
		t.Fatalf("vetted %s hung on %s", strings.Join(args, " "), path)
	}
	return 0, "", 0
}

// runWithStdin is run with stdin for the plain mode, which reads it.
func runWithStdin(args []string, stdin *strings.Reader, stdout, stderr *bytes.Buffer) int {
	if args[0] == "--accessible" {
		return runApp(args, stdin, stdout, cleanWriter{stderr})
	}
	return run(args, stdout, stderr)
}
