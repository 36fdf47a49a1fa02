package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model"
	"github.com/vetted-tui/vetted/store"
)

// runApp opens the notebook and starts the terminal app.
func runApp(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vetted", flag.ContinueOnError)
	// The flag package's own usage text is replaced by ours.
	fs.SetOutput(io.Discard)
	file := fs.String("file", "", "the notebook to use")
	useDemo := fs.Bool("demo", false, "open a fictional notebook in memory")
	noMouse := fs.Bool("no-mouse", false, "leave the mouse to the terminal")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "vetted: %v\nRun vetted --help to see the options.\n", err)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "vetted: unknown command %q\nRun vetted --help to see the commands.\n", fs.Arg(0))
		return 2
	}
	if *useDemo && *file != "" {
		fmt.Fprintln(stderr, "vetted: --demo never reads or writes a file; use --demo or --file, not both")
		return 2
	}
	// Bubble Tea fails with a cryptic "could not open a new TTY" in a pipe;
	// say what is needed before touching the notebook.
	if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		fmt.Fprintln(stderr, "vetted: the app needs a terminal (stdin and stdout must not be redirected).\n"+
			"Without one, use vetted questions or vetted export.")
		return 1
	}
	exportDir, err := os.Getwd()
	if err != nil {
		exportDir = "."
	}
	if *useDemo {
		// The demo lives in memory only: no file is opened, locked or saved.
		opts := model.Options{Notebook: demo.Notebook(), Demo: true, ExportDir: exportDir}
		return runProgram(model.New(opts), !*noMouse, stderr)
	}
	path := *file
	if path == "" {
		p, err := store.DefaultPath()
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		path = p
	}
	f, nb, err := store.Open(path)
	if err != nil {
		explainOpenError(err, path, stderr)
		return 1
	}
	opts := model.Options{File: f, Notebook: nb, ExportDir: exportDir, ConflictCopies: store.ConflictCopies(f.Path())}
	code := runProgram(model.New(opts), !*noMouse, stderr)
	closeWithin(f, closeWait, stderr)
	return code
}

// closeWait is how long quitting waits for a save still running (one that
// the person chose not to wait for, on a disk that stopped answering).
const closeWait = 2 * time.Second

// closeWithin closes the notebook file, but gives up after wait: Close
// waits for a running save, and a hung disk must not keep vetted from
// exiting. The lock goes with the process, and an unfinished save leaves
// only a temporary file, removed at the next start; the notebook itself is
// replaced by rename or not at all.
func closeWithin(f *store.File, wait time.Duration, stderr io.Writer) {
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
	opts := []tea.ProgramOption{tea.WithAltScreen()}
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
// *store.LoadError names the file and the problem, and the file is left as
// it was; where a kept previous version exists, it says how to reach it.
func explainOpenError(err error, path string, stderr io.Writer) {
	fmt.Fprintln(stderr, err)
	var loadErr *store.LoadError
	if !errors.As(err, &loadErr) {
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
