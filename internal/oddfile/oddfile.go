//go:build unix

// Package oddfile makes the paths that are not regular files (a named
// pipe, a unix socket, devices) for the tests that check every reader of
// a notebook refuses them at once, and runs a reader against one with a
// guard that turns a hang into a test failure.
package oddfile

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// File is a path that is not a regular file.
type File struct {
	// Name says what it is, for test messages ("named pipe").
	Name string
	// Path is where it is.
	Path string
	// Says is what a refusal must call it ("named pipe").
	Says string
}

// Make makes a named pipe and a unix socket in dir (closed at the test's
// end) and adds two devices every unix has.
func Make(t testing.TB, dir string) []File {
	t.Helper()
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock.json")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	return []File{
		{"named pipe", fifo, "named pipe"},
		{"socket", sock, "socket"},
		{"/dev/null", "/dev/null", "device"},
		{"/dev/zero", "/dev/zero", "device"},
	}
}

// hangLimit is how long Guarded waits before it calls a run hung: a guard
// against a hang, far beyond any refusal, not a speed target.
const hangLimit = 30 * time.Second

// Guarded runs run, which reads path, and returns how long it took. If it
// has not returned after hangLimit, the guard opens path for writing,
// which frees a reader waiting on a pipe, and fails the test.
func Guarded(t testing.TB, path string, run func()) time.Duration {
	t.Helper()
	done := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(done)
		run()
	}()
	select {
	case <-done:
		return time.Since(start)
	case <-time.After(hangLimit):
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			_ = w.Close()
		}
		<-done
		t.Fatalf("reading %s hung", path)
	}
	return 0
}
