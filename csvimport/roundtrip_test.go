package csvimport

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
	"github.com/xuri/excelize/v2"
)

// exported writes nb in format ("csv" or "xlsx").
func exported(t *testing.T, nb *store.Notebook, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(&buf, nb, format); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// cellsOf reads an export back as a grid of cells: CSV records, or the
// xlsx's cells as a spreadsheet shows them, each with its type, so that a
// number turned text (or the reverse) is a difference too.
func cellsOf(t *testing.T, data []byte, format string) [][]string {
	t.Helper()
	if format == export.FormatCSV {
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for c, v := range row {
			name, _ := excelize.CoordinatesToCellName(c+1, r+1)
			ty, _ := f.GetCellType(sheet, name)
			formula, _ := f.GetCellFormula(sheet, name)
			if formula != "" {
				t.Errorf("%s holds a formula", name)
			}
			row[c] = fmt.Sprintf("%v|%s", ty, v)
		}
	}
	return rows
}

// roundTrip exports nb, imports the export into a fresh notebook, exports
// that again and reports every cell that differs.
func roundTrip(t *testing.T, nb *store.Notebook, format string) *Report {
	t.Helper()
	first := exported(t, nb, format)
	fresh := store.New()
	rep, err := Import(fresh, first, Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Problems {
		t.Errorf("problem: %s", p)
	}
	second := exported(t, fresh, format)
	a, b := cellsOf(t, first, format), cellsOf(t, second, format)
	if len(a) != len(b) {
		t.Errorf("%d rows, then %d", len(a), len(b))
	}
	for r := range min(len(a), len(b)) {
		if len(a[r]) != len(b[r]) {
			t.Errorf("row %d: %q, then %q", r+1, a[r], b[r])
			continue
		}
		for c := range a[r] {
			if a[r][c] != b[r][c] {
				t.Errorf("row %d (%q), column %d: %q, then %q", r+1, a[r][1], c+1, a[r][c], b[r][c])
			}
		}
	}
	return rep
}

// TestRoundTripKeepsEveryCell: export → import into a fresh notebook →
// export gives the same cells, in CSV and xlsx, for the demo, the demo
// with questions of the person's own and a credential check, and
// notebooks whose every field holds hostile text.
func TestRoundTripKeepsEveryCell(t *testing.T) {
	books := map[string]*store.Notebook{"demo": demo.Notebook(), "full": testbook.Full()}
	for i, s := range append(testbook.Seeds, "=1+2\t\"quoted\", 陈静 👩🏽‍⚕️\r\nsecond — line | <b>*x*</b>\x1b]0;title\x07\n\n-third", "Kai: odd") {
		books[fmt.Sprintf("hostile %d %q", i, s)] = testbook.Hostile(s)
	}
	for name, nb := range books {
		for _, format := range []string{export.FormatCSV, export.FormatXLSX} {
			t.Run(name+" "+format, func(t *testing.T) { roundTrip(t, nb, format) })
		}
	}
}

// TestRoundTripKeepsEveryField: what the cells hold comes back as the
// fields they came from: contact details, dates, the credential check,
// own questions in full, priorities and both names.
func TestRoundTripKeepsEveryField(t *testing.T) {
	want := testbook.Full()
	for _, format := range []string{export.FormatCSV, export.FormatXLSX} {
		t.Run(format, func(t *testing.T) {
			got := store.New()
			rep, err := Import(got, exported(t, want, format), Options{}, now)
			if err != nil {
				t.Fatal(err)
			}
			if got.BudgetPerSession != want.BudgetPerSession {
				t.Errorf("budget %q, want %q", got.BudgetPerSession, want.BudgetPerSession)
			}
			if got.People != want.People {
				t.Errorf("people %+v, want %+v", got.People, want.People)
			}
			if !got.Profile.WithPartner {
				t.Error("the partner's name did not set with_partner")
			}
			if rep.Partner != "Kai" || rep.Me != "Robin" || len(rep.PartnerRows) == 0 || rep.Workbook != (format == export.FormatXLSX) {
				t.Errorf("report: partner %q, me %q, partner rows %q, workbook %v", rep.Partner, rep.Me, rep.PartnerRows, rep.Workbook)
			}
			for i, w := range want.Therapists {
				g := got.Therapists[i]
				for _, d := range export.Details() {
					if d.Get(&g) != d.Get(&w) {
						t.Errorf("%s %s: %q, want %q", w.Name, d.Label, d.Get(&g), d.Get(&w))
					}
				}
				sameAnswers(t, w.Name, g.Answers, remap(t, want, got, w.Answers))
				sameAnswers(t, w.Name+" (partner)", g.PartnerAnswers, w.PartnerAnswers)
			}
			for _, wq := range want.Questions.Questions {
				gq := ownByShort(t, got, wq.Short)
				if gq.Prompt != wq.Prompt || gq.Kind != wq.Kind || gq.Better != wq.Better || gq.Hint != wq.Hint || len(gq.Choices) != len(wq.Choices) {
					t.Errorf("own question %q came back as %+v, want %+v", wq.Short, gq, wq)
				}
			}
			for _, q := range want.Catalogue().All() {
				id := q.ID
				if checklist.IsOwn(id) {
					id = ownByShort(t, got, q.Short).ID
				}
				if g, w := checklist.ImportanceIn(got.Importance, id), checklist.ImportanceIn(want.Importance, q.ID); g != w {
					t.Errorf("%q: importance %q, want %q", q.Short, g, w)
				}
			}
		})
	}
}

// ownByShort is the question of nb's own with the short label short.
func ownByShort(t *testing.T, nb *store.Notebook, short string) checklist.Question {
	t.Helper()
	for _, q := range nb.Catalogue().All() {
		if checklist.IsOwn(q.ID) && q.Short == short {
			return q
		}
	}
	t.Fatalf("no question of your own labelled %q", short)
	return checklist.Question{}
}

// remap keys want's answers by the IDs the import gave its own questions
// in got.
func remap(t *testing.T, want, got *store.Notebook, answers map[string]checklist.Answer) map[string]checklist.Answer {
	t.Helper()
	out := map[string]checklist.Answer{}
	set := want.Catalogue()
	for id, a := range answers {
		if checklist.IsOwn(id) {
			q, _ := set.ByID(id)
			id = ownByShort(t, got, q.Short).ID
		}
		out[id] = a
	}
	return out
}
