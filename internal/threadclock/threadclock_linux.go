package threadclock

import (
	"time"

	"golang.org/x/sys/unix"
)

// Supported reports whether Now reads a thread's CPU time on this system.
const Supported = true

// Now returns the CPU time the calling thread has used.
func Now() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
