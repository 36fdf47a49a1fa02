package main

import (
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/checklist/printed"
)

// questionWriters maps each --format of `vetted questions` to its printer.
var questionWriters = map[string]func(io.Writer, *checklist.Set) error{
	"text": printed.WriteText,
	"md":   printed.WriteMarkdown,
	"json": printed.WriteJSON,
}

// newQuestionsCmd is vetted questions.
func newQuestionsCmd(s *streams) *cobra.Command {
	var format, file string
	c := &cobra.Command{
		Use:   "questions [--format text|md|json] [--file PATH]",
		Short: "print the question catalogue (with --file, that notebook's: your own questions marked)",
		Long: `Prints the questions to ask a sex therapist, why each matters and the page
it comes from, then what to prepare before a first appointment. It needs no
terminal, and no notebook unless --file names one.`,
		Example:               "  vetted questions --format md > questions.md",
		Args:                  noArgsSaying("takes no arguments besides --format and --file"),
		DisableFlagsInUseLine: true,
	}
	c.Flags().StringVar(&format, "format", "text", "output `FORMAT`: text, md (Markdown) or json")
	c.Flags().StringVar(&file, "file", "", "that notebook's questions, at `PATH`: the built-in ones it shows and your own, marked as yours")
	completeFormats(c, slices.Sorted(maps.Keys(questionWriters)))
	c.RunE = func(*cobra.Command, []string) error {
		return status(runQuestions(format, file, s.out, s.err))
	}
	return c
}

// runQuestions prints the question catalogue and the preparation list. It
// needs no terminal and no notebook, so it works in pipes and scripts;
// with a file it prints that notebook's catalogue, the person's own
// questions marked, and hidden built-ins left out.
// Exit status: 0 printed, 1 the output could not be written, 2 bad usage.
func runQuestions(format, file string, stdout, stderr io.Writer) int {
	write, ok := questionWriters[format]
	if !ok {
		return usageError(stderr, "questions", "unknown format; use text, md or json")
	}
	set := checklist.Builtin()
	if file != "" {
		nb, err := readOnly("questions", file, false, stderr)
		if err != nil {
			explainOpenError(err, file, stderr)
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
