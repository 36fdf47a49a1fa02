package checkin

import (
	"time"

	"github.com/vetted-tui/vetted/store"
)

// The events the check-in screens send up. The root applies each with
// its Apply method, saves, and tells the screen on top (screen.ChangedMsg).

// AddMsg records CheckIn as the newest check-in of the therapist with ID
// TherapistID (store.Therapist.AddCheckIn).
type AddMsg struct {
	TherapistID string
	CheckIn     store.CheckIn
}

// Apply records the check-in in nb; false when the therapist is gone.
func (m AddMsg) Apply(nb *store.Notebook) bool {
	i, ok := nb.Find(m.TherapistID)
	if !ok {
		return false
	}
	nb.Therapists[i].AddCheckIn(m.CheckIn)
	return true
}

// DropMsg removes check-in Index (oldest first, as stored) of the
// therapist with ID TherapistID; sent only after the person confirmed. At
// is the check-in's time as the screen showed it: a list that changed in
// between (a reload from disk) drops nothing rather than the wrong one.
type DropMsg struct {
	TherapistID string
	Index       int
	At          time.Time
}

// Apply drops the check-in from nb; false when it is not there (the
// therapist or the check-in is gone, or another one holds its place).
func (m DropMsg) Apply(nb *store.Notebook) bool {
	i, ok := nb.Find(m.TherapistID)
	if !ok {
		return false
	}
	t := &nb.Therapists[i]
	if m.Index < 0 || m.Index >= len(t.CheckIns) || !t.CheckIns[m.Index].At.Equal(m.At) {
		return false
	}
	t.DropCheckIn(m.Index)
	return true
}
