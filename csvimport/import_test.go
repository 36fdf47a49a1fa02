package csvimport

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/store"
)

var now = time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)

// sameAnswers compares two answer maps, ignoring when each was recorded.
func sameAnswers(t *testing.T, who string, got, want map[string]checklist.Answer) {
	t.Helper()
	for id, w := range want {
		g, ok := got[id]
		if !ok {
			t.Errorf("%s %s: missing, want %+v", who, id, w)
			continue
		}
		if g.Status != w.Status || g.Value != w.Value || g.Note != w.Note {
			t.Errorf("%s %s: got %q/%q/%q, want %q/%q/%q", who, id, g.Status, g.Value, g.Note, w.Status, w.Value, w.Note)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("%s %s: an answer the original does not have: %+v", who, id, got[id])
		}
	}
}

func TestImportOfTheDemoExportReproducesTheDemo(t *testing.T) {
	want := demo.Notebook()
	var csv bytes.Buffer
	if err := export.CSV(&csv, want); err != nil {
		t.Fatal(err)
	}
	nb := store.New()
	nb.People = want.People
	rep, err := Import(nb, csv.Bytes(), Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Layout != "one column per therapist" || len(rep.NewQuestions) != 0 || len(rep.NewCategories) != 0 {
		t.Errorf("report: %+v", rep)
	}
	if rep.Derived != 6 {
		t.Errorf("%d derived rows skipped, want 6 (fit score, flags, two costs and how each is worked out)", rep.Derived)
	}
	if len(nb.Therapists) != len(want.Therapists) {
		t.Fatalf("%d therapists, want %d", len(nb.Therapists), len(want.Therapists))
	}
	for i, w := range want.Therapists {
		g := nb.Therapists[i]
		if g.Name != w.Name || g.Credentials != w.Credentials || g.Status != w.Status || g.Notes != w.Notes || g.PartnerNotes != w.PartnerNotes {
			t.Errorf("therapist %d: got %q %q %q, want %q %q %q", i, g.Name, g.Credentials, g.Status, w.Name, w.Credentials, w.Status)
		}
		sameAnswers(t, w.Name, g.Answers, w.Answers)
		sameAnswers(t, w.Name+" (partner)", g.PartnerAnswers, w.PartnerAnswers)
	}
	for _, p := range rep.Problems {
		if !strings.Contains(p.Text, "kept as a note") {
			t.Errorf("problem: %s", p)
		}
	}

	// A second import changes nothing: every answer is the same.
	again, err := Import(nb, csv.Bytes(), Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if again.Written != 0 || again.Kept != 0 || len(again.NewTherapists) != 0 {
		t.Errorf("second import: %d written, %d kept, new %v", again.Written, again.Kept, again.NewTherapists)
	}
}

func TestImportOfATransposedSheet(t *testing.T) {
	sheet := "Name,Fee per session,State license,Can we meet on weekends?,First visit,Sessions so far,Vibe\n" +
		"Dr Ruiz,$150,yes — LMFT,yes,2026-12-03,3,warm\n" +
		"Dr Okafor,160,no,no,2026-12-10,12,\"calm, slow\"\n"
	nb := store.New()
	rep, err := Import(nb, []byte(sheet), Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Layout != "one row per therapist" || rep.Matched != 2 {
		t.Fatalf("report: %+v", rep)
	}
	if len(nb.Therapists) != 2 || nb.Therapists[1].Name != "Dr Okafor" {
		t.Fatalf("therapists: %+v", nb.Therapists)
	}
	a := nb.Therapists[0].Answers
	if a[checklist.QFee].Value != "150.00" || a[checklist.QLicense].Value != "yes" || a[checklist.QLicense].Note != "LMFT" {
		t.Errorf("Dr Ruiz: %+v", a)
	}
	kinds := map[string]checklist.Kind{}
	for _, q := range rep.NewQuestions {
		kinds[q.Short] = q.Kind
		if q.Category != "Imported" {
			t.Errorf("%s went to %q", q.Short, q.Category)
		}
	}
	want := map[string]checklist.Kind{"Can we meet on weekends": checklist.KindYesNo, "First visit": checklist.KindDate,
		"Sessions so far": checklist.KindCount, "Vibe": checklist.KindText}
	for k, v := range want {
		if kinds[k] != v {
			t.Errorf("%s: kind %q, want %q (all: %v)", k, kinds[k], v, kinds)
		}
	}
	set := nb.Catalogue()
	var weekends checklist.Question
	for _, q := range set.Questions() {
		if q.Short == "Can we meet on weekends" {
			weekends = q
		}
	}
	if !checklist.IsOwn(weekends.ID) || nb.Therapists[1].Answers[weekends.ID].Value != "no" {
		t.Errorf("own question %+v, answer %+v", weekends, nb.Therapists[1].Answers[weekends.ID])
	}
	if nb.Therapists[1].Answers[checklist.QFee].Value != "160.00" {
		t.Errorf("a fee without $ for a known money question: %+v", nb.Therapists[1].Answers[checklist.QFee])
	}
}

func TestImportNeverOverwritesWithoutForce(t *testing.T) {
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Dr Ruiz", Status: store.Interviewed,
		Answers: map[string]checklist.Answer{checklist.QFee: {Status: checklist.StatusAnswered, Value: "140.00"}}})
	sheet := []byte("Question,Dr Ruiz\nFee per session,$150\nState license,yes\nStatus,declined\n")
	dry := nb.Clone()
	rep, err := Import(dry, sheet, Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Kept != 2 || rep.Written != 1 || nb.Therapists[0].Answers[checklist.QLicense].Status != "" {
		t.Errorf("dry run: kept %d written %d; the notebook itself changed: %v", rep.Kept, rep.Written, nb.Therapists[0].Answers)
	}
	if _, err := Import(nb, sheet, Options{}, now); err != nil {
		t.Fatal(err)
	}
	if nb.Therapists[0].Answers[checklist.QFee].Value != "140.00" || nb.Therapists[0].Status != store.Interviewed {
		t.Error("an answer was overwritten without --force")
	}
	if _, err := Import(nb, sheet, Options{Force: true}, now); err != nil {
		t.Fatal(err)
	}
	if nb.Therapists[0].Answers[checklist.QFee].Value != "150.00" || nb.Therapists[0].Status != store.Declined {
		t.Error("--force did not replace the answer and the status")
	}
}

func TestImportReportsBadRowsAndImportsTheRest(t *testing.T) {
	long := strings.Repeat("x", MaxCellRunes+1)
	sheet := "Category,Question,Dr A\n" +
		"Fees & insurance,Fee per session,about a hundred\n" +
		"Logistics,Office hours," + long + "\n" +
		",,orphan cell\n" +
		"Logistics,Office location,Main St,extra\n" +
		"Summary,Fit score,80/100\n"
	nb := store.New()
	rep, err := Import(nb, []byte(sheet), Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]string{}
	for _, p := range rep.Problems {
		got[p.Line] = p.String()
	}
	for line, want := range map[int]string{2: "kept as a note", 3: "over 4000 characters", 4: "without a label", 5: "past the last therapist"} {
		if !strings.Contains(got[line], want) {
			t.Errorf("line %d: %q, want %q", line, got[line], want)
		}
	}
	if !strings.HasPrefix(got[5], "line 5, column 4:") {
		t.Errorf("place: %q", got[5])
	}
	a := nb.Therapists[0].Answers
	if a[checklist.QLocation].Value != "Main St" || a[checklist.QFee].Note != "about a hundred" || a[checklist.QFee].Value != "" {
		t.Errorf("answers: %+v", a)
	}
	if _, ok := a[checklist.QHours]; ok {
		t.Error("an over-long cell was imported")
	}
	if _, err := Import(store.New(), []byte("Question,Dr A\n\"Fee,$1\n"), Options{}, now); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("broken quotes: %v", err)
	}
}

func TestImportKeepsOwnQuestionIDs(t *testing.T) {
	nb := demo.Notebook()
	q, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindYesNo, Prompt: "Can we meet on weekends?", Short: "Weekends"})
	if err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes", Note: "Saturdays"})
	var csv bytes.Buffer
	if err := export.CSV(&csv, nb); err != nil {
		t.Fatal(err)
	}
	// Into the same notebook without its answers: the question keeps its ID.
	empty := nb.Clone()
	for i := range empty.Therapists {
		empty.Therapists[i].Answers = map[string]checklist.Answer{}
	}
	rep, err := Import(empty, csv.Bytes(), Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.NewQuestions) != 0 {
		t.Errorf("new questions: %v", rep.NewQuestions)
	}
	if a := empty.Therapists[0].Answers[q.ID]; a.Value != "yes" || a.Note != "Saturdays" {
		t.Errorf("own answer: %+v", a)
	}
}

