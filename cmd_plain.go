package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/plain"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// runPlain runs the plain-line mode (vetted --accessible) on stdin and
// stdout. It opens the notebook as the app does, with the same lock and
// the same passphrase prompt (or VETTED_PASSPHRASE), and saves after every
// change. It needs no terminal. Exit status: 0 done, 1 the notebook could
// not be opened or the last change not saved.
func runPlain(file string, useDemo bool, stdin io.Reader, stdout, stderr io.Writer, p passphrases) int {
	if useDemo {
		// In memory only, like the app's demo: nothing is opened or saved.
		_ = plain.Run(plain.Options{In: stdin, Out: stdout, Notebook: demo.Notebook()})
		return exitOK
	}
	path, err := notebookPath(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	f, nb, err := openForApp(path, p)
	if err != nil {
		explainOpenError(err, path, stderr)
		return exitError
	}
	// Saves run one at a time, each a newer revision than the last.
	var rev uint64
	save := func(nb *store.Notebook) error {
		rev++
		return f.Save(nb.Snapshot(), rev)
	}
	where := safetext.Line(path)
	if f.Encrypted() {
		where += " (encrypted)"
	}
	err = plain.Run(plain.Options{In: stdin, Out: stdout, Notebook: nb, Save: save, Where: where})
	closeWithin(f, closeWait, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "vetted: the last change could not be saved: %s\n", strings.TrimPrefix(err.Error(), "vetted: "))
		return exitError
	}
	return exitOK
}
