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
