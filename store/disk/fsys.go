package disk

import (
	"io"
	"io/fs"
	"os"
)

// fileSystem is the seam between a save and the disk: the few operations
// that replace a notebook, and the reading of the file a save displaced. The store uses osFS; the fault tests put a
// fileSystem in its place that fails one chosen operation (a full disk, a
// short write, a failed fsync or rename, a read-only folder, a filesystem
// without hard links), so every failure path of a save runs in go test.
type fileSystem interface {
	// createExcl creates name for writing, mode 0600, failing if it
	// exists.
	createExcl(name string) (tempFile, error)
	// open opens name for reading: the file a save displaced, to compare
	// it, and the copy that replaces a hard link.
	open(name string) (io.ReadCloser, error)
	rename(from, to string) error
	// exchange swaps two existing entries in one step (see exchange).
	exchange(a, b string) error
	link(from, to string) error
	chmod(name string, mode fs.FileMode) error
	remove(name string) error
	// syncFolder flushes a folder's entries (see syncFolder).
	syncFolder(dir string) error
}

// tempFile is the part of *os.File that writeTempFS uses.
type tempFile interface {
	io.Writer
	Chmod(mode fs.FileMode) error
	Sync() error
	Close() error
}

// osFS is the real disk.
type osFS struct{}

func (osFS) createExcl(name string) (tempFile, error) {
	return os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
}
func (osFS) open(name string) (io.ReadCloser, error)   { return OpenRegular(name) }
func (osFS) rename(from, to string) error              { return os.Rename(from, to) }
func (osFS) exchange(a, b string) error                { return exchange(a, b) }
func (osFS) link(from, to string) error                { return os.Link(from, to) }
func (osFS) chmod(name string, mode fs.FileMode) error { return os.Chmod(name, mode) }
func (osFS) remove(name string) error                  { return os.Remove(name) }
func (osFS) syncFolder(dir string) error               { return syncFolder(dir) }

// writeTempFS creates the new file name on fsys (0600, failing if it
// exists), fills it, fsyncs and closes it, and returns its name. On error
// it removes what it made; if even that fails, the hidden temp name lets
// the next Open remove it.
func writeTempFS(fsys fileSystem, name string, fill func(io.Writer) error) (string, error) {
	fh, err := fsys.createExcl(name)
	if err != nil {
		return "", err
	}
	err = fill(fh)
	if err == nil {
		// The umask can only narrow 0600, but a filesystem may not honour
		// the create mode; say it again.
		err = fh.Chmod(0o600)
	}
	if err == nil {
		err = fh.Sync()
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = fsys.remove(name)
		return "", err
	}
	return name, nil
}
