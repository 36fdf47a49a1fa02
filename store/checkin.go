package store

import (
	"maps"
	"slices"
	"time"

	"github.com/vetted-tui/vetted/checklist"
)

// CheckIn is what the person noted after sessions with a therapist they
// chose: their answers to checklist.CheckInQuestions, each with a note, and
// when. A therapist keeps every check-in, oldest first.
type CheckIn struct {
	At time.Time `json:"at"`
	// After says which session it follows: checklist.AfterFirst,
	// checklist.AfterThird, or empty for another time.
	After   string                      `json:"after,omitempty"`
	Answers map[string]checklist.Answer `json:"answers,omitempty"`
}

// AddCheckIn records c as t's newest check-in. The list is copied rather
// than appended to in place, so a Snapshot that shares it keeps its own.
func (t *Therapist) AddCheckIn(c CheckIn) {
	t.CheckIns = append(slices.Clip(t.CheckIns), c)
}

// DropCheckIn removes t's check-in i, from a copy of the list like
// AddCheckIn; an i out of range changes nothing.
func (t *Therapist) DropCheckIn(i int) {
	if i < 0 || i >= len(t.CheckIns) {
		return
	}
	t.CheckIns = slices.Delete(slices.Clone(t.CheckIns), i, i+1)
	if len(t.CheckIns) == 0 {
		t.CheckIns = nil
	}
}

// PutCheckInBack puts c back as t's check-in i (oldest first), the place
// it was dropped from (an undo); an i past the end puts it last. The list
// is copied like AddCheckIn's.
func (t *Therapist) PutCheckInBack(i int, c CheckIn) {
	i = min(max(0, i), len(t.CheckIns))
	t.CheckIns = slices.Insert(slices.Clone(t.CheckIns), i, c)
}

// cloneCheckIns is a deep copy of list, maps included; nil stays nil.
func cloneCheckIns(list []CheckIn) []CheckIn {
	if list == nil {
		return nil
	}
	out := slices.Clone(list)
	for i := range out {
		out[i].Answers = maps.Clone(out[i].Answers)
	}
	return out
}
