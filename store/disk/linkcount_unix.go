//go:build unix

package disk

import (
	"os"
	"syscall"
)

// stillNamed reports whether the open file fh still has a name (a link
// count above zero); ok is false where that cannot be told.
func stillNamed(fh *os.File) (named, ok bool) {
	info, err := fh.Stat()
	if err != nil {
		return false, false
	}
	st, isUnix := info.Sys().(*syscall.Stat_t)
	if !isUnix {
		return false, false
	}
	return st.Nlink > 0, true
}
