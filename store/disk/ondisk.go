package disk

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vetted-tui/vetted/store"
)

// This file keeps vetted from writing over a notebook that changed on disk
// behind its back: a sync tool bringing the version from another computer,
// a second computer writing to a shared folder, an editor. Save checks the
// file against what vetted last read or wrote and refuses with
// ErrChangedOnDisk; the app then offers to reload (Reload) or to keep its
// version as a copy (SaveCopy).

// ErrChangedOnDisk reports a save refused because the notebook file is no
// longer the one vetted read or last saved. Nothing was written: the file
// on disk is exactly as the other writer left it. Test with errors.Is.
var ErrChangedOnDisk = errors.New("the notebook changed on disk")

// changedError names the file and matches ErrChangedOnDisk. Most are
// caught before a save writes anything. The rest are caught by the swap
// (see replace.go), in the moment between the check and the new file
// taking the name: kept then names the conflict copy that holds another
// program's write, written says the new version is in place, and late
// says the write was found in the previous version, after vetted had
// replaced it.
type changedError struct {
	path          string
	kept          string
	written, late bool
}

func (e *changedError) Error() string {
	switch {
	case e.late:
		return "vetted: saved " + e.path + ", but another program wrote into its previous version " +
			"after vetted had replaced it; that version is kept as " + e.kept
	case e.written && e.kept != "":
		return "vetted: saved " + e.path + ", but another program wrote it at the same moment " +
			"(a sync tool?); its version is kept as " + e.kept
	case e.written:
		return "vetted: saved " + e.path + ", but at the same moment another program moved away " +
			"the version vetted had read (a sync tool?)"
	case e.kept != "":
		return "vetted: did not save: " + e.path + " changed on disk while vetted was saving " +
			"(another computer or a sync tool?); it is as the other program left it, and a version " +
			"it wrote in between is kept as " + e.kept
	}
	return "vetted: did not save: " + e.path + " changed on disk since vetted read or saved it " +
		"(another computer or a sync tool?); nothing was written over it"
}

// Is makes errors.Is(err, ErrChangedOnDisk) true.
func (e *changedError) Is(target error) bool { return target == ErrChangedOnDisk }

// KeptCopy returns, for an error from Save or DropPrevious that matches
// ErrChangedOnDisk, the conflict copy in which vetted kept another
// program's write ("" if it kept none: the file at the path is theirs),
// and whether the save's own version is in place all the same. The app
// words its changed-on-disk prompt with them.
func KeptCopy(err error) (copyPath string, written bool) {
	var e *changedError
	if errors.As(err, &e) {
		return e.kept, e.written
	}
	return "", false
}

// diskState is what vetted last knew of the notebook file: whether it
// existed and the exact bytes vetted read or wrote there. Save compares the
// file's bytes with them, every time: file identity (inode, size, mtime)
// alone misses a same-size rewrite within one tick of the kernel's coarse
// clock, and a sync tool may set the mtime it likes, while a byte
// comparison costs one read of a file the page cache holds, small beside
// the save's fsyncs. Bytes that match mean nothing would be lost, whoever
// wrote them (a touch, a sync tool rewriting the same version).
type diskState struct {
	exists bool
	data   []byte
}

// check returns an error matching ErrChangedOnDisk unless the file at path
// holds exactly what vetted last read or wrote there (or is still missing,
// for a new notebook). Other errors (the folder cannot be read) are
// returned as they are: no save goes ahead on a guess.
func (d *diskState) check(path string) error {
	_, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if d.exists { // gone, or moved away by a sync tool
			return &changedError{path: path}
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("vetted: did not save: cannot check %s: %w", path, StripPath(err))
	}
	if !d.exists || !regularHolds(osFS{}, path, d.data) {
		return &changedError{path: path}
	}
	return nil
}

