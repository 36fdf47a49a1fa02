package disk

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// crashKills is how many times TestCrashDuringSaves kills a saving child.
// Pass more for a longer run: go test ./store/disk -run Crash -crash.kills=2000
// (the flag exists in this package only).
var crashKills = flag.Int("crash.kills", 200, "SIGKILLs in TestCrashDuringSaves")

// crashChildEnv names the notebook a crash child saves; set only in the
// child process.
const crashChildEnv = "VETTED_CRASH_CHILD_NOTEBOOK"

// crashTherapists sizes the child's notebook: a long shortlist, about
// 130 KB on disk; under -race, whose instrumented encoder is several times
// slower, a short one of 10 (about 27 KB), so the run stays near 10 s.
var crashTherapists = map[bool]int{false: 50, true: 10}[raceEnabled]

// saveMicros roughly spans one save of the child's notebook, in
// microseconds; the kill lands at a random moment within it.
var saveMicros = map[bool]int{false: 4000, true: 12000}[raceEnabled]

// revPrefix starts the first therapist's notes, which carry the revision.
const revPrefix = "revision "

// revisionOf reads the revision a crash child wrote into nb.
func revisionOf(nb *store.Notebook) (int, error) {
	if len(nb.Therapists) != crashTherapists {
		return 0, fmt.Errorf("%d therapists, want %d", len(nb.Therapists), crashTherapists)
	}
	rev, ok := strings.CutPrefix(nb.Therapists[0].Notes, revPrefix)
	if !ok {
		return 0, fmt.Errorf("no revision in %q", nb.Therapists[0].Notes)
	}
	return strconv.Atoi(rev)
}

// TestCrashChild is the child of TestCrashDuringSaves; run on its own it
// does nothing. It opens the notebook, then saves it again and again,
// each time with the next revision, and prints "acked N" once Save(N) has
// returned: that revision must survive a kill from then on.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		return
	}
	f, nb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := revisionOf(nb)
	if err != nil {
		t.Fatal(err)
	}
	for {
		rev++
		nb.Therapists[0].Notes = revPrefix + strconv.Itoa(rev)
		// Change a second therapist too, so saves differ in more than one
		// place and in length.
		other := &nb.Therapists[1+rev%(crashTherapists-1)]
		other.Notes = strings.Repeat("Said more on the second call. ", rev%40)
		if err := f.Save(nb, uint64(rev)); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(os.Stdout, "acked %d\n", rev)
	}
}

// TestCrashDuringSaves kills a child process that is saving the notebook
// in a loop (TestCrashChild), at random moments: before its first save,
// while it opens the file, in the middle of a save. After each kill the
// notebook and its .prev must load, the notebook must hold every revision
// the child acknowledged, .prev must be at most one save behind, and the
// next Open must leave no temp file. The kills are random; the seed is
// logged so a failure can be replayed.
func TestCrashDuringSaves(t *testing.T) {
	if os.Getenv(crashChildEnv) != "" {
		return // in the child: TestCrashChild is the work
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	nb := testbook.Answered(crashTherapists)
	nb.Therapists[0].Notes = revPrefix + "0"
	f, _ := openT(t, path)
	// Twice, so that .prev exists before the first kill.
	for range 2 {
		if err := f.Save(nb, 0); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, seed>>1))
	t.Logf("seed %d", seed)
	acked, midSave, leftovers := 0, 0, 0
	for kill := range *crashKills {
		got := runAndKill(t, path, rng)
		acked = max(acked, got)

		leftovers += len(tempFiles(t, dir))
		// The next Open loads the notebook and removes what the killed
		// save left.
		g, nb, err := Open(path)
		if err != nil {
			t.Fatalf("kill %d: %v", kill, err)
		}
		if left := tempFiles(t, dir); len(left) > 0 {
			t.Fatalf("kill %d: temp files after the next Open: %v", kill, left)
		}
		if err := g.Close(); err != nil {
			t.Fatal(err)
		}
		// The notebook holds every acknowledged revision.
		nbRev, err := revisionOf(nb)
		if err != nil {
			t.Fatalf("kill %d: %v", kill, err)
		}
		if nbRev < acked {
			t.Fatalf("kill %d: the notebook holds revision %d, but %d was acknowledged", kill, nbRev, acked)
		}
		if nbRev > acked {
			midSave++ // the save in progress got as far as its rename
		}
		prevRev := mustLoadRevision(t, path+prevSuffix)
		if prevRev > nbRev || (nbRev > 0 && prevRev < nbRev-1) {
			t.Fatalf("kill %d: .prev holds revision %d beside %d", kill, prevRev, nbRev)
		}
		acked = max(acked, nbRev)
	}
	t.Logf("%d kills survived; %d revisions saved; %d kills landed after a save's rename "+
		"but before its ack; %d temp files were left by kills and removed by the next Open",
		*crashKills, acked, midSave, leftovers)
}

// runAndKill starts a crash child on path, lets it acknowledge a random
// number of saves (none, at times), waits a random fraction of a save
// more, SIGKILLs it and returns the highest revision it acknowledged.
func runAndKill(t *testing.T, path string, rng *rand.Rand) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	acked := 0
	readAck := func() bool {
		for lines.Scan() {
			if rev, ok := strings.CutPrefix(lines.Text(), "acked "); ok {
				n, err := strconv.Atoi(rev)
				if err != nil {
					t.Fatalf("child wrote %q", lines.Text())
				}
				acked = n
				return true
			}
		}
		return false
	}
	for range rng.IntN(3) {
		if !readAck() {
			_ = cmd.Wait()
			t.Fatalf("the child stopped on its own:\n%s", stderr.String())
		}
	}
	// A random moment within the next save or two (a save of this
	// notebook takes a few milliseconds): not a timing assertion, only
	// where the kill lands.
	time.Sleep(time.Duration(rng.IntN(saveMicros)) * time.Microsecond)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	// Acks written before the kill count too.
	for readAck() {
	}
	_ = cmd.Wait()
	return acked
}

// mustLoadRevision reads the notebook at path (without locking) and
// returns its revision, failing the test if it does not load.
func mustLoadRevision(t *testing.T, path string) int {
	t.Helper()
	nb, err := Read(path)
	if err != nil {
		t.Fatalf("after a kill: %v", err)
	}
	rev, err := revisionOf(nb)
	if err != nil {
		t.Fatalf("after a kill, %s: %v", filepath.Base(path), err)
	}
	return rev
}
