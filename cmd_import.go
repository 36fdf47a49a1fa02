package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/vetted-tui/vetted/csvimport"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// importUsage is the help text of vetted import.
const importUsage = `Usage: vetted import --from FILE.csv [--file PATH] [--dry-run] [--force]

Read a spreadsheet saved as CSV into the notebook: laid out like vetted's
own CSV export (a row per question, a column per therapist, optionally the
"Category" and "Question" columns first) or the other way round (a row per
therapist, a column per question). Questions are matched by their wording,
their short label or their ID; the rest become questions of your own (text,
unless every value reads as yes/no, a date, an amount with $ or a whole
number). Therapists are matched by name, or added. Fit scores, flags and
costs are worked out again, not read.

  --from FILE.csv  the sheet to read (UTF-8)
  --file PATH      the notebook (default: as for the app)
  --dry-run        show what would happen; write nothing
  --force          replace answers and details the notebook already holds
                   with different ones (without it they are kept)

Cells vetted cannot use are listed with their line and column: a value of
the wrong kind is kept as a note, an over-long cell is skipped. Close the
app first: the notebook is locked while it is open.

Example:
  vetted import --from therapists.csv --dry-run
`

// runImport imports a CSV sheet into the notebook. Exit status: 0 done (or
// planned), 1 the sheet or the notebook could not be used, 2 bad usage.
func runImport(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("vetted import", flag.ContinueOnError)
	from := flags.String("from", "", "the CSV sheet to read")
	file := flags.String("file", "", "the notebook")
	dryRun := flags.Bool("dry-run", false, "show the plan, write nothing")
	force := flags.Bool("force", false, "replace answers the notebook already holds")
	if code, done := parseFlags(flags, "import", args, importUsage, stdout, stderr); done {
		return code
	}
	if flags.NArg() > 0 || *from == "" {
		return usageError(stderr, "import", "needs --from FILE.csv and nothing else")
	}
	data, err := readSheetFile(*from)
	if err != nil {
		fmt.Fprintf(stderr, "vetted import: cannot read %s: %v\n", *from, store.StripPath(err))
		return exitError
	}
	path, err := notebookPath(*file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	if *dryRun {
		// Without a notebook yet, the plan is for a new one.
		nb := store.New()
		if _, statErr := os.Lstat(path); statErr == nil {
			nb, err = readOnly("import", path, false, stderr)
		}
		if err != nil {
			explainOpenError(err, path, stderr)
			return exitError
		}
		rep, err := csvimport.Import(nb.Clone(), data, csvimport.Options{Force: *force}, time.Now())
		if err != nil {
			fmt.Fprintf(stderr, "vetted import: %s: %v\n", *from, err)
			return exitError
		}
		writeReport(stdout, rep, *from, "Dry run: nothing was written.")
		return exitOK
	}
	_, statErr := os.Lstat(path)
	existed := statErr == nil
	f, nb, err := openForApp(path, systemPassphrases(stderr))
	if err != nil {
		explainOpenError(err, path, stderr)
		return exitError
	}
	defer f.Close()
	rep, err := csvimport.Import(nb, data, csvimport.Options{Force: *force}, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "vetted import: %s: %v\n", *from, err)
		return exitError
	}
	if err := f.Save(nb, 1); err != nil {
		fmt.Fprintf(stderr, "vetted import: nothing was imported: %v\n", err)
		return exitError
	}
	// f.Path is the file a link at path leads to: .prev is beside it.
	saved := "Saved " + f.Path() + "."
	if existed {
		saved = "Saved " + f.Path() + " (the notebook as it was is kept as " + f.Path() + ".prev)."
	}
	writeReport(stdout, rep, *from, saved)
	return exitOK
}

// readSheetFile reads at most csvimport.MaxSheetBytes and one byte more,
// so that the importer can refuse a file that is too large.
func readSheetFile(path string) ([]byte, error) {
	fh, err := store.OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return io.ReadAll(io.LimitReader(fh, csvimport.MaxSheetBytes+1))
}

// writeReport prints what the import did, cleaned of control characters
// (names and labels come from the sheet).
func writeReport(w io.Writer, rep *csvimport.Report, from, last string) {
	var b strings.Builder
	fmt.Fprintf(&b, "vetted import: %s, %s.\n", from, rep.Layout)
	fmt.Fprintf(&b, "Therapists: %d", len(rep.Therapists))
	if len(rep.NewTherapists) > 0 {
		fmt.Fprintf(&b, " (new: %s)", strings.Join(rep.NewTherapists, ", "))
	}
	fmt.Fprintf(&b, ".\nQuestions matched: %d. Rows worked out by vetted and skipped: %d.\n", rep.Matched, rep.Derived)
	if len(rep.NewCategories) > 0 {
		fmt.Fprintf(&b, "New categories of your own: %s.\n", strings.Join(rep.NewCategories, ", "))
	}
	if len(rep.NewQuestions) > 0 {
		fmt.Fprintf(&b, "New questions of your own:\n")
		for _, q := range rep.NewQuestions {
			fmt.Fprintf(&b, "  %s (%s, in %s)\n", q.Short, q.Kind, q.Category)
		}
	}
	fmt.Fprintf(&b, "Answers and details: %d written, %d already the same", rep.Written, rep.Same)
	if rep.Kept > 0 {
		fmt.Fprintf(&b, ", %d kept as the notebook has them (--force replaces them)", rep.Kept)
	}
	b.WriteString(".\n")
	if len(rep.Problems) > 0 {
		fmt.Fprintf(&b, "Cells not imported as they stand (%d):\n", len(rep.Problems))
		for _, p := range rep.Problems {
			fmt.Fprintf(&b, "  %s\n", p)
		}
	}
	b.WriteString(last + "\n")
	_, _ = io.WriteString(w, safetext.Clean(b.String()))
}
