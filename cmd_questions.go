package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// questionWriters maps each --format of `vetted questions` to its printer.
var questionWriters = map[string]func(io.Writer, *checklist.Set) error{
	"text": checklist.WriteText,
	"md":   checklist.WriteMarkdown,
	"json": checklist.WriteJSON,
}

// runQuestions prints the question catalogue and the preparation list. It
// needs no terminal and no notebook, so it works in pipes and scripts;
// with --file it prints that notebook's catalogue, the person's own
// questions marked, and hidden built-ins left out.
// Exit status: 0 printed, 1 the output could not be written, 2 bad usage.
func runQuestions(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vetted questions", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, md or json")
	file := fs.String("file", "", "print this notebook's questions: the built-in ones it shows and your own, marked")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vetted questions [--format text|md|json] [--file PATH]")
		fmt.Fprintln(stderr, "Print the questions to ask a sex therapist, and what to prepare.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "vetted questions: takes no arguments besides --format and --file")
		return 2
	}
	write, ok := questionWriters[*format]
	if !ok {
		fmt.Fprintln(stderr, "vetted questions: unknown format; use text, md or json")
		return 2
	}
	set := checklist.Builtin()
	if *file != "" {
		nb, err := store.Read(*file)
		if errors.Is(err, iofs.ErrNotExist) {
			fmt.Fprintf(stderr, "vetted questions: there is no notebook at %s\n", *file)
			return 1
		}
		if errors.Is(err, store.ErrEncrypted) {
			nb, err = readEncrypted(*file, systemPassphrases(stderr))
		}
		if err != nil {
			explainOpenError(err, *file, stderr)
			return 1
		}
		set = nb.Catalogue()
	}
	if err := write(stdout, set); err != nil {
		fmt.Fprintf(stderr, "vetted questions: could not write the list: %v\n", err)
		return 1
	}
	return 0
}
