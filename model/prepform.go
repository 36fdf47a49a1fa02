package model

import (
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// The preparation item editor: one item of the preparation list as a form
// of its fields (checklist.PrepItem.Fields), its medication rows for the
// medications item, its notes and whether it is done.

// prepDoneOptions are the done field's choices.
var prepDoneOptions = []string{"not yet", "done"}

// Labels of the medication rows.
const (
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
	fields := []formField{pickField("Done", prepDoneOptions, done)}
	for _, pf := range it.Fields {
		stored := nb.PrepForm.Entry(pf.ID)
		if pf.Multiline {
			fields = append(fields, areaField(pf.Label, stored, checklist.MaxPrepRunes))
		} else {
			fields = append(fields, lineField(pf.Label, stored, checklist.MaxPrepRunes, nil))
		}
	}
	notesAt := len(fields)
	fields = append(fields, areaField("Notes", nb.PrepForm.Entry(checklist.NotesID(it.ID)), checklist.MaxPrepRunes))
	f := newForm(c, formPurpose{prepItem: it.ID}, it.Text, "Why: "+it.Hint+" (Source: "+checklist.SourceLabel(it.Source)+")", fields)
	if it.Rows {
		var rows [][2]string
		for _, m := range nb.PrepForm.Medications {
			rows = append(rows, [2]string{m.Name, m.Dose})
		}
		if len(rows) == 0 {
			rows = [][2]string{{}} // one empty row to start typing in
		}
		f = f.withRows(notesAt, [2]string{medicationNameLabel, medicationDoseLabel}, checklist.MaxMedicationRunes, rows)
	}
	return f
}

// applyPrepForm writes a saved preparation item editor into nb. Fields
// left as the form loaded them keep what the notebook holds, so the form
// never rewrites what it could not show (control characters, a text cut
// on loading).
func applyPrepForm(nb *store.Notebook, it checklist.PrepItem, msg formSavedMsg) {
	if nb.Prep == nil {
		nb.Prep = map[string]bool{}
	}
	if len(msg.picks) > 0 {
		if msg.picks[0] == 1 {
			nb.Prep[it.ID] = true
		} else {
			delete(nb.Prep, it.ID)
		}
	}
	// The texts after the done field: the item's fields, then the notes.
	ids := make([]string, 0, len(it.Fields)+1)
	for _, pf := range it.Fields {
		ids = append(ids, pf.ID)
	}
	ids = append(ids, checklist.NotesID(it.ID))
	for i, id := range ids {
		if j := i + 1; j < len(msg.texts) && msg.changed[j] {
			nb.SetPrepEntry(id, msg.texts[j])
		}
	}
	if it.Rows && msg.rowsChanged {
		rows := make([]store.Medication, 0, len(msg.rows))
		for _, r := range msg.rows {
			rows = append(rows, store.Medication{Name: r[0], Dose: r[1]})
		}
		nb.SetMedications(rows)
	}
}
