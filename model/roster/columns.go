package roster

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// column is one roster column: its heading, its width, and its cell. A
// column that grows takes spare room on the line for entries wider than
// its width (credentials); the others hold fixed-width values.
type column struct {
	title string
	width int
	cell  func(c *tally, t *store.Therapist) string
	grows bool
}

// tally is the notebook's catalogue with its categories counted once a
// View: a row's per-category count is drawn for each visible therapist,
// and each count of a category cloned its question list.
type tally struct {
	set    *checklist.Set
	counts []assess.CategoryTally
	// inCategory are the questions of each of counts' categories.
	inCategory [][]checklist.Question
}

// newTally counts the categories of set.
func newTally(set *checklist.Set) *tally {
	c := &tally{set: set, counts: assess.CategoryCounts(set)}
	for _, ct := range c.counts {
		c.inCategory = append(c.inCategory, set.InCategory(ct.ID))
	}
	return c
}

// answered counts t's answered questions of the category at i of counts.
func (c *tally) answered(t *store.Therapist, i int) int {
	n := 0
	for _, q := range c.inCategory[i] {
		if a, ok := t.Answers[q.ID]; ok && a.Answered() {
			n++
		}
	}
	return n
}

// answeredByCategory renders "E 3/5 L 2/4 T 0/7 F 4/4 S 1/4". With
// categories of the person's own it may not fit its column: then it
// drops the spaces ("E3/5 L2/4 …"), and if that does not fit either it
// gives the total, rather than a row cut short.
func answeredByCategory(tl *tally, t *store.Therapist) string {
	spaced := make([]string, 0, len(tl.counts))
	tight := make([]string, 0, len(tl.counts))
	for i, c := range tl.counts {
		n := tl.answered(t, i)
		spaced = append(spaced, fmt.Sprintf("%s %d/%d", c.Letter, n, c.Total))
		tight = append(tight, fmt.Sprintf("%s%d/%d", c.Letter, n, c.Total))
	}
	for _, s := range []string{strings.Join(spaced, " "), strings.Join(tight, " ")} {
		if cell.Width(s) <= colAnsweredWidth {
			return s
		}
	}
	return answeredTotal(tl, t) + " answered"
}

// colAnsweredWidth is the width of the per-category Answered column.
const colAnsweredWidth = 29

// answeredTotal renders "17/24".
func answeredTotal(tl *tally, t *store.Therapist) string {
	n, total := 0, 0
	for i, c := range tl.counts {
		n += tl.answered(t, i)
		total += c.Total
	}
	return fmt.Sprintf("%d/%d", n, total)
}

// flagSummary renders the flag counts with their markers, "✗1 !2 ✓1", or
// "–" when nothing was flagged.
func flagSummary(_ *tally, t *store.Therapist) string {
	red, amber, green := assess.Counts(assess.Flags(t))
	var parts []string
	if red > 0 {
		parts = append(parts, fmt.Sprintf("%s%d", assess.Red.Marker(), red))
	}
	if amber > 0 {
		parts = append(parts, fmt.Sprintf("%s%d", assess.Amber.Marker(), amber))
	}
	if green > 0 {
		parts = append(parts, fmt.Sprintf("%s%d", assess.Green.Marker(), green))
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, " ")
}

// shortDate renders a stored date as "3 Dec 2026", or "–".
func shortDate(value string) string {
	d, ok := checklist.Date(value)
	if !ok {
		return "–"
	}
	return d.Format(checklist.DateForm)
}

var (
	colCreds     = column{"Credentials", 12, func(_ *tally, t *store.Therapist) string { return safetext.Line(field.Shown(t.Credentials)) }, true}
	colStatus    = column{"Status", 14, func(_ *tally, t *store.Therapist) string { return t.Status.Text() }, false}
	colContacted = column{"Contacted", 11, func(_ *tally, t *store.Therapist) string { return shortDate(t.ContactedOn) }, false}
	colAnswered  = column{"Answered", colAnsweredWidth, answeredByCategory, false}
	colTotal     = column{"Answered", 8, answeredTotal, false}
	colFlags     = column{"Flags", 9, flagSummary, false}
)

// columnSets are tried widest first; narrow terminals drop the least
// useful columns rather than squeezing every one.
var columnSets = [][]column{
	{colCreds, colStatus, colContacted, colAnswered, colFlags},
	{colStatus, colContacted, colAnswered, colFlags},
	{colStatus, colAnswered, colFlags},
	{colStatus, colTotal, colFlags},
	{colTotal, colFlags},
}

const (
	minNameWidth = 16
	maxNameWidth = 32
	markerWidth  = 2
)

// pickColumns returns the widest column set that leaves a useful name
// column, and the room left for the names (see shareRoom).
func pickColumns(width int) ([]column, int) {
	for _, set := range columnSets {
		fixed := markerWidth
		for _, c := range set {
			fixed += c.width + 1
		}
		if width-fixed >= minNameWidth {
			return set, width - fixed
		}
	}
	last := columnSets[len(columnSets)-1]
	return last, minNameWidth
}

// shareRoom shares the name column's room between the names and the
// columns that grow (credentials), so that neither is cut while the
// other has room to spare: each gets what its widest entry needs, and
// when there is not enough for both they take turns, a column at a time.
// cols is a fresh copy; the package's column values stay as they are.
// The widths of each entry come from c, measured once per name and
// credentials.
func shareRoom(c *viewCache, tl *tally, cols []column, nameW int, ts []store.Therapist) ([]column, int) {
	cols = slices.Clone(cols)
	room := nameW
	floor := []int{min(nameW, minNameWidth)}
	want := []int{cell.Width("Name")}
	var grows []int
	for i, c := range cols {
		if c.grows {
			grows = append(grows, i)
			room += c.width
			floor = append(floor, cell.Width(c.title))
			want = append(want, cell.Width(c.title))
		}
	}
	if len(grows) == 0 {
		return cols, min(nameW, max(maxNameWidth, minNameWidth))
	}
	for i := range ts {
		w := c.widthsOf(tl, cols, grows, ts, i)
		want[0] = max(want[0], w.nameW)
		for j := range grows {
			want[j+1] = max(want[j+1], w.growW[j])
		}
	}
	floor[0] = min(floor[0], want[0])
	got := cell.Share(room, floor, want)
	// Room past what every entry needs goes to the names, up to a
	// readable width, so the columns after them keep their place as
	// names are added.
	spare := room
	for _, g := range got {
		spare -= g
	}
	nameW = max(got[0], min(got[0]+max(0, spare), maxNameWidth))
	for j, ci := range grows {
		cols[ci].width = got[j+1]
	}
	return cols, nameW
}
