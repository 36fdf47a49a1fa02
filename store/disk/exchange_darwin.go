//go:build darwin

package disk

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchange swaps the directory entries a and b in one step (renamex_np
// with RENAME_SWAP, APFS and HFS+): both must exist. See exchange_linux.go.
func exchange(a, b string) error {
	for {
		err := unix.RenamexNp(a, b, unix.RENAME_SWAP)
		if !errors.Is(err, unix.EINTR) {
			return err
		}
	}
}

// exchangeUnsupported reports whether err says that this filesystem cannot
// swap entries (ENOTSUP on some network and FAT volumes, EINVAL).
func exchangeUnsupported(err error) bool {
	return errors.Is(err, unix.ENOTSUP) || errors.Is(err, unix.EINVAL) ||
		errors.Is(err, unix.ENOSYS) || errors.Is(err, errors.ErrUnsupported)
}
