package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// formulaStarts are the first characters that make a spreadsheet treat a
// cell as a formula (OWASP, "CSV Injection"): = + - @, tab and CR.
const formulaStarts = "=+-@\t\r"

// needsNeutral reports whether s would be read as a formula: its first
// character is one of formulaStarts, or its first non-space character is
// one of = + - @ (some spreadsheets trim leading spaces before deciding).
func needsNeutral(s string) bool {
	if s == "" {
		return false
	}
	if strings.ContainsRune(formulaStarts, rune(s[0])) {
		return true
	}
	t := strings.TrimLeft(s, " ")
	return t != "" && strings.ContainsRune("=+-@", rune(t[0]))
}

// csvCell makes untrusted text safe for a CSV cell opened in a
// spreadsheet: it strips terminal sequences and control characters
// (safetext.Clean keeps line breaks, which CSV quotes), then prefixes a
// single quote to a cell that would start a formula. The check runs on the
// text before and after cleaning, so a leading tab or CR that cleaning
// removes still marks the cell. A plain number such as "-50" is prefixed
// too; spreadsheets then show it as text, which is the price of safety.
func csvCell(s string) string {
	c := safetext.Clean(s)
	if needsNeutral(s) || needsNeutral(c) {
		return "'" + c
	}
	return c
}

// csvValue is the cell for row r of therapist t: the full value
// (checklist.Display), then " — " and the note when there is one. An
// unanswered question is an empty cell; a skipped one reads "skipped".
func csvValue(r row, t *store.Therapist) string {
	a, ok := r.answer(t)
	var v string
	switch {
	case !ok:
		return ""
	case a.Status == checklist.StatusSkipped:
		v = "skipped"
	case a.Answered():
		v = checklist.Display(r.q, a.Value)
	}
	if n := strings.TrimSpace(safetext.Clean(a.Note)); n != "" {
		if v == "" {
			return n
		}
		v += " — " + n
	}
	return v
}

// CSV writes nb as a sheet for spreadsheets: a header row "Category",
// "Question", then one column per therapist name; one row per question in
// interview order (a partner row follows each personal question when there
// is a partner); then rows for the fit score, the flags and the derived
// monthly and whole-course costs; then the notes on each therapist (the
// person's, and the partner's when there is a partner). Two rows near the
// top give each therapist's credentials and outreach status.
//
// A question's cell holds the full value as checklist.Display writes it,
// followed by " — " and the answer's note when there is one; an unanswered
// question is an empty cell and a skipped one reads "skipped". Every cell
// is cleaned of control characters and guarded against formula injection
// (see csvCell).
func CSV(w io.Writer, nb *store.Notebook) error {
	if nb == nil {
		return errNoNotebook
	}
	cw := csv.NewWriter(w)
	writeEach := func(category, label string, cell func(i int) string) {
		rec := []string{csvCell(category), csvCell(label)}
		for i := range nb.Therapists {
			rec = append(rec, csvCell(cell(i)))
		}
		// Errors are sticky in csv.Writer and reported by Error below.
		_ = cw.Write(rec)
	}
	write := func(category, label string, cell func(t *store.Therapist) string) {
		writeEach(category, label, func(i int) string { return cell(&nb.Therapists[i]) })
	}

	header := []string{"Category", "Question"}
	for i := range nb.Therapists {
		name := nb.Therapists[i].Name
		if safetext.Line(name) == "" {
			name = therapistName(&nb.Therapists[i], i)
		}
		// The raw name, so csvCell sees a leading tab or CR before
		// cleaning removes it.
		header = append(header, csvCell(name))
	}
	_ = cw.Write(header)

	write("Therapist", "Credentials", func(t *store.Therapist) string { return t.Credentials })
	write("Therapist", "Status", func(t *store.Therapist) string { return t.Status.Text() })
	for _, s := range sections(nb) {
		for _, r := range s.rows {
			write(s.cat.Title, r.label, func(t *store.Therapist) string { return csvValue(r, t) })
		}
	}

	const summary = "Summary"
	// One judgement for the whole roster: scoring each therapist on its
	// own would rescan the roster for each, and grow with its square.
	judged := assess.Judge(nb)
	scores := judged.Scores(nb.Importance)
	writeEach(summary, "Fit score", func(i int) string {
		sc := scores[i]
		v := fmt.Sprintf("%d/100", sc.Value)
		if sc.Dealbreaker {
			v += "; dealbreaker: a red flag"
		}
		if len(sc.MustMissed) > 0 {
			v += "; must-haves not met: " + shortList(sc.MustMissed)
		}
		return v
	})
	writeEach(summary, "Flags", func(i int) string {
		var out []string
		for _, f := range judged.Flags(i) {
			out = append(out, fmt.Sprintf("%s %s: %s", f.Level.Marker(), f.Level, f.Title))
		}
		return strings.Join(out, "; ")
	})
	cost := func(f func(*store.Therapist) (assess.Cost, bool)) func(t *store.Therapist) string {
		return func(t *store.Therapist) string {
			c, ok := f(t)
			if !ok {
				return ""
			}
			return fmt.Sprintf("%s (%s)", checklist.FormatDollars(c.Cents), c.Assumption)
		}
	}
	write(summary, "Cost per month", cost(assess.MonthlyCost))
	write(summary, "Cost of whole course", cost(assess.CourseCost))
	write("Notes", myName(nb)+"'s notes", func(t *store.Therapist) string { return t.Notes })
	if nb.People.Partner != "" || anyPartnerNotes(nb) {
		write("Notes", partnerName(nb)+"'s notes", func(t *store.Therapist) string { return t.PartnerNotes })
	}

	cw.Flush()
	return cw.Error()
}

// anyPartnerNotes reports whether any therapist has notes from the partner.
func anyPartnerNotes(nb *store.Notebook) bool {
	for i := range nb.Therapists {
		if nb.Therapists[i].PartnerNotes != "" {
			return true
		}
	}
	return false
}
