// Package disk is how a notebook's bytes reach the disk and come back:
// File opens, locks and saves a notebook atomically (temp file, fsync,
// swap, .prev), never over a file it could not read or that changed
// behind its back; Read reads one for export; encrypted notebooks are
// opened and converted here (the sealing is store/crypt's); exports are
// written atomically too. The notebook itself, its rules and its JSON are
// package store's.
package disk

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/format"
)

// File is an open notebook: the path, the lock that keeps a second vetted
// away, and the bookkeeping that orders saves. Its methods are safe for
// concurrent use, because Bubble Tea runs save commands on their own
// goroutines.
type File struct {
	path  string
	codec codec
	fsys  fileSystem
	// notice is what the person should be told on opening (see Notice).
	notice string

	mu   sync.Mutex
	lock *fileLock // nil once closed
	// held is the notebook file itself, kept open and flocked so that a
	// hard link under another name cannot open it twice (see
	// lockIdentity); nil while there is no file yet.
	held    *os.File
	saved   bool   // whether any Save has written
	lastRev uint64 // the rev of the last written Save
	writes  uint64 // how many times Save has written the file
	// disk is the file as last read or written (see ondisk.go).
	disk diskState
	// diskRev is the rev whose bytes a Save put at the path, 0 when the
	// file there was read, not written (Open, Reload) or is not known.
	diskRev uint64
	// prevData is what the kept .prev holds, when prevKnown: a save made
	// it this session. A later change to it is another program's write
	// (see replace.go). prevRev is the rev whose bytes it holds, 0 when
	// not one of this session's saves (see DropPrevious).
	prevData  []byte
	prevKnown bool
	prevRev   uint64
	// encoded keeps each therapist's bytes from the last save, so the
	// next one re-encodes only what changed.
	encoded store.Encoder
	// released are the files saves removed after comparing them, held
	// open until the next look (see released.go).
	released []releasedFile
	// queued is the newest rev announced by Queue: an older save still
	// waiting for the mutex steps aside for it (see ErrSuperseded).
	queued atomic.Uint64
}

// ErrSuperseded is returned by Save for a revision older than one already
// announced with Queue: that newer save holds every change of this one and
// is on its way, so writing this one would cost a write and change
// nothing. Nothing was written; the newer save reports for both.
var ErrSuperseded = errors.New("vetted: a newer save is on its way")

// Queue announces that a Save of revision rev will follow, so that saves
// of older revisions not yet started skip their write. It never blocks
// (call it where the save is queued, on the UI goroutine) and only ever
// raises the announced revision. Announce only a save that will run.
func (f *File) Queue(rev uint64) {
	for {
		cur := f.queued.Load()
		if rev <= cur || f.queued.CompareAndSwap(cur, rev) {
			return
		}
	}
}

// LoadError reports a notebook file that exists but cannot be used. The file
// is left exactly as it was: vetted never writes over what it could not
// read.
type LoadError struct {
	// Path is the notebook file.
	Path string
	// Err is the problem, often a *format.Error.
	Err error
}

