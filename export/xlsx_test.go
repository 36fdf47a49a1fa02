package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
	"github.com/xuri/excelize/v2"
)

// openXLSX exports nb as xlsx and opens it with excelize.
func openXLSX(t *testing.T, nb *store.Notebook) (*excelize.File, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := XLSX(&buf, nb); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("excelize cannot open the export: %v", err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f, buf.Bytes()
}

// xlsxRows reads every row of the sheet as a spreadsheet shows it
// (numbers and dates in their formats; raw, as stored), padded to cols
// cells.
func xlsxRows(t *testing.T, f *excelize.File, cols int, raw bool) [][]string {
	t.Helper()
	rows, err := f.GetRows(xlsxSheet, excelize.Options{RawCellValue: raw})
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		for len(rows[i]) < cols {
			rows[i] = append(rows[i], "")
		}
	}
	return rows
}

// sheetWidth is the number of columns of nb's sheet exports.
func sheetWidth(nb *store.Notebook) int { return 2 + len(nb.Therapists) + len(QuestionColumns) }

// hostileText is every kind of text that has broken an export: formulas,
// a leading tab and CR, terminal escapes, CJK and emoji, several lines,
// quotes and commas, Markdown and HTML.
const hostileText = "=1+2\t\"quoted\", 陈静 👩🏽‍⚕️\r\nsecond line | <b>*x*</b>\x1b]0;title\x07\n\n-third"

// TestXLSXMatchesCSV: the xlsx shows the CSV's cells, row for row and
// column for column, without the CSV's formula guard (its cells are
// strings, not formulas); a fee, a cost or a date shows as the CSV writes
// it, from a number cell.
func TestXLSXMatchesCSV(t *testing.T) {
	for name, nb := range map[string]*store.Notebook{
		"demo":    demo.Notebook(),
		"hostile": hostile(hostileText),
		"leading": hostile("\t+tab first"),
	} {
		t.Run(name, func(t *testing.T) {
			recs := readCSV(t, nb)
			f, _ := openXLSX(t, nb)
			rows := xlsxRows(t, f, sheetWidth(nb), false)
			if len(rows) != len(recs) {
				t.Fatalf("the xlsx has %d rows, the CSV %d", len(rows), len(recs))
			}
			for r, rec := range recs {
				for c, want := range rec {
					got := rows[r][c]
					// The CSV's formula guard (csvCell, tested in
					// TestCSVCell), also set for a leading tab or CR
					// that cleaning removed.
					if got != want && "'"+got != want {
						t.Errorf("%s/%s column %d: CSV %q, xlsx %q", rec[0], rec[1], c+1, want, got)
					}
				}
			}
		})
	}
}

// TestXLSXTypedCells: fees and costs are numbers with a currency format,
// dates are date cells (numbers with a date format), everything else is
// text.
func TestXLSXTypedCells(t *testing.T) {
	nb := demo.Notebook()
	f, _ := openXLSX(t, nb)
	shown := xlsxRows(t, f, sheetWidth(nb), false)
	raw := xlsxRows(t, f, sheetWidth(nb), true)
	find := func(label string) int {
		for r, row := range shown {
			if row[1] == label {
				return r
			}
		}
		t.Fatalf("no row %q", label)
		return 0
	}
	for _, c := range []struct{ label, shown, raw, format string }{
		{"Fee per session", "$185.00", "185.00", xlsxMoneyFormat},
		{"Cost per month", "$796", "796", xlsxDollarsFormat},
		{"First opening", "2 Apr 2025", "45749", xlsxDateFormat},
		{"Contacted on", "10 Mar 2025", "45726", xlsxDateFormat},
	} {
		r := find(c.label)
		if shown[r][2] != c.shown || raw[r][2] != c.raw {
			t.Errorf("%s: shown %q raw %q, want %q and %q", c.label, shown[r][2], raw[r][2], c.shown, c.raw)
		}
		cell, _ := excelize.CoordinatesToCellName(3, r+1)
		if ty, _ := f.GetCellType(xlsxSheet, cell); ty == excelize.CellTypeSharedString || ty == excelize.CellTypeInlineString {
			t.Errorf("%s (%s) is a text cell", c.label, cell)
		}
		id, _ := f.GetCellStyle(xlsxSheet, cell)
		st, err := f.GetStyle(id)
		if err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != c.format {
			t.Errorf("%s (%s): style %+v (%v), want the format %q", c.label, cell, st, err, c.format)
		}
	}
}

