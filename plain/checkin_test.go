package plain

import (
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// twoTherapists is a notebook of two therapists, the second with a fee
// answered so the runner-up has a fit score above nothing.
func twoTherapists() *store.Notebook {
	nb := store.New()
	nb.Therapists = []store.Therapist{
		{ID: "a", Name: "Dr Jane Doe", Status: store.Chosen},
		{ID: "b", Name: "Ben Okafor", Status: store.Interviewed, Answers: map[string]checklist.Answer{
			checklist.QLicense: {Status: checklist.StatusAnswered, Value: "yes", At: fixed},
		}},
	}
	return nb
}

// TestScriptRecordsACheckIn: checkin asks the moment first, then each
// check-in question with its hint and source; answers, a note, skip and
// a refused answer work as in the interview; the check-in is saved dated,
// with its moment, after the first answer and after each one; one that
// worries says which answers do, 002's advice and the runner-up.
func TestScriptRecordsACheckIn(t *testing.T) {
	rec := &recorder{}
	out, err := script(t, twoTherapists(), rec,
		"checkin jane",
		"4",           // not a moment
		"1",           // after the first session
		"very",        // comfort: refused
		"note rushed", // a note on comfort, stays on the question
		"2",           // comfort, keeping the note
		"no",          // felt heard
		"skip",        // goals agreed
		"",            // homework: left
		"y",           // cost
		"q",
	)
	if err != nil {
		t.Fatal(err)
	}
	nb := rec.last()
	list := nb.Therapists[0].CheckIns
	if len(list) != 1 {
		t.Fatalf("%d check-ins saved, want 1", len(list))
	}
	c := list[0]
	if !c.At.Equal(fixed) || c.After != checklist.AfterFirst {
		t.Errorf("check-in at %v after %q, want %v after the first session", c.At, c.After, fixed)
	}
	want := map[string]checklist.Answer{
		checklist.CheckComfort: {Status: checklist.StatusAnswered, Value: "2", Note: "rushed", At: fixed},
		checklist.CheckHeard:   {Status: checklist.StatusAnswered, Value: "no", At: fixed},
		checklist.CheckGoals:   {Status: checklist.StatusSkipped, At: fixed},
		checklist.CheckCost:    {Status: checklist.StatusAnswered, Value: "yes", At: fixed},
	}
	if len(c.Answers) != len(want) {
		t.Errorf("answers %+v, want %+v", c.Answers, want)
	}
	for id, w := range want {
		if g := c.Answers[id]; g != w {
			t.Errorf("%s = %+v, want %+v", id, g, w)
		}
	}
	// Saved with each change: the note, then each answer.
	if len(rec.saves) != 5 {
		t.Errorf("%d saves, want 5", len(rec.saves))
	}
	if first := rec.saves[0].Therapists[0].CheckIns; len(first) != 1 || len(first[0].Answers) != 1 {
		t.Errorf("the first save holds %+v, want the check-in with its note", first)
	}
	for _, msg := range []string{
		"1. after the first session", "3. another time", "That is not one of the three.",
		"How comfortable do you feel with this therapist so far?",
		"Why ask: The trust and relationship between you and your therapist",
		"Source: " + checklist.VettedOwnSource,
		"Not saved: Enter a whole number from 1 to 5.", "Saved the note on Comfort.",
		"For a note, type note and then: No homework yet? Say so here.",
		"Check-in 1 with Dr Jane Doe saved: 12 Mar 2026, after the first session.",
		"Worrying answers: Comfort, Felt heard.",
		checklist.CheckInAdviceQuote(),
		"Next in your comparison: Ben Okafor (fit ",
	} {
		if !strings.Contains(out, msg) {
			t.Errorf("output lacks %q", msg)
		}
	}
}

// TestScriptListsCheckIns: checkins says each check-in with its answers
// and notes, and the comfort trend; done before any answer saves nothing;
// a check-in without a therapist is explained.
func TestScriptListsCheckIns(t *testing.T) {
	rec := &recorder{}
	out, err := script(t, twoTherapists(), rec,
		"checkins 1",
		"checkin",
		"checkin 1", "2", "done", // the moment, then done before any answer
		"checkin 1", "3", "4", "done",
		"checkin doe", "after the third session", "note easier now", "5", "done",
		"checkins jane",
		"q",
	)
	if err != nil {
		t.Fatal(err)
	}
	list := rec.last().Therapists[0].CheckIns
	if len(list) != 2 || list[0].After != checklist.AfterOther || list[1].After != checklist.AfterThird {
		t.Fatalf("check-ins %+v, want two: another time, then after the third session", list)
	}
	for _, msg := range []string{
		"No check-ins with Dr Jane Doe yet. Type checkin 1 to record one.",
		"Type checkin and a therapist's number or part of a name, like checkin 1.",
		"Nothing was answered, so no check-in was saved.",
		"Check-ins with Dr Jane Doe: 2, oldest first.",
		"  1. 12 Mar 2026, another time.",
		"     Comfort: 4 out of 5.",
		"  2. 12 Mar 2026, after the third session.",
		"     Comfort: 5 out of 5; note: easier now.",
		"Comfort over time: 4 → 5.",
	} {
		if !strings.Contains(out, msg) {
			t.Errorf("output lacks %q:\n%s", msg, out)
		}
	}
	if strings.Contains(out, "Worrying answers") {
		t.Error("check-ins that do not worry were said to")
	}
}

// TestCheckInNeverWritesInPlace: each answer replaces the check-in in a
// copy of the list and its answers in a copy of the map, so a list held
// from an earlier save (as a snapshot shares it) keeps what it had.
func TestCheckInNeverWritesInPlace(t *testing.T) {
	var held [][]store.CheckIn
	save := func(nb *store.Notebook) error {
		held = append(held, nb.Therapists[0].CheckIns) // shared, not copied
		return nil
	}
	var out strings.Builder
	in := strings.NewReader(strings.Join([]string{"checkin 1", "1", "3", "yes", "q"}, "\n") + "\n")
	if err := Run(Options{In: in, Out: &out, Notebook: twoTherapists(), Save: save, Now: func() time.Time { return fixed }}); err != nil {
		t.Fatal(err)
	}
	if len(held) != 2 || len(held[0][0].Answers) != 1 || len(held[1][0].Answers) != 2 {
		t.Fatalf("held lists %+v: the first save's check-in changed after it", held)
	}
}
