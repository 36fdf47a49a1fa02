package checkin

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// Open opens the check-ins of the therapist with ID id, for a therapist
// the person chose (or one with check-ins already, whose status moved
// on); for another it says in the status line how to choose them. now
// dates new check-ins (time.Now in the app).
func Open(c *screen.Common, id string, now func() time.Time) tea.Cmd {
	t := find(c.Notebook(), id)
	switch {
	case t == nil:
		return nil
	case t.Status != store.Chosen && len(t.CheckIns) == 0:
		return screen.Send(screen.StatusMsg{Text: notChosen})
	}
	return screen.Push(New(c, id, now))
}

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
	t := find(nb, m.TherapistID)
	if t == nil {
		return false
	}
	t.AddCheckIn(m.CheckIn)
	return true
}

// find is the therapist of nb with ID id, to change in place; nil when
// there is none.
func find(nb *store.Notebook, id string) *store.Therapist {
	if nb == nil {
		return nil
	}
	if i, ok := nb.Find(id); ok {
		return &nb.Therapists[i]
	}
	return nil
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

// Dropping is the check-in of nb that m drops, read before Apply so that
// an undo can put it back (store.Therapist.PutCheckInBack); false when it
// is not there (the therapist or the check-in is gone, or another one
// holds its place).
func (m DropMsg) Dropping(nb *store.Notebook) (store.CheckIn, bool) {
	t := find(nb, m.TherapistID)
	if t == nil || m.Index < 0 || m.Index >= len(t.CheckIns) || !t.CheckIns[m.Index].At.Equal(m.At) {
		return store.CheckIn{}, false
	}
	return t.CheckIns[m.Index], true
}

// Apply drops the check-in from nb; false when it is not there (see
// Dropping).
func (m DropMsg) Apply(nb *store.Notebook) bool {
	if _, ok := m.Dropping(nb); !ok {
		return false
	}
	find(nb, m.TherapistID).DropCheckIn(m.Index)
	return true
}
