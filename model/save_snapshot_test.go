package model

import (
	"bytes"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/prep"
	"github.com/vetted-tui/vetted/model/priorities"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/verify"
	"github.com/vetted-tui/vetted/store"
)

// TestSaveSnapshotKeepsItsContent takes the copy a save gets (a Snapshot,
// which shares answer maps with the live notebook) and then makes every
// kind of change the root makes. The copy must encode as it did: a change
// that wrote into a shared map would reach a save still running.
func TestSaveSnapshotKeepsItsContent(t *testing.T) {
	h, _ := fileWithTherapist(t)
	id := h.m.nb().Therapists[0].ID
	h.send(screen.AnswerRecordedMsg{TherapistID: id, QuestionID: checklist.QFee,
		Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: "150.00"}})
	h.send(screen.AnswerRecordedMsg{TherapistID: id, QuestionID: checklist.QComfort, Partner: true,
		Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: "4"}})
	snap := h.m.nb().Snapshot()
	before, err := store.Encode(snap)
	if err != nil {
		t.Fatal(err)
	}

	h.send(screen.AnswerRecordedMsg{TherapistID: id, QuestionID: checklist.QFee,
		Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: "175.00"}})
	h.send(screen.AnswerRecordedMsg{TherapistID: id, QuestionID: checklist.QComfort, Partner: true,
		Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: "2"}})
	h.send(screen.AnswerRecordedMsg{TherapistID: id, QuestionID: checklist.QLicense,
		Answer: checklist.Answer{Status: checklist.StatusSkipped}})
	h.send(screen.PrepToggledMsg{ID: "goals"})
	h.send(priorities.SetImportanceMsg{QuestionID: checklist.QFee, Importance: checklist.MustHave})
	h.send(priorities.SetBudgetMsg{Value: "120.00"})
	h.send(priorities.SetPeopleMsg{Me: "Sam", Partner: "Alex"})
	h.send(screen.AdvanceStatusMsg{ID: id})
	edited := h.m.nb().Therapists[0]
	edited.Name = "Dr Ada Edited"
	h.send(details.SavedMsg{Therapist: edited})
	h.send(verify.SavedMsg{TherapistID: id, Verification: store.Verification{LicenseNumber: "10442"}})
	goals, _ := checklist.PrepByID("goals")
	h.send(prep.ItemSavedMsg{Item: goals, Done: true, Entries: map[string]string{checklist.NotesID("goals"): "a note"}})
	h.send(screen.DeleteTherapistMsg{ID: id})

	after, err := store.Encode(snap)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatalf("later changes reached the save's copy:\n%s\nthen\n%s", before, after)
	}
	if len(h.m.nb().Therapists) != 0 {
		t.Fatal("the changes did not all apply, so the test proves less than it says")
	}
}

// TestSupersededSaveNeitherCountsNorFails holds the save of one change,
// queues a newer one, and runs the older last: it steps aside without a
// write, without an error in the status line and without marking its
// revision saved; the newer save's result settles both.
func TestSupersededSaveNeitherCountsNorFails(t *testing.T) {
	h, path := fileWithTherapist(t)
	writes := h.m.file.Writes()
	older := h.recordHeld("150.00")
	newer := h.recordHeld("175.00")
	msg := older()
	h.send(msg)
	if h.m.status.Err() || h.m.saves.OnDisk() == h.m.saves.Rev()-1 || h.m.saves.Pending() != 1 {
		t.Fatalf("after the superseded save: error %v, on disk %d of %d, pending %d",
			h.m.status.Err(), h.m.saves.OnDisk(), h.m.saves.Rev(), h.m.saves.Pending())
	}
	h.send(newer())
	if h.m.saves.OnDisk() != h.m.saves.Rev() || h.m.saves.Pending() != 0 || h.m.saves.Unsaved() != 0 {
		t.Fatalf("after the newer save: on disk %d of %d, pending %d, unsaved %v",
			h.m.saves.OnDisk(), h.m.saves.Rev(), h.m.saves.Pending(), h.m.saves.Unsaved())
	}
	if got := h.m.file.Writes() - writes; got != 1 {
		t.Fatalf("two changes wrote %d times, want 1", got)
	}
	if v := onDisk(t, path).Therapists[0].Answers[checklist.QFee].Value; v != "175.00" {
		t.Fatalf("the file holds fee %q, want the newer 175.00", v)
	}
}
