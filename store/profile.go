package store

import (
	"slices"

	"github.com/vetted-tui/vetted/checklist"
)

// Profile is what the person wants help with and how they come: private
// notes that feed the interview's hints, the fit score and, only when the
// person ticks them in, an outreach message.
type Profile struct {
	// Concerns are the IDs of the concerns ticked (see checklist.Concerns),
	// in the order ticked. An ID this build does not know (from a newer
	// vetted) is kept and written back, never dropped.
	Concerns []string `json:"concerns,omitempty"`
	// OwnWords is what the person wants help with, in their own words.
	OwnWords string `json:"own_words,omitempty"`
	// WithPartner says the person comes with a partner. It is true exactly
	// when People.Partner names one: vetted keeps the two in step (see
	// Notebook.SetPartner), and a file where they disagree reads by the
	// name, the field every screen, export and score has always asked.
	WithPartner bool `json:"with_partner,omitempty"`
}

// IsZero reports whether nothing is set, so a notebook without a profile
// is written without one (the json tag's omitzero).
func (p Profile) IsZero() bool {
	return len(p.Concerns) == 0 && p.OwnWords == "" && !p.WithPartner
}

// Has reports whether concern id is ticked.
func (p Profile) Has(id string) bool { return slices.Contains(p.Concerns, id) }

// Known returns the ticked concerns this build knows, in the order of
// checklist.Concerns, for drawing; unknown IDs are left out here but kept
// in the notebook.
func (p Profile) Known() []checklist.Concern {
	var out []checklist.Concern
	for _, c := range checklist.Concerns() {
		if p.Has(c.ID) {
			out = append(out, c)
		}
	}
	return out
}

// Toggled returns a copy of p with concern id ticked if it was not, and
// not if it was. The Concerns slice is new, so a Snapshot sharing the old
// one keeps what it was taken with.
func (p Profile) Toggled(id string) Profile {
	if i := slices.Index(p.Concerns, id); i >= 0 {
		p.Concerns = slices.Delete(slices.Clone(p.Concerns), i, i+1)
	} else {
		p.Concerns = append(slices.Clone(p.Concerns), id)
	}
	if len(p.Concerns) == 0 {
		p.Concerns = nil
	}
	return p
}

// SetPartner names the partner the person comes with, or with "" records
// that they come alone, keeping Profile.WithPartner in step with the name.
func (nb *Notebook) SetPartner(name string) {
	nb.People.Partner = name
	nb.Profile.WithPartner = nb.People.HasPartner()
}
