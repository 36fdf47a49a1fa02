package csvimport

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// zipMagic starts every zip file, and so every xlsx workbook.
var zipMagic = []byte("PK\x03\x04")

// isXLSX reports whether data is a zip file, as an xlsx workbook is: CSV
// text never starts with these bytes. The content decides, not the name:
// a workbook saved as "sheet.csv" is still read as a workbook.
func isXLSX(data []byte) bool { return bytes.HasPrefix(data, zipMagic) }

// CheckFormat refuses a file whose name promises an xlsx workbook when
// its content is not one (a CSV renamed, a file cut short), with a message
// that says so rather than a CSV parser's complaint.
func CheckFormat(name string, data []byte) error {
	if strings.EqualFold(filepath.Ext(name), ".xlsx") && !isXLSX(data) {
		return fmt.Errorf("%w: the name ends in .xlsx but the file is not an xlsx workbook (it is not a zip file); save it again from the spreadsheet", ErrNotASheet)
	}
	return nil
}

// The bounds on reading a workbook: its parts once unzipped, so that a
// small zip that unpacks to gigabytes is refused rather than read.
const (
	xlsxUnzipLimit    = 4 * MaxSheetBytes
	xlsxXMLPartLimit  = 2 * MaxSheetBytes
	xlsxPreferredName = "Comparison"
)

// readXLSX reads the sheet of an xlsx workbook into rows of cells, each
// cell's text as the spreadsheet shows it (a number or date in its format,
// "$185.00", "12 Jan 2027"). The sheet is the one vetted's export names,
// else the first. Formulas are never run: a formula cell reads as the
// value the spreadsheet last saved with it.
func readXLSX(data []byte) (rows [][]cell, err error) {
	// excelize reads untrusted bytes; a panic in it is a file vetted
	// cannot read, not a crash.
	defer func() {
		if r := recover(); r != nil {
			rows, err = nil, fmt.Errorf("%w: the xlsx workbook cannot be read", ErrNotASheet)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    xlsxUnzipLimit,
		UnzipXMLSizeLimit: xlsxXMLPartLimit,
	})
	if err != nil {
		return nil, fmt.Errorf("%w: the xlsx workbook cannot be read (%s)", ErrNotASheet, xlsxProblem(err))
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("%w: the workbook has no sheet", ErrNotASheet)
	}
	name := sheets[0]
	if slices.Contains(sheets, xlsxPreferredName) {
		name = xlsxPreferredName
	}
	grid, err := f.GetRows(name)
	if err != nil {
		return nil, fmt.Errorf("%w: the sheet %q cannot be read (%s)", ErrNotASheet, name, xlsxProblem(err))
	}
	rows = make([][]cell, len(grid))
	for r, g := range grid {
		rows[r] = make([]cell, len(g))
		for c, text := range g {
			rows[r][c] = cell{text: text, at: pos{r + 1, c + 1}}
		}
	}
	return rows, nil
}

// xlsxProblem is excelize's reason in a few words, without the file's
// content: its messages name parts of the zip, never cell text, but are
// cut to one line all the same.
func xlsxProblem(err error) string {
	s := strings.SplitN(err.Error(), "\n", 2)[0]
	if r := []rune(s); len(r) > 120 {
		s = string(r[:120]) + "…"
	}
	return s
}
