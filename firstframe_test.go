//go:build linux || darwin

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/vetted-tui/vetted/internal/testbook"
)

// BenchmarkFirstFrame measures how long vetted takes from its start to
// its first frame (the roster of a notebook of n therapists), against the
// smallest full-screen Bubble Tea program (internal/minimaltea) measured
// the same way in the same loop: each is built, started on a pseudo
// terminal of 120x40 that answers the terminal queries a real terminal
// answers (background colour, cursor position, device attributes), and
// timed until its first frame's text has been written. x_minimal is
// vetted's time over the minimal program's: the targets are 1.2 at 500
// therapists and 1.5 at 5,000. On a machine shared with other work the
// wall clock counts the other work's turns too: x_minimal_cpu compares
// the processor time each process used from its start to its end (ctrl+c
// after the first frame), which the other work does not inflate.
//
//	go test -run '^$' -bench BenchmarkFirstFrame -benchtime 20x .
func BenchmarkFirstFrame(b *testing.B) {
	dir := b.TempDir()
	vetted, minimal := filepath.Join(dir, "vetted"), filepath.Join(dir, "minimaltea")
	build(b, vetted, ".")
	build(b, minimal, "./internal/minimaltea")
	for _, n := range []int{500, 5000} {
		b.Run(fmt.Sprintf("therapists=%d", n), func(b *testing.B) {
			path := writeNotebook(b, testbook.Repeated(n))
			env := append(os.Environ(), "TERM=xterm-256color", "HOME="+b.TempDir(), "XDG_CONFIG_HOME="+b.TempDir(),
				"XDG_DATA_HOME="+b.TempDir(), "NO_COLOR=", "VETTED_ACCESSIBLE=")
			var app, bare, appCPU, bareCPU time.Duration
			for b.Loop() {
				wall, cpu := firstFrame(b, exec.Command(vetted, "--file", path), env, fmt.Sprintf("Therapists · %d", n))
				app, appCPU = app+wall, appCPU+cpu
				wall, cpu = firstFrame(b, exec.Command(minimal), env, "Ready")
				bare, bareCPU = bare+wall, bareCPU+cpu
			}
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1e3 / float64(b.N) }
			b.ReportMetric(ms(app), "vetted_ms")
			b.ReportMetric(ms(bare), "minimal_ms")
			b.ReportMetric(float64(app)/float64(bare), "x_minimal")
			b.ReportMetric(ms(appCPU), "vetted_cpu_ms")
			b.ReportMetric(ms(bareCPU), "minimal_cpu_ms")
			b.ReportMetric(float64(appCPU)/float64(bareCPU), "x_minimal_cpu")
		})
	}
}

// build compiles the main package pkg of this module to out, as a
// release is built (no cgo).
func build(b *testing.B, out, pkg string) {
	b.Helper()
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build %s: %v\n%s", pkg, err, msg)
	}
}

// termAnswers are the queries Bubble Tea and termenv may send at start,
// with what a terminal answers (a dark background, the cursor at the
// top left, a VT220).
var termAnswers = []struct{ query, answer string }{
	{"\x1b]11;?", "\x1b]11;rgb:0000/0000/0000\x1b\\"},
	{"\x1b]10;?", "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"},
	{"\x1b[6n", "\x1b[1;1R"},
	{"\x1b[c", "\x1b[?62;22c"},
}

// firstFrame starts cmd on a new pseudo terminal and returns the time
// until want has been written to it, answering terminal queries as they
// come; then it presses ctrl+c, waits for the program to end and returns
// the processor time it used too (user and system).
func firstFrame(b *testing.B, cmd *exec.Cmd, env []string, want string) (wall, cpu time.Duration) {
	b.Helper()
	cmd.Env = env
	start := time.Now()
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	if err != nil {
		b.Fatal(err)
	}
	defer tty.Close()
	seen := make(chan time.Duration, 1)
	done := make(chan []byte, 1)
	go func() {
		var out []byte
		answered := make([]int, len(termAnswers)) // how many of each were answered
		buf := make([]byte, 32<<10)
		found := false
		for {
			n, err := tty.Read(buf)
			out = append(out, buf[:n]...)
			for i, q := range termAnswers {
				for c := bytes.Count(out, []byte(q.query)); answered[i] < c; answered[i]++ {
					_, _ = io.WriteString(tty, q.answer)
				}
			}
			if !found && bytes.Contains(out, []byte(want)) {
				found = true
				seen <- time.Since(start)
			}
			if err != nil {
				done <- out
				return
			}
		}
	}()
	var took time.Duration
	select {
	case took = <-seen:
	case out := <-done:
		b.Fatalf("%s ended before its first frame; it wrote:\n%q", cmd.Path, out)
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		b.Fatalf("%s drew no %q within 30 s", cmd.Path, want)
	}
	_, _ = io.WriteString(tty, "\x03")
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			b.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-waited
		b.Fatalf("%s did not end on ctrl+c", cmd.Path)
	}
	if strings.Contains(cmd.Path, "vetted") && cmd.ProcessState.ExitCode() != 0 {
		b.Fatalf("vetted ended with status %d", cmd.ProcessState.ExitCode())
	}
	return took, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}
