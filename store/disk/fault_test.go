package disk

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// faultFS is the real disk with one operation made to fail: the nth call
// of op (1-based; 0 means every call). Operations: create, write, short
// (a write that stores half and stops), sync, close, open, rename,
// exchange, link, chmod, remove, syncFolder.
type faultFS struct {
	osFS
	faults map[string]fault

	mu    sync.Mutex
	calls map[string]int
	hit   int // how many faults fired
}

type fault struct {
	nth int
	err error
}

func newFaultFS(faults map[string]fault) *faultFS {
	return &faultFS{faults: faults, calls: map[string]int{}}
}

// fail counts a call of op and returns the error it must give, or nil.
func (f *faultFS) fail(op string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls[op]++
	ft, ok := f.faults[op]
	if !ok || (ft.nth != 0 && ft.nth != f.calls[op]) {
		return nil
	}
	f.hit++
	return ft.err
}

func (f *faultFS) createExcl(name string) (tempFile, error) {
	if err := f.fail("create"); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	fh, err := f.osFS.createExcl(name)
	if err != nil {
		return nil, err
	}
	return &faultFile{tempFile: fh, fs: f}, nil
}

func (f *faultFS) open(name string) (io.ReadCloser, error) {
	if err := f.fail("open"); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.osFS.open(name)
}

func (f *faultFS) rename(from, to string) error {
	if err := f.fail("rename"); err != nil {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
	}
	return f.osFS.rename(from, to)
}

func (f *faultFS) exchange(a, b string) error {
	if err := f.fail("exchange"); err != nil {
		return &os.LinkError{Op: "renameat2", Old: a, New: b, Err: err}
	}
	return f.osFS.exchange(a, b)
}

func (f *faultFS) link(from, to string) error {
	if err := f.fail("link"); err != nil {
		return &os.LinkError{Op: "link", Old: from, New: to, Err: err}
	}
	return f.osFS.link(from, to)
}

func (f *faultFS) chmod(name string, mode fs.FileMode) error {
	if err := f.fail("chmod"); err != nil {
		return &fs.PathError{Op: "chmod", Path: name, Err: err}
	}
	return f.osFS.chmod(name, mode)
}

func (f *faultFS) remove(name string) error {
	if err := f.fail("remove"); err != nil {
		return &fs.PathError{Op: "remove", Path: name, Err: err}
	}
	return f.osFS.remove(name)
}

func (f *faultFS) syncFolder(dir string) error {
	if err := f.fail("syncFolder"); err != nil {
		return &fs.PathError{Op: "sync", Path: dir, Err: err}
	}
	return f.osFS.syncFolder(dir)
}

// faultFile is a temp file whose writes, sync and close can fail.
type faultFile struct {
	tempFile
	fs *faultFS
}

func (f *faultFile) Write(p []byte) (int, error) {
	if err := f.fs.fail("write"); err != nil {
		return 0, err
	}
	if err := f.fs.fail("short"); err != nil {
		n, werr := f.tempFile.Write(p[:len(p)/2])
		if werr != nil {
			return n, werr
		}
		return n, err
	}
	return f.tempFile.Write(p)
}

func (f *faultFile) Sync() error {
	if err := f.fs.fail("sync"); err != nil {
		return &fs.PathError{Op: "sync", Path: "temp", Err: err}
	}
	return f.tempFile.Sync()
}

func (f *faultFile) Close() error {
	err := f.tempFile.Close() // the real file is always closed
	if ferr := f.fs.fail("close"); ferr != nil {
		return &fs.PathError{Op: "close", Path: "temp", Err: ferr}
	}
	return err
}

// tempFiles lists the notebook's temp files in dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, name := range listDir(t, dir) {
		if strings.HasPrefix(name, ".notebook.json.tmp-") {
			out = append(out, name)
		}
	}
	return out
}

