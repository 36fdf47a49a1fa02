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

// XLSX writes nb as an Excel workbook with one sheet, "Comparison": a
// header row ("Question", then one column per therapist), then the groups
// of sheetGroups, each opened by a row holding its title alone (fit score
// and flags first, then credentials and status, one group per category
// with one row per question, costs, notes). The header row and question
// column are frozen, so names and questions stay in view while scrolling;
// cells wrap and align to the top. The cells hold the same text as the CSV
// export's, without its formula guard: every cell is written as a string
// (SetCellStr), so a spreadsheet never runs an answer that starts with "=".
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
	sw := sheetWriter{f: f, next: 1}
	sw.row(append([]string{"Question"}, sheetHeader(nb)...))
	for _, g := range sheetGroups(nb) {
		sw.groupRows = append(sw.groupRows, sw.next)
		sw.row([]string{g.title})
		for _, r := range g.rows {
			sw.row(append([]string{r.label}, r.cells...))
		}
	}
	if sw.err != nil {
		return sw.err
	}
	if err := sw.layout(len(nb.Therapists) + 1); err != nil {
		return err
	}
	return f.Write(w)
}

// sheetWriter fills the sheet row by row, keeping the first error.
type sheetWriter struct {
	f         *excelize.File
	next      int   // the next row number, from 1
	groupRows []int // the row numbers of group titles
	err       error
}

// row writes cells as strings into the next row.
func (sw *sheetWriter) row(cells []string) {
	for i, c := range cells {
		if sw.err != nil {
			return
		}
		var name string
		if name, sw.err = excelize.CoordinatesToCellName(i+1, sw.next); sw.err == nil {
			sw.err = sw.f.SetCellStr(xlsxSheet, name, xlsxText(c))
		}
	}
	sw.next++
}

// layout styles the written sheet of cols columns: wrapped, top-aligned
// cells, column widths, bold header and group rows, and frozen panes.
func (sw *sheetWriter) layout(cols int) error {
	f := sw.f
	wrap := &excelize.Alignment{WrapText: true, Vertical: "top"}
	body, err := f.NewStyle(&excelize.Style{Alignment: wrap})
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Alignment: wrap, Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	last, err := excelize.CoordinatesToCellName(cols, sw.next-1)
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(xlsxSheet, "A1", last, body); err != nil {
		return err
	}
	// The used range, which readers may size the sheet by; excelize
	// leaves it at A1.
	if err := f.SetSheetDimension(xlsxSheet, "A1:"+last); err != nil {
		return err
	}
	lastCol, err := excelize.ColumnNumberToName(cols)
	if err != nil {
		return err
	}
	if err := f.SetColWidth(xlsxSheet, "A", "A", 28); err != nil {
		return err
	}
	if cols > 1 {
		if err := f.SetColWidth(xlsxSheet, "B", lastCol, 36); err != nil {
			return err
		}
	}
	for _, r := range append([]int{1}, sw.groupRows...) {
		start, _ := excelize.CoordinatesToCellName(1, r)
		end, _ := excelize.CoordinatesToCellName(cols, r)
		if err := f.SetCellStyle(xlsxSheet, start, end, bold); err != nil {
			return err
		}
	}
	return f.SetPanes(xlsxSheet, &excelize.Panes{
		Freeze:      true,
		XSplit:      1,
		YSplit:      1,
		TopLeftCell: "B2",
		ActivePane:  "bottomRight",
	})
}