// Error names the file and the problem, such as "vetted: cannot read
// /home/a/notebook.json: line 3, column 5: this is not valid JSON".
func (e *LoadError) Error() string {
	return "vetted: cannot read " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem.
func (e *LoadError) Unwrap() error { return e.Err }

// ErrClosed is returned by Save after Close.
var ErrClosed = errors.New("vetted: the notebook is already closed")

// prevSuffix names the kept previous version, the file as it was before the
// latest save.
const prevSuffix = ".prev"

// maxFileSize bounds what Open reads. A notebook of 1,000 fully answered
// therapists is under 3 MB; anything far larger is not one of ours, and
// reading it whole could exhaust memory.
const maxFileSize = 64 << 20

// Open loads the notebook at path and locks it. The folder is created
// (mode 0700) if missing. A missing file gives an empty notebook, written
// only at the first Save. Temp files left by a save that crashed are
// removed: they hold a full plaintext copy.
//
// A symlink is followed and stays a link: saves replace its target. A
// link to nothing is refused (see followLink). The file is read and
// checked before anything is created or locked, so a refused file leaves
// nothing behind, not even a lock file. The lock is on the notebook's name
// (a sidecar lock file, which survives the renames of saves) and on the
// file itself, so a hard link to it under another name is locked out too.
//
// If another vetted has the notebook open, the error matches ErrLocked. If
// the file cannot be read or decoded, the error is a *LoadError and the file
// is not touched. On error no lock is held.
func Open(path string) (*File, *store.Notebook, error) {
	return openFile(path, plainCodec{})
}

// openFile is Open with the codec that reads and writes the file's bytes.
func openFile(path string, c codec) (*File, *store.Notebook, error) {
	if path == "" {
		return nil, nil, errors.New("vetted: no notebook file given")
	}
	path, err := followLink(filepath.Clean(path))
	if err != nil {
		return nil, nil, err
	}
	// Another vetted may save between our read and our lock; the check in
	// openOnce sees it and we read again. Two misses in a row mean a
	// writer that does not take our lock: say so rather than spin.
	for try := 0; ; try++ {
		f, nb, err := openOnce(path, c)
		if !errors.Is(err, errChangedWhileOpening) {
			return f, nb, err
		}
		if try == 2 {
			return nil, nil, &LoadError{Path: path, Err: errors.New("the file keeps changing while vetted opens it; is another program writing it?")}
		}
	}
}

// Path returns the notebook's file path (symlinks resolved).
func (f *File) Path() string { return f.path }

// Close releases the lock. It waits for a save in progress and is safe to
// call twice. The lock file stays on disk on purpose (see fileLock).
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	// A late write is kept as a copy beside the notebook, where the
	// next start names it (ConflictCopies); only failing to keep it is
	// worth an error now.
	_, lateErr := f.lateWrites()
	f.closeHeld()
	err := f.lock.release()
	f.lock = nil
	return errors.Join(lateErr, err)
}

// Save writes nb atomically and durably, keeping the file it replaces as
// path+".prev". rev orders saves: Bubble Tea may run save commands out of
// order, so a save whose rev is lower than one already written is skipped
// and returns nil. Give each save a higher rev than the last. A save older
// than one announced with Queue writes nothing and returns ErrSuperseded.
//
// Save never writes over a file that changed on disk since vetted read or
// last saved it (another computer, a sync tool): it returns an error
// matching ErrChangedOnDisk and leaves the file as it is; see Reload and
// SaveCopy.
//
// Save refuses a notebook that Open would refuse (no version, a therapist
// without an ID or name, two with one ID), so a save can never lock the
// person out of their own file.
func (f *File) Save(nb *store.Notebook, rev uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.lock == nil {
		return ErrClosed
	}
	if f.saved && rev < f.lastRev {
		return nil
	}
	if rev < f.queued.Load() {
		return ErrSuperseded
	}
	if nb == nil {
		return errors.New("vetted: no notebook to save")
	}
	if err := store.Check(nb); err != nil {
		return fmt.Errorf("vetted: not saved: %w", err)
	}
	plain, err := f.encoded.Encode(nb)
	if err != nil {
		return err
	}
	stored, err := f.codec.Seal(plain)
	if err != nil {
		return fmt.Errorf("vetted: cannot save %s: %w", f.path, err)
	}
	late, err := f.lateWrites()
	if err != nil {
		return err
	}
	// Never write over a file someone else changed (see ondisk.go); what
	// lands after this check is caught by the swap (see replace.go).
	if err := f.disk.check(f.path); err != nil {
		return err
	}
	if err := f.prevSlotError(); err != nil {
		return err
	}
	err = f.replace(stored)
	// Even a save that failed late (the folder fsync) may have put a new
	// file in place: the lock on the file's identity follows it, and the
	// next save must not take vetted's own write for someone else's.
	f.relockAfterSave()
	if err != nil {
		f.disk.failedWrite(f.path, stored)
		f.diskRev = 0
		var changed *changedError
		if !errors.As(err, &changed) {
			return fmt.Errorf("vetted: cannot save %s: %w", f.path, StripPath(err))
		}
		if changed.written {
			f.saved, f.lastRev = true, rev
			f.writes++
		}
		return err
	}
	f.disk.wrote(stored)
	f.saved, f.lastRev = true, rev
	f.prevRev, f.diskRev = f.diskRev, rev
	f.writes++
	if late != "" {
		return &changedError{path: f.path, kept: late, written: true, late: true}
	}
	return nil
}

