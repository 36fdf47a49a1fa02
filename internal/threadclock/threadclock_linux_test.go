package threadclock

import (
	"runtime"
	"testing"
)

// spin adds up n numbers: work that only a processor can do.
func spin(n int) int {
	sum := 0
	for i := range n {
		sum += i % 7
	}
	return sum
}

// TestNowCountsThisThreadAlone: work on this thread moves its clock
// forward; while it waits for another thread's work, its clock moves
// less than that thread's.
func TestNowCountsThisThreadAlone(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := Now()
	if spin(20_000_000) == 0 {
		t.Fatal("no sum")
	}
	if worked := Now() - start; worked <= 0 {
		t.Fatalf("20 million additions took %v of thread time", worked)
	}

	other := make(chan int64)
	start = Now()
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		began := Now()
		spin(20_000_000)
		other <- int64(Now() - began)
	}()
	theirs := <-other
	if ours := int64(Now() - start); ours >= theirs {
		t.Errorf("waiting took %d ns of this thread's time, the other thread's work %d ns", ours, theirs)
	}
}
