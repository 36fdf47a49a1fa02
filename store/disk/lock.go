package disk

import (
	"errors"
	"fmt"

	"github.com/gofrs/flock"
)

// ErrLocked reports that another vetted holds the notebook's lock. Test for
// it with errors.Is; the error itself names the file.
var ErrLocked = errors.New("notebook is in use by another vetted")

// lockedError is returned by Open when the lock is taken. It names the
// notebook so the person knows which file, and matches ErrLocked.
type lockedError struct{ path string }

func (e *lockedError) Error() string {
	return "vetted: another vetted is already using " + e.path
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *lockedError) Is(target error) bool { return target == ErrLocked }

// lockSuffix names the sidecar lock file. The lock by name sits on a
// sidecar because the notebook is replaced by rename on every save, and a
// lock on a replaced inode does not guard the name. The notebook file is
// locked too (lockIdentity), for the other names a hard link gives it; that
// lock moves to the new file after each save.
const lockSuffix = ".lock"

// fileLock is an exclusive advisory lock on path+".lock". The lock file is
// never deleted: deleting it would let a second process lock a fresh inode
// while the first still holds the old one: a lock belongs to the open
// file, not to its name. The kernel drops the lock when the process dies, so a crash never leaves it stuck.
type fileLock struct{ fl *flock.Flock }

// acquireLock takes the lock without waiting. If another process holds it,
// the error matches ErrLocked.
func acquireLock(notebookPath string) (*fileLock, error) {
	fl := flock.New(notebookPath+lockSuffix, flock.SetPermissions(0o600))
	ok, err := fl.TryLock()
	if err != nil {
		return nil, fmt.Errorf("vetted: cannot lock %s: %w", notebookPath, StripPath(err))
	}
	if !ok {
		return nil, &lockedError{path: notebookPath}
	}
	return &fileLock{fl: fl}, nil
}

// release drops the lock and closes the lock file, leaving it on disk.
func (l *fileLock) release() error {
	if l == nil || l.fl == nil {
		return nil
	}
	err := l.fl.Unlock()
	l.fl = nil
	return err
}
