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

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
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
	nb, err := store.Read(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("vetted %s: there is no notebook at %s yet; record some answers with vetted first", cmd, path)
	}
	if errors.Is(err, store.ErrEncrypted) {
		nb, err = readEncrypted(path, systemPassphrases(stderr))
		if err == nil {
			fmt.Fprintf(stderr, "vetted %s: warning: what it writes is not encrypted, unlike the notebook; anyone who can read it can read your notes.\n", cmd)
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
	err := store.WriteExport(out, force, func(w io.Writer) error {
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
