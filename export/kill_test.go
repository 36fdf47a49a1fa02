package export

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// killRuns is how many times TestKilledExport kills an exporting child.
var killRuns = flag.Int("export-kills", 20, "how many exporting children TestKilledExport kills")

// exportChildDir, when set in the environment, makes TestKilledExport the
// child: it exports to that folder in a loop until it is killed.
const exportChildDir = "VETTED_EXPORT_CHILD_DIR"

// killNotebook is big enough (about 80 KB of Markdown) that a kill often
// lands while a file is being written.
func killNotebook() []byte {
	var buf bytes.Buffer
	_ = Markdown(&buf, bigNotebook(20))
	return buf.Bytes()
}

// TestKilledExport kills a process that exports over and over, at moments
// set by when it reports progress and a random number of exports, and
// checks what a person would find: force.md (replaced with --force) and
// new.md (created without it) are each absent or the whole export, never
// part of one; and the next export there leaves no temp file behind.
func TestKilledExport(t *testing.T) {
	if dir := os.Getenv(exportChildDir); dir != "" {
		exportForever(dir)
		return
	}
	dir := t.TempDir()
	want := killNotebook()
	leftovers := 0
	for run := range *killRuns {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledExport$")
		cmd.Env = append(os.Environ(), exportChildDir+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		for range rand.IntN(2) + 1 {
			if !lines.Scan() {
				t.Fatalf("run %d: the child stopped: %v", run, lines.Err())
			}
		}
		spin(rand.IntN(3000))
		_ = cmd.Process.Kill()
		_ = cmd.Wait()

		for _, name := range []string{"force.md", "new.md"} {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("run %d: after a kill %s holds %d bytes (%v), want absent or all %d", run, name, len(got), err, len(want))
			}
		}
		if slices.ContainsFunc(dirNames(t, dir), func(n string) bool { return strings.Contains(n, ".tmp-") }) {
			leftovers++
		}
	}
	// One more export to each name, as the next run of vetted would make.
	exportOnce(dir)
	if got := dirNames(t, dir); !slices.Equal(got, []string{"force.md", "new.md"}) {
		t.Errorf("after the next export the folder holds %q, want only the two exports", got)
	}
	t.Logf("%d kills, %d left a temp file that the next export removed", *killRuns, leftovers)
}

// spin does n rounds of hashing, to move the moment of a kill to a random
// point of the child's next export without a timer: whatever that point
// is, the checks are the same.
func spin(n int) {
	buf := make([]byte, 4096)
	for i := range n {
		sum := sha256.Sum256(buf)
		buf[i%len(buf)] = sum[0]
	}
}

// exportForever is the child of TestKilledExport: it exports to dir until
// it is killed, saying "done" after each round.
func exportForever(dir string) {
	for i := 0; ; i++ {
		if err := exportOnce(dir); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("done", i)
	}
}

// exportOnce writes the kill notebook's Markdown over force.md with force,
// then removes new.md and creates it again without force.
func exportOnce(dir string) error {
	nb := bigNotebook(20)
	if err := toFile(filepath.Join(dir, "force.md"), nb, FormatMarkdown, true); err != nil {
		return err
	}
	fresh := filepath.Join(dir, "new.md")
	if err := os.Remove(fresh); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return toFile(fresh, nb, FormatMarkdown, false)
}
