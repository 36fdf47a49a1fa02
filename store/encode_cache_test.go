package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
)

// savedBytesAreEncode saves nb through f and checks that the file holds
// exactly Encode(nb): the kept bytes of unchanged therapists never stand
// in for changed ones.
func savedBytesAreEncode(t *testing.T, f *File, nb *Notebook, rev uint64, step string) {
	t.Helper()
	if err := f.Save(nb, rev); err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	got, err := os.ReadFile(f.Path())
	if err != nil {
		t.Fatal(err)
	}
	want, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: the saved file is not Encode's bytes", step)
	}
}

func TestSaveReencodesWhatChanged(t *testing.T) {
	f, _, err := Open(filepath.Join(t.TempDir(), "notebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	nb := sampleNotebook(t, 6)
	rev := uint64(0)
	save := func(step string) {
		t.Helper()
		rev++
		savedBytesAreEncode(t, f, nb, rev, step)
	}
	save("first save")
	save("nothing changed")

	// Written into the map the last save was shown: the cache must see it
	// by content, not trust that the map stayed as it was.
	a := nb.Therapists[2].Answers[checklist.QFee]
	a.Note = "changed in place"
	nb.Therapists[2].Answers[checklist.QFee] = a
	save("an answer changed in place")

	nb.Therapists[1].SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusSkipped})
	save("an answer replaced")
	delete(nb.Therapists[3].Answers, checklist.QLicense)
	save("an answer removed")
	nb.Therapists[0].SetPartnerAnswer(checklist.QComfort, checklist.Answer{Status: checklist.StatusAnswered, Value: "4"})
	save("a partner answer added")
	nb.Therapists[4].Name = "Renamed \u202e"
	save("a name changed")
	nb.Therapists[5].Updated = nb.Therapists[5].Updated.In(time.FixedZone("", 3600))
	save("the same instant in another zone")
	nb.Therapists[0].PartnerAnswers = nil
	save("a nil map")
	nb.Therapists = append(nb.Therapists[:1], nb.Therapists[2:]...)
	save("a therapist deleted")
	nb.Therapists = append(nb.Therapists, Therapist{ID: "new", Name: "New", Status: ToContact})
	save("a therapist added")
	nb.Therapists[0], nb.Therapists[1] = nb.Therapists[1], nb.Therapists[0]
	save("two swapped")
	nb.Therapists[2].ID = "renumbered"
	save("an ID changed")
	nb.Importance[checklist.QYears] = checklist.Ignore
	nb.People.Me = ""
	save("priorities and names")
}

func TestSaveStepsAsideForAQueuedRevision(t *testing.T) {
	f, _, err := Open(filepath.Join(t.TempDir(), "notebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	nb := sampleNotebook(t, 2)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	f.Queue(3)
	f.Queue(2) // a late, lower announcement lowers nothing
	if err := f.Save(nb, 2); !errors.Is(err, ErrSuperseded) {
		t.Fatalf("a save older than the queued one: %v, want ErrSuperseded", err)
	}
	if got := f.Writes(); got != 1 {
		t.Fatalf("%d writes, want 1: the superseded save wrote", got)
	}
	if err := f.Save(nb, 3); err != nil {
		t.Fatalf("the queued save: %v", err)
	}
	if err := f.Save(nb, 4); err != nil {
		t.Fatalf("a save newer than anything queued: %v", err)
	}
	if got := f.Writes(); got != 3 {
		t.Fatalf("%d writes, want 3", got)
	}
}

// TestSnapshotIsNotChangedByLaterEdits saves snapshots on other
// goroutines while the notebook goes on changing the way the program
// changes it; under -race any memory a snapshot shares and an edit writes
// is reported. Each saved file must hold the snapshot as it was taken.
func TestSnapshotIsNotChangedByLaterEdits(t *testing.T) {
	dir := t.TempDir()
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
			f, _, err := Open(filepath.Join(dir, "nb", string(rune('a'+i)), "notebook.json"))
			if err != nil {
				errs <- err
				return
			}
			defer f.Close()
			if err := f.Save(snap, 1); err != nil {
				errs <- err
				return
			}
			if got, _ := os.ReadFile(f.Path()); !bytes.Equal(got, want) {
				errs <- errors.New("a saved snapshot holds edits made after it was taken")
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
