package export

import (
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/mdtext"
	"github.com/xuri/excelize/v2"
)

// TestCheckInsInTheSheets: the check-ins are a "Check-ins" group after the
// questions and before the costs, rows up to the most any therapist has
// (three here), each answer written as a question's is (value, " — "
// note, "skipped", "— note"), empty cells for a therapist with fewer.
func TestCheckInsInTheSheets(t *testing.T) {
	nb := testbook.Full()
	recs := readCSV(t, nb)
	row := map[string][]string{}
	var order []string
	for _, r := range recs[1:] {
		if r[0] == CheckInGroup {
			row[r[1]] = r
		}
		order = append(order, r[0])
	}
	if want := 3 * (2 + len(checklist.CheckInQuestions())); len(row) != want {
		t.Fatalf("%d check-in rows, want %d", len(row), want)
	}
	first, last := slices.Index(order, CheckInGroup), -1
	for i, g := range order {
		if g == CheckInGroup {
			last = i
		}
	}
	if first < 1 || order[first-1] != "Practicalities" || order[last+1] != "Costs" {
		t.Errorf("groups in the order %q: check-ins should follow the last category and come before the costs", order)
	}
	for _, c := range []struct{ label, first, second string }{
		{"Check-in 1: when", "2 Apr 2025", "2 Apr 2025"},
		{"Check-in 1: moment", "after the first session", "after the first session"},
		{"Check-in 1: Comfort", "4 out of 5 — Easier than I feared", "4 out of 5 — Easier than I feared"},
		{"Check-in 1: Homework fits", "— No homework yet", "— No homework yet"},
		{"Check-in 2: moment", "after the third session", ""},
		{"Check-in 2: Homework fits", "skipped", ""},
		{"Check-in 2: Goals agreed", "", ""},
		{"Check-in 3: when", "2 May 2025", ""},
		{"Check-in 3: moment", "another time", ""},
		{"Check-in 3: Goals agreed", "no — We never came back to it", ""},
	} {
		r, ok := row[c.label]
		if !ok {
			t.Errorf("no row %q", c.label)
			continue
		}
		if r[2] != c.first || r[3] != c.second || r[4] != "" {
			t.Errorf("%s: %q, %q, %q; want %q, %q and an empty cell", c.label, r[2], r[3], r[4], c.first, c.second)
		}
	}
	// Without any check-in, no group at all.
	for _, r := range readCSV(t, demo.Notebook()) {
		if r[0] == CheckInGroup {
			t.Fatalf("a notebook without check-ins has the row %q", r)
		}
	}
}

// TestCheckInDayIsADateCellInXLSX: a check-in's day is a date cell with
// the date format, like the other dates.
func TestCheckInDayIsADateCellInXLSX(t *testing.T) {
	nb := testbook.Full()
	f, _ := openXLSX(t, nb)
	rows := xlsxRows(t, f, sheetWidth(nb), false)
	raw := xlsxRows(t, f, sheetWidth(nb), true)
	for r := range rows {
		if rows[r][1] != "Check-in 3: when" {
			continue
		}
		if rows[r][2] != "2 May 2025" || raw[r][2] != "45779" {
			t.Errorf("shown %q raw %q, want 2 May 2025 from a date serial", rows[r][2], raw[r][2])
		}
		cell, _ := excelize.CoordinatesToCellName(3, r+1)
		if ty, _ := f.GetCellType(xlsxSheet, cell); ty == excelize.CellTypeSharedString || ty == excelize.CellTypeInlineString {
			t.Errorf("%s is a text cell", cell)
		}
		id, _ := f.GetCellStyle(xlsxSheet, cell)
		if st, err := f.GetStyle(id); err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != xlsxDateFormat {
			t.Errorf("%s: style %+v (%v), want the date format", cell, st, err)
		}
		return
	}
	t.Fatal("no row Check-in 3: when")
}

// TestCheckInsInMarkdown: a "Check-ins" part with a heading for each
// therapist who has any (only them), the comfort trend, each check-in's
// day and moment, its answers with their notes, and under the one that
// worries the worrying answers and 002's advice quoted with its source.
func TestCheckInsInMarkdown(t *testing.T) {
	md := markdownOf(t, testbook.Full())
	_, part, ok := strings.Cut(md, "## Check-ins\n")
	part, _, _ = strings.Cut(part, "## Notes\n")
	if !ok {
		t.Fatal("no Check-ins part")
	}
	for _, want := range []string{
		"### Dr. Amara Lindqvist\n\nComfort over time: 4 → 3 → 2.\n",
		"1. 2 Apr 2025, after the first session\n   - Comfort: 4 out of 5 — Easier than I feared\n",
		"2. 16 Apr 2025, after the third session\n",
		"   - Homework fits: skipped\n",
		"3. 2 May 2025, another time\n",
		"   - Goals agreed: no — We never came back to it\n",
		"   - ! Worrying answers: Comfort, Goals agreed.\n",
		"   - “" + checklist.CheckInAdvice + "” — " + mdtext.Line(checklist.SourceLabel(checklist.CheckInAdviceSource)) + "\n",
		"### 陈静 (Chen Jing)\n",
	} {
		if !strings.Contains(part, want) {
			t.Errorf("the Check-ins part lacks %q:\n%s", want, part)
		}
	}
	if strings.Contains(part, "Sam Whitlock") {
		t.Error("a therapist without check-ins has a heading")
	}
	if n := strings.Count(part, "Worrying answers"); n != 1 {
		t.Errorf("%d worrying check-ins, want 1 (the last of the first therapist)", n)
	}
	if strings.Contains(markdownOf(t, demo.Notebook()), "## Check-ins") {
		t.Error("a notebook without check-ins has a Check-ins part")
	}
}

// TestCheckInsHostileMarkdown: check-in notes of hostile text stay text
// in the Markdown, as every note does.
func TestCheckInsHostileMarkdown(t *testing.T) {
	for _, s := range append(testbook.Seeds, hostileText) {
		if !strings.Contains(markdownOf(t, testbook.Hostile(s)), "## Check-ins") {
			t.Fatalf("%q: no Check-ins part", s)
		}
		checkMarkdownText(t, s)
	}
}

// TestCredentialCheckLabelsAsTheForm: the sheets and the Markdown label
// the credential check as its form does, the person's own record, and
// not with the labels of earlier builds.
func TestCredentialCheckLabelsAsTheForm(t *testing.T) {
	nb := testbook.Full()
	var csvText strings.Builder
	for _, r := range readCSV(t, nb) {
		csvText.WriteString(strings.Join(r, ",") + "\n")
	}
	md := markdownOf(t, nb)
	for _, want := range []string{"What you found about the license", "AASECT checked on", "What you found about AASECT"} {
		if !strings.Contains(csvText.String(), DetailGroup+","+want+",") {
			t.Errorf("the sheet has no row %q", want)
		}
		if !strings.Contains(md, "   - "+want+": ") {
			t.Errorf("the Markdown has no line %q", want)
		}
	}
	for _, old := range []string{"License look-up", "AASECT directory checked on", "AASECT directory"} {
		if strings.Contains(csvText.String(), DetailGroup+","+old+",") || strings.Contains(md, "   - "+old+": ") {
			t.Errorf("an export still labels a row %q", old)
		}
	}
}
