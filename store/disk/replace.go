package disk

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// How a save puts the new notebook in place, and what it does with the
// file it displaces.
//
// Save first compares the file with what vetted last read or wrote (see
// ondisk.go). Another program can still write between that check and the
// moment the new file takes the name: in place (an editor, a sync tool
// writing into the file) or by renaming its own file over the path. A
// plain rename would replace that write and report success. So a save:
//
//  1. writes the new version to a temp file and fsyncs it;
//  2. keeps the file now at the path as .prev: a hard link, which then
//     takes the .prev's name by a swap (exchange: renameat2
//     RENAME_EXCHANGE on Linux, renamex_np RENAME_SWAP on macOS), so the
//     .prev it replaces is held under a temp name until the end;
//  3. swaps the new file in, which hands back, under the temp name,
//     exactly what was at the path at that instant;
//  4. if that holds what vetted last read or wrote, all is well: the
//     displaced name and the old .prev go (the old .prev only if it
//     still holds what vetted put there, see below). If it holds
//     anything else, someone wrote in between: it is swapped back, the
//     old .prev too, and the save is refused with ErrChangedOnDisk, the
//     file as the other program left it, as if the check had caught it.
//     Whatever that swap back hands over that is not vetted's own new
//     file (a third write, landing between the two swaps) is kept as a
//     conflict copy beside the notebook and named in the error;
//  5. fsyncs the folder.
//
// A writer that opened the file before the swap can still write into it
// after vetted compared it: it writes into the .prev. The next save finds
// the .prev it replaces changed since vetted made it, keeps it as a
// conflict copy and reports it. A file a save removes after comparing it (the
// old .prev, its own new file after a swap back) is held open until the
// next save or Close looks at it again, so a write into it that lands
// after the removal is kept as a copy too (see released.go).
//
// A crash at any step leaves the notebook whole, old or new, and .prev at
// most one save behind it; the temp names left are removed by the next
// Open (TestCrashDuringSaves).
//
// Where entries cannot be swapped (other systems, some network and FUSE
// filesystems), step 2 renames the link onto .prev and step 3 renames the
// new file over the path; what the link captured is compared afterwards,
// and a write caught there is kept as a conflict copy and reported. An
// outside rename landing between the link and the rename is the one write
// that path cannot see; the swap exists to close it.

// replace puts data at f.path through f.fsys (see above) and flushes the
// folder. The error is a *changedError (matching ErrChangedOnDisk) when
// an outside write was caught; it then says whether data is in place.
func (f *File) replace(data []byte) error {
	tmp, err := f.writeTemp(func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return err
	}
	err = f.swapIn(tmp, data)
	if serr := f.fsys.syncFolder(filepath.Dir(f.path)); serr != nil && err == nil {
		err = fmt.Errorf("the new version is in place but may not survive a power cut: %w", StripPath(serr))
	}
	return err
}

// staged is what step 2 did: whether a .prev was made, whether there was
// none before (fresh), and the temp name holding the .prev it replaced by
// a swap ("" if none).
type staged struct {
	made, fresh bool
	oldPrev     string
}

// swapIn gives the finished temp file tmp the notebook's name (steps 2 to
// 4 above).
func (f *File) swapIn(tmp string, ours []byte) error {
	st, err := f.stagePrevious()
	if err != nil {
		_ = f.fsys.remove(tmp)
		return err
	}
	for try := 0; ; try++ {
		err := f.fsys.exchange(tmp, f.path)
		switch {
		case err == nil:
			return f.settleDisplaced(tmp, ours, st)
		case try == 0 && !st.made && errors.Is(err, fs.ErrNotExist):
			if f.disk.exists { // moved away since the check
				_ = f.fsys.remove(tmp)
				return &changedError{path: f.path}
			}
			// A new notebook: take the free name without replacing
			// anything created meanwhile; if something was, swap with it.
			if err := f.placeNew(tmp); !errors.Is(err, fs.ErrExist) {
				return err
			}
		case exchangeUnsupported(err):
			return f.renameOver(tmp, st)
		default:
			_ = f.fsys.remove(tmp)
			f.unstage(st)
			return err
		}
	}
}

// stagePrevious keeps the file now at the path as .prev (step 2). Nothing
// is staged for a missing notebook or one that is not a regular file.
func (f *File) stagePrevious() (staged, error) {
	info, err := os.Lstat(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return staged{}, nil
	}
	if err != nil {
		return staged{}, err
	}
	if !info.Mode().IsRegular() {
		return staged{}, nil
	}
	link, err := f.linkCurrent()
	if err != nil {
		return staged{}, err
	}
	prev := f.path + prevSuffix
	err = f.fsys.exchange(link, prev)
	switch {
	case err == nil:
		return staged{made: true, oldPrev: link}, nil
	case errors.Is(err, fs.ErrNotExist) || exchangeUnsupported(err):
		if err := f.fsys.rename(link, prev); err != nil {
			_ = f.fsys.remove(link)
			return staged{}, err
		}
		return staged{made: true, fresh: errors.Is(err, fs.ErrNotExist)}, nil
	default:
		_ = f.fsys.remove(link)
		return staged{}, err
	}
}

