package store

import (
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
)

// TestRestoreIntoADeletedCategoryStillSaves: a question edited to another
// kind and moved to category B leaves its old version, in category A, in
// the archive; once A is deleted, restoring that version brings A back, so
// the notebook still passes the checks every save makes.
func TestRestoreIntoADeletedCategoryStillSaves(t *testing.T) {
	nb := New()
	nb.Therapists = []Therapist{{ID: "t1", Name: "Dr A"}}
	a, b := nb.AddCategory("A"), nb.AddCategory("B")
	q, err := nb.AddQuestion(checklist.Question{Category: a.ID, Kind: checklist.KindText, Prompt: "Weekends?"})
	if err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "maybe"})
	moved := q
	moved.Kind, moved.Category = checklist.KindYesNo, b.ID
	if _, err := nb.EditQuestion(moved, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := nb.DeleteCategory(a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := nb.Restore(0, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := Check(nb); err != nil {
		t.Fatalf("after the restore the notebook no longer saves: %v", err)
	}
	if _, ok := nb.Catalogue().ByID(q.ID); !ok {
		t.Error("the restored question is not in the catalogue")
	}
}
