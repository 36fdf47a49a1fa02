//go:build unix

package store

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// oddFile is a path that is not a regular file, made for a test.
type oddFile struct {
	name, path, says string
	mode             os.FileMode // the type bits the path must keep
}

// oddFiles makes a named pipe and a unix socket in dir, and names two
// devices every unix has.
func oddFiles(t *testing.T, dir string) []oddFile {
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
	return []oddFile{
		{"named pipe", fifo, "named pipe (FIFO)", os.ModeNamedPipe},
		{"socket", sock, "a socket", os.ModeSocket},
		{"/dev/null", "/dev/null", "character device", os.ModeDevice | os.ModeCharDevice},
		{"/dev/zero", "/dev/zero", "character device", os.ModeDevice | os.ModeCharDevice},
	}
}

// refusedPromptly runs read against the odd file, and fails the test if
// read does not return or does not refuse it by name, or if the path
// changed. Opening a pipe for reading waits for a writer: if read hangs
// there, the watchdog opens the pipe for writing to free it, and the test
// fails (the watchdog's limit is a guard against a hang, not a speed
// target; the time taken is logged).
func refusedPromptly(t *testing.T, o oddFile, what string, read func(string) error) time.Duration {
	t.Helper()
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- read(o.path) }()
	var err error
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		if w, werr := os.OpenFile(o.path, os.O_WRONLY|syscall.O_NONBLOCK, 0); werr == nil {
			_ = w.Close()
		}
		<-done
		t.Fatalf("%s of a %s hung", what, o.name)
	}
	took := time.Since(start)
	if err == nil {
		t.Fatalf("%s of a %s: no error", what, o.name)
	}
	var le *LoadError
	if !errors.As(err, &le) || le.Path != o.path {
		t.Errorf("%s of a %s: %v is not a LoadError naming the path", what, o.name, err)
	}
	if msg := err.Error(); !strings.Contains(msg, o.path) || !strings.Contains(msg, o.says) || !strings.Contains(msg, "not a notebook file") {
		t.Errorf("%s of a %s: message %q does not name the path and say it is a %s", what, o.name, msg, o.says)
	}
	info, serr := os.Lstat(o.path)
	if serr != nil || info.Mode().Type() != o.mode.Type() {
		t.Errorf("%s of a %s changed it: %v %v", what, o.name, info, serr)
	}
	if _, serr := os.Lstat(o.path + lockSuffix); serr == nil {
		t.Errorf("%s of a %s left a lock file", what, o.name)
	}
	return took
}

// TestOddFilesAreRefusedAtOnce: a named pipe, a socket and a device at the
// notebook's path are refused by Open, Read, UnlockKey, IsEncrypted and
// the conversions, naming what they are, without waiting for a writer and
// without a trace.
func TestOddFilesAreRefusedAtOnce(t *testing.T) {
	key := newTestKey(t, "correct horse battery")
	readers := []struct {
		what string
		read func(string) error
	}{
		{"Open", func(p string) error {
			f, _, err := Open(p)
			if err == nil {
				_ = f.Close()
			}
			return err
		}},
		{"Read", func(p string) error { _, err := Read(p); return err }},
		{"UnlockKey", func(p string) error { _, err := UnlockKey(p, "a passphrase"); return err }},
		{"EncryptFile", func(p string) error { return EncryptFile(p, key) }},
	}
	for _, o := range oddFiles(t, t.TempDir()) {
		for _, r := range readers {
			took := refusedPromptly(t, o, r.what, r.read)
			t.Logf("%s refused a %s in %v", r.what, o.name, took.Round(time.Microsecond))
		}
		if _, err := IsEncrypted(o.path); err == nil || !strings.Contains(err.Error(), "not a notebook file") {
			t.Errorf("IsEncrypted of a %s: %v", o.name, err)
		}
	}
}

// TestOpeningAPipeDoesNotWait: OpenRegular opens without waiting for a
// writer, so a pipe that takes the name between its look and its open
// cannot stall it (without openNoWait this test would hang).
func TestOpeningAPipeDoesNotWait(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	fh, err := os.OpenFile(fifo, os.O_RDONLY|openNoWait, 0)
	if err != nil {
		t.Fatalf("opening a pipe without waiting: %v", err)
	}
	info, err := fh.Stat()
	_ = fh.Close()
	if err != nil || info.Mode().IsRegular() {
		t.Fatalf("the opened pipe: %v %v", info, err)
	}
	if err := (notRegularError{info.Mode()}).Error(); !strings.Contains(err, "named pipe") {
		t.Errorf("it would be refused as %q", err)
	}
}
