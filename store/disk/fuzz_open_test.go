package disk

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vetted-tui/vetted/store"
)

// Leftover kinds FuzzOpen can put beside the notebook, one bit each.
const (
	leftTemp      = 1 << iota // one of our temp files: must go at Open
	leftTempDir               // a folder with a temp file's name: must stay
	leftLookAlike             // a name like ours but not ours: must stay
	leftPrev                  // a .prev holding the prev bytes
	leftLock                  // a lock file from an earlier run
	leftWideMode              // the notebook readable by others
)

// FuzzOpen feeds Open a folder holding odd bytes under the notebook's
// name, with leftovers of earlier runs beside it. Open must never panic.
// A refused file stays byte-for-byte, nothing is created beside it and
// nothing is removed. An accepted one is not rewritten; our temp files are
// removed and nothing else is; and what was read saves and reads back the
// same. Seeds: testdata/fuzz/FuzzOpen.
func FuzzOpen(f *testing.F) {
	// A small valid notebook: the fuzzer minimises every new input it
	// finds, and a large seed makes that take minutes.
	valid := []byte(`{"version": 1, "people": {"me": "Zoë"}, "therapists": [{"id": "a", "name": "Dr A", "status": "to_contact", "notes": "x", "created": "2026-11-20T14:30:00Z", "updated": "2026-11-20T14:30:00Z"}]}`)
	f.Add(valid, []byte(nil), uint8(leftTemp|leftPrev|leftLock))
	f.Add([]byte(`{"version": 1}`), valid, uint8(0xFF))
	f.Add([]byte{}, []byte{}, uint8(leftTemp))
	f.Add(valid[:len(valid)/2], valid, uint8(leftTemp|leftPrev))
	f.Fuzz(func(t *testing.T, data, prev []byte, leftovers uint8) {
		dir := t.TempDir()
		path := filepath.Join(dir, "notebook.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		ours := filepath.Join(dir, ".notebook.json.tmp-0123456789abcdef")
		put := map[int]func() error{
			leftTemp:    func() error { return os.WriteFile(ours, data, 0o600) },
			leftTempDir: func() error { return os.Mkdir(filepath.Join(dir, ".notebook.json.tmp-fedcba9876543210"), 0o700) },
			leftLookAlike: func() error {
				return os.WriteFile(filepath.Join(dir, ".notebook.json.tmp-0123456789ABCDEF"), nil, 0o600)
			},
			leftPrev:     func() error { return os.WriteFile(path+prevSuffix, prev, 0o600) },
			leftLock:     func() error { return os.WriteFile(path+lockSuffix, nil, 0o600) },
			leftWideMode: func() error { return os.Chmod(path, 0o644) },
		}
		for bit, fn := range put {
			if leftovers&uint8(bit) != 0 {
				if err := fn(); err != nil {
					t.Fatal(err)
				}
			}
		}
		before := listDir(t, dir)

		file, nb, err := Open(path)
		after, _ := os.ReadFile(path)
		if !bytes.Equal(after, data) {
			t.Fatal("Open changed the notebook's bytes")
		}
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("refused with %T %v, want a *LoadError", err, err)
			}
			if got := listDir(t, dir); !slices.Equal(got, before) {
				t.Fatalf("a refused file changed the folder: %v, was %v", got, before)
			}
			return
		}
		defer file.Close()
		want := slices.DeleteFunc(slices.Clone(before), func(n string) bool { return n == filepath.Base(ours) })
		if !slices.Contains(want, "notebook.json.lock") {
			want = append(want, "notebook.json.lock")
			slices.Sort(want)
		}
		if got := listDir(t, dir); !slices.Equal(got, want) {
			t.Fatalf("after Open the folder holds %v, want %v", got, want)
		}
		if got := mode(t, path); got != 0o600 {
			t.Fatalf("mode %o after Open, want 600", got)
		}
		once, err := store.Encode(nb)
		if err != nil {
			t.Fatal(err)
		}
		if err := file.Save(nb, 1); err != nil {
			t.Fatalf("what Open accepted does not save: %v", err)
		}
		back, err := Read(path)
		if err != nil {
			t.Fatalf("what was saved does not read back: %v", err)
		}
		if twice, _ := store.Encode(back); !bytes.Equal(once, twice) {
			t.Fatal("the notebook changed through Save and Read")
		}
		if prevNow, _ := os.ReadFile(path + prevSuffix); !bytes.Equal(prevNow, data) {
			t.Fatal(".prev does not hold the file as it was")
		}
	})
}
