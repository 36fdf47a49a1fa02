package model

import (
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/store"
)

// The preparation item editor: one item of the preparation list as a form
// of its fields (checklist.PrepItem.Fields, keyed by their IDs), its
// medication rows for the medications item, its notes and whether it is
// done.

// prepDoneOptions are the done field's choices.
var prepDoneOptions = []string{"not yet", "done"}

// Keys and labels of the editor's own fields.
const (
	prepDoneKey         = "done"
	prepRowsKey         = "medications"
	prepNotesKey        = "notes"
	medicationNameLabel = "Name"
	medicationDoseLabel = "Dose"
)

// newPrepForm returns the editor of preparation item it, filled from nb.
// Its fields are, in order: done, the item's fields, the rows (for the
// medications), the notes.
func newPrepForm(c *common, nb *store.Notebook, it checklist.PrepItem) formModel {
	done := 0
	if nb.Prep[it.ID] {
		done = 1
	}
	fields := []form.Field{form.Pick(prepDoneKey, "Done", prepDoneOptions, done)}
	for _, pf := range it.Fields {
		stored := nb.PrepForm.Entry(pf.ID)
		if pf.Multiline {
			fields = append(fields, form.Area(pf.ID, pf.Label, stored, checklist.MaxPrepRunes))
		} else {
			fields = append(fields, form.Line(pf.ID, pf.Label, stored, checklist.MaxPrepRunes))
		}
	}
	if it.Rows {
		rows := make([][2]string, 0, len(nb.PrepForm.Medications))
		for _, m := range nb.PrepForm.Medications {
			rows = append(rows, [2]string{m.Name, m.Dose})
		}
		if len(rows) == 0 {
			rows = [][2]string{{}} // one empty row to start typing in
		}
		fields = append(fields, form.Rows(prepRowsKey, [2]string{medicationNameLabel, medicationDoseLabel}, checklist.MaxMedicationRunes, rows))
	}
	fields = append(fields, form.Area(prepNotesKey, "Notes", nb.PrepForm.Entry(checklist.NotesID(it.ID)), checklist.MaxPrepRunes))
	intro := "Why: " + it.Hint + " (Source: " + checklist.SourceLabel(it.Source) + ")"
	return newForm(c, formPurpose{prepItem: it.ID}, it.Text, intro, fields...)
}

// applyPrepForm writes a saved preparation item editor into nb, by key.
// Fields left as the form loaded them keep what the notebook holds, so the
// form never rewrites what it could not show (control characters, a text
// cut on loading).
func applyPrepForm(nb *store.Notebook, it checklist.PrepItem, msg formSavedMsg) {
	f := msg.form
	if nb.Prep == nil {
		nb.Prep = map[string]bool{}
	}
	if f.Pick(prepDoneKey) == 1 {
		nb.Prep[it.ID] = true
	} else {
		delete(nb.Prep, it.ID)
	}
	for _, pf := range it.Fields {
		if f.Changed(pf.ID) {
			nb.SetPrepEntry(pf.ID, f.Value(pf.ID))
		}
	}
	if f.Changed(prepNotesKey) {
		nb.SetPrepEntry(checklist.NotesID(it.ID), f.Value(prepNotesKey))
	}
	if it.Rows && f.Changed(prepRowsKey) {
		rows := f.Rows(prepRowsKey)
		meds := make([]store.Medication, 0, len(rows))
		for _, r := range rows {
			meds = append(meds, store.Medication{Name: r[0], Dose: r[1]})
		}
		nb.SetMedications(meds)
	}
}
