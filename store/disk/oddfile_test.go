//go:build unix

package disk

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/internal/oddfile"
)

// refusedPromptly runs read against the odd file o (see oddfile.Guarded)
// and fails the test unless read refuses it by name, as a *LoadError,
// leaving it as it was and no lock file beside it.
func refusedPromptly(t *testing.T, o oddfile.File, what string, read func(string) error) time.Duration {
	t.Helper()
	before, err := os.Lstat(o.Path)
	if err != nil {
		t.Fatal(err)
	}
	took := oddfile.Guarded(t, o.Path, func() { err = read(o.Path) })
	if err == nil {
		t.Fatalf("%s of a %s: no error", what, o.Name)
	}
	var le *LoadError
	if !errors.As(err, &le) || le.Path != o.Path {
		t.Errorf("%s of a %s: %v is not a LoadError naming the path", what, o.Name, err)
	}
	if msg := err.Error(); !strings.Contains(msg, o.Path) || !strings.Contains(msg, o.Says) || !strings.Contains(msg, "not a notebook file") {
		t.Errorf("%s of a %s: message %q does not name the path and say it is a %s", what, o.Name, msg, o.Says)
	}
	if after, err := os.Lstat(o.Path); err != nil || after.Mode() != before.Mode() {
		t.Errorf("%s of a %s changed it: %v %v", what, o.Name, after, err)
	}
	if _, err := os.Lstat(o.Path + lockSuffix); err == nil {
		t.Errorf("%s of a %s left a lock file", what, o.Name)
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
	for _, o := range oddfile.Make(t, t.TempDir()) {
		for _, r := range readers {
			took := refusedPromptly(t, o, r.what, r.read)
			t.Logf("%s refused a %s in %v", r.what, o.Name, took.Round(time.Microsecond))
		}
		if _, err := IsEncrypted(o.Path); err == nil || !strings.Contains(err.Error(), "not a notebook file") {
			t.Errorf("IsEncrypted of a %s: %v", o.Name, err)
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
