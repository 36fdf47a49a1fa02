package disk

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/format"
)

// openT opens path and fails the test on error, closing at cleanup.
func openT(t *testing.T, path string) (*File, *store.Notebook) {
	t.Helper()
	f, nb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f, nb
}

// listDir returns the sorted names in dir.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	return names
}

func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}

func TestOpenMissingGivesNewAndWritesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "deep", "vetted")
	path := filepath.Join(dir, "notebook.json")
	f, nb := openT(t, path)
	if nb.Version != store.SchemaVersion || len(nb.Therapists) != 0 || nb.Importance == nil {
		t.Errorf("got %+v, want an empty notebook", nb)
	}
	if f.Path() != path {
		t.Errorf("Path() = %q, want %q", f.Path(), path)
	}
	if got := mode(t, dir); got != 0o700 {
		t.Errorf("folder mode %o, want 700", got)
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"notebook.json.lock"}) {
		t.Errorf("folder holds %v before any save, want only the lock", got)
	}
}

func TestSaveOpenRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	nb := testbook.Answered(3)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	if got := mode(t, path); got != 0o600 {
		t.Errorf("notebook mode %o, want 600", got)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	want, _ := store.Encode(nb)
	onDisk, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(onDisk, want) {
		t.Error("the file does not hold store.Encode's bytes")
	}
	_, back := openT(t, path)
	got, _ := store.Encode(back)
	if !bytes.Equal(got, want) {
		t.Error("Open after Save gave a different notebook")
	}
}

func TestSaveTightensWideMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	data, _ := store.Encode(testbook.Answered(1))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, nb := openT(t, path)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	if got := mode(t, path); got != 0o600 {
		t.Errorf("notebook mode %o, want 600", got)
	}
	if got := mode(t, path+".prev"); got != 0o600 {
		t.Errorf(".prev mode %o, want 600", got)
	}
}

func TestPrevHoldsThePreviousSave(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	first := testbook.Answered(1)
	second := first.Clone()
	second.Therapists[0].Name = "Renamed"
	if err := f.Save(first, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".prev"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a first save made a .prev (err %v)", err)
	}
	if err := f.Save(second, 2); err != nil {
		t.Fatal(err)
	}
	prev, err := os.ReadFile(path + ".prev")
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := store.Encode(first); !bytes.Equal(prev, want) {
		t.Error(".prev does not hold the first save")
	}
	cur, _ := os.ReadFile(path)
	if want, _ := store.Encode(second); !bytes.Equal(cur, want) {
		t.Error("the notebook does not hold the second save")
	}
	if got := listDir(t, filepath.Dir(path)); !slices.Equal(got, []string{"notebook.json", "notebook.json.lock", "notebook.json.prev"}) {
		t.Errorf("folder holds %v; temp files were left behind", got)
	}
}

func TestSavesOutOfOrderKeepTheNewest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	newer := testbook.Answered(2)
	older := testbook.Answered(1)
	if err := f.Save(newer, 7); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(older, 6); err != nil {
		t.Fatalf("a stale save should be skipped quietly, got %v", err)
	}
	cur, _ := os.ReadFile(path)
	if want, _ := store.Encode(newer); !bytes.Equal(cur, want) {
		t.Error("a stale save overwrote a newer one")
	}
	if err := f.Save(older, 8); err != nil {
		t.Fatal(err)
	}
	cur, _ = os.ReadFile(path)
	if want, _ := store.Encode(older); !bytes.Equal(cur, want) {
		t.Error("a newer save was skipped")
	}
}

