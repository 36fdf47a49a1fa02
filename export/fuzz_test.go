package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// fuzzSeeds are the texts that have broken exports before.
var fuzzSeeds = testbook.Seeds

// FuzzCSVCell: whatever text a name or note holds, the CSV read back by
// encoding/csv gives, in that text's cells, exactly the cleaned text with
// the formula guard; no cell read back can start a formula, and none holds
// a control character but the line feed. The BOM variant reads back the
// same after its mark.
func FuzzCSVCell(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nb := hostile(s)
		recs := readCSV(t, nb)
		clean := safetext.Clean(s)
		want := clean
		if NeedsFormulaGuard(s) || NeedsFormulaGuard(clean) {
			want = "'" + clean
		}
		if strings.TrimSpace(safetext.Line(s)) != "" && recs[0][2] != want {
			t.Errorf("header cell %q, want %q", recs[0][2], want)
		}
		found := false
		for _, r := range recs {
			for _, cell := range r {
				if NeedsFormulaGuard(cell) {
					t.Errorf("cell %q starts a formula", cell)
				}
				for _, c := range cell {
					if c != '\n' && unicode.IsControl(c) {
						t.Errorf("cell %q holds the control character %U", cell, c)
					}
				}
			}
			if r[1] == csvCell(notesLabel(nb.People.MeName())) {
				found = true
				if r[2] != want {
					t.Errorf("notes cell %q, want %q", r[2], want)
				}
			}
		}
		if !found {
			t.Error("no notes row")
		}

		var plain, bom bytes.Buffer
		if err := CSV(&plain, nb); err != nil {
			t.Fatal(err)
		}
		if err := CSVWithBOM(&bom, nb); err != nil {
			t.Fatal(err)
		}
		withMark, ok := bytes.CutPrefix(bom.Bytes(), []byte(utf8BOM))
		if !ok || !bytes.Equal(withMark, plain.Bytes()) {
			t.Error("the BOM export is not the mark and the CSV")
		}
		if _, err := csv.NewReader(bytes.NewReader(withMark)).ReadAll(); err != nil {
			t.Errorf("the BOM export does not read back: %v", err)
		}
	})
}

// FuzzJSONRoundTrip: a notebook holding any valid text in its names,
// answers and notes is exported as JSON, and the store reads the export
// back with every field as it was; exporting that again gives the same
// bytes. Text that is not valid UTF-8 must still give an export the store
// reads.
func FuzzJSONRoundTrip(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nb := hostile(s)
		// A therapist always has a name (the store refuses a blank one).
		nb.Therapists[0].Name = "N" + s
		var first bytes.Buffer
		if err := JSON(&first, nb); err != nil {
			t.Fatal(err)
		}
		back, err := store.Decode(first.Bytes())
		if err != nil {
			t.Fatalf("the store cannot read its own export: %v", err)
		}
		var second bytes.Buffer
		if err := JSON(&second, back); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Error("export → decode → export changed the bytes")
		}
		if !utf8.ValidString(s) {
			return
		}
		th := back.Therapists[0]
		for what, got := range map[string]string{
			"name": strings.TrimPrefix(th.Name, "N"), "credentials": th.Credentials, "notes": th.Notes,
			"partner notes": th.PartnerNotes, "me": back.People.Me, "partner": back.People.Partner,
			"answer": th.Answers[checklist.QTraining].Value, "answer note": th.Answers[checklist.QTraining].Note,
			"skipped note": th.Answers[checklist.QHomework].Note,
		} {
			if got != s {
				t.Errorf("%s came back as %q, want %q", what, got, s)
			}
		}
	})
}

// FuzzMarkdownText: whatever text a notebook holds, in headings, list
// items, notes of several lines and table cells alike, the Markdown has no
// control character but the line feed and, read by a GFM parser, the same
// structure as with plain words in its place (checkMarkdownText); every
// table row keeps its cells (checkGFMTables).
func FuzzMarkdownText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMarkdownText(t, s)
		nb := hostile(s)
		checkGFMTables(t, []byte(markdownOf(t, nb)), len(nb.Therapists)+1)
		if strings.Contains(markdownOf(t, nb), "\n\n\n") {
			t.Error("a run of blank lines")
		}
	})
}
