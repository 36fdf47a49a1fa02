package store

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"
)

// rosterNames lists the roster's names.
func rosterNames(nb *Notebook) []string {
	var out []string
	for _, t := range nb.Therapists {
		out = append(out, t.Name)
	}
	return out
}

// TestDeleteAndRestore: a deleted therapist leaves the roster (what every
// reader of Therapists sees) for the recently deleted list, with when and
// where; restoring in reverse order puts everyone back where they were;
// the file keeps the list, and a Snapshot taken before a delete keeps the
// therapist.
func TestDeleteAndRestore(t *testing.T) {
	nb := sampleNotebook(t, 4)
	for i := range nb.Therapists {
		nb.Therapists[i].Name = string(rune('A' + i))
	}
	at := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	before := nb.Snapshot()
	b, c := nb.Therapists[1].ID, nb.Therapists[2].ID
	if !nb.DeleteTherapist(b, at) || !nb.DeleteTherapist(c, at.Add(time.Minute)) {
		t.Fatal("delete refused")
	}
	if nb.DeleteTherapist(b, at) {
		t.Error("a therapist was deleted twice")
	}
	if got := rosterNames(nb); !slices.Equal(got, []string{"A", "D"}) {
		t.Errorf("roster %v", got)
	}
	if got := rosterNames(before); !slices.Equal(got, []string{"A", "B", "C", "D"}) {
		t.Errorf("the snapshot changed: %v", got)
	}
	if len(nb.Deleted) != 2 || nb.Deleted[0].Name != "B" || nb.Deleted[0].Place != 1 || !nb.Deleted[1].DeletedAt.Equal(at.Add(time.Minute)) {
		t.Fatalf("deleted %+v", nb.Deleted)
	}
	if len(nb.Deleted[0].Answers) == 0 {
		t.Error("the deleted therapist lost their answers")
	}
	if len(nb.AnswersFor("fees.session")) != 2 {
		t.Error("a comparison row holds a deleted therapist")
	}

	// Through the file and back.
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Version != 2 || len(back.Deleted) != 2 || back.Deleted[1].Name != "C" || back.Deleted[0].Place != 1 {
		t.Fatalf("after a round trip: version %d, deleted %v", back.Version, back.Deleted)
	}

	if i, ok := back.RestoreTherapist(c); !ok || i != 1 {
		t.Fatalf("restore C: %d %v", i, ok)
	}
	if i, ok := back.RestoreTherapist(b); !ok || i != 1 {
		t.Fatalf("restore B: %d %v", i, ok)
	}
	if got := rosterNames(back); !slices.Equal(got, []string{"A", "B", "C", "D"}) {
		t.Errorf("after restoring: %v", got)
	}
	if back.Deleted != nil {
		t.Errorf("the list is not empty: %v", back.Deleted)
	}
	if _, ok := back.RestoreTherapist(b); ok {
		t.Error("restored twice")
	}
	// A file without deleted therapists has no "deleted" key: builds from
	// before the list read it.
	if data, _ := Encode(back); bytes.Contains(data, []byte(`"deleted"`)) {
		t.Error("an empty list is written")
	}
}

// TestRestoreOutOfOrderAndClash: a restore after the roster shrank goes
// to the end; one whose ID is in the roster is refused, changing nothing.
func TestRestoreOutOfOrderAndClash(t *testing.T) {
	nb := sampleNotebook(t, 3)
	last := nb.Therapists[2].ID
	nb.DeleteTherapist(last, time.Time{})
	nb.DeleteTherapist(nb.Therapists[0].ID, time.Time{})
	if i, ok := nb.RestoreTherapist(last); !ok || i != 1 {
		t.Errorf("restore at a place past the end: %d %v", i, ok)
	}
	nb.Deleted = append(nb.Deleted, DeletedTherapist{Therapist: nb.Therapists[0]})
	clash := nb.Therapists[0].ID
	before := rosterNames(nb)
	if _, ok := nb.RestoreTherapist(clash); ok {
		t.Error("a restore made two therapists with one ID")
	}
	if !slices.Equal(rosterNames(nb), before) {
		t.Error("a refused restore changed the roster")
	}
	if err := Check(nb); err == nil || !strings.Contains(err.Error(), "recently deleted therapist 2 has the same ID as therapist 1") {
		t.Errorf("check: %v", err)
	}
}

// TestDecodeRefusesABadDeletedList: a recently deleted entry that could
// not be restored is refused like a bad therapist, by number.
func TestDecodeRefusesABadDeletedList(t *testing.T) {
	const head = `{"version": 2, "therapists": [{"id": "a", "name": "A", "status": ""}], "deleted": [`
	for body, want := range map[string]string{
		`{"id": "", "name": "X", "status": ""}`:                                          "recently deleted therapist 1 has no ID",
		`{"id": "x", "name": " ", "status": ""}`:                                         "recently deleted therapist 1 has no name",
		`{"id": "a", "name": "X", "status": ""}`:                                         "same ID as therapist 1",
		`{"id": "x", "name": "X", "status": ""}, {"id": "x", "name": "Y", "status": ""}`: "recently deleted therapists 1 and 2 have the same ID",
		`{"id": "x", "name": "X", "status": "", "deleted_at": "yesterday"}`:              "date and time",
		`{"id": "x", "name": "X", "status": "", "place": "first"}`:                       "whole number",
		`{"id": "x", "name": "X", "status": "", "gone": true}`:                           "field this vetted does not know",
	} {
		_, err := Decode([]byte(head + body + `]}`))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", body, err, want)
		}
	}
}
