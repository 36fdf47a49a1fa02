package store_test

import (
	"testing"

	"github.com/vetted-tui/vetted/store"
)

// TestProfileEncodesLikeEncodingJSON holds the one-pass encoder to
// encoding/json for every shape of profile, hostile text included.
func TestProfileEncodesLikeEncodingJSON(t *testing.T) {
	h := hostile()
	for name, p := range map[string]store.Profile{
		"concerns only":  {Concerns: []string{"concern.pain"}},
		"words only":     {OwnWords: h},
		"partner only":   {WithPartner: true},
		"everything":     {Concerns: []string{h, "concern.sti", ""}, OwnWords: h, WithPartner: true},
		"empty concerns": {Concerns: []string{}},
	} {
		nb := store.New()
		nb.Profile = p
		sameAsReference(t, name, nb)
	}
}
