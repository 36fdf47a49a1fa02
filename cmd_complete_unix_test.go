//go:build unix

package main

import (
	"path/filepath"
	"syscall"
	"testing"
)

// TestCompletionNeverWaitsOnAPipe: a named pipe at the notebook's path
// offers no names at once; opening it would wait for a writer, and the
// shell with it (a hang here ends in go test's timeout).
func TestCompletionNeverWaitsOnAPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := complete(t, "ask", "--file", path, "--for", ""); len(got) != 0 {
		t.Errorf("a pipe offered %q", got)
	}
}
