package compare

import (
	"slices"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
)

// bestMarks are the best marks of each row among the shown columns. A
// therapist ruled out by a red flag never gets the mark
// (assess.BestAmongEligible), and a head-to-head marks the better of the
// two. A row's marks are worked out the first time the row is drawn, over
// every eligible column (most of which are never drawn), and kept across
// relayouts and notebook changes that leave the row's values and the
// eligible columns as they were: after one answer changes, one row is
// compared again, not every row.
//
// A Model and its copies share one bestMarks, filled as rows are drawn;
// relayout makes a new one rather than change the marks of an old one.
type bestMarks struct {
	eligible []bool   // by grid column: shown and not ruled out
	ids      []string // the eligible columns' therapist IDs, in grid order
	rows     []bestRow
}

// bestRow is one row's marks: the raw values that are the best, those of
// no column when values is nil.
type bestRow struct {
	done   bool
	values map[string]bool
}

// layoutBest makes the best marks for the shown columns, keeping the rows
// of the previous marks that nothing changed. It consumes the grid's
// record of changed rows, which is relative to the marks made last.
func (m *Model) layoutBest() {
	b := &bestMarks{eligible: make([]bool, len(m.g.cols)), rows: make([]bestRow, len(m.g.rows))}
	for _, c := range m.viewCols {
		b.eligible[c] = !m.g.cols[c].dealbreaker
	}
	for c, ok := range b.eligible {
		if ok {
			b.ids = append(b.ids, m.g.cols[c].id)
		}
	}
	if prev := m.best; prev != nil && !m.g.changes.all && slices.Equal(prev.ids, b.ids) && len(prev.rows) == len(b.rows) {
		for r := range b.rows {
			if !m.g.changes.has(&m.g.rows[r]) {
				b.rows[r] = prev.rows[r]
			}
		}
	}
	m.g.changes = rowChanges{}
	m.best = b
}

// isBest reports whether view column vc holds a best value of grid row r.
func (m Model) isBest(r, vc int) bool {
	c := m.viewCols[vc]
	if m.best == nil || !m.best.eligible[c] {
		return false
	}
	values := m.best.row(&m.g, r)
	return values != nil && values[m.g.value(r, c)]
}

// row returns row r's best values, working them out on first use.
func (b *bestMarks) row(g *grid, r int) map[string]bool {
	br := &b.rows[r]
	if br.done {
		return br.values
	}
	br.done = true
	row := &g.rows[r]
	if row.q.Better == "" {
		return nil
	}
	if row.q.ID == checklist.QPartners && g.partner == "" {
		return nil // "sees couples" matters only with a partner, as in assess
	}
	values := make([]string, 0, len(b.ids))
	for c, ok := range b.eligible {
		if ok {
			values = append(values, g.value(r, c))
		}
	}
	for i, best := range assess.Best(row.q, values) {
		if best {
			if br.values == nil {
				br.values = map[string]bool{}
			}
			br.values[values[i]] = true
		}
	}
	return br.values
}
