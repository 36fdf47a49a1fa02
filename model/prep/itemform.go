package prep

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// The item form: one item of the preparation list as a form of its fields
// (checklist.PrepItem.Fields, keyed by their IDs), its medication rows for
// the medications item, its notes and whether it is done. It changes
// nothing itself: saving sends an ItemSavedMsg (a screen.Edit).

// doneOptions are the done field's choices.
var doneOptions = []string{"not yet", "done"}

// Keys and labels of the form's own fields.
const (
	doneKey             = "done"
	rowsKey             = "medications"
	notesKey            = "notes"
	medicationNameLabel = "Name"
	medicationDoseLabel = "Dose"
)

// NewItemForm returns the form of preparation item it, filled from c's
// notebook. Its fields are, in order: done, the item's fields, the rows
// (for the medications), the notes.
func NewItemForm(c *screen.Common, it checklist.PrepItem) form.Screen {
	nb := c.Notebook()
	done := 0
	if nb.Prep[it.ID] {
		done = 1
	}
	fields := []form.Field{form.Pick(doneKey, "Done", doneOptions, done)}
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
		fields = append(fields, form.Rows(rowsKey, [2]string{medicationNameLabel, medicationDoseLabel}, checklist.MaxMedicationRunes, rows))
	}
	fields = append(fields, form.Area(notesKey, "Notes", nb.PrepForm.Entry(checklist.NotesID(it.ID)), checklist.MaxPrepRunes))
	intro := "Why: " + it.Hint + " (Source: " + checklist.SourceLabel(it.Source) + ")"
	f := form.New(c.Styles, it.Text, intro, fields...).SetSize(c.Width, c.Height)
	return form.NewScreen(f, func(f form.Form) tea.Msg { return itemSaved(it, f) })
}

// ItemSavedMsg is a saved item form: what to write into the notebook.
type ItemSavedMsg struct {
	Item checklist.PrepItem
	Done bool
	// Entries are the texts the person edited, by entry ID (the notes
	// under checklist.NotesID). A field left as loaded is not here, so the
	// form never rewrites what it could not show (control characters, a
	// text cut on loading).
	Entries map[string]string
	// Medications are the rows, when the person edited them (RowsEdited).
	Medications []store.Medication
	RowsEdited  bool
}

// itemSaved reads the saved form f of item it, by key.
func itemSaved(it checklist.PrepItem, f form.Form) ItemSavedMsg {
	msg := ItemSavedMsg{Item: it, Done: f.Pick(doneKey) == 1, Entries: map[string]string{}}
	for _, pf := range it.Fields {
		if f.Changed(pf.ID) {
			msg.Entries[pf.ID] = f.Value(pf.ID)
		}
	}
	if f.Changed(notesKey) {
		msg.Entries[checklist.NotesID(it.ID)] = f.Value(notesKey)
	}
	if it.Rows && f.Changed(rowsKey) {
		msg.RowsEdited = true
		for _, r := range f.Rows(rowsKey) {
			msg.Medications = append(msg.Medications, store.Medication{Name: r[0], Dose: r[1]})
		}
	}
	return msg
}

// Apply implements screen.Edit: the item is ticked or not, and what was
// edited written down.
func (m ItemSavedMsg) Apply(nb *store.Notebook, _ time.Time) (news string, ok bool) {
	if nb.Prep == nil {
		nb.Prep = map[string]bool{}
	}
	if m.Done {
		nb.Prep[m.Item.ID] = true
	} else {
		delete(nb.Prep, m.Item.ID)
	}
	for id, text := range m.Entries {
		nb.SetPrepEntry(id, text)
	}
	if m.RowsEdited {
		nb.SetMedications(m.Medications)
	}
	return "✓ Recorded: " + m.Item.Text, true
}
