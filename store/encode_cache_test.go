package store

import (
	"bytes"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
)

// encodedIsEncode encodes nb with e, which has encoded earlier versions
// of it, and checks that it gives exactly Encode(nb): the kept bytes of
// unchanged therapists never stand in for changed ones.
func encodedIsEncode(t *testing.T, e *Encoder, nb *Notebook, step string) {
	t.Helper()
	got, err := e.Encode(nb)
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	want, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: the Encoder's bytes are not Encode's", step)
	}
}

func TestEncoderReencodesWhatChanged(t *testing.T) {
	var e Encoder
	nb := sampleNotebook(t, 6)
	encode := func(step string) {
		t.Helper()
		encodedIsEncode(t, &e, nb, step)
	}
	encode("first save")
	encode("nothing changed")

	// Written into the map the last save was shown: the cache must see it
	// by content, not trust that the map stayed as it was.
	a := nb.Therapists[2].Answers[checklist.QFee]
	a.Note = "changed in place"
	nb.Therapists[2].Answers[checklist.QFee] = a
	encode("an answer changed in place")

	nb.Therapists[1].SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusSkipped})
	encode("an answer replaced")
	delete(nb.Therapists[3].Answers, checklist.QLicense)
	encode("an answer removed")
	nb.Therapists[0].SetPartnerAnswer(checklist.QComfort, checklist.Answer{Status: checklist.StatusAnswered, Value: "4"})
	encode("a partner answer added")
	nb.Therapists[4].Name = "Renamed \u202e"
	encode("a name changed")
	nb.Therapists[5].Updated = nb.Therapists[5].Updated.In(time.FixedZone("", 3600))
	encode("the same instant in another zone")
	nb.Therapists[0].PartnerAnswers = nil
	encode("a nil map")
	nb.Therapists = append(nb.Therapists[:1], nb.Therapists[2:]...)
	encode("a therapist deleted")
	nb.Therapists = append(nb.Therapists, Therapist{ID: "new", Name: "New", Status: ToContact})
	encode("a therapist added")
	nb.Therapists[0], nb.Therapists[1] = nb.Therapists[1], nb.Therapists[0]
	encode("two swapped")
	nb.Therapists[2].ID = "renumbered"
	encode("an ID changed")
	nb.Importance[checklist.QYears] = checklist.Ignore
	nb.People.Me = ""
	encode("priorities and names")
}

// TestSnapshotIsNotChangedByLaterEdits checks and encodes snapshots on
// other goroutines, as saves do, while the notebook goes on changing the
// way the program changes it; under -race any memory a snapshot shares
// and an edit writes is reported. Each encoding must be the snapshot as
// it was taken.
func TestSnapshotIsNotChangedByLaterEdits(t *testing.T) {
	nb := sampleNotebook(t, 4)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		snap := nb.Snapshot()
		want, err := Encode(snap)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			var e Encoder
			if err := Check(snap); err != nil {
				errs <- err
				return
			}
			if got, err := e.Encode(snap); err != nil || !bytes.Equal(got, want) {
				errs <- errors.New("an encoded snapshot holds edits made after it was taken")
			}
		}()
		th := &nb.Therapists[i%len(nb.Therapists)]
		th.SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusAnswered, Value: "1.00", Note: string(rune('a' + i))})
		th.SetPartnerAnswer(checklist.QComfort, checklist.Answer{Status: checklist.StatusAnswered, Value: "3"})
		th.Name = "edited"
		nb.Importance[checklist.QFee] = checklist.Nice
		nb.Prep["goals"] = i%2 == 0
		nb.Therapists = append(nb.Therapists, Therapist{ID: string(rune('A' + i)), Name: "added", Status: ToContact})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestClearAnswerLeavesSnapshotsAlone(t *testing.T) {
	nb := sampleNotebook(t, 1)
	th := &nb.Therapists[0]
	th.SetPartnerAnswer(checklist.QComfort, checklist.Answer{Status: checklist.StatusAnswered, Value: "4"})
	snap := nb.Snapshot()
	th.ClearAnswer(checklist.QFee)
	th.ClearPartnerAnswer(checklist.QComfort)
	th.ClearAnswer("no.such.question")
	if _, ok := th.Answers[checklist.QFee]; ok {
		t.Fatal("ClearAnswer left the answer")
	}
	if _, ok := th.PartnerAnswers[checklist.QComfort]; ok {
		t.Fatal("ClearPartnerAnswer left the answer")
	}
	if _, ok := snap.Therapists[0].Answers[checklist.QFee]; !ok {
		t.Fatal("clearing an answer reached the snapshot")
	}
	if _, ok := snap.Therapists[0].PartnerAnswers[checklist.QComfort]; !ok {
		t.Fatal("clearing a partner answer reached the snapshot")
	}
}
