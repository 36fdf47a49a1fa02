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

// xlsxRows reads every row of the sheet as stored, padded to cols cells.
func xlsxRows(t *testing.T, f *excelize.File, cols int) [][]string {
	t.Helper()
	rows, err := f.GetRows(xlsxSheet, excelize.Options{RawCellValue: true})
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

// hostileText is every kind of text that has broken an export: formulas,
// a leading tab and CR, terminal escapes, CJK and emoji, several lines,
// quotes and commas, Markdown and HTML.
const hostileText = "=1+2\t\"quoted\", 陈静 👩🏽‍⚕️\r\nsecond line | <b>*x*</b>\x1b]0;title\x07\n\n-third"

// TestXLSXMatchesCSV: the xlsx holds the CSV's cells, row for row, with
// each group's title on a row of its own instead of in a first column, and
// without the CSV's formula guard (its cells are strings, not formulas).
func TestXLSXMatchesCSV(t *testing.T) {
	for name, nb := range map[string]*store.Notebook{
		"demo":    demo.Notebook(),
		"hostile": hostile(hostileText),
		"leading": hostile("\t+tab first"),
	} {
		t.Run(name, func(t *testing.T) {
			recs := readCSV(t, nb)
			cols := len(nb.Therapists) + 1
			f, _ := openXLSX(t, nb)
			rows := xlsxRows(t, f, cols)

			same := func(where string, csvCell, xlsxCell string) {
				t.Helper()
				if csvCell == xlsxCell {
					return
				}
				if csvCell == "'"+xlsxCell {
					// The CSV's formula guard (csvCell, tested in
					// TestCSVCell), also set for a leading tab or CR
					// that cleaning removed.
					return
				}
				t.Errorf("%s: CSV %q, xlsx %q", where, csvCell, xlsxCell)
			}
			if rows[0][0] != "Question" {
				t.Errorf("A1 = %q, want Question", rows[0][0])
			}
			for c := 1; c < cols; c++ {
				same("header", recs[0][c+1], rows[0][c])
			}
			category, ri := "", 1
			for _, rec := range recs[1:] {
				if rec[0] != category {
					// A group title row: the title alone.
					if ri >= len(rows) {
						t.Fatalf("the xlsx ends before group %q", rec[0])
					}
					same("group title", rec[0], rows[ri][0])
					if strings.Join(rows[ri][1:], "") != "" {
						t.Errorf("group row %d has cells %q", ri+1, rows[ri][1:])
					}
					category = rec[0]
					ri++
				}
				if ri >= len(rows) {
					t.Fatalf("the xlsx ends before row %q", rec[1])
				}
				for c := range cols {
					same(rec[0]+"/"+rec[1], rec[c+1], rows[ri][c])
				}
				ri++
			}
			if ri != len(rows) {
				t.Errorf("the xlsx has %d rows, the CSV accounts for %d", len(rows), ri)
			}
		})
	}
}

// TestXLSXNeverFormulas: text starting with "=" is a string cell holding
// that text, never a formula, in excelize's reading and in the sheet's XML.
func TestXLSXNeverFormulas(t *testing.T) {
	nb := hostile("=1+2")
	f, raw := openXLSX(t, nb)
	found := 0
	rows := xlsxRows(t, f, len(nb.Therapists)+1)
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

// TestXLSXLayout: one sheet, the header row and question column frozen,
// wrapped text, the fit score and flags at the top, category rows.
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
	if !p.Freeze || p.XSplit != 1 || p.YSplit != 1 || p.TopLeftCell != "B2" {
		t.Errorf("panes %+v, want the first row and column frozen", p)
	}
	rows := xlsxRows(t, f, len(nb.Therapists)+1)
	last, _ := excelize.CoordinatesToCellName(len(nb.Therapists)+1, len(rows))
	if dim, err := f.GetSheetDimension(xlsxSheet); err != nil || dim != "A1:"+last {
		t.Errorf("the sheet's used range is %q (%v), want A1:%s", dim, err, last)
	}
	if rows[1][0] != "Summary" || rows[2][0] != "Fit score" || rows[3][0] != "Flags" {
		t.Errorf("the top rows are %q, %q, %q; want the summary, fit score and flags", rows[1][0], rows[2][0], rows[3][0])
	}
	if !strings.HasPrefix(rows[3][3], "✗ red: ") {
		t.Errorf("the unlicensed therapist's flags are %q", rows[3][3])
	}
	var titles []string
	for _, r := range rows {
		if r[0] != "" && strings.Join(r[1:], "") == "" {
			titles = append(titles, r[0])
		}
	}
	for _, c := range checklist.Categories() {
		if !strings.Contains(strings.Join(titles, "\n"), c.Title) {
			t.Errorf("no category row %q among %q", c.Title, titles)
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
