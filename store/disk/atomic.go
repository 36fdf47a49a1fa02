package disk

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"runtime"
	"syscall"
)

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
