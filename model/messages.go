package model

import (
	"github.com/vetted-tui/vetted/store"
)

// Messages the screens still in this package send up, besides those of
// package screen. Screens never change the notebook; the root handles
// these, changes it, and saves a copy.

// therapistSavedMsg carries the details form's result. A therapist whose ID
// is not in the notebook yet is added.
type therapistSavedMsg struct{ therapist store.Therapist }

// Messages that commands send back.

// savedMsg reports the end of one save. err is already a friendly message
// from the store, which never includes notebook content. A save made after
// a delete also removes the kept previous version (see dropSaveCmd):
// dropped says it did, prevErr why it could not (the save itself worked).
type savedMsg struct {
	rev     uint64
	err     error
	dropped bool
	prevErr error
}
