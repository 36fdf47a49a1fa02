package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/internal/pasteguard"
	"github.com/vetted-tui/vetted/model"
	"github.com/vetted-tui/vetted/store/crypt"
	"github.com/vetted-tui/vetted/store/disk"
)

// envAccessible turns on the plain-line mode, like --accessible.
const envAccessible = "VETTED_ACCESSIBLE"

// runApp opens the notebook and starts the terminal app, or with
// --accessible (or VETTED_ACCESSIBLE=1) the plain-line mode on stdin and
// stdout, which needs no terminal. root is the command tree, which the
// no-terminal message lists.
func runApp(o appOptions, root *cobra.Command, s *streams) int {
	stderr := s.err
	if o.demo && o.file != "" {
		return usageError(stderr, "", "--demo never reads or writes a file; use --demo or --file, not both")
	}
	if o.accessible {
		return runPlain(o.file, o.demo, s.in, s.out, stderr, s.askPassphrases())
	}
	// Bubble Tea fails with a cryptic "could not open a new TTY" in a pipe;
	// say what is needed before touching the notebook.
	if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		fmt.Fprint(stderr, noTerminalMessage(root))
		return exitError
	}
	exportDir, err := os.Getwd()
	if err != nil {
		exportDir = "."
	}
	if o.demo {
		// The demo lives in memory only: no file is opened, locked or saved.
		opts := model.Options{Notebook: demo.Notebook(), Demo: true, ExportDir: exportDir}
		return runProgram(model.New(opts), !o.noMouse, stderr)
	}
	path, err := notebookPath(o.file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	// Asked before opening, which creates the folder: no notebook yet
	// means the welcome screen.
	_, statErr := os.Lstat(path)
	firstRun := errors.Is(statErr, fs.ErrNotExist)
	f, nb, err := openForScreen(path, s.askPassphrases())
	if err != nil {
		explainOpenError(err, path, stderr)
		return exitError
	}
	opts := model.Options{File: f, Notebook: nb, ExportDir: exportDir, FirstRun: firstRun,
		NewKey: wrapNew, ConflictCopies: disk.ConflictCopies(f.Path())}
	code := runProgram(model.New(opts), !o.noMouse, stderr)
	closeWithin(f, closeWait, stderr)
	return code
}

// accessibleFromEnv reports whether VETTED_ACCESSIBLE asks for the
// plain-line mode: 1, true or yes.
func accessibleFromEnv() bool {
	switch strings.ToLower(strings.TrimSpace(os.Getenv(envAccessible))) {
	case "1", "true", "yes":
		return true
	}
	return false
}

// closeWait is how long quitting waits for a save still running (one that
// the person chose not to wait for, on a disk that stopped answering).
const closeWait = 2 * time.Second

// closeWithin closes the notebook file, but gives up after wait: Close
// waits for a running save, and a hung disk must not keep vetted from
// exiting. The lock goes with the process, and an unfinished save leaves
// only a temporary file, removed at the next start; the notebook itself is
// replaced by rename or not at all.
func closeWithin(f *disk.File, wait time.Duration, stderr io.Writer) {
	done := make(chan error, 1)
	go func() { done <- f.Close() }()
	select {
	case <-done:
	case <-time.After(wait):
		fmt.Fprintln(stderr, "vetted: a save was still running and was left unfinished; the notebook holds the last completed save.")
	}
}

// runProgram runs the app full screen until the person quits. With the
// mouse on, the wheel scrolls the comparison, but the terminal's own text
// selection needs shift held (or --no-mouse).
func runProgram(m model.Model, mouse bool, stderr io.Writer) int {
	// The terminal's reads pass through the paste guard: the rest of a
	// paste that ended early is text, never keys (internal/pasteguard).
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithInput(pasteguard.NewFile(os.Stdin))}
	if mouse {
		opts = append(opts, tea.WithMouseCellMotion())
	}
	p := tea.NewProgram(m, opts...)
	final, err := p.Run()
	if err != nil {
		fmt.Fprintf(stderr, "vetted: the app stopped: %v\n", err)
		return 1
	}
	// A quit that left changes unsaved said so on a screen that is now
	// gone: say it again where it stays, and fail.
	fm, ok := final.(model.Model)
	// After the notebook changed on disk, the app may have moved to a copy
	// (see model/conflict.go); the original is closed by the caller.
	if ok && fm.File() != nil {
		closeWithin(fm.File(), closeWait, stderr)
	}
	if ok && fm.ExitNote() != "" {
		fmt.Fprintln(stderr, "vetted: "+fm.ExitNote())
		return 1
	}
	return 0
}

// explainOpenError prints why the notebook at path could not be opened. A
// *disk.LoadError names the file and the problem, and the file is left as
// it was; where a kept previous version exists, it says how to reach it.
func explainOpenError(err error, path string, stderr io.Writer) {
	msg := err.Error()
	if !strings.HasPrefix(msg, "vetted") {
		msg = "vetted: " + msg
	}
	fmt.Fprintln(stderr, msg)
	var loadErr *disk.LoadError
	// The .prev is no way around a wrong passphrase: it has the same one.
	if !errors.As(err, &loadErr) || errors.Is(err, crypt.ErrWrongPassphrase) {
		return
	}
	// The store keeps .prev beside the file it read, a link's target.
	if loadErr.Path != "" {
		path = loadErr.Path
	}
	if _, statErr := os.Stat(path + ".prev"); statErr == nil {
		fmt.Fprintf(stderr, "The version before the last save is kept in %s.prev:\n"+
			"vetted --file %s.prev opens it (copy it first if you want to keep it as it is).\n", path, path)
	}
}
