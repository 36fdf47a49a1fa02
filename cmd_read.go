package main

// What the commands that read a notebook and print or write something
// (export, brief, ask, questions --file, import --dry-run) share: reading
// the notebook without locking or changing it, and writing their output.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// readOnly returns the notebook that vetted cmd reads: the demo, or the
// file at path, read and checked but never locked, created or changed. An
// encrypted one asks for its passphrase, and then says on stderr that what
// cmd writes is not encrypted. A missing file is an error naming cmd:
// there is nothing to read.
func readOnly(cmd, path string, useDemo bool, stderr io.Writer) (*store.Notebook, error) {
	if useDemo {
		return demo.Notebook(), nil
	}
	nb, err := disk.Read(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("vetted %s: there is no notebook at %s yet; record some answers with vetted first", cmd, path)
	}
	if errors.Is(err, disk.ErrEncrypted) {
		nb, err = readEncrypted(path, systemPassphrases(stderr))
		if err == nil {
			fmt.Fprintf(stderr, "vetted %s: warning: %s\n", cmd, disk.PlaintextWarning(true, "what it writes"))
		}
	}
	return nb, err
}

// emit renders a command's output with render and writes it: to stdout,
// or to the file out when toFile (never over an existing file unless
// force, through a temp file so a killed command leaves no half file), and
// then says on stderr where it went, followed by note. Rendering first
// means a failure leaves nothing half-written. It returns the exit status.
func emit(cmd, out string, toFile, force bool, render func(io.Writer) error, note string, stdout, stderr io.Writer) int {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		fmt.Fprintf(stderr, "vetted %s: %v\n", cmd, err)
		return exitError
	}
	if !toFile {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "vetted %s: could not write to standard output\n", cmd)
			return exitError
		}
		return exitOK
	}
	err := disk.WriteExport(out, force, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	})
	if err != nil {
		hint := ""
		if errors.Is(err, fs.ErrExist) {
			hint = "; use --force to replace it"
		}
		fmt.Fprintf(stderr, "vetted %s: %v%s\n", cmd, err, hint)
		return exitError
	}
	fmt.Fprintf(stderr, "vetted %s: wrote %s.%s\n", cmd, out, note)
	return exitOK
}

// readerFlags are the flags of a command that reads a notebook and prints
// or writes what it makes: --file or --demo, --out and --force.
type readerFlags struct {
	file, out   string
	demo, force bool
}

// addReaderFlags defines the reader flags on c; what names what the
// command reads ("the notebook to export").
func addReaderFlags(c *cobra.Command, what string) *readerFlags {
	r := &readerFlags{}
	f := c.Flags()
	f.StringVar(&r.file, "file", "", what+", at `PATH` "+fileDefault)
	f.BoolVar(&r.demo, "demo", false, "use the built-in notebook of fictional therapists")
	f.StringVar(&r.out, "out", "", "write to `FILE`, readable by you alone (default: print it; - prints too); never the notebook itself, its .prev or its .lock")
	f.BoolVar(&r.force, "force", false, "replace the --out file if it exists")
	return r
}

// check refuses --file with --demo for vetted cmd. done says: return code
// at once.
func (r *readerFlags) check(cmd string, stderr io.Writer) (code int, done bool) {
	if r.demo && r.file != "" {
		return usageError(stderr, cmd, "use --file or --demo, not both"), true
	}
	return exitOK, false
}

// open reads the notebook vetted cmd works on (see outputTarget and
// readOnly; what names the output in the refusal of an --out over the
// notebook) and says whether --out names a file. done says: return code.
func (r *readerFlags) open(cmd, what string, stderr io.Writer) (nb *store.Notebook, toFile bool, code int, done bool) {
	path, toFile, code, done := outputTarget(cmd, what, r.file, r.out, r.demo, stderr)
	if done {
		return nil, false, code, true
	}
	nb, err := readOnly(cmd, path, r.demo, stderr)
	if err != nil {
		explainOpenError(err, path, stderr)
		return nil, false, exitError, true
	}
	return nb, toFile, exitOK, false
}

// emit is emit (above) to --out, with --force.
func (r *readerFlags) emit(cmd string, toFile bool, render func(io.Writer) error, note string, stdout, stderr io.Writer) int {
	return emit(cmd, r.out, toFile, r.force, render, note, stdout, stderr)
}
