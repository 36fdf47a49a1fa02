package screen

import (
	"time"

	"github.com/vetted-tui/vetted/store"
)

// Edit is what a small form sends up when saved (the credential check, a
// preparation item): the root applies it to the notebook, saves, says
// the news, and closes the form.
type Edit interface {
	// Apply writes the edit into nb, changed at now, and returns the news
	// for the status line; ok is false when what it edits is gone, and
	// then nb is unchanged.
	Apply(nb *store.Notebook, now time.Time) (news string, ok bool)
}
