package disk

import (
	"fmt"
	"io"
	"os"
	"time"
)

// A file that a save compares and then removes (the .prev it replaces,
// its own new file after putting another program's version back) was the
// notebook, at the path, a moment before. A program that opened the
// notebook then can still write into it after the comparison: opening
// with truncation finds the file by its name first and writes later, and
// on a loaded machine "later" can be after a save or two. Once the name
// is gone, such a write would be nowhere, without a copy. So a save
// holds each file it removed open, with the bytes it held, until the next
// save (or DropPrevious, or Close) looks at it again: one that changed
// is kept as a conflict copy and reported, like a late write into the
// .prev.

// releasedFile is a file removed after a comparison found want in it.
type releasedFile struct {
	fh   *os.File
	want []byte
}

// release removes name, which holds want, and keeps it open (see
// above). The removal is what counts: a file that cannot be opened again
// is removed all the same.
func (f *File) release(name string, want []byte) error {
	fh, openErr := OpenRegular(name)
	if err := f.fsys.remove(name); err != nil {
		if openErr == nil {
			_ = fh.Close()
		}
		return err
	}
	if openErr != nil {
		return nil
	}
	f.released = append(f.released, releasedFile{fh: fh, want: want})
	return nil
}

// lateWrites looks again at the files released since it last looked and
// closes them. One that no longer holds what it held was written after
// vetted removed it; its content is kept as a conflict copy, whose path
// is returned ("" if none changed).
func (f *File) lateWrites() (string, error) {
	var kept string
	var firstErr error
	for _, r := range f.released {
		if info, err := r.fh.Stat(); err == nil && !(info.Size() == int64(len(r.want)) &&
			sameContent(io.NewSectionReader(r.fh, 0, info.Size()+1), r.want)) {
			path, err := f.writeConflictCopy(time.Now(), func(w io.Writer) error {
				_, err := io.Copy(w, io.NewSectionReader(r.fh, 0, info.Size()))
				return err
			})
			switch {
			case err != nil && firstErr == nil:
				firstErr = fmt.Errorf("vetted: another program wrote into a version of %s after vetted had replaced it, and that could not be kept as a copy: %w", f.path, err)
			case err == nil:
				kept = path
			}
		}
		_ = r.fh.Close()
	}
	f.released = f.released[:0]
	return kept, firstErr
}
