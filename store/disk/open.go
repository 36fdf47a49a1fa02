package disk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/vetted-tui/vetted/store"
)

// How Open reads, checks and locks a notebook: the file is read and
// decoded first, and only a good file (or none) is locked, so a refused
// file leaves nothing behind. See Open in file.go.

// errChangedWhileOpening says the file was replaced between openOnce's read
// and its lock.
var errChangedWhileOpening = errors.New("the notebook changed while it was opened")

// openOnce reads and checks the notebook, then locks it and makes sure the
// file it locked is the one it read.
func openOnce(path string, c codec) (*File, *store.Notebook, error) {
	fh, err := OpenRegular(path)
	missing := errors.Is(err, fs.ErrNotExist)
	if err != nil && !missing {
		return nil, nil, &LoadError{Path: path, Err: StripPath(err)}
	}
	f := &File{path: path, codec: c, fsys: osFS{}, held: fh}
	nb := store.New()
	if !missing {
		var data []byte
		if nb, data, err = decodeRaw(fh, path, f.codec); err != nil {
			_ = fh.Close()
			return nil, nil, err
		}
		// What a later save checks the file against (see ondisk.go).
		f.disk = diskState{exists: true, data: data}
	} else if err := makeFolder(filepath.Dir(path)); err != nil {
		return nil, nil, err
	}
	if err := f.lockAll(); err != nil {
		return nil, nil, err
	}
	if !f.stillTheFileRead() {
		f.unlockAll()
		return nil, nil, errChangedWhileOpening
	}
	// Only after locking: the leftovers of a running vetted are its saves
	// in progress.
	if err := f.removeLeftovers(); err != nil {
		f.unlockAll()
		return nil, nil, err
	}
	f.notice = f.makePrivate()
	return f, nb, nil
}

// lockAll takes the sidecar lock, then the lock on the file read (if any).
// On error it holds nothing and has closed f.held.
func (f *File) lockAll() error {
	lk, err := acquireLock(f.path)
	if err != nil {
		f.closeHeld()
		return err
	}
	f.lock = lk
	if f.held == nil {
		return nil
	}
	ok, err := lockIdentity(f.held)
	if err == nil && !ok {
		err = &lockedError{path: f.path}
	} else if err != nil {
		err = fmt.Errorf("vetted: cannot lock %s: %w", f.path, StripPath(err))
	}
	if err != nil {
		f.unlockAll()
	}
	return err
}

// unlockAll releases both locks and closes the held file.
func (f *File) unlockAll() {
	_, _ = f.lateWrites() // a late write is kept as a copy all the same
	f.closeHeld()
	_ = f.lock.release()
	f.lock = nil
}

// closeHeld closes the held notebook file, which drops its flock.
func (f *File) closeHeld() {
	if f.held != nil {
		_ = f.held.Close()
		f.held = nil
	}
}

// stillTheFileRead reports whether f.path still names the file that was
// read (or still names nothing, if nothing was there).
func (f *File) stillTheFileRead() bool {
	now, err := os.Stat(f.path)
	if f.held == nil {
		return errors.Is(err, fs.ErrNotExist)
	}
	was, herr := f.held.Stat()
	return err == nil && herr == nil && os.SameFile(now, was)
}

// relockAfterSave moves the identity lock to the file a save just put in
// place: the old inode now belongs to .prev. A failure leaves the old lock
// held; the sidecar lock still guards the name.
func (f *File) relockAfterSave() {
	fh, err := OpenRegular(f.path)
	if err != nil {
		return
	}
	if f.held != nil {
		now, err1 := fh.Stat()
		was, err2 := f.held.Stat()
		if err1 == nil && err2 == nil && os.SameFile(now, was) {
			_ = fh.Close() // the save did not replace the file
			return
		}
	}
	if ok, err := lockIdentity(fh); err != nil || !ok {
		_ = fh.Close()
		return
	}
	f.closeHeld()
	f.held = fh
}

// makePrivate narrows a notebook that others could read or write to 0600
// and returns what to tell the person, or "" if it was private already.
func (f *File) makePrivate() string {
	if f.held == nil {
		return ""
	}
	info, err := f.held.Stat()
	if err != nil || info.Mode().Perm()&0o077 == 0 {
		return ""
	}
	perm := info.Mode().Perm()
	was := "readable by others"
	if perm&0o044 == 0 {
		was = "writable by others"
	}
	if err := f.held.Chmod(0o600); err != nil {
		return fmt.Sprintf("%s is %s (mode %04o) and could not be made private: %v", f.path, was, perm, StripPath(err))
	}
	also := ""
	// The previous version was made beside it, likely with the same mode.
	if info, err := os.Lstat(f.path + prevSuffix); err == nil && info.Mode().IsRegular() && info.Mode().Perm()&0o077 != 0 {
		if os.Chmod(f.path+prevSuffix, 0o600) == nil {
			also = " So is its previous version, " + filepath.Base(f.path) + prevSuffix + "."
		}
	}
	return fmt.Sprintf("%s was %s (mode %04o); now 0600, yours alone.%s", f.path, was, perm, also)
}

// Notice returns what the person should be told about the file on opening,
// such as that it was readable by others and is now private, or "". It
// names the path; clean it before showing it.
func (f *File) Notice() string { return f.notice }
