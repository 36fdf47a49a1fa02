package store

import (
	"slices"
	"time"
)

// Recently deleted therapists. Deleting a therapist moves them, answers
// and all, from Notebook.Therapists to Notebook.Deleted, where they stay,
// restorable, until the person empties that list. Everything that reads
// the roster (exports, scores, the comparison, the brief, the plain mode)
// reads Therapists and so never sees them; only the file and the screen
// that lists what was deleted do.
//
// The kept previous version (.prev): deleting keeps the therapist in the
// notebook file, so a delete's save needs no DropPrevious. Emptying the
// list is what removes them for good: the save after EmptyDeleted must be
// followed by DropPrevious(its rev), or the .prev, which holds the list as
// it was, keeps them on disk until the next save replaces it.

// DeletedTherapist is a therapist in the recently deleted list.
type DeletedTherapist struct {
	Therapist
	// DeletedAt is when they were deleted.
	DeletedAt time.Time `json:"deleted_at"`
	// Place is where they stood in the roster when deleted (from 0), so
	// RestoreTherapist can put them back there.
	Place int `json:"place"`
}

// DeleteTherapist moves the therapist with the given ID to the recently
// deleted list (last), noting when and where they stood, and reports
// whether there was one. The roster is a new slice: a Snapshot taken
// before keeps the therapist.
func (nb *Notebook) DeleteTherapist(id string, at time.Time) bool {
	i, ok := nb.Find(id)
	if !ok {
		return false
	}
	nb.Deleted = append(slices.Clip(nb.Deleted), DeletedTherapist{Therapist: nb.Therapists[i], DeletedAt: at, Place: i})
	nb.Therapists = slices.Concat(nb.Therapists[:i], nb.Therapists[i+1:])
	return true
}

// FindDeleted returns the index of the therapist with the given ID in
// nb.Deleted, and whether there is one.
func (nb *Notebook) FindDeleted(id string) (int, bool) {
	i := slices.IndexFunc(nb.Deleted, func(d DeletedTherapist) bool { return d.ID == id })
	return i, i >= 0
}

// RestoreTherapist brings the recently deleted therapist with the given ID
// back to the roster, at the place they had (or the end, if the roster is
// shorter now), and returns that index. Restoring in the reverse order of
// deleting puts everyone back exactly where they were. ok is false when
// there is no such deleted therapist, or when one with the same ID is in
// the roster (a hand-edited file): two would lock the person out.
func (nb *Notebook) RestoreTherapist(id string) (index int, ok bool) {
	j, found := nb.FindDeleted(id)
	if _, taken := nb.Find(id); !found || taken {
		return -1, false
	}
	d := nb.Deleted[j]
	index = min(max(d.Place, 0), len(nb.Therapists))
	nb.Therapists = slices.Concat(nb.Therapists[:index], []Therapist{d.Therapist}, nb.Therapists[index:])
	nb.Deleted = slices.Concat(nb.Deleted[:j], nb.Deleted[j+1:])
	if len(nb.Deleted) == 0 {
		nb.Deleted = nil
	}
	return index, true
}

// EmptyDeleted removes every recently deleted therapist for good and
// returns how many there were. Follow the save with DropPrevious (see
// above).
func (nb *Notebook) EmptyDeleted() int {
	n := len(nb.Deleted)
	nb.Deleted = nil
	return n
}
