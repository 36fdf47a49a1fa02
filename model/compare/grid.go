package compare

import (
	"fmt"
	"maps"
	"slices"

	"github.com/charmbracelet/x/ansi"
	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// This file turns a notebook into the comparison's grid: every cell's text,
// every column's score and flags, computed once per notebook change so that
// drawing a frame only copies strings.

// rowKind says where a comparison row's cells come from.
type rowKind int

const (
	rowQuestion rowKind = iota // an answer from the catalogue
	rowMonthly                 // assess.MonthlyCost
	rowCourse                  // assess.CourseCost
)

// costGroupTitle heads the derived cost rows, which follow the fees group.
const costGroupTitle = "Estimated cost"

// The IDs of the derived cost rows.
const (
	rowIDMonthly = "derived.monthly"
	rowIDCourse  = "derived.course"
)

// cellState separates an unanswered question from a skipped one: the first
// is still to ask, the second was deliberately passed over.
type cellState int

const (
	cellEmpty cellState = iota
	cellSkipped
	cellAnswered
)

// Cell texts for the states that carry no value.
const (
	textUnanswered = "—"
	textSkipped    = "skipped"
	// textNoted is a question with only a note ("it depends"): not
	// answered, but not empty either.
	textNoted    = "— ✎ note"
	markBest     = "★"
	markDiffer   = "≠"
	markFlag     = "✗"
	markSelected = "›"
	markPinned   = "◆"
)

// cmpGroup is a heading over a run of rows.
type cmpGroup struct {
	title string
	blurb string
}

// cmpRow is one row of the grid.
type cmpRow struct {
	kind  rowKind
	q     checklist.Question // the question, also for derived rows (the fee)
	id    string             // stable key: the question ID or a derived name
	group int                // index into grid.groups
	label string             // sanitised short label
}

// cmpCell is one therapist's entry in one row, ready to draw.
type cmpCell struct {
	text  string // sanitised compact text with any flag or ≠ marker
	width int    // display width of text
	// key decides equality for "differences only": state and value.
	key     string
	value   string // canonical value for assess.Best; empty unless answered
	state   cellState
	flagged bool
	differ  bool // the partners' ratings differ by two or more
}

// cmpCol is one therapist's column.
type cmpCol struct {
	ti          int    // index into the notebook's Therapists
	id          string // therapist ID, to keep hide/pin/selection across reloads
	name        string // sanitised display name
	score       assess.Score
	flags       []assess.Flag
	red, amber  int
	green       int      // good signs: certified, licensed
	disagree    []string // personal questions where the partners differ by 2+
	dealbreaker bool
	// mustMissed is the short label of the first must-have the answers
	// miss, for the header's "fit 53 ! must: State license".
	mustMissed string
	monthly    assess.Cost
	hasMonthly bool
	course     assess.Cost
	hasCourse  bool
	// width is the content width of the column, without the gutter, and
	// natural the width its widest entry asks for, up to colNaturalMax
	// (spare room on a wide terminal grows width towards it). Both are
	// known once the column's cells are built (grid.column).
	width, natural int
	// th is what the cells and the pane read of the therapist, as the
	// notebook held them: ID, name, answers, partner answers and the check
	// of credentials. The answer maps are shared, never written in place
	// (a new map replaces an old one), so the cells built later read what
	// the scores were judged on. The root calls SetNotebook when it shows
	// the comparison again after a change; a column whose therapist did
	// not change keeps the same th.
	th *store.Therapist
	// orphans are the IDs of the answers the catalogue does not know
	// (store.Therapist.OrphanIDs), which add rows of their own.
	orphans []string
	// cells are this column's entries, one per grid row, built the first
	// time the column is drawn or measured (grid.column): opening the
	// comparison builds only what is on screen.
	cells []cmpCell
}

// grid is everything the comparison draws, derived from one notebook.
type grid struct {
	set        *checklist.Set // the notebook's catalogue
	groups     []cmpGroup
	rows       []cmpRow
	cols       []cmpCol
	labelWidth int    // widest row label
	closeCall  string // sanitised close-call sentence, or empty
	me         string // sanitised names of the people choosing
	partner    string
	// compact remembers cell texts as columns are built: a row repeats its
	// values, and each costs a parse and a clean. widths remembers their
	// display widths. Both are shared by every copy of the grid (a cache).
	compact map[[2]string]string
	widths  map[string]int
	// costs remembers derived costs by the answers they are worked out
	// from, while the grid is built: many therapists share a fee.
	costs map[costKey]colCosts
	// judged holds every therapist's verdicts and flags, and imp a copy of
	// the importances the scores were weighed with (the notebook's map is
	// written in place): the next grid judges only changed therapists
	// again, and the breakdown pane weighs one column (fullScore).
	judged *assess.Judgement
	imp    map[string]checklist.Importance
	// changes are the rows whose values differ from those of the grid
	// this one was built from, for the best marks (bestMarks).
	changes rowChanges
}

// rowChanges name the rows whose values changed since an earlier grid,
// and the columns they changed in.
type rowChanges struct {
	all bool            // every row: no earlier grid, other rows, other therapists
	ids map[string]bool // by cmpRow.id
	// cols are the grid columns whose answers changed: in the rows of
	// ids, the other columns hold the values they held.
	cols []int
}

// has reports whether row changed.
func (c rowChanges) has(row *cmpRow) bool { return c.all || c.ids[row.id] }

// costKey is what assess.MonthlyCost and assess.CourseCost read: the fee,
// frequency and course answers, each its value when answered, else "".
type costKey [3]string

// colCosts are a column's derived costs.
type colCosts struct {
	monthly, course       assess.Cost
	hasMonthly, hasCourse bool
}

// costKeyOf is t's costKey.
func costKeyOf(t *store.Therapist) costKey {
	var k costKey
	for i, id := range [...]string{checklist.QFee, checklist.QFrequency, checklist.QCourse} {
		if a, ok := t.Answers[id]; ok && a.Answered() {
			k[i] = a.Value
		}
	}
	return k
}

// Column widths: wide enough for "$1,200 ★" and short names, narrow
// enough that several therapists fit on 80 columns.
const (
	colMinWidth = 8
	colMaxWidth = 16
	// colNaturalMax caps a column's growth on wide terminals: past it a
	// long answer is better read whole in the detail pane.
	colNaturalMax = 36
)

// buildGrid derives the grid from nb. It reads nb and never changes it.
// prev is the grid of an earlier state of the notebook (the zero grid if
// none): what a therapist unchanged since then gives is taken from it
// rather than worked out again, their verdicts first.
func buildGrid(nb *store.Notebook, prev *grid) grid {
	var g grid
	if nb == nil {
		nb = &store.Notebook{}
	}
	g.me = safetext.Line(head(nb.People.Me, cellMax))
	g.partner = nb.People.PartnerName()
	g.set = nb.Catalogue()
	// One judgement gives the scores, the flags and the close calls:
	// judging each therapist once, not once for each of them.
	g.judged = assess.Rejudge(prev.judged, nb)
	g.imp = maps.Clone(nb.Importance)
	scores := g.judged.ScoresWithoutParts(g.imp)
	g.compact = map[[2]string]string{}
	g.widths = map[string]int{}
	if prev.set == g.set && prev.compact != nil {
		g.compact, g.widths = prev.compact, prev.widths // same questions, same texts
	}
	g.costs = map[costKey]colCosts{}
	g.changes = rowChanges{ids: map[string]bool{}}
	g.cols = make([]cmpCol, len(nb.Therapists))
	var byID map[string]int
	for i := range nb.Therapists {
		old := prev.find(nb.Therapists[i].ID, i, &byID)
		if old != nil && prev.set != g.set {
			old = nil // labels and orphans depend on the catalogue
		}
		g.cols[i] = g.buildCol(nb, i, scores[i], g.judged.Flags(i), old)
	}
	g.costs = nil
	g.buildRows(nb)
	if prev.cols == nil || len(prev.cols) != len(g.cols) || !sameRows(prev.rows, g.rows) || prev.partner != g.partner {
		g.changes.all = true
	}
	g.closeCall = closeCallText(nb, g.judged)
	return g
}

// find returns the column of therapist id, looking first at column hint
// (the roster rarely changes order); byID is built on the first miss. It
// is nil when g has no such column, and marks g's changes as all rows
// then, since a therapist came or went.
func (g *grid) find(id string, hint int, byID *map[string]int) *cmpCol {
	if hint < len(g.cols) && g.cols[hint].id == id {
		return &g.cols[hint]
	}
	if *byID == nil {
		*byID = make(map[string]int, len(g.cols))
		for k, c := range g.cols {
			(*byID)[c.id] = k
		}
	}
	if k, ok := (*byID)[id]; ok {
		return &g.cols[k]
	}
	return nil
}

// sameRows reports whether a and b are the same rows in the same order.
func sameRows(a, b []cmpRow) bool {
	return slices.EqualFunc(a, b, func(x, y cmpRow) bool { return x.id == y.id && x.kind == y.kind })
}

// fullScore is col's fit score with its breakdown, weighed as the
// header's.
func (g *grid) fullScore(col *cmpCol) assess.Score {
	return g.judged.Score(col.ti, g.imp)
}

// column returns column c with its cells built and its width known,
// building them on first use: a comparison of 500 therapists draws a
// handful of columns, and only "differences only" reads every cell.
func (g *grid) column(c int) *cmpCol {
	col := &g.cols[c]
	if col.cells == nil && len(g.rows) > 0 {
		col.cells = make([]cmpCell, len(g.rows))
		for r, row := range g.rows {
			col.cells[r] = g.buildCell(row, col)
		}
		g.sizeColumn(col)
	}
	return col
}

// cell returns row r's entry in column c.
func (g *grid) cell(r, c int) *cmpCell { return &g.column(c).cells[r] }

// value is the canonical value of row r in column c, as its cell would
// hold it, without building the column: the best marks compare every
// shown column, and most of them are never drawn.
func (g *grid) value(r, c int) string {
	col := &g.cols[c]
	switch g.rows[r].kind {
	case rowMonthly:
		return costValue(col.monthly, col.hasMonthly)
	case rowCourse:
		return costValue(col.course, col.hasCourse)
	}
	id := g.rows[r].q.ID
	if id == checklist.QLicense || id == checklist.QAASECT {
		// The person's own check can override what was said on the call,
		// as it does in the cell and the score (assess.Checked): a license
		// the check did not find never earns the row's ★.
		if v, why, ok := assess.Checked(col.th, id); ok && why != "" {
			return v
		}
	}
	if a := col.th.Answers[id]; a.State() == checklist.StateAnswered {
		return a.Value
	}
	return ""
}

// buildRows lays out the catalogue by category, with the derived cost rows
// in their own group straight after the fees.
func (g *grid) buildRows(nb *store.Notebook) {
	set := nb.Catalogue()
	for _, cat := range set.Categories() {
		g.groups = append(g.groups, cmpGroup{title: safetext.Line(cat.Title), blurb: safetext.Line(cat.Blurb)})
		gi := len(g.groups) - 1
		for _, q := range set.InCategory(cat.ID) {
			g.addRow(cmpRow{kind: rowQuestion, q: q, id: q.ID, group: gi, label: safetext.Line(q.Short)})
		}
		if cat.ID == checklist.Fees {
			fee, _ := checklist.ByID(checklist.QFee)
			g.groups = append(g.groups, cmpGroup{title: costGroupTitle, blurb: "Derived from the fee, the rhythm and the expected length; before insurance."})
			gi = len(g.groups) - 1
			g.addRow(cmpRow{kind: rowMonthly, q: fee, id: rowIDMonthly, group: gi, label: "Per month"})
			g.addRow(cmpRow{kind: rowCourse, q: fee, id: rowIDCourse, group: gi, label: "Whole course"})
		}
	}
	if orphans := g.orphanIDs(); len(orphans) > 0 {
		g.groups = append(g.groups, cmpGroup{title: store.OrphanTitle, blurb: "Answers kept from questions that were removed or that this vetted does not know."})
		gi := len(g.groups) - 1
		for _, id := range orphans {
			q := store.OrphanQuestion(id)
			g.addRow(cmpRow{kind: rowQuestion, q: q, id: q.ID, group: gi, label: safetext.Line(q.Short)})
		}
	}
}

// orphanIDs are the columns' orphans together, sorted, as
// store.Notebook.Orphans gives them.
func (g *grid) orphanIDs() []string {
	var ids []string
	for i := range g.cols {
		for _, id := range g.cols[i].orphans {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	slices.Sort(ids)
	return ids
}

func (g *grid) addRow(r cmpRow) {
	g.rows = append(g.rows, r)
	if w := ansi.StringWidth(r.label); w > g.labelWidth {
		g.labelWidth = w
	}
}

// buildCol gathers one therapist's score and flags, and computes costs.
// old is the therapist's column in an earlier grid of the same catalogue,
// or nil: what follows from unchanged answers and name is taken from it.
func (g *grid) buildCol(nb *store.Notebook, i int, score assess.Score, flags []assess.Flag, old *cmpCol) cmpCol {
	t := &nb.Therapists[i]
	c := cmpCol{ti: i, id: t.ID}
	c.score = score
	c.flags = flags
	c.red, c.amber, c.green = assess.Counts(c.flags)
	c.dealbreaker = score.Dealbreaker // a red flag on a must-have (assess.RuledOut)
	if len(score.MustMissed) > 0 {
		c.mustMissed = safetext.Line(g.set.ShortLabel(score.MustMissed[0]))
	}
	sameAnswers := old != nil && store.SameAnswers(old.th.Answers, t.Answers)
	if sameAnswers && store.SameAnswers(old.th.PartnerAnswers, t.PartnerAnswers) {
		if old.th.Name == t.Name && old.th.Verification == t.Verification {
			c.th, c.name = old.th, old.name
		} else {
			c.th, c.name = cellInputs(t), colName(t)
		}
		if old.th.Verification != t.Verification {
			// The check overrides the license and AASECT answers in
			// their rows' values (grid.value): their best marks change.
			g.changes.ids[checklist.QLicense] = true
			g.changes.ids[checklist.QAASECT] = true
			g.changes.cols = append(g.changes.cols, i)
		}
		c.monthly, c.hasMonthly, c.course, c.hasCourse = old.monthly, old.hasMonthly, old.course, old.hasCourse
		c.disagree, c.orphans = old.disagree, old.orphans
		return c
	}
	c.th, c.name = cellInputs(t), colName(t)
	k := costKeyOf(t)
	costs, ok := g.costs[k]
	if !ok {
		costs.monthly, costs.hasMonthly = assess.MonthlyCost(t)
		costs.course, costs.hasCourse = assess.CourseCost(t)
		g.costs[k] = costs
	}
	c.monthly, c.hasMonthly = costs.monthly, costs.hasMonthly
	c.course, c.hasCourse = costs.course, costs.hasCourse
	c.disagree = assess.Disagreements(t)
	c.orphans = t.OrphanIDs(g.set)
	switch {
	case old == nil:
		g.changes.all = true // a therapist came
	case !sameAnswers:
		g.changes.cols = append(g.changes.cols, i)
		changedAnswers(old.th.Answers, t.Answers, g.changes.ids)
		if old.monthly != c.monthly || old.hasMonthly != c.hasMonthly {
			g.changes.ids[rowIDMonthly] = true
		}
		if old.course != c.course || old.hasCourse != c.hasCourse {
			g.changes.ids[rowIDCourse] = true
		}
	}
	return c
}

// cellInputs is the part of t that a column keeps (cmpCol.th).
func cellInputs(t *store.Therapist) *store.Therapist {
	return &store.Therapist{ID: t.ID, Name: t.Name, Answers: t.Answers, PartnerAnswers: t.PartnerAnswers, Verification: t.Verification}
}

// colName is t's name as a column heads it.
func colName(t *store.Therapist) string {
	if name := safetext.Line(head(t.Name, cellMax)); name != "" {
		return name
	}
	return "(no name)"
}

// changedAnswers adds to into the question IDs whose answers differ
// between a and b.
func changedAnswers(a, b map[string]checklist.Answer, into map[string]bool) {
	for id, x := range a {
		if y, ok := b[id]; !ok || x != y {
			into[id] = true
		}
	}
	for id := range b {
		if _, ok := a[id]; !ok {
			into[id] = true
		}
	}
}

// buildCell renders one therapist's entry in one row.
func (g *grid) buildCell(row cmpRow, col *cmpCol) cmpCell {
	t := col.th
	switch row.kind {
	case rowMonthly:
		return costCell(col.monthly, col.hasMonthly)
	case rowCourse:
		return costCell(col.course, col.hasCourse)
	}
	q := row.q
	a := t.Answers[q.ID]
	var c cmpCell
	switch a.State() {
	case checklist.StateAnswered:
		c.state = cellAnswered
		c.value = a.Value
		c.text = g.compactAnswer(q, a.Value)
		c.key = "a:" + a.Value
	case checklist.StateSkipped:
		c.state = cellSkipped
		c.text = textSkipped
		c.key = "s"
	case checklist.StateNoted:
		c.text = textNoted
		c.key = "n"
	default:
		c.text = textUnanswered
		c.key = "-"
	}
	// What the person confirmed themselves, beside what was said on the
	// call: "✓ yes ✓ confirmed"; a check that overrides the call leaves
	// the call's answer unjudged and counts its own in best-in-row:
	// "said yes ✗ not found".
	if v, why, ok := assess.Checked(t, q.ID); ok && why != "" {
		c.value = v
		if a.State() == checklist.StateAnswered {
			c.text = "said " + checklist.Display(q, a.Value)
		}
	}
	if conf, ok := assess.Confirm(t, q.ID); ok {
		c.text += " " + conf.Text
		c.key += "|v:" + conf.Text
	}
	if q.Personal && g.partner != "" {
		pa := t.PartnerAnswers[q.ID]
		theirs := textUnanswered
		switch pa.State() {
		case checklist.StateAnswered:
			theirs = g.compactAnswer(q, pa.Value)
			c.key += "|a:" + pa.Value
		case checklist.StateSkipped:
			theirs = textSkipped
			c.key += "|s"
		default:
			c.key += "|-"
		}
		c.text += " · " + theirs
		if slices.Contains(col.disagree, q.ID) {
			c.differ = true
			c.text += " " + markDiffer
		}
	}
	for _, f := range col.flags {
		// Flags are sorted worst first: the first match is the worst.
		if f.QuestionID == q.ID && f.Level != assess.Green {
			c.flagged = true
			// Words as well as the marker: "✗ yes" alone could be any
			// unfavourable answer, and colour may be off.
			if q.Kind != checklist.KindYesNo {
				c.text = f.Level.Marker() + " " + c.text
			}
			if f.Level == assess.Red {
				c.text += " (red flag)"
			} else {
				c.text += " (flag)"
			}
			break
		}
	}
	for _, id := range col.score.MustMissed {
		if id == q.ID {
			c.text += " ! must-have"
			if !c.flagged {
				c.flagged = true
			}
		}
	}
	c.width = g.textWidth(c.text)
	return c
}

// textWidth is ansi.StringWidth, remembered while the grid is built: cells
// repeat their texts, and measuring walks every grapheme.
func (g *grid) textWidth(s string) int {
	if w, ok := g.widths[s]; ok {
		return w
	}
	w := ansi.StringWidth(s)
	if g.widths != nil {
		g.widths[s] = w
	}
	return w
}

// compactAnswer is the cell text of a canonical value.
func compactAnswer(q checklist.Question, value string) string {
	return safetext.Line(checklist.Compact(q, head(value, cellMax)))
}

// compactAnswer is the package's compactAnswer, remembered while the grid
// is built.
func (g *grid) compactAnswer(q checklist.Question, value string) string {
	k := [2]string{q.ID, value}
	if s, ok := g.compact[k]; ok {
		return s
	}
	s := compactAnswer(q, value)
	if g.compact != nil {
		g.compact[k] = s
	}
	return s
}

// costCell draws a derived cost, or the unanswered dash when the answers do
// not allow one.
func costCell(cost assess.Cost, ok bool) cmpCell {
	if !ok {
		return cmpCell{text: textUnanswered, width: 1, key: "-"}
	}
	s := checklist.FormatDollars(cost.Cents)
	return cmpCell{text: s, width: ansi.StringWidth(s), key: s, value: costValue(cost, ok), state: cellAnswered}
}

// costValue is a derived cost as a canonical money string, so that
// assess.Best can mark the cheapest estimate with the fee question's
// order; empty when there is no estimate.
func costValue(cost assess.Cost, ok bool) string {
	if !ok {
		return ""
	}
	return fmt.Sprintf("%d.%02d", cost.Cents/100, cost.Cents%100)
}

// sizeColumn gives col, whose cells are built, the width of its widest
// entry, within bounds, leaving room for a best marker in rows that have
// an order.
func (g *grid) sizeColumn(col *cmpCol) {
	w := ansi.StringWidth(col.name) + 2 // room for the pin marker
	w = max(w, ansi.StringWidth(scoreText(col)), ansi.StringWidth(colFlagSummary(col)))
	for r, row := range g.rows {
		cw := col.cells[r].width
		if row.q.Better != "" {
			cw += 2 // " ★"
		}
		w = max(w, cw)
	}
	col.width = min(max(w, colMinWidth), colMaxWidth)
	col.natural = min(max(w, colMinWidth), colNaturalMax)
}

// closeCallText turns the close calls of j, nb's judgement, into one
// sentence about the first, naming the question and who would lead.
func closeCallText(nb *store.Notebook, j *assess.Judgement) string {
	if len(nb.Therapists) < 2 {
		return ""
	}
	calls := j.CloseCalls(nb.Importance)
	if len(calls) == 0 {
		return ""
	}
	cc := calls[0]
	q, ok := nb.Catalogue().ByID(cc.QuestionID)
	if !ok {
		return ""
	}
	who := "nobody"
	if i, found := nb.Find(cc.NewLeaderID); found {
		who = safetext.Line(head(nb.Therapists[i].Name, cellMax))
	}
	s := fmt.Sprintf("Close call: %s would lead if %q were %s (now %s).",
		who, safetext.Line(q.Short), cc.To.Words(), cc.From.Words())
	if n := len(calls) - 1; n > 0 {
		s += fmt.Sprintf(" %d more close call%s: i for priorities.", n, plural(n))
	}
	return s
}
