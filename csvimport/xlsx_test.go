package csvimport

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/store"
	"github.com/xuri/excelize/v2"
)

// workbook builds an xlsx of rows of text cells, the way a person's own
// spreadsheet would hold them.
func workbook(t testing.TB, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range rows {
		for c, v := range row {
			name, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellValue("Sheet1", name, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestImportOfAPersonsWorkbook: a workbook of one row per therapist is
// read like the same CSV; a number cell is read as the spreadsheet shows
// it, and a cell vetted cannot use is placed by row and lettered column.
func TestImportOfAPersonsWorkbook(t *testing.T) {
	data := workbook(t, [][]any{
		{"Name", "Fee per session", "State license", "Phone", "Contacted on"},
		{"Dr Ruiz", "$150", "yes — LMFT", "(555) 010-1234", "Tue 12 Jan 2027"},
		{"Dr Okafor", 160, "maybe", "", "2027-01-12"},
	})
	nb := store.New()
	rep, err := Import(nb, data, Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Workbook || rep.Layout != "one row per therapist" || len(nb.Therapists) != 2 {
		t.Fatalf("report %+v", rep)
	}
	ruiz, okafor := nb.Therapists[0], nb.Therapists[1]
	if ruiz.Answers[checklist.QFee].Value != "150.00" || okafor.Answers[checklist.QFee].Value != "160.00" {
		t.Errorf("fees %+v and %+v", ruiz.Answers[checklist.QFee], okafor.Answers[checklist.QFee])
	}
	if ruiz.Phone != "(555) 010-1234" || ruiz.ContactedOn != "2027-01-12" || okafor.ContactedOn != "2027-01-12" {
		t.Errorf("details: phone %q, contacted %q and %q", ruiz.Phone, ruiz.ContactedOn, okafor.ContactedOn)
	}
	if len(rep.Problems) != 1 || !strings.HasPrefix(rep.Problems[0].String(), "row 3, column C: ") {
		t.Errorf("problems %v, want one at row 3, column C", rep.Problems)
	}
}

// TestImportChoosesByContent: a workbook named .csv is read as a
// workbook; a file named .xlsx that is not one is refused with a message
// that says so; a broken workbook is refused, not read as CSV.
func TestImportChoosesByContent(t *testing.T) {
	data := workbook(t, [][]any{{"Name", "Fee per session"}, {"Dr Ruiz", "$150"}})
	if err := CheckFormat("sheet.csv", data); err != nil {
		t.Errorf("a workbook named .csv: %v", err)
	}
	if rep, err := Import(store.New(), data, Options{}, now); err != nil || !rep.Workbook {
		t.Errorf("a workbook read as CSV: %v", err)
	}
	csvText := []byte("Name,Fee per session\nDr Ruiz,$150\n")
	if err := CheckFormat("sheet.XLSX", csvText); !errors.Is(err, ErrNotASheet) || !strings.Contains(err.Error(), "not an xlsx workbook") {
		t.Errorf("CSV named .xlsx: %v", err)
	}
	if err := CheckFormat("sheet.csv", csvText); err != nil {
		t.Errorf("CSV named .csv: %v", err)
	}
	nb := store.New()
	if _, err := Import(nb, data[:len(data)/2], Options{}, now); !errors.Is(err, ErrNotASheet) {
		t.Errorf("a workbook cut short: %v", err)
	}
	if len(nb.Therapists) != 0 {
		t.Error("a refused workbook changed the notebook")
	}
}

// TestImportReadsEveryDateForm: the date forms every version of the
// exports wrote ("Tue 12 Jan 2027" in the CSV before, "2027-01-12" in the
// Markdown, "12 Jan 2027" now) read as the same date, for an answer and
// for a detail.
func TestImportReadsEveryDateForm(t *testing.T) {
	for _, form := range []string{"Tue 12 Jan 2027", "2027-01-12", "12 Jan 2027", "1/12/2027"} {
		sheet := "Category,Question,Dr A\n" + export.DetailGroup + ",Contacted on," + form + "\nLogistics,First opening," + form + "\n"
		nb := store.New()
		if _, err := Import(nb, []byte(sheet), Options{}, now); err != nil {
			t.Fatal(err)
		}
		th := nb.Therapists[0]
		if th.ContactedOn != "2027-01-12" || th.Answers[checklist.QFirstOpening].Value != "2027-01-12" {
			t.Errorf("%q: contacted %q, first opening %+v", form, th.ContactedOn, th.Answers[checklist.QFirstOpening])
		}
	}
}
