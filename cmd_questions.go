package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/vetted-tui/vetted/checklist"
)

// questionWriters maps each --format of `vetted questions` to its printer.
var questionWriters = map[string]func(io.Writer) error{
	"text": checklist.WriteText,
	"md":   checklist.WriteMarkdown,
	"json": checklist.WriteJSON,
}

// runQuestions prints the question catalogue and the preparation list. It
// needs no terminal and no notebook, so it works in pipes and scripts.
// Exit status: 0 printed, 1 the output could not be written, 2 bad usage.
func runQuestions(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vetted questions", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, md or json")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vetted questions [--format text|md|json]")
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
		fmt.Fprintln(stderr, "vetted questions: takes no arguments besides --format")
		return 2
	}
	write, ok := questionWriters[*format]
	if !ok {
		fmt.Fprintln(stderr, "vetted questions: unknown format; use text, md or json")
		return 2
	}
	if err := write(stdout); err != nil {
		fmt.Fprintf(stderr, "vetted questions: could not write the list: %v\n", err)
		return 1
	}
	return 0
}
