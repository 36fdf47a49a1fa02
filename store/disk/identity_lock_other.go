//go:build !(linux || darwin || freebsd || openbsd || netbsd || dragonfly)

package disk

import "os"

// lockIdentity is a no-op where flock is not available: the sidecar lock
// by name is the only guard there.
func lockIdentity(fh *os.File) (bool, error) { return true, nil }
