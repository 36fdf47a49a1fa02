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
// A changed row is compared again from the values it was compared on,
// with those of the changed columns read again: reading every column's
// answer is a map look-up per therapist (2 ms at 5,000), comparing them
// a tenth of that.
//
// A Model and its copies share one bestMarks, filled as rows are drawn;
// relayout makes a new one rather than change the marks of an old one.
type bestMarks struct {
	eligible []bool   // by grid column: shown and not ruled out
	ids      []string // the eligible columns' therapist IDs, in grid order
	rows     []bestRow
}

// bestRow is one row's marks: the raw values that are the best, those of
// no column when values is nil. raw are the values of the eligible
// columns they were worked out from; a row to compare again (not done)
// with raw takes them, reading again only the grid columns in patch.
type bestRow struct {
	done   bool
	values map[string]bool
	raw    []string
	patch  []int
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
			switch old := prev.rows[r]; {
			case !m.g.changes.has(&m.g.rows[r]):
				b.rows[r] = old
			case old.raw != nil:
				b.rows[r] = bestRow{raw: old.raw, patch: append(slices.Clip(old.patch), m.g.changes.cols...)}
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
	var values []string
	if br.raw != nil {
		values = slices.Clone(br.raw)
		for _, c := range br.patch {
			if c < len(b.eligible) && b.eligible[c] {
				values[eligibleIndex(b.eligible, c)] = g.value(r, c)
			}
		}
	} else {
		values = make([]string, 0, len(b.ids))
		for c, ok := range b.eligible {
			if ok {
				values = append(values, g.value(r, c))
			}
		}
	}
	br.raw, br.patch = values, nil
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

// eligibleIndex is the place of grid column c among the eligible ones.
func eligibleIndex(eligible []bool, c int) int {
	k := 0
	for _, ok := range eligible[:c] {
		if ok {
			k++
		}
	}
	return k
}
