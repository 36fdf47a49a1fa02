package disk

import (
	"bytes"
	"io"
	"os"
	"sync"
)

// How a save compares a file with the bytes it expects there. A save
// compares up to three files of the notebook's size (the check before
// it, what its swap displaced, the .prev it replaces: ondisk.go,
// replace.go), every byte of each, every time. Reading each whole into a
// slice of its own cost more than the writing (a fresh 2 MB at 500
// therapists, 24 MB at 5,000, grown by copying); they are read instead
// piece by piece into one buffer kept between saves.

// compareChunk is the size of the pieces sameContent reads.
const compareChunk = 64 << 10

// compareBufs hold sameContent's buffers between saves.
var compareBufs = sync.Pool{New: func() any { return new([compareChunk]byte) }}

// sameContent reports whether r holds exactly want: every byte, and
// nothing after it.
func sameContent(r io.Reader, want []byte) bool {
	buf := compareBufs.Get().(*[compareChunk]byte)
	defer compareBufs.Put(buf)
	for {
		n, err := r.Read(buf[:])
		if n > len(want) || !bytes.Equal(buf[:n], want[:n]) {
			return false
		}
		want = want[n:]
		if err == io.EOF {
			return len(want) == 0
		}
		if err != nil {
			return false
		}
	}
}

// regularHolds reports whether the file at path, opened through fsys, is
// a regular file that holds exactly want. A file of another size is not
// read, and anything else is never opened (a named pipe would wait for a
// writer).
func regularHolds(fsys fileSystem, path string, want []byte) bool {
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(want)) {
		return false
	}
	r, err := fsys.open(path)
	if err != nil {
		return false
	}
	defer r.Close()
	return sameContent(r, want)
}
