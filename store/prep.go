package store

import (
	"maps"
	"slices"
	"strings"
)

// PrepForm is what the person wrote on the preparation form (see
// checklist.Prep): the text of each item's fields and notes, and the list
// of medications. Whether an item is done stays in Notebook.Prep, the map
// of ticks that notebooks of format 1 already hold, so those load as they
// are and need no migration.
type PrepForm struct {
	// Entries maps a field ID (checklist.PrepField.ID, or
	// checklist.NotesID of an item) to what was written; an empty text is
	// not kept. Unknown IDs from a newer vetted are kept.
	Entries map[string]string `json:"entries,omitempty"`
	// Medications are every prescription, over-the-counter medicine,
	// vitamin, supplement and herbal remedy, in the order written.
	Medications []Medication `json:"medications,omitempty"`
}

// Medication is one row of the medication list: a name and its dose.
type Medication struct {
	Name string `json:"name"`
	Dose string `json:"dose,omitempty"`
}

// IsZero reports whether the form holds nothing, so the notebook leaves it
// out of the file (encoding/json's omitzero calls it).
func (f PrepForm) IsZero() bool { return len(f.Entries) == 0 && len(f.Medications) == 0 }

// clone returns a copy of f with its own map and slice; nil stays nil.
func (f PrepForm) clone() PrepForm {
	return PrepForm{Entries: maps.Clone(f.Entries), Medications: slices.Clone(f.Medications)}
}

// Entry returns what the person wrote for field id, "" when nothing.
func (f PrepForm) Entry(id string) string { return f.Entries[id] }

// SetPrepEntry records text for preparation field id; text that is only
// white space removes the entry. Like SetAnswer it writes a new map, so a
// Snapshot taken before keeps what it was taken with.
func (nb *Notebook) SetPrepEntry(id, text string) {
	out := make(map[string]string, len(nb.PrepForm.Entries)+1)
	maps.Copy(out, nb.PrepForm.Entries)
	if strings.TrimSpace(text) == "" {
		delete(out, id)
	} else {
		out[id] = text
	}
	if len(out) == 0 {
		out = nil
	}
	nb.PrepForm.Entries = out
}

// SetMedications replaces the medication list with rows, dropping rows
// with neither a name nor a dose. The slice is copied.
func (nb *Notebook) SetMedications(rows []Medication) {
	var out []Medication
	for _, r := range rows {
		if strings.TrimSpace(r.Name) == "" && strings.TrimSpace(r.Dose) == "" {
			continue
		}
		out = append(out, r)
	}
	nb.PrepForm.Medications = out
}
