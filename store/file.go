package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// File is an open notebook: the path, the lock that keeps a second vetted
// away, and the bookkeeping that orders saves. Its methods are safe for
// concurrent use, because Bubble Tea runs save commands on their own
// goroutines.
type File struct {
	path  string
	codec codec

	mu      sync.Mutex
	lock    *fileLock // nil once closed
	saved   bool      // whether any Save has written
	lastRev uint64    // the rev of the last written Save
	disk    diskState // the file as last read or written (see ondisk.go)
}

// LoadError reports a notebook file that exists but cannot be used. The file
// is left exactly as it was: vetted never writes over what it could not
// read.
type LoadError struct {
	// Path is the notebook file.
	Path string
	// Err is the problem, often a *FormatError.
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

// Open locks the notebook at path and loads it. The folder is created
// (mode 0700) if missing. A missing file gives an empty notebook, written
// only at the first Save. Temp files left by a save that crashed are
// removed: they hold a full plaintext copy.
//
// If another vetted has the notebook open, the error matches ErrLocked. If
// the file cannot be read or decoded, the error is a *LoadError and the file
// is not touched. On error no lock is held.
func Open(path string) (*File, *Notebook, error) {
	if path == "" {
		return nil, nil, errors.New("vetted: no notebook file given")
	}
	path = filepath.Clean(path)
	// Save replaces the file by rename, which would turn a symlink into a
	// plain file; follow it so the link keeps pointing at the notebook.
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		path = resolved
	}
	if err := makeFolder(filepath.Dir(path)); err != nil {
		return nil, nil, err
	}
	lk, err := acquireLock(path)
	if err != nil {
		return nil, nil, err
	}
	f := &File{path: path, codec: plainCodec{}, lock: lk}
	// Only after locking: the leftovers of a running vetted are its saves
	// in progress.
	if err := f.removeLeftovers(); err != nil {
		_ = lk.release()
		return nil, nil, err
	}
	nb, err := f.loadWatched()
	if err != nil {
		_ = lk.release()
		return nil, nil, err
	}
	return f, nb, nil
}

// Path returns the notebook's file path (symlinks resolved).
func (f *File) Path() string { return f.path }

// Close releases the lock. It waits for a save in progress and is safe to
// call twice. The lock file stays on disk on purpose (see fileLock).
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	err := f.lock.release()
	f.lock = nil
	return err
}

// Save writes nb atomically and durably, keeping the file it replaces as
// path+".prev". rev orders saves: Bubble Tea may run save commands out of
// order, so a save whose rev is lower than one already written is skipped
// and returns nil. Give each save a higher rev than the last.
//
// Save never writes over a file that changed on disk since vetted read or
// last saved it (another computer, a sync tool): it returns an error
// matching ErrChangedOnDisk and leaves the file as it is; see Reload and
// SaveCopy.
//
// Save refuses a notebook that Open would refuse (no version, a therapist
// without an ID or name, two with one ID), so a save can never lock the
// person out of their own file.
func (f *File) Save(nb *Notebook, rev uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.lock == nil {
		return ErrClosed
	}
	if f.saved && rev < f.lastRev {
		return nil
	}
	if nb == nil {
		return errors.New("vetted: no notebook to save")
	}
	if err := check(nb); err != nil {
		return fmt.Errorf("vetted: not saved: %w", err)
	}
	plain, err := Encode(nb)
	if err != nil {
		return err
	}
	stored, err := f.codec.seal(plain)
	if err != nil {
		return fmt.Errorf("vetted: cannot save %s: %w", f.path, err)
	}
	// Never write over a file someone else changed (see ondisk.go).
	if err := f.disk.check(f.path); err != nil {
		return err
	}
	if err := f.replace(stored); err != nil {
		f.disk.failedWrite(f.path, stored)
		return fmt.Errorf("vetted: cannot save %s: %w", f.path, StripPath(err))
	}
	f.disk.wrote(stored)
	f.saved, f.lastRev = true, rev
	return nil
}

// DropPrevious removes the kept previous version (path+".prev"), so that
// answers the person deleted do not linger on disk in it. A missing .prev
// is not an error. It holds the File's mutex, so it never runs in the
// middle of a Save; call it after the save that removed the answers has
// returned (a later Save keeps a new .prev, without them). After Close it
// returns ErrClosed: the notebook may then belong to another vetted.
func (f *File) DropPrevious() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.lock == nil {
		return ErrClosed
	}
	err := os.Remove(f.path + prevSuffix)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("vetted: cannot remove the previous version of %s: %w", f.path, StripPath(err))
	}
	// Make the removal last through a power cut, like a save's rename.
	if err := syncFolder(filepath.Dir(f.path)); err != nil {
		return fmt.Errorf("vetted: cannot remove the previous version of %s: %w", f.path, StripPath(err))
	}
	return nil
}

