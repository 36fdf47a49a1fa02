package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/vetted-tui/vetted/checklist"
)

// questionWriters maps each --format of `vetted questions` to its printer.
var questionWriters = map[string]func(io.Writer, *checklist.Set) error{
	"text": checklist.WriteText,
	"md":   checklist.WriteMarkdown,
	"json": checklist.WriteJSON,
}

// questionsUsage is the help text of vetted questions.
const questionsUsage = `Usage: vetted questions [--format text|md|json] [--file PATH]

Prints the questions to ask a sex therapist, why each matters and the page
it comes from, then what to prepare before a first appointment. It needs no
terminal, and no notebook unless --file names one.

Options:
  --format FORMAT   text (default), md (Markdown) or json
  --file PATH       that notebook's questions: the built-in ones it shows
                    and your own, marked as yours

Example:
  vetted questions --format md > questions.md
`

// runQuestions prints the question catalogue and the preparation list. It
// needs no terminal and no notebook, so it works in pipes and scripts;
// with --file it prints that notebook's catalogue, the person's own
// questions marked, and hidden built-ins left out.
// Exit status: 0 printed, 1 the output could not be written, 2 bad usage.
func runQuestions(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vetted questions", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text, md or json")
	file := fs.String("file", "", "print this notebook's questions: the built-in ones it shows and your own, marked")
	if code, done := parseFlags(fs, "questions", args, questionsUsage, stdout, stderr); done {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "questions", "takes no arguments besides --format and --file")
	}
	write, ok := questionWriters[*format]
	if !ok {
		return usageError(stderr, "questions", "unknown format; use text, md or json")
	}
	set := checklist.Builtin()
	if *file != "" {
		nb, err := readOnly("questions", *file, false, stderr)
		if err != nil {
			explainOpenError(err, *file, stderr)
			return exitError
		}
		set = nb.Catalogue()
	}
	if err := write(stdout, set); err != nil {
		fmt.Fprintf(stderr, "vetted questions: could not write the list: %v\n", err)
		return exitError
	}
	return exitOK
}
