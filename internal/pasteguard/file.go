package pasteguard

import "os"

// File is a terminal whose reads pass through a Guard. It keeps the
// methods Bubble Tea looks for on its input (Fd, to set raw mode and to
// wait for input; Name, Write, Close), so it is used as the terminal.
type File struct {
	*os.File
	guard Guard
}

// NewFile returns f guarded.
func NewFile(f *os.File) *File { return &File{File: f} }

// Read reads at most a third of p from the terminal, so that the guarded
// bytes (at most three times as many) fit in p.
func (f *File) Read(p []byte) (int, error) {
	if len(p) < 3 {
		return f.File.Read(p)
	}
	buf := make([]byte, len(p)/3)
	n, err := f.File.Read(buf)
	if n > 0 {
		n = copy(p, f.guard.Filter(buf[:n]))
	}
	return n, err
}
