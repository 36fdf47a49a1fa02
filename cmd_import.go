package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/csvimport"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// newImportCmd is vetted import.
func newImportCmd(s *streams) *cobra.Command {
	var o importOptions
	c := &cobra.Command{
		Use:   "import --from FILE [--file PATH] [--dry-run] [--force]",
		Short: "read a spreadsheet (CSV or xlsx) of therapists and answers into the notebook",
		Long: `Read a spreadsheet, saved as CSV or as an xlsx workbook, into the notebook:
laid out like vetted's own CSV and xlsx exports (a row per question, a
column per therapist, optionally the "Category" and "Question" columns
first) or the other way round (a row per therapist, a column per question).
Questions are matched by their wording, their short label or their ID; the
rest become questions of your own (as vetted's export describes them, or
text unless every value reads as yes/no, a date, an amount with $ or a
whole number). Therapists are matched by name, or added, with every detail
of theirs the sheet holds; priorities, your budget and your names come
back too. Fit scores, flags and costs are worked out again, not read.
--dry-run shows the plan; answers and details already there are kept
unless --force.

Cells vetted cannot use are listed with their line (row) and column: a
value of the wrong kind is kept as a note, an over-long cell is skipped.
Close the app first: the notebook is locked while it is open.`,
		Example:               "  vetted import --from therapists.csv --dry-run",
		Args:                  noArgsSaying("needs --from FILE and nothing else"),
		DisableFlagsInUseLine: true,
	}
	c.Flags().StringVar(&o.from, "from", "", "the sheet to read, `FILE`: .csv (UTF-8) or .xlsx")
	c.Flags().StringVar(&o.file, "file", "", "the notebook, at `PATH` "+fileDefault)
	c.Flags().BoolVar(&o.dryRun, "dry-run", false, "show what would happen; write nothing")
	c.Flags().BoolVar(&o.force, "force", false, "replace answers and details the notebook already holds with different ones (without it they are kept)")
	_ = c.MarkFlagFilename("from", "csv", "xlsx")
	c.RunE = func(*cobra.Command, []string) error {
		return status(runImport(o, s))
	}
	return c
}

// importOptions are the flags of vetted import.
type importOptions struct {
	from, file    string
	dryRun, force bool
}

// runImport imports a CSV or xlsx sheet into the notebook. Exit status: 0 done (or
// planned), 1 the sheet or the notebook could not be used, 2 bad usage.
func runImport(o importOptions, s *streams) int {
	stdout, stderr := s.out, s.err
	if o.from == "" {
		return usageError(stderr, "import", "needs --from FILE and nothing else")
	}
	data, err := readSheetFile(o.from)
	if err == nil {
		err = csvimport.CheckFormat(o.from, data)
	}
	if err != nil {
		fmt.Fprintf(stderr, "vetted import: cannot read %s: %v\n", o.from, disk.StripPath(err))
		return exitError
	}
	path, err := notebookPath(o.file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	if o.dryRun {
		// Without a notebook yet, the plan is for a new one.
		nb := store.New()
		if _, statErr := os.Lstat(path); statErr == nil {
			nb, err = readOnly("import", path, false, stderr)
		}
		if err != nil {
			explainOpenError(err, path, stderr)
			return exitError
		}
		rep, err := csvimport.Import(nb.Clone(), data, csvimport.Options{Force: o.force}, time.Now())
		if err != nil {
			fmt.Fprintf(stderr, "vetted import: %s: %v\n", o.from, err)
			return exitError
		}
		writeReport(stdout, rep, o.from, "Dry run: nothing was written.")
		return exitOK
	}
	_, statErr := os.Lstat(path)
	existed := statErr == nil
	f, nb, err := openForApp(path, s.askPassphrases())
	if err != nil {
		explainOpenError(err, path, stderr)
		return exitError
	}
	defer f.Close()
	rep, err := csvimport.Import(nb, data, csvimport.Options{Force: o.force}, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "vetted import: %s: %v\n", o.from, err)
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
	writeReport(stdout, rep, o.from, saved)
	return exitOK
}

// readSheetFile reads at most csvimport.MaxSheetBytes and one byte more,
// so that the importer can refuse a file that is too large.
func readSheetFile(path string) ([]byte, error) {
	fh, err := disk.OpenRegular(path)
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
	kind := "CSV"
	if rep.Workbook {
		kind = "xlsx workbook"
	}
	fmt.Fprintf(&b, "vetted import: %s (%s), %s.\n", from, kind, rep.Layout)
	fmt.Fprintf(&b, "Therapists: %d", len(rep.Therapists))
	if len(rep.NewTherapists) > 0 {
		fmt.Fprintf(&b, " (new: %s)", strings.Join(rep.NewTherapists, ", "))
	}
	fmt.Fprintf(&b, ".\nQuestions matched: %d. Rows worked out by vetted and skipped: %d.\n", rep.Matched, rep.Derived)
	if len(rep.PartnerRows) > 0 {
		whose := "the partner's"
		if rep.PartnerOf != "" {
			whose = rep.PartnerOf + "'s"
		}
		fmt.Fprintf(&b, "Rows of %s view (%d): %s.\n", whose, len(rep.PartnerRows), strings.Join(rep.PartnerRows, ", "))
	}
	if rep.Me != "" {
		fmt.Fprintf(&b, "Your name, from the notes row: %s.\n", rep.Me)
	}
	if rep.Partner != "" {
		fmt.Fprintf(&b, "Your partner's name, from the partner's rows: %s.\n", rep.Partner)
	}
	if rep.Importance > 0 {
		fmt.Fprintf(&b, "Priorities set: %d.\n", rep.Importance)
	}
	if rep.CheckIns > 0 {
		fmt.Fprintf(&b, "Check-ins after sessions written: %d.\n", rep.CheckIns)
	}
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
