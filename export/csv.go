package export

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// utf8BOM is the byte-order mark some spreadsheet programs need before
// they read a CSV file as UTF-8 rather than a local code page.
const utf8BOM = "\uFEFF"

// formulaStarts are the first characters that make a spreadsheet treat a
// cell as a formula (OWASP, "CSV Injection"): = + - @, tab and CR.
const formulaStarts = "=+-@\t\r"

// NeedsFormulaGuard reports whether s would be read as a formula: its
// first character is one of formulaStarts, or its first non-space
// character is one of = + - @ (some spreadsheets trim leading spaces
// before deciding). The CSV export puts a quote before such a cell;
// vetted import takes it away again.
func NeedsFormulaGuard(s string) bool {
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
	if NeedsFormulaGuard(s) || NeedsFormulaGuard(c) {
		return "'" + c
	}
	return c
}

// CSV writes nb as a sheet for spreadsheets, in UTF-8 without a byte-order
// mark (see CSVWithBOM): the rows of sheetGrid. The header row is
// "Category", "Question", one column per therapist name, then
// QuestionColumns; each row after it starts with its group's title: fit
// score and flags, every detail of each therapist, one row per question,
// the derived costs, the notes.
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
	for _, row := range sheetGrid(nb) {
		rec := make([]string, len(row))
		for i, c := range row {
			// The raw text, so csvCell sees a leading tab or CR
			// before cleaning removes it.
			rec[i] = csvCell(c.text)
		}
		// Errors are sticky in csv.Writer and reported by Error below.
		_ = cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// CSVWithBOM writes the CSV export after a UTF-8 byte-order mark, for
// spreadsheet programs that otherwise read the file in a local code page
// and garble every accent, CJK name and marker.
func CSVWithBOM(w io.Writer, nb *store.Notebook) error {
	if nb == nil {
		return errNoNotebook
	}
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	return CSV(w, nb)
}