// linkCurrent gives the file now at the path a second, temp name. A hard
// link costs no copy; where links are not supported (some FUSE and FAT
// mounts) the bytes are copied.
func (f *File) linkCurrent() (string, error) {
	tmp := f.tempName()
	if err := f.fsys.link(f.path, tmp); err != nil {
		src, err := f.fsys.open(f.path)
		if err != nil {
			return "", err
		}
		defer src.Close()
		return f.writeTemp(func(w io.Writer) error {
			_, err := io.Copy(w, src)
			return err
		})
	}
	// The link shares the notebook's inode; the notebook is 0600 from
	// now on anyway, and an older one may have been made wider.
	if err := f.fsys.chmod(tmp, 0o600); err != nil {
		_ = f.fsys.remove(tmp)
		return "", err
	}
	return tmp, nil
}

// unstage undoes step 2 after a save that put nothing in place: the old
// .prev goes back, or the .prev made goes if there was none. Only a name
// is removed: the file it named is still at the path. (Without swaps the
// old .prev is already replaced; the one made, a copy of the notebook,
// stays.)
func (f *File) unstage(st staged) {
	switch {
	case st.oldPrev != "":
		if f.fsys.exchange(st.oldPrev, f.path+prevSuffix) == nil {
			_ = f.fsys.remove(st.oldPrev)
		}
	case st.fresh:
		_ = f.fsys.remove(f.path + prevSuffix)
	}
}

