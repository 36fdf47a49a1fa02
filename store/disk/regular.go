package disk

import (
	"io/fs"
	"os"
)

// A notebook, a .prev and a sheet to import are regular files. Anything
// else at such a path is refused at once, by name: opening a named pipe
// waits for a writer (the app, export, brief and --accessible hung on
// one), a device can be read forever (/dev/zero), and a socket cannot be
// opened at all.

// notRegularError says what the file at a notebook's path is instead of
// a regular file. The caller names the path.
type notRegularError struct{ mode fs.FileMode }

func (e notRegularError) Error() string {
	what := "not a regular file"
	switch m := e.mode; {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeCharDevice != 0:
		what = "a character device"
	case m&fs.ModeDevice != 0:
		what = "a device"
	}
	return "this is " + what + ", not a notebook file; vetted reads only regular files"
}

// OpenRegular opens the regular file at path for reading, following
// symlinks, and refuses anything else (a folder, a named pipe, a socket,
// a device) at once with an error that says what it is, leaving it
// untouched. It looks before opening, opens without waiting (O_NONBLOCK,
// so a pipe put there meanwhile cannot stall it), and checks the opened
// file itself, so a swap between the look and the open is caught too.
// Every reader of a notebook, and vetted import's reading of its sheet,
// opens through it.
func OpenRegular(path string) (*os.File, error) {
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: notRegularError{info.Mode()}}
	}
	fh, err := os.OpenFile(path, os.O_RDONLY|openNoWait, 0)
	if err != nil {
		return nil, err
	}
	info, err := fh.Stat()
	if err != nil {
		_ = fh.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		_ = fh.Close()
		return nil, &fs.PathError{Op: "open", Path: path, Err: notRegularError{info.Mode()}}
	}
	return fh, nil
}
