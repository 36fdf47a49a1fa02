package form

import "slices"

// A rows field: pairs of one-line texts (a medication's name and dose)
// that the person adds (ctrl+n) and removes (ctrl+d), each pair drawn on
// one line. The focus moves through the cells in order, name then dose.

// rowSet is the rows of a rows field.
type rowSet struct {
	labels [2]string // the two cells' labels; the first is numbered
	limit  int
	rows   [][2]text
	// reshaped is set once a row was added or removed.
	reshaped bool
}

// Rows returns a rows field holding rows, each cell of at most limit
// characters; labels name the two cells ("Name", "Dose").
func Rows(key string, labels [2]string, limit int, rows [][2]string) Field {
	rs := rowSet{labels: labels, limit: limit}
	for _, r := range rows {
		rs.rows = append(rs.rows, [2]text{newText(r[0], limit), newText(r[1], limit)})
	}
	return Field{key: key, kind: KindRows, rows: rs}
}

// cells is the number of focus stops: one per cell, or one for the empty
// rows field (where ctrl+n adds the first row).
func (rs rowSet) cells() int { return max(1, 2*len(rs.rows)) }

// cell returns the input of cell c (row c/2, column c%2), or nil.
func (rs *rowSet) cell(c int) *text {
	if c < 0 || c/2 >= len(rs.rows) {
		return nil
	}
	return &rs.rows[c/2][c%2]
}

// changed reports whether a row was added, removed or edited.
func (rs rowSet) changed() bool {
	if rs.reshaped {
		return true
	}
	for _, r := range rs.rows {
		if r[0].edited() || r[1].edited() {
			return true
		}
	}
	return false
}

// values are the rows as they are to be stored.
func (rs rowSet) values() [][2]string {
	out := make([][2]string, 0, len(rs.rows))
	for _, r := range rs.rows {
		out = append(out, [2]string{r[0].value(), r[1].value()})
	}
	return out
}

// add inserts an empty row at index at and returns its first cell.
func (rs rowSet) add(at int) (rowSet, int) {
	at = min(max(0, at), len(rs.rows))
	rs.rows = slices.Insert(slices.Clone(rs.rows), at, [2]text{newText("", rs.limit), newText("", rs.limit)})
	rs.reshaped = true
	return rs, 2 * at
}

// remove drops row r and returns the cell to focus: the same column of
// the row that took its place, or of the row before.
func (rs rowSet) remove(r, col int) (rowSet, int) {
	if r < 0 || r >= len(rs.rows) {
		return rs, 0
	}
	rs.rows = slices.Delete(slices.Clone(rs.rows), r, r+1)
	rs.reshaped = true
	if len(rs.rows) == 0 {
		return rs, 0
	}
	return rs, 2*min(r, len(rs.rows)-1) + col
}

// clone copies the rows, so that an edit of a cell does not reach a copy
// of the form taken before it.
func (rs rowSet) clone() rowSet {
	rs.rows = slices.Clone(rs.rows)
	return rs
}
