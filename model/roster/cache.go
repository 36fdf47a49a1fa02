package roster

import (
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// viewCache keeps what the roster drew last, so that a View after a key
// draws again only what changed: each row drawn, by the therapist's ID
// and what the row shows, and each therapist's name and credentials
// widths, which shareRoom needs for the whole roster (at 5,000
// therapists measuring them took 4 ms a frame). Bubble Tea draws after
// every message, and one key on the roster is up to four messages (the
// key, the event it sends up, the change sent back, the save's result).
//
// Copies of a Model share one cache: every entry is checked against the
// notebook as it is, never trusted because nothing was said to change.
type viewCache struct {
	widths []entryWidths
	layout rowLayout
	rows   map[string]drawnRow
}

// entryWidths are the drawn widths of one therapist's name and of their
// cell in the columns that grow, for the name and credentials they were
// measured on (colCreds, the one column that grows, reads nothing else;
// TestOnlyCredentialsGrow keeps it so).
type entryWidths struct {
	name, creds string
	measured    bool
	nameW       int
	growW       [maxColumns]int
}

// rowLayout is what every row depends on besides its therapist.
type rowLayout struct {
	set   *checklist.Set // a merged Set is never changed: its pointer stands for its content
	width int
	nameW int
	colW  [maxColumns]int
}

// maxColumns bounds the columns of any column set.
const maxColumns = 8

// drawnRow is a row as drawn and what it was drawn from: the fields of a
// therapist that a row shows (the answered counts and flags come from
// the answer maps and the credential check), and whether the cursor was
// on it.
type drawnRow struct {
	from             rowInputs
	answers, partner map[string]checklist.Answer
	text             string
}

// rowInputs are the comparable inputs of a row.
type rowInputs struct {
	name, creds, contacted string
	status                 store.Outreach
	verification           store.Verification
	selected               bool
}

// widthsOf returns the drawn width of ts[i]'s name and of its cells in
// the growing columns of cols, measured again only when the name or the
// credentials changed. Comparing a string with the one it was measured
// on costs nothing when they are the same bytes.
func (c *viewCache) widthsOf(tl *tally, cols []column, grows []int, ts []store.Therapist, i int) *entryWidths {
	if len(c.widths) != len(ts) {
		c.widths = make([]entryWidths, len(ts))
	}
	t, w := &ts[i], &c.widths[i]
	if !w.measured || w.name != t.Name || w.creds != t.Credentials {
		*w = entryWidths{name: t.Name, creds: t.Credentials, measured: true, nameW: cell.Width(safetext.Line(t.Name))}
		for j, ci := range grows {
			w.growW[j] = cell.Width(cols[ci].cell(tl, t))
		}
	}
	return w
}

// setLayout empties the rows when the layout changed since they were
// drawn.
func (c *viewCache) setLayout(l rowLayout) {
	if c.layout != l {
		c.layout, c.rows = l, nil
	}
}

// row returns the row of t as draw draws it, or as it was drawn before
// from the same inputs under the same layout; next collects the rows of
// this frame, which replace the cache's.
func (c *viewCache) row(next map[string]drawnRow, t *store.Therapist, selected bool, draw func() string) string {
	in := rowInputs{name: t.Name, creds: t.Credentials, contacted: t.ContactedOn,
		status: t.Status, verification: t.Verification, selected: selected}
	if old, ok := c.rows[t.ID]; ok && old.from == in &&
		store.SameAnswers(old.answers, t.Answers) && store.SameAnswers(old.partner, t.PartnerAnswers) {
		next[t.ID] = old
		return old.text
	}
	d := drawnRow{from: in, answers: t.Answers, partner: t.PartnerAnswers, text: draw()}
	next[t.ID] = d
	return d.text
}
