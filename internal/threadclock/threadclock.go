// Package threadclock reads the CPU time of the calling thread, for
// benchmarks that measure work on one goroutine on a machine shared with
// other work: wall-clock percentiles there measure the other work's
// turns on the processor as much as ours. Lock the goroutine to its
// thread (runtime.LockOSThread) first, so the thread's time is the
// goroutine's.
package threadclock