// TestXLSXNeverFormulas: text starting with "=" is a string cell holding
// that text, never a formula, in excelize's reading and in the sheet's XML.
func TestXLSXNeverFormulas(t *testing.T) {
	nb := hostile("=1+2")
	f, raw := openXLSX(t, nb)
	found := 0
	rows := xlsxRows(t, f, sheetWidth(nb), true)
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if formula, _ := f.GetCellFormula(xlsxSheet, cell); formula != "" {
				t.Errorf("%s holds the formula %q", cell, formula)
			}
			if !strings.HasPrefix(v, "=1+2") {
				continue
			}
			found++
			if ty, _ := f.GetCellType(xlsxSheet, cell); ty != excelize.CellTypeSharedString {
				t.Errorf("%s is of type %v, want a shared string", cell, ty)
			}
		}
	}
	if found == 0 {
		t.Fatal("no cell holds the literal text =1+2")
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		_ = rc.Close()
		if bytes.Contains(data, []byte("<f>")) || bytes.Contains(data, []byte("<f ")) {
			t.Errorf("%s holds a formula element", zf.Name)
		}
	}
}

// TestXLSXLayout: one sheet, the header row and the two first columns
// frozen, a filter on the header, wrapped text, the fit score and flags at
// the top, every row with its category in column A.
func TestXLSXLayout(t *testing.T) {
	nb := demo.Notebook()
	f, _ := openXLSX(t, nb)
	if got := f.GetSheetList(); len(got) != 1 || got[0] != xlsxSheet {
		t.Errorf("sheets %q, want only %q", got, xlsxSheet)
	}
	if props, err := f.GetDocProps(); err != nil || props.Creator != "vetted" || props.Title != "" {
		t.Errorf("document properties %+v (%v), want vetted as creator and no title", props, err)
	}
	p, err := f.GetPanes(xlsxSheet)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Freeze || p.XSplit != 2 || p.YSplit != 1 || p.TopLeftCell != "C2" {
		t.Errorf("panes %+v, want the first row and two columns frozen", p)
	}
	rows := xlsxRows(t, f, sheetWidth(nb), false)
	last, _ := excelize.CoordinatesToCellName(sheetWidth(nb), len(rows))
	if dim, err := f.GetSheetDimension(xlsxSheet); err != nil || dim != "A1:"+last {
		t.Errorf("the sheet's used range is %q (%v), want A1:%s", dim, err, last)
	}
	if rows[0][0] != HeadCategory || rows[1][1] != "Fit score" || rows[2][1] != "Flags" {
		t.Errorf("the top rows are %q, %q, %q; want the header, fit score and flags", rows[0][:2], rows[1][:2], rows[2][:2])
	}
	if !strings.HasPrefix(rows[2][4], "✗ red: ") {
		t.Errorf("the unlicensed therapist's flags are %q", rows[2][4])
	}
	titles := map[string]bool{}
	for _, r := range rows[1:] {
		if r[0] == "" {
			t.Errorf("row %q has no category", r[1])
		}
		titles[r[0]] = true
	}
	for _, c := range checklist.Categories() {
		if !titles[c.Title] {
			t.Errorf("no rows in category %q", c.Title)
		}
	}
	for _, cell := range []string{"A1", "B3", "D20"} {
		id, err := f.GetCellStyle(xlsxSheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Alignment == nil || !st.Alignment.WrapText {
			t.Errorf("%s does not wrap its text", cell)
		}
	}
}

// TestXLSXCutsPastTheCellLimit: a note longer than a spreadsheet cell
// holds is cut with a visible marker, not silently, and stays within the
// limit even in characters outside the BMP (two UTF-16 units each).
func TestXLSXCutsPastTheCellLimit(t *testing.T) {
	for _, unit := range []string{"a", "陈", "👩"} {
		long := strings.Repeat(unit, xlsxCellLimit+1)
		got := xlsxText(long)
		if !strings.HasSuffix(got, xlsxCutMarker) {
			t.Errorf("%s: no cut marker", unit)
		}
		if n := utf16Len(got); n > xlsxCellLimit {
			t.Errorf("%s: %d UTF-16 units, over the limit", unit, n)
		}
	}
	if got := xlsxText("short\nnote"); got != "short\nnote" {
		t.Errorf("short text changed to %q", got)
	}
}

// TestCSVBOM: the BOM variant is the plain CSV after EF BB BF, and the
// plain one starts with no mark.
func TestCSVBOM(t *testing.T) {
	nb := demo.Notebook()
	var plain, bom bytes.Buffer
	if err := CSV(&plain, nb); err != nil {
		t.Fatal(err)
	}
	if err := WriteWith(&bom, nb, FormatCSV, Options{BOM: true}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(bom.Bytes(), append([]byte{0xEF, 0xBB, 0xBF}, plain.Bytes()...)) {
		t.Error("the BOM export is not EF BB BF followed by the CSV")
	}
	if bytes.HasPrefix(plain.Bytes(), []byte{0xEF}) {
		t.Error("the plain CSV starts with a BOM")
	}
	if _, err := csv.NewReader(bytes.NewReader(plain.Bytes())).ReadAll(); err != nil {
		t.Error(err)
	}
}
