package disk

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/format"
)

func TestReadLoadsWithoutLockingOrWriting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	want := testbook.Answered(3)
	data, err := store.Encode(want)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	// A running app holds the lock: Read must still work.
	f, _ := openT(t, path)
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := store.Encode(got); !bytes.Equal(again, data) || len(got.Therapists) != len(want.Therapists) {
		t.Error("Read gave a different notebook than was saved")
	}
	_ = f.Close()
	if err := os.Remove(path + lockSuffix); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(path); err != nil {
		t.Fatal(err)
	}
	if names := listDir(t, dir); !slices.Equal(names, []string{"notebook.json"}) {
		t.Errorf("folder holds %v after Read, want only the notebook", names)
	}
}

func TestReadMissingCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "notebook.json")
	_, err := Read(path)
	var le *LoadError
	if !errors.Is(err, fs.ErrNotExist) || !errors.As(err, &le) || le.Path != path {
		t.Fatalf("got %T %v, want a *LoadError matching fs.ErrNotExist", err, err)
	}
	if strings.Contains(err.Error(), "open ") {
		t.Errorf("message %q repeats the operation", err)
	}
	if names := listDir(t, dir); len(names) != 0 {
		t.Errorf("Read created %v", names)
	}
	if _, err := Read(""); err == nil {
		t.Error("Read(\"\") gave no error")
	}
}

func TestReadRefusesLikeOpen(t *testing.T) {
	valid, err := store.Encode(testbook.Answered(1))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"truncated":      valid[:len(valid)/2],
		"future version": bytes.Replace(valid, []byte(`"version": 2`), []byte(`"version": 3`), 1),
		"empty":          {},
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "notebook.json")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			_, readErr := Read(path)
			_, _, openErr := Open(path)
			if readErr == nil || openErr == nil || readErr.Error() != openErr.Error() {
				t.Errorf("Read: %v\nOpen: %v\nwant the same *LoadError", readErr, openErr)
			}
			var le *LoadError
			if !errors.As(readErr, &le) {
				t.Errorf("got %T, want *LoadError", readErr)
			}
		})
	}
}

func TestReadRefusesAFolderAndAHugeFile(t *testing.T) {
	dir := t.TempDir()
	_, err := Read(dir)
	if err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("folder: got %v", err)
	}
	path := filepath.Join(dir, "big.json")
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: the size is what counts, not the bytes on disk.
	if err := fh.Truncate(maxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	fh.Close()
	var fe *format.Error
	if _, err := Read(path); !errors.As(err, &fe) || !strings.Contains(err.Error(), "far too large") {
		t.Errorf("huge file: got %v", err)
	}
}
