//go:build !linux

package threadclock

import "time"

// Supported reports whether Now reads a thread's CPU time on this system.
const Supported = false

// Now returns 0: this system's thread clock is not read here.
func Now() time.Duration { return 0 }
