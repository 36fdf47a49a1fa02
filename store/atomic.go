package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
)

// WriteFile puts data in the file at path, readable by its owner alone
// (mode 0600), atomically and durably: a temp file in the same folder is
// written and fsynced, then renamed over path, then the folder is fsynced.
// A crash leaves the old file or the new one whole, never a mix, though
// possibly a hidden temp file ("."+name+".tmp-" and 16 hex digits). A
// symlink at path is followed, so the link keeps pointing at the file.
// Exports use it to replace a file they were told to overwrite. Errors
// name path, never the data.
func WriteFile(path string, data []byte) error {
	target := path
	if r, err := filepath.EvalSymlinks(path); err == nil {
		target = r
	}
	if info, err := os.Stat(target); err == nil && info.IsDir() {
		return fmt.Errorf("could not write %s: it is a folder", path)
	}
	dir := filepath.Dir(target)
	tmp, err := writeTemp(filepath.Join(dir, "."+filepath.Base(target)+".tmp-"+NewID()), func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return fmt.Errorf("could not write %s: %w", path, StripPath(err))
	}
	if err := os.Rename(tmp, target); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("could not replace %s: %w", path, StripPath(err))
	}
	if err := syncFolder(dir); err != nil {
		return fmt.Errorf("could not save %s to disk: %w", path, StripPath(err))
	}
	return nil
}

// CreateFile puts data in a new file at path, readable by its owner alone
// (mode 0600) and flushed to disk. It never replaces a file: one that exists
// gives an error matching fs.ErrExist, and a file it made but could not fill
// is removed. Errors name path, never the data.
func CreateFile(path string, data []byte) error {
	_, err := writeTemp(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	switch {
	case errors.Is(err, fs.ErrExist):
		return existsError{path}
	case err != nil:
		return fmt.Errorf("could not create %s: %w", path, StripPath(err))
	}
	return nil
}

// existsError says a file is already there; it matches fs.ErrExist, so the
// caller can add what to do about it (a command: --force; the app: another
// name).
type existsError struct{ path string }

func (e existsError) Error() string        { return e.path + " exists" }
func (e existsError) Is(target error) bool { return target == fs.ErrExist }

// writeTemp creates the new file name (0600, failing if it exists), fills
// it, fsyncs and closes it, and returns its name. On error nothing is left.
// It is writeTempFS on the real disk.
func writeTemp(name string, fill func(io.Writer) error) (string, error) {
	return writeTempFS(osFS{}, name, fill)
}

// syncFolder flushes the folder entry so the rename survives a power cut.
// Platforms that cannot sync a folder (Windows, some filesystems) get the
// atomic rename without that guarantee.
func syncFolder(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, syscall.EINVAL) || errors.Is(err, errors.ErrUnsupported) {
		return nil
	}
	return err
}
