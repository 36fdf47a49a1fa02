//go:build linux

package disk

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchange swaps the directory entries a and b in one step (renameat2 with
// RENAME_EXCHANGE): both must exist. A save swaps its new file in and gets
// back, under the temp name, exactly what was at the notebook's path at
// that instant, so an outside write that lands after the save's check is
// caught rather than replaced (see File.swapIn in replace.go).
func exchange(a, b string) error {
	for {
		err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
		if !errors.Is(err, unix.EINTR) {
			return err
		}
	}
}

// exchangeUnsupported reports whether err says that this filesystem or
// kernel cannot swap entries (some network, FUSE and older filesystems
// give EINVAL, kernels before 3.15 ENOSYS); the save then falls back to
// a rename (see File.renameOver in replace.go).
func exchangeUnsupported(err error) bool {
	return errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) ||
		errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, errors.ErrUnsupported)
}
