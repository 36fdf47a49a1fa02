//go:build linux || darwin || freebsd || openbsd || netbsd || dragonfly

package disk

import (
	"errors"
	"os"
	"syscall"
)

// lockIdentity takes an exclusive flock on the open notebook file itself,
// that is on its inode, whatever name it was opened by. It returns false if
// another open file holds it: another vetted, perhaps through a hard link
// under another name. Filesystems that cannot lock give true: the sidecar
// lock by name still keeps a second vetted out there.
func lockIdentity(fh *os.File) (bool, error) {
	for {
		err := syscall.Flock(int(fh.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return false, nil
		case errors.Is(err, syscall.ENOTSUP), errors.Is(err, syscall.ENOLCK), errors.Is(err, syscall.EINVAL):
			return true, nil
		default:
			return false, err
		}
	}
}