// placeNew gives tmp the notebook's name where nothing is there yet,
// failing with an error matching fs.ErrExist (tmp kept) if something is.
func (f *File) placeNew(tmp string) error {
	err := f.fsys.link(tmp, f.path)
	if err == nil {
		// A leftover second name for the notebook's file is removed by
		// the next Open, like any temp file.
		_ = f.fsys.remove(tmp)
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	// No hard links on this filesystem: check, then rename.
	if _, err := os.Lstat(f.path); err == nil {
		return fs.ErrExist
	}
	if err := f.fsys.rename(tmp, f.path); err != nil {
		_ = f.fsys.remove(tmp)
		return err
	}
	return nil
}

// settleDisplaced deals with what the swap put under the name tmp (step
// 4): the file vetted last read or wrote lets the save stand; anything
// else was written by another program meanwhile and goes back.
func (f *File) settleDisplaced(tmp string, ours []byte, st staged) error {
	if f.disk.exists && f.holds(tmp, f.disk.data) {
		_ = f.fsys.remove(tmp) // a second name of .prev, or the same bytes
		return f.settlePrevious(st)
	}
	if err := f.fsys.exchange(tmp, f.path); err != nil {
		// vetted's version stays in place; theirs is kept beside it.
		kept, kerr := f.keepConflict(tmp)
		if kerr != nil {
			return fmt.Errorf("another program wrote the notebook while vetted saved, and its version could not be put back (%v) nor kept as a copy: %w", StripPath(err), StripPath(kerr))
		}
		_ = f.settlePrevious(st)
		f.forgetPrevious()
		return &changedError{path: f.path, kept: kept, written: true}
	}
	f.unstage(st)
	// tmp holds what was at the path a moment ago: vetted's new file,
	// unless a third write landed between the two swaps.
	if f.holds(tmp, ours) {
		_ = f.release(tmp, ours)
		return &changedError{path: f.path}
	}
	kept, err := f.keepConflict(tmp)
	if err != nil {
		return fmt.Errorf("another program wrote the notebook twice while vetted saved; one of its versions could not be kept as a copy: %w", StripPath(err))
	}
	return &changedError{path: f.path, kept: kept}
}

// settlePrevious ends step 2 once the new version is in place: the .prev
// made holds what vetted last read or wrote, and the one it replaced goes,
// unless another program wrote into it (see discardOld).
func (f *File) settlePrevious(st staged) error {
	if !st.made {
		return nil
	}
	var kept string
	var err error
	if st.oldPrev != "" {
		kept, err = f.discardOld(st.oldPrev)
	}
	f.prevData, f.prevKnown = f.disk.data, true
	switch {
	case err != nil:
		return fmt.Errorf("the new version is in place, but another program wrote into the previous version after vetted replaced it, and that could not be kept as a copy: %w", StripPath(err))
	case kept != "":
		return &changedError{path: f.path, kept: kept, written: true, late: true}
	}
	return nil
}

// discardOld removes name, a .prev just replaced or dropped, unless it no
// longer holds what vetted put there: then another program wrote into it
// after it stopped being the notebook, and it is kept as a conflict copy,
// whose path is returned. A .prev from before this session is not known
// and goes.
func (f *File) discardOld(name string) (string, error) {
	if f.prevKnown && !f.holds(name, f.prevData) {
		return f.keepConflict(name)
	}
	remove := f.fsys.remove
	if f.prevKnown {
		remove = func(name string) error { return f.release(name, f.prevData) }
	}
	if err := remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	return "", nil
}

// renameOver is steps 3 and 4 where entries cannot be swapped: rename tmp
// over the path, then compare what step 2 captured in .prev.
func (f *File) renameOver(tmp string, st staged) error {
	if err := f.fsys.rename(tmp, f.path); err != nil {
		_ = f.fsys.remove(tmp)
		f.unstage(st)
		return err
	}
	prev := f.path + prevSuffix
	switch {
	case !st.made && f.disk.exists:
		// Gone since the check: nothing was replaced, but the file
		// vetted knew was moved away by someone.
		f.forgetPrevious()
		return &changedError{path: f.path, written: true}
	case !st.made:
		return nil
	case f.disk.exists && f.holds(prev, f.disk.data):
		return f.settlePrevious(st)
	}
	_ = f.settlePrevious(st)
	f.forgetPrevious()
	kept, err := f.keepConflict(prev)
	if err != nil {
		return fmt.Errorf("the new version is in place; the version another program wrote just before is in %s: %w", filepath.Base(prev), StripPath(err))
	}
	return &changedError{path: f.path, kept: kept, written: true}
}

// holds is regularHolds through f's file system.
func (f *File) holds(name string, want []byte) bool { return regularHolds(f.fsys, name, want) }

// keepConflict gives name, a file another program wrote, a conflict
// copy's name beside the notebook (see conflictPath; never over a file
// that is there), readable by its owner alone, and returns that path.
func (f *File) keepConflict(name string) (string, error) {
	info, err := os.Lstat(name)
	if err != nil {
		return "", err
	}
	now := time.Now()
	for i := 1; i <= maxConflictCopies; i++ {
		target := conflictPath(f.path, now, i)
		err := f.fsys.link(name, target)
		switch {
		case errors.Is(err, fs.ErrExist):
			continue
		case err == nil:
			_ = f.fsys.remove(name)
		default:
			// No hard links here, or not a file: check, then rename.
			if _, serr := os.Lstat(target); serr == nil {
				continue
			}
			if err := f.fsys.rename(name, target); err != nil {
				return "", err
			}
		}
		if info.Mode().IsRegular() {
			_ = f.fsys.chmod(target, 0o600)
			syncFile(target)
		}
		return target, nil
	}
	return "", fmt.Errorf("%d copies named %s… exist already", maxConflictCopies, filepath.Base(conflictPath(f.path, now, 1)))
}

// syncFile flushes the file name to disk, as far as it can: the copy
// keeps another program's write, which that program may not have
// flushed.
func syncFile(name string) {
	if fh, err := os.Open(name); err == nil {
		_ = fh.Sync()
		_ = fh.Close()
	}
}

// forgetPrevious notes that the .prev is no longer known to hold what
// vetted put there.
func (f *File) forgetPrevious() {
	f.prevData, f.prevKnown, f.prevRev = nil, false, 0
}

// replaceAt puts data at target, beside the notebook: temp file, fsync,
// rename, folder fsync, without keeping a .prev. The conversions
// (encrypt, decrypt, a new passphrase) rewrite the notebook and its .prev
// each in place, under the lock and with the app closed. The data is
// already sealed, so nothing in clear reaches the disk for an encrypted
// target.
func (f *File) replaceAt(target string, data []byte) error {
	tmp, err := f.writeTemp(func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return err
	}
	if err := f.fsys.rename(tmp, target); err != nil {
		_ = f.fsys.remove(tmp)
		return err
	}
	if err := f.fsys.syncFolder(filepath.Dir(target)); err != nil {
		return fmt.Errorf("the new version is in place but may not survive a power cut: %w", StripPath(err))
	}
	return nil
}

// writeTemp creates a new temp file (0600) beside the notebook, fills it,
// fsyncs and closes it, and returns its name. On error nothing is left.
func (f *File) writeTemp(fill func(io.Writer) error) (string, error) {
	return writeTempFS(f.fsys, f.tempName(), fill)
}

// tempName returns a fresh temp path beside the notebook (see tempPath).
func (f *File) tempName() string {
	return tempPath(filepath.Dir(f.path), filepath.Base(f.path))
}

// prevSlotError refuses a save (or a drop) while a folder has the .prev's
// name: the rename onto it would fail with a bare "file exists", and a
// swap would move the folder. It names the folder and what to do.
func (f *File) prevSlotError() error {
	prev := f.path + prevSuffix
	if info, err := os.Lstat(prev); err == nil && info.IsDir() {
		return fmt.Errorf("vetted: cannot save %s: %s is a folder, and vetted keeps the notebook's "+
			"previous version under that name. Move or rename that folder, then save again; "+
			"the notebook file was not changed", f.path, prev)
	}
	return nil
}