// TestCheckMarksStatusesAndNotesComeBack: vetted's own CSV export of a
// notebook with a credential check, an email outreach step and a note
// without an answer imports back as the same answers, status and note.
func TestCheckMarksStatusesAndNotesComeBack(t *testing.T) {
	nb := store.New()
	nb.Therapists = []store.Therapist{{ID: "t1", Name: "Dr A", Status: store.AskedByEmail,
		Verification: store.Verification{License: store.LicenseActive, AASECT: store.AASECTMember}}}
	th := &nb.Therapists[0]
	th.SetAnswer(checklist.QLicense, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes", Note: "LMFT"})
	th.SetAnswer(checklist.QAASECT, checklist.Answer{Status: checklist.StatusAnswered, Value: checklist.AASECTCertified})
	th.SetAnswer(checklist.QExperience, checklist.Answer{Status: checklist.StatusNoted, Note: "She will call back"})
	var sheet bytes.Buffer
	if err := export.CSV(&sheet, nb); err != nil {
		t.Fatal(err)
	}
	into := store.New()
	if _, err := Import(into, sheet.Bytes(), Options{}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if len(into.Therapists) != 1 {
		t.Fatalf("%d therapists imported", len(into.Therapists))
	}
	got := into.Therapists[0]
	if got.Status != store.AskedByEmail {
		t.Errorf("status %q, want %q", got.Status, store.AskedByEmail)
	}
	for id, want := range th.Answers {
		if a := got.Answers[id]; a.Status != want.Status || a.Value != want.Value || a.Note != want.Note {
			t.Errorf("%s came back as %+v, want %+v", id, a, want)
		}
	}
	// The check's results come back from their marks (its date and
	// number are not in the sheet), so the amber warning stays amber.
	if got.Verification.License != store.LicenseActive || got.Verification.AASECT != store.AASECTMember {
		t.Errorf("the credential check came back as %+v", got.Verification)
	}
}

// TestImportOfAnExportFromBeforeIssue14: the demo's CSV as vetted wrote
// it before every detail was exported (no details but credentials and
// status, dates as "Wed 2 Apr 2025", costs with their assumption in the
// cell, no question columns) still gives back every answer and note.
func TestImportOfAnExportFromBeforeIssue14(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "demo-before-14.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := demo.Notebook()
	nb := store.New()
	rep, err := Import(nb, data, Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Derived != 4 || len(rep.NewQuestions) != 0 || len(rep.Problems) != 0 {
		t.Errorf("report: %d derived, new questions %v, problems %v", rep.Derived, rep.NewQuestions, rep.Problems)
	}
	if nb.People != want.People {
		t.Errorf("names %+v, want %+v", nb.People, want.People)
	}
	for i, w := range want.Therapists {
		g := nb.Therapists[i]
		if g.Credentials != w.Credentials || g.Status != w.Status || g.Notes != w.Notes || g.PartnerNotes != w.PartnerNotes {
			t.Errorf("%s: details %q %q", w.Name, g.Credentials, g.Status)
		}
		sameAnswers(t, w.Name, g.Answers, w.Answers)
		sameAnswers(t, w.Name+" (partner)", g.PartnerAnswers, w.PartnerAnswers)
	}
}
