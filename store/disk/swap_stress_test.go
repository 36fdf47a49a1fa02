//go:build linux

package disk

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/internal/testbook"
)

// stressWrites is how many times the outside writer of
// TestOutsideWritesDuringSavesAreNeverLost writes: a count, not a time,
// so a slow machine takes longer rather than testing less.
const stressWrites = 300

// TestOutsideWritesDuringSavesAreNeverLost runs saves in a loop, as fast
// as they go, against another program that writes the notebook every 1 to
// 5 ms, in place (truncate and write) and by rename-over, in turn. The
// loop does what the app does on ErrChangedOnDisk: reload, then save
// again. At the end every outside write must be accounted for: read by
// vetted (a reload), replaced by the outside writer itself, or still on
// disk (the notebook, its .prev, a conflict copy). One that is none of
// these was lost without a copy, and there must be none.
//
// The writer knows exactly what each of its writes replaced: it keeps its
// last write's file open and compares identities (a rename-over swaps, so
// it gets back what it displaced). Only an outside write that vetted
// itself displaced can be lost, and that is what is counted.
func TestOutsideWritesDuringSavesAreNeverLost(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	f, nb := openT(t, path)
	nb = testbook.Answered(3)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}

	outside := make([][]byte, stressWrites+1)
	which := map[string]int{}
	for k := 1; k <= stressWrites; k++ {
		outside[k] = outsideVersion(t, fmt.Sprintf("outside write %d", k))
		which[string(outside[k])] = k
	}

	superseded := make([]bool, stressWrites+1)
	nameless := make([]bool, stressWrites+1)
	done := make(chan error, 1)
	go func() { done <- writeOutside(path, outside, superseded, nameless) }()

	// Counting the swaps onto the path tells a save whose swap caught a
	// write (it swapped twice) from one the check before it refused.
	counter := &hookFS{}
	f.fsys = counter
	seen := make([]bool, stressWrites+1)
	saves, caught, bySwap, copies, reloads := 0, 0, 0, 0, 0
	rev := uint64(1)
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			running = false
			continue
		default:
		}
		rev++
		nb.Therapists[0].Notes = fmt.Sprintf("vetted's save %d", rev)
		swapsBefore := counter.swaps[path]
		err := f.Save(nb, rev)
		if counter.swaps[path]-swapsBefore == 2 {
			bySwap++
		}
		switch {
		case err == nil:
			saves++
			continue
		case !errors.Is(err, ErrChangedOnDisk):
			t.Fatalf("save %d: %v", rev, err)
		}
		caught++
		if kept, _ := KeptCopy(err); kept != "" {
			copies++
		}
		rev++
		if r, err := f.Reload(rev); err == nil {
			// Exactly the bytes vetted read: an outside write, or
			// vetted's own file kept in place by a caught write.
			if k, ok := which[string(f.disk.data)]; ok {
				seen[k] = true
			}
			nb, reloads = r, reloads+1
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	onDisk := make([]string, stressWrites+1)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if data, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
			if k, ok := which[string(data)]; ok {
				onDisk[k] = e.Name()
			}
		}
	}
	var lost []string
	replacedByVetted, keptOnDisk := 0, 0
	for k := 1; k <= stressWrites; k++ {
		if superseded[k] {
			continue
		}
		replacedByVetted++
		switch {
		case seen[k]:
		case onDisk[k] != "":
			keptOnDisk++
		case nameless[k]:
			lost = append(lost, fmt.Sprintf("%d (its file has no name left: written after vetted removed it)", k))
		default:
			lost = append(lost, fmt.Sprint(k))
		}
	}
	t.Logf("%d outside writes (every 1-5 ms, in place and by rename-over), %d saves written; "+
		"%d outside writes were not replaced by the writer itself: %d read back by a reload, "+
		"%d still on disk (notebook, .prev or one of %d conflict copies); %d saves caught an outside "+
		"write (ErrChangedOnDisk), %d of them by the swap, after the check; %d reloads; "+
		"lost without a copy: %d",
		stressWrites, saves, replacedByVetted, replacedByVetted-keptOnDisk-len(lost), keptOnDisk,
		copies, caught, bySwap, reloads, len(lost))
	if len(lost) > 0 {
		t.Errorf("outside writes lost without a copy: %s", strings.Join(lost, ", "))
	}
	if bySwap == 0 || saves == 0 {
		t.Errorf("%d saves written, %d caught by the swap: the loop did not run against the writer", saves, bySwap)
	}
}

// writeOutside is the other program: it writes outside[1:] at path in
// turn, 1 to 5 ms apart, the odd ones by rename-over (a swap, to learn
// what it replaced) and the even ones in place. superseded[j] is set when
// a later write replaced write j itself: wrote into its file, or swapped
// its file out of the path. nameless[j] is set when, at the end, the file
// write j went into has no name left (for the message of a lost write).
func writeOutside(path string, outside [][]byte, superseded, nameless []bool) error {
	// Every file written is held open, so that no identity is reused;
	// holds maps each to the last write that went into it.
	open := make([]*os.File, len(outside))
	defer func() {
		for k, fh := range open {
			if fh == nil {
				continue
			}
			if info, err := fh.Stat(); err == nil {
				if st, ok := info.Sys().(*syscall.Stat_t); ok && st.Nlink == 0 {
					nameless[k] = true
				}
			}
			_ = fh.Close()
		}
	}()
	type identity struct{ dev, ino uint64 }
	holds := map[identity]int{}
	idOf := func(info os.FileInfo) (identity, bool) {
		st, ok := info.Sys().(*syscall.Stat_t)
		if !ok {
			return identity{}, false
		}
		return identity{uint64(st.Dev), st.Ino}, true
	}
	replaced := func(info os.FileInfo) {
		if id, ok := idOf(info); ok {
			if j, ok := holds[id]; ok {
				superseded[j] = true
			}
		}
	}
	partial := filepath.Join(filepath.Dir(path), "outside.partial")
	for k := 1; k < len(outside); k++ {
		time.Sleep(time.Duration(1+k%5) * time.Millisecond)
		var fh *os.File
		var err error
		if k%2 == 0 {
			if fh, err = os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0); err != nil {
				return err
			}
			info, err := fh.Stat()
			if err != nil {
				return err
			}
			replaced(info)
			if _, err := fh.Write(outside[k]); err != nil {
				return err
			}
		} else {
			if err := os.WriteFile(partial, outside[k], 0o600); err != nil {
				return err
			}
			if fh, err = os.Open(partial); err != nil {
				return err
			}
			if err := exchange(partial, path); err != nil {
				return err
			}
			info, err := os.Lstat(partial)
			if err != nil {
				return err
			}
			replaced(info)
			if err := os.Remove(partial); err != nil {
				return err
			}
		}
		open[k] = fh
		info, err := fh.Stat()
		if err != nil {
			return err
		}
		if id, ok := idOf(info); ok {
			holds[id] = k
		}
	}
	return nil
}
