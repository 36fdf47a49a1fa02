package csvimport

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// FuzzImport feeds the importer any bytes: it never panics; it refuses or
// imports; what it imports is a notebook Save accepts and Open reads back,
// whose names hold no control characters but line breaks, whose labels none and whose answers to
// questions of the catalogue and to check-in questions read as their kind. Seeds are in
// testdata/fuzz/FuzzImport.
func FuzzImport(f *testing.F) {
	f.Add([]byte("Category,Question,Dr A\nFees & insurance,Fee per session,$185 — cash\n"))
	f.Add([]byte("Name,State license,Vibe\nDr B,yes,warm\n"))
	f.Add([]byte("Category,Question,Dr A\nCheck-ins,Check-in 2: when,12 Jan 2027\nCheck-ins,Check-in 2: Comfort,2 — rushed\nCheck-ins,Check-in 1: moment,after the third session\n"))
	f.Fuzz(checkImport)
}

// FuzzImportXLSX is FuzzImport for workbooks: seeds are a workbook of
// four cells, vetted's own xlsx export of a small notebook, the same cut
// short, and a zip header alone; the mutations the fuzzer makes of them
// reach excelize's reader, which must refuse or read without a panic or a
// hang. Each exec costs excelize's unzipping and XML decoding (about 6 ms
// for the demo's export, BenchmarkImportXLSX), so it runs far fewer execs
// than FuzzImport.
func FuzzImportXLSX(f *testing.F) {
	f.Add(workbook(f, [][]any{{"Name", "Fee per session"}, {"Dr A", "$150"}}))
	small := testbook.Hostile("=1+2")
	small.Therapists = small.Therapists[:1]
	var buf bytes.Buffer
	if err := export.XLSX(&buf, small); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(buf.Bytes()[:buf.Len()/2])
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(checkImport)
}

// checkImport is the property of both fuzz targets: see FuzzImport.
func checkImport(t *testing.T, data []byte) {
	nb := store.New()
	rep, err := Import(nb, data, Options{}, now)
	if err != nil {
		if rep != nil {
			t.Fatal("a report with an error")
		}
		return
	}
	enc, err := store.Encode(nb)
	if err != nil {
		t.Fatalf("the imported notebook does not encode: %v", err)
	}
	back, err := store.Decode(enc)
	if err != nil {
		t.Fatalf("the imported notebook does not read back: %v", err)
	}
	set := back.Catalogue()
	for _, th := range back.Therapists {
		// A name keeps its line breaks, as the export wrote them (the
		// round trip is exact); nothing else of control is let in.
		if th.Name != safetext.Clean(th.Name) {
			t.Fatalf("a name with a control character other than a line break: %q", th.Name)
		}
		for id, a := range th.Answers {
			q, ok := set.ByID(id)
			if !ok || a.Status != checklist.StatusAnswered {
				continue
			}
			if _, err := checklist.Parse(q, a.Value); err != nil {
				t.Fatalf("%s: stored %q does not read as its kind: %v", id, a.Value, err)
			}
		}
		for _, c := range th.CheckIns {
			for id, a := range c.Answers {
				q, ok := checklist.CheckInQuestion(id)
				if !ok {
					t.Fatalf("a check-in answer to %q, no check-in question", id)
				}
				if _, err := checklist.Parse(q, a.Value); a.Status == checklist.StatusAnswered && err != nil {
					t.Fatalf("check-in %s: stored %q does not read as its kind: %v", id, a.Value, err)
				}
			}
		}
	}
	for _, q := range set.All() {
		if strings.IndexFunc(q.Prompt+q.Short, unicode.IsControl) >= 0 {
			t.Fatalf("a label with a control character: %q", q.Prompt)
		}
	}
}