// load reads and decodes the notebook, or returns New() if there is none.
func (f *File) load() (*Notebook, error) {
	nb, err := readFile(f.path, f.codec)
	if errors.Is(err, fs.ErrNotExist) {
		return New(), nil
	}
	return nb, err
}

// Read loads the notebook at path for reading only, as vetted export does:
// it takes no lock, creates nothing and writes nothing, so it works while
// the app has the notebook open. It reads through the same size limit,
// codec and checks as Open, and fails with the same *LoadError messages.
// Unlike Open, a missing file is an error (a *LoadError matching
// fs.ErrNotExist): there is nothing to read.
func Read(path string) (*Notebook, error) {
	if path == "" {
		return nil, errors.New("vetted: no notebook file given")
	}
	return readFile(filepath.Clean(path), plainCodec{})
}

// readFile reads, opens with c and decodes the notebook at path. Every
// error is a *LoadError; a missing file's matches fs.ErrNotExist.
func readFile(path string, c codec) (*Notebook, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, &LoadError{Path: path, Err: StripPath(err)}
	}
	defer fh.Close()
	if info, err := fh.Stat(); err == nil && info.IsDir() {
		return nil, &LoadError{Path: path, Err: errors.New("this is a folder, not a notebook file")}
	}
	data, err := readLimited(fh, maxFileSize)
	if errors.Is(err, errTooLarge) {
		return nil, &LoadError{Path: path, Err: &FormatError{Problem: "the file is far too large to be a notebook"}}
	}
	if err != nil {
		return nil, &LoadError{Path: path, Err: StripPath(err)}
	}
	plain, err := c.open(data)
	if err != nil {
		return nil, &LoadError{Path: path, Err: err}
	}
	nb, err := Decode(plain)
	if err != nil {
		return nil, &LoadError{Path: path, Err: err}
	}
	return nb, nil
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

// replace puts data at f.path: temp file, fsync, keep the previous version,
// rename, fsync the folder. A crash at any point leaves either the old file
// or the new one whole, never a mix; temp files it leaves are removed by
// the next Open.
func (f *File) replace(data []byte) error {
	tmp, err := f.writeTemp(func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return err
	}
	if err := f.keepPrevious(); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, f.path); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return syncFolder(filepath.Dir(f.path))
}

// keepPrevious makes path+".prev" hold the current notebook, if there is
// one. A hard link costs no copy; where links are not supported (some
// FUSE and FAT mounts) the bytes are copied. Either way the new .prev
// appears by rename, so an older .prev is never lost half-way.
func (f *File) keepPrevious() error {
	info, err := os.Lstat(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return nil
	}
	tmp := f.tempName()
	if err := os.Link(f.path, tmp); err == nil {
		// The link shares the notebook's inode; the notebook is 0600 from
		// now on anyway, and an older one may have been made wider.
		if err := os.Chmod(tmp, 0o600); err != nil {
			_ = os.Remove(tmp)
			return err
		}
	} else {
		src, err := os.Open(f.path)
		if err != nil {
			return err
		}
		defer src.Close()
		tmp, err = f.writeTemp(func(w io.Writer) error {
			_, err := io.Copy(w, src)
			return err
		})
		if err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, f.path+prevSuffix); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

// writeTemp creates a new temp file (0600) beside the notebook, fills it,
// fsyncs and closes it, and returns its name. On error nothing is left.
func (f *File) writeTemp(fill func(io.Writer) error) (string, error) {
	return writeTemp(f.tempName(), fill)
}

// tempPrefix returns the name prefix of this notebook's temp files,
// ".notebook.json.tmp-". The leading dot hides them and the full notebook
// name ties them to this notebook only.
func (f *File) tempPrefix() string {
	return "." + filepath.Base(f.path) + ".tmp-"
}

// tempName returns an unused-looking temp path: the prefix and 16 random
// hex digits. writeTemp opens it with O_EXCL, so a clash fails safely.
func (f *File) tempName() string {
	return filepath.Join(filepath.Dir(f.path), f.tempPrefix()+NewID())
}

// isTempName reports whether name is one of this notebook's temp files:
// exactly the prefix and 16 lowercase hex digits, so nothing the person
// made is ever removed.
func (f *File) isTempName(name string) bool {
	suffix, ok := strings.CutPrefix(name, f.tempPrefix())
	if !ok || len(suffix) != 16 {
		return false
	}
	for _, c := range suffix {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// removeLeftovers deletes temp files that a crashed save left beside the
// notebook. FIELD-NOTES measured 46 of them after 200 kills mid-save, each
// a plaintext copy of the notebook.
func (f *File) removeLeftovers() error {
	dir := filepath.Dir(f.path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("vetted: cannot read the folder %s: %w", dir, StripPath(err))
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !f.isTempName(e.Name()) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("vetted: cannot remove a leftover temp file in %s: %w", dir, StripPath(err))
		}
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
