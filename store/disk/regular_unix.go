//go:build unix

package disk

import "syscall"

// openNoWait makes opening a named pipe return at once instead of waiting
// for a writer. A regular file reads the same with it.
const openNoWait = syscall.O_NONBLOCK