func TestConcurrentSavesKeepTheHighestRev(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	const n = 16
	books := make([]*store.Notebook, n)
	for i := range books {
		books[i] = testbook.Answered(i + 1)
	}
	var wg sync.WaitGroup
	for i := n - 1; i >= 0; i-- {
		wg.Go(func() {
			if err := f.Save(books[i], uint64(i)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	cur, _ := os.ReadFile(path)
	if want, _ := store.Encode(books[n-1]); !bytes.Equal(cur, want) {
		t.Error("after concurrent saves the file is not the highest rev")
	}
}

func TestSaveRefusesWhatOpenWouldRefuse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	nb := testbook.Answered(2)
	nb.Therapists[1].ID = nb.Therapists[0].ID
	err := f.Save(nb, 1)
	if err == nil || !strings.Contains(err.Error(), "same ID") {
		t.Errorf("got %v, want a refusal naming the duplicate", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused save wrote the file")
	}
}

func TestSaveAfterClose(t *testing.T) {
	f, nb, err := Open(filepath.Join(t.TempDir(), "notebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := f.Save(nb, 1); !errors.Is(err, ErrClosed) {
		t.Errorf("got %v, want ErrClosed", err)
	}
}

func TestLockKeepsASecondVettedOut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	first, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Open(path)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: got %v, want ErrLocked", err)
	}
	if want := "another vetted is already using " + path; !strings.Contains(err.Error(), want) {
		t.Errorf("message %q does not say %q", err, want)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".lock"); err != nil {
		t.Errorf("the lock file must stay after Close: %v", err)
	}
	second, _, err := Open(path)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	_ = second.Close()
}

func TestOpenRemovesOnlyItsOwnLeftovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	leftovers := []string{".notebook.json.tmp-0123456789abcdef", ".notebook.json.tmp-fedcba9876543210"}
	keep := []string{
		".notebook.json.tmp-notours",          // wrong suffix
		".notebook.json.tmp-0123456789ABCDEF", // not our case
		".other.json.tmp-0123456789abcdef",    // another notebook's
		"notebook.json.tmp-0123456789abcdef",  // no leading dot
		"notes.txt",
	}
	for _, name := range append(slices.Clone(leftovers), keep...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(secret), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	openT(t, path)
	want := append(slices.Clone(keep), "notebook.json.lock")
	slices.Sort(want)
	if got := listDir(t, dir); !slices.Equal(got, want) {
		t.Errorf("folder after Open:\n got %v\nwant %v", got, want)
	}
}

// unchanged records a file's bytes and mtime to prove it was not touched.
type unchanged struct {
	data  []byte
	mtime time.Time
}

func snapshot(t *testing.T, path string) unchanged {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return unchanged{data, info.ModTime()}
}

func TestOpenRefusesCorruptFilesAndLeavesThemAlone(t *testing.T) {
	valid, err := store.Encode(testbook.Answered(2))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"future version": bytes.Replace(valid, []byte(`"version": 2`), []byte(`"version": 3`), 1),
		"truncated":      valid[:len(valid)/2],
		"trailing data":  append(slices.Clone(valid), valid...),
		"not JSON":       []byte("PK\x03\x04 this is a zip file"),
		"empty":          {},
		"invalid UTF-8":  bytes.Replace(valid, []byte("Dr. "), []byte("Dr. \xe9"), 1),
		"bad created":    bytes.Replace(valid, []byte(`"created": "`), []byte(`"created": "x`), 1),
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "notebook.json")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			// An old mtime, so a rewrite within the same clock tick shows.
			old := time.Now().Add(-time.Hour).Truncate(time.Second)
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, path)
			f, nb, err := Open(path)
			if err == nil {
				_ = f.Close()
				t.Fatalf("accepted: %d therapists", len(nb.Therapists))
			}
			var le *LoadError
			if !errors.As(err, &le) || le.Path != path {
				t.Fatalf("got %T %v, want *LoadError for %s", err, err, path)
			}
			var fe *format.Error
			if !errors.As(err, &fe) {
				t.Errorf("got %v, want a format.Error inside", err)
			}
			if !strings.HasPrefix(err.Error(), "vetted: cannot read "+path+": ") {
				t.Errorf("message %q does not name the file first", err)
			}
			after := snapshot(t, path)
			if !bytes.Equal(before.data, after.data) || !before.mtime.Equal(after.mtime) {
				t.Error("the refused file was changed")
			}
			// Not even a lock file: nothing is made for a refused file.
			if got := listDir(t, dir); !slices.Equal(got, []string{"notebook.json"}) {
				t.Errorf("folder holds %v, want only the notebook", got)
			}
			// The lock was released: the person can fix the file and retry.
			if err := os.WriteFile(path, valid, 0o600); err != nil {
				t.Fatal(err)
			}
			openT(t, path)
		})
	}
}

func TestFutureVersionMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	if err := os.WriteFile(path, []byte(`{"version": 9, "therapists": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := Open(path)
	want := "vetted: cannot read " + path + ": made by a newer vetted (format 9); this vetted reads format 2 — update vetted"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

func TestLoadErrorsNeverQuoteTheNotebook(t *testing.T) {
	nb := testbook.Answered(3)
	nb.Therapists[1].Name = secret
	nb.Therapists[1].Notes = secret
	valid, err := store.Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(valid, []byte(secret))
	corruptions := map[string][]byte{
		"cut inside the secret": valid[:at+6],
		"byte after the secret": slices.Concat(valid[:at+len(secret)+1], []byte("x"), valid[at+len(secret)+1:]),
		"secret name emptied":   bytes.Replace(valid, []byte(`"id": "0000000000000002"`), []byte(`"id": ""`), 1),
	}
	for name, data := range corruptions {
		path := filepath.Join(t.TempDir(), "notebook.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		_, _, err := Open(path)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "SECRET") {
			t.Errorf("%s: message quotes the notebook: %v", name, err)
		}
	}
}

func TestOpenFollowsSymlinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	link := filepath.Join(dir, "notebook.json")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	data, _ := store.Encode(testbook.Answered(1))
	if err := os.WriteFile(real, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, nb := openT(t, link)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Error("saving replaced the symlink with a plain file")
	}
}
