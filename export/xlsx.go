package export

import (
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/xuri/excelize/v2"
)

// xlsxSheet is the name of the one sheet of the xlsx export.
const xlsxSheet = "Comparison"

// xlsxCellLimit is the most a spreadsheet cell holds, in UTF-16 code
// units (Excel's limit; excelize cuts longer text silently).
const xlsxCellLimit = excelize.TotalCellChars

// xlsxCutMarker ends a cell that had to be cut to xlsxCellLimit, so the cut
// is seen rather than silent.
const xlsxCutMarker = " … [cut: a spreadsheet cell holds no more; the JSON export has it all]"

// xlsxText cleans untrusted text for an xlsx cell: terminal sequences and
// control characters are stripped (safetext.Clean keeps line breaks, which
// the wrapped cells show), and text past the cell limit is cut with a
// marker. No formula guard is needed: every cell is written as a string.
func xlsxText(s string) string {
	c := safetext.Clean(s)
	if utf16Len(c) <= xlsxCellLimit {
		return c
	}
	room := xlsxCellLimit - utf16Len(xlsxCutMarker)
	n, end := 0, 0
	for i, r := range c {
		n += utf16.RuneLen(r)
		if n > room {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	return c[:end] + xlsxCutMarker
}

// utf16Len is the length of s in UTF-16 code units, as spreadsheets count.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// The number formats of the xlsx's typed cells: amounts in dollars (to
// the cent for an answer, whole dollars for an estimate) and days in
// checklist.DateForm ("12 Jan 2027"), so that the sheet shows what the
// CSV holds and a spreadsheet can still sort and sum.
const (
	xlsxMoneyFormat   = `"$"#,##0.00`
	xlsxDollarsFormat = `"$"#,##0`
	xlsxDateFormat    = "d mmm yyyy"
)

// xlsxWidths are the widths of the columns before and after the
// therapists' (QuestionColumns), in characters.
var (
	xlsxLeadWidths  = []float64{18, 28}
	xlsxAboutWidths = []float64{14, 40, 10, 24, 12, 30}
)

// XLSX writes nb as an Excel workbook with one sheet, "Comparison", of the
// CSV export's rows (sheetGrid): the header row, then every row with its
// group's title in the first column, so sorting or filtering keeps it. The
// header row and the two first columns are frozen, so names and questions
// stay in view while scrolling, and the header has a filter; cells wrap
// and align to the top. A fee, a cost or a date alone in a cell is a
// number or date cell with a currency or date format, so a spreadsheet can
// sort and sum it; every other cell is text, without the CSV's formula
// guard: it is written as a string (SetCellStr), so a spreadsheet never
// runs an answer that starts with "=", and no cell is a formula.
func XLSX(w io.Writer, nb *store.Notebook) error {
	if nb == nil {
		return errNoNotebook
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName(f.GetSheetName(0), xlsxSheet); err != nil {
		return err
	}
	// The file's properties name vetted as its author, not excelize's
	// ("xuri"), and say nothing about the person or the notebook.
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "vetted", LastModifiedBy: "vetted"}); err != nil {
		return err
	}
	grid := sheetGrid(nb)
	sw := sheetWriter{f: f}
	for r, row := range grid {
		for c, cell := range row {
			sw.cell(c+1, r+1, cell)
		}
	}
	if sw.err != nil {
		return sw.err
	}
	if err := sw.layout(len(grid[0]), len(grid), len(nb.Therapists)); err != nil {
		return err
	}
	return f.Write(w)
}

// typedCell is where a number or date cell sits, and its kind.
type typedCell struct {
	name string
	kind cellKind
}

// sheetWriter fills the sheet cell by cell, keeping the first error.
type sheetWriter struct {
	f     *excelize.File
	typed []typedCell
	err   error
}

// cell writes c at column col and row row (both from 1): a number or a
// date for a typed cell, else cleaned text as a string.
func (sw *sheetWriter) cell(col, row int, c sheetCell) {
	if sw.err != nil {
		return
	}
	var name string
	if name, sw.err = excelize.CoordinatesToCellName(col, row); sw.err != nil {
		return
	}
	switch c.kind {
	case cellMoney:
		sw.err = sw.f.SetCellFloat(xlsxSheet, name, float64(c.cents)/100, 2, 64)
	case cellDollars:
		// Whole dollars, rounded as checklist.FormatDollars rounds.
		sw.err = sw.f.SetCellInt(xlsxSheet, name, (c.cents+50)/100)
	case cellDate:
		sw.err = sw.f.SetCellValue(xlsxSheet, name, c.day)
	default:
		sw.err = sw.f.SetCellStr(xlsxSheet, name, xlsxText(c.text))
		return
	}
	sw.typed = append(sw.typed, typedCell{name, c.kind})
}

// layout styles the written sheet of cols columns and rows rows, with
// therapists columns of therapists: wrapped, top-aligned cells, number
// and date formats, column widths, a bold header with a filter, and
// frozen panes.
func (sw *sheetWriter) layout(cols, rows, therapists int) error {
	f := sw.f
	wrap := &excelize.Alignment{WrapText: true, Vertical: "top"}
	style := func(s *excelize.Style) int {
		if sw.err != nil {
			return 0
		}
		s.Alignment = wrap
		var id int
		id, sw.err = f.NewStyle(s)
		return id
	}
	body := style(&excelize.Style{})
	bold := style(&excelize.Style{Font: &excelize.Font{Bold: true}})
	money, dollars, date := xlsxMoneyFormat, xlsxDollarsFormat, xlsxDateFormat
	formats := map[cellKind]int{
		cellMoney:   style(&excelize.Style{CustomNumFmt: &money}),
		cellDollars: style(&excelize.Style{CustomNumFmt: &dollars}),
		cellDate:    style(&excelize.Style{CustomNumFmt: &date}),
	}
	if sw.err != nil {
		return sw.err
	}
	last, err := excelize.CoordinatesToCellName(cols, rows)
	if err != nil {
		return err
	}
	lastHead, err := excelize.CoordinatesToCellName(cols, 1)
	if err != nil {
		return err
	}
	steps := []func() error{
		func() error { return f.SetCellStyle(xlsxSheet, "A1", last, body) },
		func() error { return f.SetCellStyle(xlsxSheet, "A1", lastHead, bold) },
		// The used range, which readers may size the sheet by;
		// excelize leaves it at A1.
		func() error { return f.SetSheetDimension(xlsxSheet, "A1:"+last) },
		func() error { return f.AutoFilter(xlsxSheet, "A1:"+lastHead, nil) },
	}
	for _, t := range sw.typed {
		steps = append(steps, func() error { return f.SetCellStyle(xlsxSheet, t.name, t.name, formats[t.kind]) })
	}
	widths := append(append(append([]float64{}, xlsxLeadWidths...), repeat(36, therapists)...), xlsxAboutWidths...)
	for i, wd := range widths {
		steps = append(steps, func() error {
			col, err := excelize.ColumnNumberToName(i + 1)
			if err != nil {
				return err
			}
			return f.SetColWidth(xlsxSheet, col, col, wd)
		})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return f.SetPanes(xlsxSheet, &excelize.Panes{
		Freeze:      true,
		XSplit:      2,
		YSplit:      1,
		TopLeftCell: "C2",
		ActivePane:  "bottomRight",
	})
}

// repeat is n copies of v.
func repeat(v float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = v
	}
	return out
}
