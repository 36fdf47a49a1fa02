package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
)

// readCSV exports nb as CSV and parses it back. encoding/csv's reader
// insists every record has as many fields as the first.
func readCSV(t *testing.T, nb *store.Notebook) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := CSV(&buf, nb); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("the export is not valid CSV: %v", err)
	}
	return recs
}

// TestCSVCellByCell parses the demo's CSV and checks the header and every
// question row against values worked out here from the notebook.
func TestCSVCellByCell(t *testing.T) {
	nb := demo.Notebook()
	recs := readCSV(t, nb)

	wantHeader := []string{"Category", "Question"}
	for _, th := range nb.Therapists {
		wantHeader = append(wantHeader, th.Name)
	}
	wantHeader = append(wantHeader, QuestionColumns...)
	if strings.Join(recs[0], "\x00") != strings.Join(wantHeader, "\x00") {
		t.Fatalf("header %q, want %q", recs[0], wantHeader)
	}

	rows := map[string][]string{}
	for _, r := range recs[1:] {
		key := r[0] + "/" + r[1]
		if _, dup := rows[key]; dup {
			t.Errorf("row %s appears twice", key)
		}
		rows[key] = r[2:]
	}
	// expect is the documented cell: Display value, " — note", "skipped"
	// for a skipped question, empty when unanswered.
	expect := func(q checklist.Question, a checklist.Answer, ok bool) string {
		var v string
		switch {
		case !ok:
			return ""
		case a.Status == checklist.StatusSkipped:
			v = "skipped"
		default:
			v = checklist.Display(q, a.Value)
		}
		if a.Note != "" {
			v += " — " + a.Note
		}
		return v
	}
	checked := 0
	for _, c := range checklist.Categories() {
		for _, q := range checklist.Builtin().InCategory(c.ID) {
			got, ok := rows[c.Title+"/"+q.Short]
			if !ok {
				t.Errorf("no row for %s", q.ID)
				continue
			}
			for i, th := range nb.Therapists {
				a, ok := th.Answers[q.ID]
				if want := expect(q, a, ok); got[i] != want {
					t.Errorf("%s, %s: cell %q, want %q", q.ID, th.ID, got[i], want)
				}
				checked++
			}
			if !q.Personal {
				continue
			}
			pgot, ok := rows[c.Title+"/"+nb.People.Partner+": "+q.Short]
			if !ok {
				t.Errorf("no partner row for %s", q.ID)
				continue
			}
			for i, th := range nb.Therapists {
				a, ok := th.PartnerAnswers[q.ID]
				if want := expect(q, a, ok); pgot[i] != want {
					t.Errorf("partner %s, %s: cell %q, want %q", q.ID, th.ID, pgot[i], want)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no cells checked")
	}
	for _, key := range []string{"Summary/Fit score", "Summary/Flags", "Costs/Cost per month"} {
		if _, ok := rows[key]; !ok {
			t.Errorf("no %s row", key)
		}
	}
	if !strings.HasPrefix(rows["Summary/Flags"][2], "✗ red: ") {
		t.Errorf("the unlicensed therapist's flags cell is %q, want a red flag first", rows["Summary/Flags"][2])
	}
	if rows["Costs/Cost per month"][0] != "$796" || !strings.HasPrefix(rows["Costs/Cost per month: worked out from"][0], "$185 ") {
		t.Errorf("monthly cost cells %q and %q", rows["Costs/Cost per month"][0], rows["Costs/Cost per month: worked out from"][0])
	}
	// What the person set about each question follows the therapists.
	imp := len(nb.Therapists)
	if got := rows["Education & experience/State license"][imp]; got != "must-have" {
		t.Errorf("importance of the license %q, want must-have", got)
	}
	// The fit score and flags come first, before any question.
	if recs[1][0]+"/"+recs[1][1] != "Summary/Fit score" || recs[2][0]+"/"+recs[2][1] != "Summary/Flags" {
		t.Errorf("rows 1 and 2 are %q and %q, want the fit score and flags", recs[1][:2], recs[2][:2])
	}
}

// TestCSVCell covers formula injection: every cell that a spreadsheet
// would run is prefixed with ', harmless ones are left alone.
func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"=cmd|' /C calc'!A0": "'=cmd|' /C calc'!A0",
		"+1":                 "'+1",
		"-50":                "'-50",
		"@SUM(A1:A2)":        "'@SUM(A1:A2)",
		"\t=1+1":             "'    =1+1", // the tab is cleaned to spaces
		"\tplain":            "'    plain",
		"\r=1":               "'=1",
		"\rplain":            "'plain",
		"   =1":              "'   =1",
		"harmless value":     "harmless value",
		"a=b, 5-3 +1 @home":  "a=b, 5-3 +1 @home",
		"":                   "",
		"\x1b[31m=red":       "'=red", // the escape goes first, then the formula shows
		"multi\nline":        "multi\nline",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCSVInjectionEndToEnd puts formula starters in every place a person's
// text reaches and checks that no parsed cell can start a formula.
func TestCSVInjectionEndToEnd(t *testing.T) {
	for _, s := range []string{"=cmd", "+1", "-50", "@x", "\tx", "\rx", " =x", "=HYPERLINK(\"http://x\")"} {
		recs := readCSV(t, hostile(s))
		for _, r := range recs {
			for _, cell := range r {
				if NeedsFormulaGuard(cell) {
					t.Errorf("input %q: cell %q could run as a formula", s, cell)
				}
			}
		}
		if recs[0][2] != csvCell(s) {
			t.Errorf("input %q: header cell %q, want %q", s, recs[0][2], csvCell(s))
		}
	}
}

// TestCSVSanitises checks terminal sequences and control runes never
// reach the file.
func TestCSVSanitises(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, hostile("ok\x1b]52;c;ZXZpbA==\x07\x1b[2J\u202ehidden\x07\x08")); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"\x1b", "\x07", "\x08", "\u202e", "]52;"} {
		if strings.Contains(out, bad) {
			t.Errorf("the CSV holds %q", bad)
		}
	}
	if !strings.Contains(out, "okhidden") {
		t.Error("the visible text was lost")
	}
}

// TestCostsPastOneSessionCap exports a course that costs more than any one
// session may ($600 × 200): the estimate keeps its dollar sign and
// thousands separators in both the CSV and the Markdown.
func TestCostsPastOneSessionCap(t *testing.T) {
	nb := store.New()
	nb.Therapists = []store.Therapist{{ID: "a", Name: "A", Status: store.Interviewed, Answers: map[string]checklist.Answer{
		checklist.QFee:    {Status: checklist.StatusAnswered, Value: "600.00"},
		checklist.QCourse: {Status: checklist.StatusAnswered, Value: "200"},
	}}}
	var course, how string
	for _, r := range readCSV(t, nb) {
		switch {
		case r[0] == "Costs" && r[1] == "Cost of whole course":
			course = r[2]
		case r[0] == "Costs" && r[1] == "Cost of whole course: worked out from":
			how = r[2]
		}
	}
	if course != "$120,000" || how != "$600 × 200 sessions expected, before insurance" {
		t.Errorf("CSV course cells %q and %q", course, how)
	}
	if md := markdownOf(t, nb); !strings.Contains(md, "| Whole course | $120,000 [^1] |") {
		t.Errorf("Markdown lacks the formatted course cost:\n%s", md)
	}
}
