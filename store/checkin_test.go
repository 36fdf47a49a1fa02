package store

import (
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
)

// A check-in added or dropped after a Snapshot leaves the snapshot's list
// as it was: the save running on another goroutine writes what it took.
func TestCheckInsLeaveSnapshotsAlone(t *testing.T) {
	nb := New()
	nb.Therapists = append(nb.Therapists, Therapist{ID: "a", Name: "A"})
	th := &nb.Therapists[0]
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	th.AddCheckIn(CheckIn{At: at, After: checklist.AfterFirst})
	snap := nb.Snapshot()
	th.AddCheckIn(CheckIn{At: at.Add(time.Hour), Answers: map[string]checklist.Answer{checklist.CheckHeard: {Status: checklist.StatusAnswered, Value: "no"}}})
	if len(snap.Therapists[0].CheckIns) != 1 || len(th.CheckIns) != 2 {
		t.Fatalf("after an add: snapshot has %d, notebook %d; want 1 and 2", len(snap.Therapists[0].CheckIns), len(th.CheckIns))
	}
	snap2 := nb.Snapshot()
	th.DropCheckIn(0)
	if len(snap2.Therapists[0].CheckIns) != 2 || snap2.Therapists[0].CheckIns[0].After != checklist.AfterFirst {
		t.Fatalf("a drop changed the snapshot: %+v", snap2.Therapists[0].CheckIns)
	}
	if len(th.CheckIns) != 1 || th.CheckIns[0].Answers[checklist.CheckHeard].Value != "no" {
		t.Fatalf("drop removed the wrong check-in: %+v", th.CheckIns)
	}
	snap3 := nb.Snapshot()
	th.PutCheckInBack(0, snap2.Therapists[0].CheckIns[0])
	if len(snap3.Therapists[0].CheckIns) != 1 || len(th.CheckIns) != 2 || th.CheckIns[0].After != checklist.AfterFirst {
		t.Fatalf("put back: notebook %+v, snapshot %+v", th.CheckIns, snap3.Therapists[0].CheckIns)
	}
	th.DropCheckIn(0)
	th.DropCheckIn(5) // out of range: nothing
	th.DropCheckIn(0)
	if th.CheckIns != nil {
		t.Fatalf("the last drop left %+v, want nil (nothing written to the file)", th.CheckIns)
	}
}

// Check-ins survive a save and a load, with their answers and notes.
func TestCheckInsRoundTrip(t *testing.T) {
	nb := New()
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	nb.Therapists = append(nb.Therapists, Therapist{ID: "a", Name: "A", Status: Chosen, Created: at, Updated: at})
	nb.Therapists[0].AddCheckIn(CheckIn{At: at, After: checklist.AfterThird, Answers: map[string]checklist.Answer{
		checklist.CheckComfort: {Status: checklist.StatusAnswered, Value: "4", Note: "easier now", At: at}}})
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	got := back.Therapists[0].CheckIns
	if len(got) != 1 || got[0].After != checklist.AfterThird || !got[0].At.Equal(at) ||
		got[0].Answers[checklist.CheckComfort].Note != "easier now" {
		t.Fatalf("check-ins came back as %+v", got)
	}
}