// Writes returns how many times Save has written the notebook to disk
// since Open: saves skipped because a newer revision was written, or is
// on its way, do not count. Tests and benchmarks use it to check that a
// burst of changes costs few writes.
func (f *File) Writes() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.writes
}

// DropPrevious removes the kept previous version (path+".prev"), so that
// what the person removed for good does not linger on disk in it. Call it
// after the Save of revision rev that removed it has returned. A missing
// .prev is not an error.
//
// A .prev that holds revision rev or a later one is left alone: a newer
// save, which ran between that Save and this call, kept it, and it holds
// nothing removed before rev. (Saves run on their own goroutines, so
// "save rev, save rev+1, drop for rev" is a possible order; TestDropPrevious-
// Orders runs every order.) A .prev from before this session, or one that
// an older save than rev kept, goes.
//
// A .prev that another program wrote into after vetted kept it is not
// removed but kept as a conflict copy, and the error matches
// ErrChangedOnDisk (see KeptCopy). It holds the File's mutex, so it never
// runs in the middle of a Save. After Close it returns ErrClosed: the
// notebook may then belong to another vetted.
func (f *File) DropPrevious(rev uint64) (err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.lock == nil {
		return ErrClosed
	}
	late, err := f.lateWrites()
	if err != nil {
		return err
	}
	if late != "" {
		defer func() {
			if err == nil {
				err = &changedError{path: f.path, kept: late, written: true, late: true}
			}
		}()
	}
	if f.prevRev != 0 && f.prevRev >= rev {
		return nil
	}
	prev := f.path + prevSuffix
	if info, err := os.Lstat(prev); errors.Is(err, fs.ErrNotExist) || err == nil && info.IsDir() {
		// Nothing kept; a folder of that name is not vetted's to remove
		// (saves refuse it, see prevSlotError).
		f.forgetPrevious()
		return nil
	}
	kept, err := f.discardOld(prev)
	f.forgetPrevious()
	if err != nil {
		return fmt.Errorf("vetted: cannot remove the previous version of %s: %w", f.path, StripPath(err))
	}
	// Make the removal last through a power cut, like a save's rename.
	if err := f.fsys.syncFolder(filepath.Dir(f.path)); err != nil {
		return fmt.Errorf("vetted: cannot remove the previous version of %s: %w", f.path, StripPath(err))
	}
	if kept != "" {
		return &changedError{path: f.path, kept: kept, written: true, late: true}
	}
	return nil
}

// Read loads the notebook at path for reading only, as vetted export does:
// it takes no lock, creates nothing and writes nothing, so it works while
// the app has the notebook open. It reads through the same size limit,
// codec and checks as Open, and fails with the same *LoadError messages.
// Unlike Open, a missing file is an error (a *LoadError matching
// fs.ErrNotExist): there is nothing to read.
func Read(path string) (*store.Notebook, error) {
	return readAt(path, plainCodec{})
}

// readAt is Read with the codec that opens the file's bytes.
func readAt(path string, c codec) (*store.Notebook, error) {
	if path == "" {
		return nil, errors.New("vetted: no notebook file given")
	}
	path, err := followLink(filepath.Clean(path))
	if err != nil {
		return nil, err
	}
	return readFile(path, c)
}

// readFile reads, opens with c and decodes the notebook at path. Every
// error is a *LoadError; a missing file's matches fs.ErrNotExist.
func readFile(path string, c codec) (*store.Notebook, error) {
	fh, err := OpenRegular(path)
	if err != nil {
		return nil, &LoadError{Path: path, Err: StripPath(err)}
	}
	defer fh.Close()
	nb, _, err := decodeRaw(fh, path, c)
	return nb, err
}

