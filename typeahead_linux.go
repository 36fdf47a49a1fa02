//go:build linux

package main

import "golang.org/x/sys/unix"

// dropTypeAhead discards what was typed on the terminal fd and not read
// yet, so that keys pressed while a passphrase was checked do not reach
// the app that starts next.
func dropTypeAhead(fd int) { _ = unix.IoctlSetInt(fd, unix.TCFLSH, unix.TCIFLUSH) }