// wrote records that data is now the file at path, just renamed there by a
// save. data is kept, not copied: nothing may change it afterwards (Save
// seals a fresh slice each time).
func (d *diskState) wrote(data []byte) {
	*d = diskState{exists: true, data: data}
}

// failedWrite settles the state after a save that failed: one that failed
// after its rename (the folder could not be flushed) did put data in
// place, and the next save must not take vetted's own write for someone
// else's.
func (d *diskState) failedWrite(path string, data []byte) {
	if regularHolds(osFS{}, path, data) {
		d.wrote(data)
	}
}

// loadWatched reads the notebook again and records the bytes it read, so
// that a later Save can tell whether anyone else changed the file. The
// bytes recorded are the ones decoded: if another writer changes the file
// after the read, it differs from them and the next save is refused. The
// lock on the file's identity moves to the file now at the path (a sync
// tool replaces a file by rename).
func (f *File) loadWatched() (*store.Notebook, error) {
	fh, err := OpenRegular(f.path)
	if err != nil {
		return nil, &LoadError{Path: f.path, Err: StripPath(err)}
	}
	defer fh.Close()
	nb, data, err := decodeRaw(fh, f.path, f.codec)
	if err != nil {
		return nil, err
	}
	f.disk = diskState{exists: true, data: data}
	f.relockAfterSave()
	return nb, nil
}

// Reload reads the notebook again from disk, as it is now, after a save was
// refused with ErrChangedOnDisk; saves check against it from then on. Saves
// with a revision below rev are skipped from now on: they hold the version
// from before the reload, still in flight, and must not write over it. A
// missing file is an error: there is nothing to reload, and saving over
// the gap would lose whatever moved it.
func (f *File) Reload(rev uint64) (*store.Notebook, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.lock == nil {
		return nil, ErrClosed
	}
	if _, err := os.Lstat(f.path); errors.Is(err, fs.ErrNotExist) {
		return nil, &LoadError{Path: f.path, Err: errors.New("the file is no longer there")}
	}
	nb, err := f.loadWatched()
	if err != nil {
		return nil, err
	}
	f.saved, f.lastRev, f.diskRev = true, rev, 0
	return nb, nil
}

// conflictInfix marks the copies vetted makes: notebook.conflict-20260130-154501.json.
const conflictInfix = ".conflict-"

// maxConflictCopies bounds the search for a free copy name.
const maxConflictCopies = 99

// WriteCopy writes nb to a new file beside the notebook, named for the time
// now (notebook.conflict-20260130-154501.json, then -2, -3 ... if taken),
// in the notebook's own format (encrypted if it is), mode 0600, never over
// an existing file, and returns its path. The notebook itself is not
// touched.
func (f *File) WriteCopy(nb *store.Notebook, now time.Time) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	path, _, err := f.writeCopy(nb, now)
	return path, err
}

// SaveCopy is WriteCopy that then moves to the copy: it returns the copy
// open and locked, to save there from now on (revisions from rev up), and
// closes f, so a save of f still in flight cannot write to the notebook
// that changed on disk. The caller closes the copy when done.
func (f *File) SaveCopy(nb *store.Notebook, rev uint64, now time.Time) (*File, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.lock == nil {
		return nil, ErrClosed
	}
	path, stored, err := f.writeCopy(nb, now)
	if err != nil {
		return nil, err
	}
	held, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("vetted: your version is saved in %s, but it cannot be opened: %w", path, StripPath(err))
	}
	// The copy is locked like any notebook: its name and the file itself.
	c := &File{path: path, codec: f.codec, fsys: osFS{}, held: held, saved: true, lastRev: rev}
	if err := c.lockAll(); err != nil {
		return nil, fmt.Errorf("vetted: your version is saved in %s, but %w", path, err)
	}
	c.disk.wrote(stored)
	f.unlockAll() // the copy is safe; the original is no longer ours to write
	return c, nil
}

