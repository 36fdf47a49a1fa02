package csvimport

import (
	"github.com/vetted-tui/vetted/assess"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// TestRoundTripKeepsCheckIns: the check-ins of an export come back as
// they were, in CSV and xlsx: their number and order, day, moment and
// every answer's status, value and note (the hour is not in a sheet).
func TestRoundTripKeepsCheckIns(t *testing.T) {
	want := testbook.Full()
	for _, format := range []string{export.FormatCSV, export.FormatXLSX} {
		t.Run(format, func(t *testing.T) {
			got := store.New()
			rep, err := Import(got, exported(t, want, format), Options{}, now)
			if err != nil {
				t.Fatal(err)
			}
			if rep.CheckIns != 4 {
				t.Errorf("report: %d check-ins, want 4", rep.CheckIns)
			}
			for i, w := range want.Therapists {
				g := got.Therapists[i]
				if len(g.CheckIns) != len(w.CheckIns) {
					t.Fatalf("%s: %d check-ins, want %d", w.Name, len(g.CheckIns), len(w.CheckIns))
				}
				for k := range w.CheckIns {
					if !sameCheckIn(g.CheckIns[k], w.CheckIns[k]) {
						t.Errorf("%s check-in %d: %+v, want %+v", w.Name, k+1, g.CheckIns[k], w.CheckIns[k])
					}
				}
			}
		})
	}
}

// checkInSheet is a CSV in vetted's layout with one therapist, Ada, and
// the rows given after the header.
func checkInSheet(rows ...string) []byte {
	return []byte("Category,Question,Ada\n" + strings.Join(rows, "\n") + "\n")
}

// TestCheckInCellsThatDoNotRead: a day that is no date, a moment vetted
// does not know, an answer of the wrong shape and a part no check-in has
// are each reported at their cell; the rest of the check-in is kept.
func TestCheckInCellsThatDoNotRead(t *testing.T) {
	nb := store.New()
	rep, err := Import(nb, checkInSheet(
		"Check-ins,Check-in 1: when,next Tuesday",
		"Check-ins,Check-in 1: moment,after the fifth session",
		"Check-ins,Check-in 1: Comfort,very",
		"Check-ins,Check-in 1: Felt heard,no — talked over me",
		"Check-ins,Check-in 1: Mood,fine",
		"Check-ins,Check-in 2: when,2027-01-12",
		"Check-ins,Check-in 2: moment,after the third session",
	), Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	for _, p := range rep.Problems {
		problems = append(problems, p.String())
	}
	for _, want := range []string{
		"line 2, column 3: not a date; the check-in is kept without its day",
		"line 3, column 3: not a moment vetted knows",
		`line 4, column 3: not an answer of the form`,
		"line 6, column 2: not a part of a check-in vetted knows; row skipped",
	} {
		if !strings.Contains(strings.Join(problems, "\n"), want) {
			t.Errorf("problems %q lack %q", problems, want)
		}
	}
	list := nb.Therapists[0].CheckIns
	if len(list) != 2 {
		t.Fatalf("%d check-ins, want 2: %+v", len(list), list)
	}
	first := list[0]
	if !first.At.IsZero() || first.After != checklist.AfterOther {
		t.Errorf("first check-in at %v after %q, want no day and another time", first.At, first.After)
	}
	if a := first.Answers[checklist.CheckHeard]; a.Value != "no" || a.Note != "talked over me" {
		t.Errorf("felt heard %+v, want no with its note", a)
	}
	if a := first.Answers[checklist.CheckComfort]; a.State() != checklist.StateNoted || a.Note != "very" {
		t.Errorf("comfort %+v, want the cell kept as a note", a)
	}
	if second := list[1]; assess.CheckInDay(second) != "2027-01-12" || second.After != checklist.AfterThird {
		t.Errorf("second check-in %+v, want 12 Jan 2027 after the third session", second)
	}
	if len(rep.NewQuestions) != 0 {
		t.Errorf("a check-in row became a question of your own: %+v", rep.NewQuestions)
	}
}

// TestCheckInsAlreadyKept: a check-in the notebook holds that the sheet
// gives differently is kept and counted, unless Force; the same one is
// counted as the same; one past the therapist's list is added.
func TestCheckInsAlreadyKept(t *testing.T) {
	sheet := checkInSheet(
		"Check-ins,Check-in 1: when,2 Apr 2025",
		"Check-ins,Check-in 1: moment,after the first session",
		"Check-ins,Check-in 1: Comfort,5",
		"Check-ins,Check-in 2: when,3 Apr 2025",
	)
	held := func() *store.Notebook {
		nb := store.New()
		nb.Therapists = []store.Therapist{{ID: "a", Name: "Ada", Status: store.ToContact}}
		nb.Therapists[0].AddCheckIn(testbook.CheckIns()[0]) // comfort 4
		return nb
	}
	nb := held()
	rep, err := Import(nb, sheet, Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	list := nb.Therapists[0].CheckIns
	if rep.Kept != 1 || rep.CheckIns != 1 || len(list) != 2 || list[0].Answers[checklist.CheckComfort].Value != "4" {
		t.Errorf("without Force: kept %d, added %d, list %+v; want the held one kept and the second added", rep.Kept, rep.CheckIns, list)
	}
	nb = held()
	if rep, err = Import(nb, sheet, Options{Force: true}, now); err != nil {
		t.Fatal(err)
	}
	if list := nb.Therapists[0].CheckIns; rep.CheckIns != 2 || list[0].Answers[checklist.CheckComfort].Value != "5" {
		t.Errorf("with Force: %d written, first %+v; want it replaced", rep.CheckIns, list[0])
	}
	// Read twice, nothing changes the second time.
	rep, err = Import(nb, sheet, Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if rep.CheckIns != 0 || rep.Kept != 0 || len(nb.Therapists[0].CheckIns) != 2 {
		t.Errorf("again: %d written, %d kept, %d check-ins; want nothing new", rep.CheckIns, rep.Kept, len(nb.Therapists[0].CheckIns))
	}
}

// TestCheckInsOneRowPerTherapist: a sheet of one row per therapist reads
// check-in columns as the exports' rows.
func TestCheckInsOneRowPerTherapist(t *testing.T) {
	nb := store.New()
	rep, err := Import(nb, []byte("Name,State license,Fee per session,Check-in 1: when,Check-in 1: Comfort\nAda,yes,$150,12 Jan 2027,3 — fine\n"), Options{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Layout != "one row per therapist" {
		t.Fatalf("layout %q", rep.Layout)
	}
	list := nb.Therapists[0].CheckIns
	if len(list) != 1 || assess.CheckInDay(list[0]) != "2027-01-12" || list[0].Answers[checklist.CheckComfort].Value != "3" || list[0].Answers[checklist.CheckComfort].Note != "fine" {
		t.Errorf("check-ins %+v, want one on 12 Jan 2027 with comfort 3 and its note", list)
	}
}
