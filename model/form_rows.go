package model

import (
	"fmt"
	"slices"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
)

// A form's rows: pairs of one-line fields (a medication's name and dose)
// that the person adds (ctrl+n) and removes (ctrl+d). Each row is drawn on
// one line; its fields sit in formModel.fields from rowsAt on.

// rowLabelWidth is the room of a row's first label, "Name 12 ".
const rowLabelWidth = 8

// withRows gives the form rows of two one-line fields at index at, filled
// with rows.
func (f formModel) withRows(at int, labels [2]string, limit int, rows [][2]string) formModel {
	f.rowLabels, f.rowLimit, f.rowsAt = labels, limit, at
	f.keys = defaultFormKeyMap(true)
	var rowFields []formField
	for i, r := range rows {
		rowFields = append(rowFields, f.rowPair(i, r)...)
	}
	f.fields = slices.Insert(f.fields, at, rowFields...)
	return f.focusOn(0)
}

// rowPair returns the two fields of row i.
func (f formModel) rowPair(i int, r [2]string) []formField {
	out := make([]formField, 2)
	for j := range 2 {
		out[j] = lineField(fmt.Sprintf("%s %d", f.rowLabels[j], i+1), r[j], f.rowLimit, nil)
		out[j].row = i
	}
	return out
}

// rowCount is how many rows the form holds.
func (f formModel) rowCount() int {
	n := 0
	for _, fl := range f.fields {
		if fl.row >= 0 {
			n++
		}
	}
	return n / 2
}

// addRow adds an empty row after the rows and focuses its first field.
func (f formModel) addRow() formModel {
	if f.rowsAt < 0 {
		return f
	}
	n := f.rowCount()
	at := f.rowsAt + 2*n
	f.fields = slices.Insert(f.fields, at, f.rowPair(n, [2]string{})...)
	f.dirty, f.rowsChanged = true, true
	return f.focusOn(at)
}

// deleteRow removes the focused row and numbers the rest again.
func (f formModel) deleteRow() formModel {
	fl := f.fields[f.focus]
	if f.rowsAt < 0 || fl.row < 0 {
		f.err = "Move to a row first (tab), then ctrl+d removes it."
		return f
	}
	at := f.rowsAt + 2*fl.row
	f.fields = slices.Delete(f.fields, at, at+2)
	for i := range f.fields {
		if r := f.fields[i].row; r > fl.row {
			f.fields[i].row = r - 1
			j := (i - f.rowsAt) % 2
			f.fields[i].label = fmt.Sprintf("%s %d", f.rowLabels[j], r)
		}
	}
	f.dirty, f.rowsChanged = true, true
	return f.focusOn(min(at, len(f.fields)-1))
}

// rowInputWidth is the input width of field i of a row: a row is drawn on
// one line, the name taking three fifths of the room and the dose the rest.
func (f formModel) rowInputWidth(i int) int {
	// "› " + label + "│ " name + "  " + label + "│ " dose, and a cursor each.
	room := f.common.Width - 2 - rowLabelWidth - 2 - len(f.rowLabels[1]) - 1 - 2*3
	name := room * 3 / 5
	if (i-f.rowsAt)%2 == 0 {
		return max(1, name)
	}
	return max(1, room-name)
}

// isRowSecond reports whether field i is the second field of a row, drawn
// on its row's line.
func (f formModel) isRowSecond(i int) bool {
	return f.fields[i].row >= 0 && (i-f.rowsAt)%2 == 1
}

// rowLine draws the row whose first field is i on one line.
func (f formModel) rowLine(i int) string {
	name, dose := f.fields[i], f.fields[i+1]
	mark := " "
	if f.focus == i || f.focus == i+1 {
		mark = "›"
	}
	return mark + " " + cell.Fit(safetext.Line(name.label), rowLabelWidth) +
		cell.Fit(name.input.View(), f.rowInputWidth(i)+3) + "  " +
		f.rowLabels[1] + " " + dose.input.View()
}