// writeCopy does WriteCopy's work under f.mu and returns the bytes written.
func (f *File) writeCopy(nb *store.Notebook, now time.Time) (string, []byte, error) {
	if nb == nil {
		return "", nil, errors.New("vetted: no notebook to save")
	}
	if err := store.Check(nb); err != nil {
		return "", nil, fmt.Errorf("vetted: not saved: %w", err)
	}
	plain, err := store.Encode(nb)
	if err != nil {
		return "", nil, err
	}
	stored, err := f.codec.Seal(plain)
	if err != nil {
		return "", nil, fmt.Errorf("vetted: cannot save a copy: %w", err)
	}
	path, err := f.writeConflictCopy(now, func(w io.Writer) error {
		_, err := w.Write(stored)
		return err
	})
	if err != nil {
		return "", nil, fmt.Errorf("vetted: cannot save a copy: %w", err)
	}
	return path, stored, nil
}

// writeConflictCopy writes what fill writes to a new conflict copy beside
// the notebook, named for now (see conflictPath), and returns its path.
// It is written whole, then given its name, never over a file that is
// there; the folder is flushed.
func (f *File) writeConflictCopy(now time.Time, fill func(io.Writer) error) (string, error) {
	for i := 1; i <= maxConflictCopies; i++ {
		path := conflictPath(f.path, now, i)
		err := WriteExport(path, false, fill)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return path, nil
	}
	return "", fmt.Errorf("%d copies named %s… exist already", maxConflictCopies, filepath.Base(conflictPath(f.path, now, 1)))
}

// conflictPath is the name of the i-th conflict copy (from 1) of the
// notebook at path made at now: notebook.conflict-20260130-154501.json,
// then -2, -3 ... before the extension.
func conflictPath(path string, now time.Time, i int) string {
	ext := filepath.Ext(path)
	base := strings.TrimSuffix(path, ext) + conflictInfix + now.Format("20060102-150405")
	if i > 1 {
		return fmt.Sprintf("%s-%d%s", base, i, ext)
	}
	return base + ext
}

// ConflictCopies lists the files beside the notebook at path that look like
// copies a sync tool or vetted made of it when two versions met, by base
// name, sorted: "notebook (conflicted copy 2026-01-30).json" (Dropbox,
// Nextcloud), "notebook.sync-conflict-20260130-154501-ABCDEF.json"
// (Syncthing), "notebook (1).json" and "notebook 2.json" (Google Drive,
// iCloud), "notebook.conflict-20260130-154501.json" (vetted). vetted never
// opens them; the app names them so the person can merge them by hand. An
// unreadable folder gives none.
func ConflictCopies(path string) []string {
	path = filepath.Clean(path)
	dir, name := filepath.Split(path)
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	entries, err := os.ReadDir(filepath.Clean(dir + "."))
	if err != nil {
		return nil
	}
	var found []string
	for _, e := range entries {
		if e.IsDir() || e.Name() == name {
			continue
		}
		if middle, ok := between(e.Name(), stem, ext); ok && looksLikeConflict(middle) {
			found = append(found, e.Name())
		}
	}
	return found
}

// between returns what lies between prefix and suffix in s.
func between(s, prefix, suffix string) (string, bool) {
	rest, ok := strings.CutPrefix(s, prefix)
	if !ok {
		return "", false
	}
	return strings.CutSuffix(rest, suffix)
}

// looksLikeConflict reports whether the part of a file name between the
// notebook's stem and extension marks a conflict copy: it names a conflict,
// or it is a copy number (" (1)", " 2", "-2").
func looksLikeConflict(middle string) bool {
	if strings.Contains(strings.ToLower(middle), "conflict") {
		return true
	}
	n := strings.TrimPrefix(strings.TrimPrefix(middle, " "), "-")
	if p, ok := strings.CutPrefix(n, "("); ok {
		n, ok = strings.CutSuffix(p, ")")
		if !ok {
			return false
		}
	}
	if n == "" || len(n) == len(middle) {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