// readStoredFrom reads the open notebook file fh (named path) as stored,
// up to the size a notebook can have. Every error is a *LoadError.
func readStoredFrom(fh *os.File, path string) ([]byte, error) {
	if info, err := fh.Stat(); err == nil && info.IsDir() {
		return nil, &LoadError{Path: path, Err: errors.New("this is a folder, not a notebook file")}
	} else if err == nil && !info.Mode().IsRegular() {
		return nil, &LoadError{Path: path, Err: errors.New("this is not a regular file")}
	}
	data, err := readLimited(fh, maxFileSize)
	if errors.Is(err, errTooLarge) {
		return nil, &LoadError{Path: path, Err: &format.Error{Problem: "the file is far too large to be a notebook"}}
	}
	if err != nil {
		return nil, &LoadError{Path: path, Err: StripPath(err)}
	}
	return data, nil
}

// readStored opens and reads the notebook file at path as stored.
func readStored(path string) ([]byte, error) {
	fh, err := OpenRegular(path)
	if err != nil {
		return nil, &LoadError{Path: path, Err: StripPath(err)}
	}
	defer fh.Close()
	return readStoredFrom(fh, path)
}

// decodeRaw reads the open notebook fh (named path), opens it with c and
// decodes it, and returns the bytes as they were on disk too, for the
// check before each save (see ondisk.go). Every error is a *LoadError.
func decodeRaw(fh *os.File, path string, c codec) (*store.Notebook, []byte, error) {
	data, err := readStoredFrom(fh, path)
	if err != nil {
		return nil, nil, err
	}
	plain, err := c.Open(data)
	if err != nil {
		return nil, nil, &LoadError{Path: path, Err: err}
	}
	nb, err := store.Decode(plain)
	if err != nil {
		return nil, nil, &LoadError{Path: path, Err: err}
	}
	return nb, data, nil
}

// errTooLarge is returned by readLimited for a file over its limit.
var errTooLarge = errors.New("file too large")

// readLimited reads all of fh, up to limit bytes. Like os.ReadFile it
// sizes the buffer from the file's size, so a large notebook is read in one
// allocation rather than by repeated growing and copying.
func readLimited(fh *os.File, limit int64) ([]byte, error) {
	size := int64(512)
	if info, err := fh.Stat(); err == nil && info.Size() > 0 {
		size = info.Size() + 1 // +1 so that EOF arrives without growing
	}
	if size > limit+1 {
		return nil, errTooLarge
	}
	data := make([]byte, 0, size)
	for {
		n, err := fh.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if int64(len(data)) > limit {
			return nil, errTooLarge
		}
		if len(data) == cap(data) {
			// The file grew since Stat: let append pick a bigger buffer.
			data = append(data, 0)[:len(data)]
		}
	}
}

// removeLeftovers deletes temp files that a crashed save left beside the
// notebook. Every save killed before its rename leaves one, each a
// plaintext copy of the notebook (crash_test.go kills saves and checks that
// the next Open removes them).
func (f *File) removeLeftovers() error {
	dir := filepath.Dir(f.path)
	if err := removeTemps(dir, filepath.Base(f.path)); err != nil {
		return fmt.Errorf("vetted: cannot remove a leftover temp file in %s: %w", dir, StripPath(err))
	}
	return nil
}

// makeFolder creates the notebook's folder, private to the person, if it
// does not exist. An existing folder keeps its mode: it may be one the
// person chose and shares with other files.
func makeFolder(dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("vetted: cannot create the folder %s: %w", dir, StripPath(err))
	}
	// MkdirAll applies the umask; make sure the last folder is 0700.
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("vetted: cannot protect the folder %s: %w", dir, StripPath(err))
	}
	return nil
}

// StripPath returns the cause of a file-system error without the
// operation and path it names ("open /x/.notebook.json.tmp-...: permission
// denied" becomes "permission denied"), for messages that name the file
// themselves, in the person's words. errors.Is still works on the result.
// Other errors are returned as they are.
func StripPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	var se *os.SyscallError
	if errors.As(err, &se) {
		return se.Err
	}
	return err
}