// TestSaveFaults fails each step of a save in turn. In every case the
// error names the file and says what went wrong, the file on disk is the
// old one whole (or, once the rename is done, the new one whole), .prev
// loads, the caller's notebook is untouched so the same answers save once
// the disk is back, and no temp file outlives the next Open.
func TestSaveFaults(t *testing.T) {
	errNoSpace, errIO, errRO := syscall.ENOSPC, syscall.EIO, syscall.EROFS
	tests := []struct {
		name   string
		faults map[string]fault
		// wantErr is part of the message; "" means the save must work.
		wantErr string
		// replaced: the new version is in place despite the error.
		replaced bool
		// leavesTemp: the cleanup itself failed, so a temp file stays
		// until the next Open.
		leavesTemp bool
	}{
		{"disk full", map[string]fault{"write": {1, errNoSpace}}, "no space left on device", false, false},
		{"short write", map[string]fault{"short": {1, io.ErrShortWrite}}, "short write", false, false},
		{"fsync fails", map[string]fault{"sync": {1, errIO}}, "input/output error", false, false},
		{"close fails", map[string]fault{"close": {1, errIO}}, "input/output error", false, false},
		{"read-only folder", map[string]fault{"create": {0, errRO}}, "read-only file system", false, false},
		{"swap fails", map[string]fault{"exchange": {2, syscall.EXDEV}}, "cross-device link", false, false},
		{"swap and its cleanup fail", map[string]fault{"exchange": {2, errIO}, "remove": {0, errIO}}, "input/output error", false, true},
		{".prev rename fails", map[string]fault{"rename": {1, errIO}}, "input/output error", false, false},
		{".prev chmod fails", map[string]fault{"chmod": {1, syscall.EPERM}}, "operation not permitted", false, false},
		{".prev swap fails", map[string]fault{"exchange": {1, errIO}}, "input/output error", false, false},
		{"folder fsync fails", map[string]fault{"syncFolder": {1, errIO}}, "may not survive a power cut", true, false},
		{"no swaps: rename works", map[string]fault{"exchange": {0, syscall.EINVAL}}, "", true, false},
		{"no swaps: rename fails", map[string]fault{"exchange": {0, syscall.EINVAL}, "rename": {2, errIO}}, "input/output error", false, false},
		{"no swaps, no hard links: copy works", map[string]fault{"exchange": {0, syscall.EINVAL}, "link": {0, syscall.EPERM}}, "", true, false},
		{"no hard links: copy works", map[string]fault{"link": {0, syscall.EPERM}}, "", true, false},
		{"no hard links: copy hits a full disk", map[string]fault{"link": {0, syscall.EPERM}, "write": {2, errNoSpace}}, "no space left on device", false, false},
		{"no hard links: copy cannot read", map[string]fault{"link": {0, syscall.EPERM}, "open": {1, syscall.EACCES}}, "permission denied", false, false},
		{"no hard links: copy fsync fails", map[string]fault{"link": {0, syscall.EPERM}, "sync": {2, errIO}}, "input/output error", false, false},
		{"no hard links: copy then rename fails", map[string]fault{"link": {0, syscall.EPERM}, "rename": {1, errIO}}, "input/output error", false, false},
	}
	injected := 0
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "notebook.json")
			f, _ := openT(t, path)
			first := testbook.Answered(3)
			if err := f.Save(first, 1); err != nil {
				t.Fatal(err)
			}
			old, _ := os.ReadFile(path)

			next := testbook.Answered(3)
			next.Therapists[1].Notes = "answers that must not be lost"
			want, _ := store.Encode(next)
			ffs := newFaultFS(tc.faults)
			f.fsys = ffs
			err := f.Save(next, 2)
			if ffs.hit == 0 {
				t.Fatal("no fault fired: the case tests nothing")
			}
			injected += ffs.hit

			onDisk, _ := os.ReadFile(path)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("save failed: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Fatal("the save reported success")
			case err != nil:
				msg := err.Error()
				if !strings.HasPrefix(msg, "vetted: cannot save "+path+": ") || !strings.Contains(msg, tc.wantErr) {
					t.Errorf("message %q does not name the file and say %q", msg, tc.wantErr)
				}
			}
			if tc.replaced && !bytes.Equal(onDisk, want) {
				t.Error("the new version is not whole on disk")
			}
			if !tc.replaced && !bytes.Equal(onDisk, old) {
				t.Error("the old file is not whole on disk")
			}
			if prev, err := os.ReadFile(path + prevSuffix); err == nil {
				if _, err := store.Decode(prev); err != nil {
					t.Errorf(".prev does not load: %v", err)
				}
			}
			if got := tempFiles(t, dir); len(got) > 0 != tc.leavesTemp {
				t.Errorf("temp files after the save: %v", got)
			}

			// The disk is back: the same notebook, still in the caller's
			// hands, saves at the same revision (a failed save does not
			// count as written).
			f.fsys = osFS{}
			if err := f.Save(next, 2); err != nil {
				t.Fatal(err)
			}
			if onDisk, _ := os.ReadFile(path); !bytes.Equal(onDisk, want) {
				t.Error("the retried save did not write the answers")
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			openT(t, path)
			if got := tempFiles(t, dir); len(got) > 0 {
				t.Errorf("temp files after the next Open: %v", got)
			}
			if got := listDir(t, dir); !slices.Equal(got, []string{"notebook.json", "notebook.json.lock", "notebook.json.prev"}) {
				t.Errorf("folder holds %v", got)
			}
		})
	}
	t.Logf("%d cases, %d faults injected", len(tests), injected)
}

// TestSaveFaultErrorsNeverQuoteTheNotebook checks that a failed save's
// message holds the path and the cause, never text from the notebook.
func TestSaveFaultErrorsNeverQuoteTheNotebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	nb := testbook.Answered(2)
	nb.Therapists[0].Notes = secret
	f.fsys = newFaultFS(map[string]fault{"write": {0, syscall.ENOSPC}})
	err := f.Save(nb, 1)
	if err == nil || strings.Contains(err.Error(), secret) {
		t.Fatalf("got %v", err)
	}
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("%v does not match ENOSPC", err)
	}
}
