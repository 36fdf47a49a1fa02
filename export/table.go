package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// The first two headings of the spreadsheet exports (CSV and xlsx alike):
// each row's group, then its label.
const (
	HeadCategory = "Category"
	HeadQuestion = "Question"
)

// QuestionColumns head the columns after the therapists': what the person
// set about each question. Importance is filled for every question; the
// rest only for a question of the person's own (the built-in ones are
// vetted's). vetted import reads them back when the header ends with
// exactly these.
var QuestionColumns = []string{"Importance", "Wording", "Kind", "Options", "Better answer", "Why you ask"}

// cellKind says how the xlsx stores a cell: as text, or as a number or
// date a spreadsheet can sort and sum.
type cellKind int

const (
	cellText    cellKind = iota
	cellMoney            // cents, shown to the cent: "$185.00"
	cellDollars          // an estimate in whole dollars: "$2,220"
	cellDate             // a day, shown in checklist.DateForm
)

// sheetCell is one cell of a spreadsheet export. text is what the CSV
// holds, as the notebook holds it, not yet cleaned: each writer cleans it
// (and CSV guards formulas), so that a leading tab or CR that cleaning
// removes can still be seen. A money or date cell also carries its value,
// which the xlsx writes as a number.
type sheetCell struct {
	text  string
	kind  cellKind
	cents int64
	day   time.Time
}

// textCell is a cell of text.
func textCell(s string) sheetCell { return sheetCell{text: s} }

// dateCell is a stored date as a cell: a date cell when it is one, else
// its text (a hand-edited file).
func dateCell(stored string) sheetCell {
	c := textCell(checklist.DateText(stored))
	if d, ok := checklist.Date(strings.TrimSpace(stored)); ok {
		c.kind, c.day = cellDate, d
	}
	return c
}

// sheetGroup is one block of the spreadsheet exports: a title ("Summary",
// a category, "Notes") and its rows. Both formats repeat the title in the
// first column of every row, so a sorted or filtered sheet keeps it.
type sheetGroup struct {
	title string
	rows  []sheetRow
}

// sheetRow is one row of a spreadsheet export: its label, one cell per
// therapist, and for a question the cells under QuestionColumns.
type sheetRow struct {
	label string
	cells []sheetCell
	about []string
}

// sheetHeader returns the therapists' names for the header row, raw, with
// a stand-in for an empty or blank one so that no column is left without a heading.
func sheetHeader(nb *store.Notebook) []string {
	names := make([]string, len(nb.Therapists))
	for i := range nb.Therapists {
		names[i] = nb.Therapists[i].Name
		if strings.TrimSpace(safetext.Line(names[i])) == "" {
			names[i] = nb.Therapists[i].DisplayName(i)
		}
	}
	return names
}

// sheetGrid is the whole sheet, row by row: the header ("Category",
// "Question", the therapists' names, QuestionColumns), then every row of
// sheetGroups with its group's title first. Every row has the same width.
func sheetGrid(nb *store.Notebook) [][]sheetCell {
	width := 2 + len(nb.Therapists) + len(QuestionColumns)
	head := []sheetCell{textCell(HeadCategory), textCell(HeadQuestion)}
	for _, n := range sheetHeader(nb) {
		head = append(head, textCell(n))
	}
	for _, h := range QuestionColumns {
		head = append(head, textCell(h))
	}
	grid := [][]sheetCell{head}
	for _, g := range sheetGroups(nb) {
		for _, r := range g.rows {
			rec := make([]sheetCell, 0, width)
			rec = append(rec, textCell(g.title), textCell(r.label))
			rec = append(rec, r.cells...)
			for i := range QuestionColumns {
				var s string
				if i < len(r.about) {
					s = r.about[i]
				}
				rec = append(rec, textCell(s))
			}
			grid = append(grid, rec)
		}
	}
	return grid
}

// sheetGroups lays nb out as the spreadsheet exports show it: the fit
// score and flags first, so they are seen before scrolling; then every
// detail of each therapist (Details); one group per category, one row per
// question in interview order (a partner row follows each personal
// question when there is a partner); the check-ins after sessions, when
// any therapist has one (checkInRows); the derived costs, each with how it
// was worked out; and the notes on each therapist.
func sheetGroups(nb *store.Notebook) []sheetGroup {
	each := func(label string, cell func(t *store.Therapist) sheetCell) sheetRow {
		r := sheetRow{label: label, cells: make([]sheetCell, len(nb.Therapists))}
		for i := range nb.Therapists {
			r.cells[i] = cell(&nb.Therapists[i])
		}
		return r
	}
	text := func(f func(t *store.Therapist) string) func(t *store.Therapist) sheetCell {
		return func(t *store.Therapist) sheetCell { return textCell(f(t)) }
	}

	// One judgement for the whole roster: scoring each therapist on its
	// own would rescan the roster for each, and grow with its square.
	judged := assess.Judge(nb)
	scores := judged.Scores(nb.Importance)
	fit, flags := sheetRow{label: "Fit score"}, sheetRow{label: "Flags"}
	for i := range nb.Therapists {
		fit.cells = append(fit.cells, textCell(fitText(nb, scores[i])))
		flags.cells = append(flags.cells, textCell(flagsText(judged.Flags(i))))
	}
	groups := []sheetGroup{{title: "Summary", rows: []sheetRow{fit, flags}}}
	who := sheetGroup{title: DetailGroup}
	for _, d := range Details() {
		who.rows = append(who.rows, each(d.Label, func(t *store.Therapist) sheetCell {
			if d.Kind == DetailDate {
				return dateCell(d.Get(t))
			}
			return textCell(d.Text(d.Get(t)))
		}))
	}
	groups = append(groups, who)
	for _, s := range sections(nb) {
		g := sheetGroup{title: s.cat.Title}
		for _, r := range s.rows {
			row := each(r.label, func(t *store.Therapist) sheetCell { return sheetValue(r, t) })
			if !r.partner && s.cat.ID != orphansID {
				row.about = aboutQuestion(nb, r.q)
			}
			g.rows = append(g.rows, row)
		}
		groups = append(groups, g)
	}
	costs := costRows(each)
	if cents, ok := checklist.Cents(nb.BudgetPerSession); ok {
		// The budget beside each therapist's costs, in every column, so
		// a row compares it with each fee; the fit score weighs it.
		budget := sheetCell{text: checklist.FormatCents(cents, false), kind: cellMoney, cents: cents}
		costs = append([]sheetRow{each(BudgetLabel, func(*store.Therapist) sheetCell { return budget })}, costs...)
	}
	if rows := checkInRows(nb, each); len(rows) > 0 {
		groups = append(groups, sheetGroup{title: CheckInGroup, rows: rows})
	}
	groups = append(groups, sheetGroup{title: "Costs", rows: costs})
	notes := sheetGroup{title: "Notes", rows: []sheetRow{
		each(notesLabel(nb.People.MeName()), text(func(t *store.Therapist) string { return t.Notes })),
	}}
	if nb.People.HasPartner() || anyPartnerNotes(nb) {
		notes.rows = append(notes.rows, each(notesLabel(partnerName(nb)), text(func(t *store.Therapist) string { return t.PartnerNotes })))
	}
	return append(groups, notes)
}

// BudgetLabel is the row of the person's budget per session, in the
// Costs group.
const BudgetLabel = "Your budget per session"

// CostLabels are the rows of the derived costs, which vetted import skips
// (it works them out again): each cost, then how it was worked out.
var CostLabels = []string{"Cost per month", "Cost per month: worked out from", "Cost of whole course", "Cost of whole course: worked out from"}

// costRows are the rows of the Costs group: each cost as an amount (a
// number cell in the xlsx), then the assumption it rests on.
func costRows(each func(string, func(*store.Therapist) sheetCell) sheetRow) []sheetRow {
	var rows []sheetRow
	for i, f := range []func(*store.Therapist) (assess.Cost, bool){assess.MonthlyCost, assess.CourseCost} {
		rows = append(rows,
			each(CostLabels[2*i], func(t *store.Therapist) sheetCell {
				c, ok := f(t)
				if !ok {
					return sheetCell{}
				}
				return sheetCell{text: checklist.FormatDollars(c.Cents), kind: cellDollars, cents: c.Cents}
			}),
			each(CostLabels[2*i+1], func(t *store.Therapist) sheetCell {
				c, _ := f(t)
				return textCell(c.Assumption)
			}))
	}
	return rows
}

// aboutQuestion is what the person set about q, under QuestionColumns:
// its importance, and for a question of their own its wording, kind,
// options (one a line), better answer and why they ask.
func aboutQuestion(nb *store.Notebook, q checklist.Question) []string {
	about := []string{checklist.ImportanceIn(nb.Importance, q.ID).Label()}
	if !checklist.IsOwn(q.ID) {
		return about
	}
	var options []string
	for _, c := range q.Choices {
		options = append(options, c.Label)
	}
	return append(about, q.Prompt, string(q.Kind), strings.Join(options, "\n"), q.Better, q.Hint)
}

// fitText is the fit score cell: "72/100", then the dealbreaker and the
// must-haves not met, if any.
func fitText(nb *store.Notebook, sc assess.Score) string {
	v := fmt.Sprintf("%d/100", sc.Value)
	if sc.Dealbreaker {
		v += "; out: a red flag on a must-have"
	}
	if len(sc.MustMissed) > 0 {
		v += "; must-haves not met: " + shortList(nb, sc.MustMissed)
	}
	return v
}

// flagsText is the flags cell: each flag's marker, level and title, so the
// level reads without colour.
func flagsText(flags []assess.Flag) string {
	var out []string
	for _, f := range flags {
		out = append(out, fmt.Sprintf("%s %s: %s", f.Level.Marker(), f.Level, f.Title))
	}
	return strings.Join(out, "; ")
}

// sheetValue is the cell for row r of therapist t: the full value
// (checklist.Display), then " — " and the note when there is one. An
// unanswered question is an empty cell; a skipped one reads "skipped"
// (checklist.StatusSkipped).
// The mark the person's own check adds sits right after the value, before
// the note: "yes ✓ confirmed — LMFT". A note without an answer follows an
// empty value: "— she will call back", so that vetted import reads it back
// as a note and not as an answer. An amount or a date alone is also a
// number or date cell for the xlsx.
func sheetValue(r row, t *store.Therapist) sheetCell {
	a, _ := r.answer(t)
	// What the person confirmed themselves, as the comparison marks it.
	conf, _ := assess.Confirm(t, r.q.ID)
	return answerCell(r.q, a, conf.Text)
}

// answerCell is the cell of answer a to q, as sheetValue describes it,
// with mark (a credential check's, or "") after the value. The check-in
// rows write their answers with it too.
func answerCell(q checklist.Question, a checklist.Answer, mark string) sheetCell {
	var c sheetCell
	switch a.State() {
	case checklist.StateSkipped:
		c.text = string(checklist.StatusSkipped)
	case checklist.StateAnswered:
		c.text = checklist.Display(q, a.Value)
		c = typed(q, a.Value, c)
	}
	if mark != "" {
		c = textCell(strings.TrimSpace(c.text + " " + mark))
	}
	if n := strings.TrimSpace(safetext.Clean(a.Note)); n != "" {
		if c.text == "" {
			return textCell("— " + n)
		}
		c = textCell(c.text + " — " + n)
	}
	return c
}

// typed gives c the number or date an answer of q holds, for a money or
// date question whose value reads as its kind.
func typed(q checklist.Question, value string, c sheetCell) sheetCell {
	switch q.Kind {
	case checklist.KindMoney:
		if cents, ok := checklist.Cents(value); ok {
			c.kind, c.cents = cellMoney, cents
		}
	case checklist.KindDate:
		if d, ok := checklist.Date(value); ok {
			c.kind, c.day = cellDate, d
		}
	}
	return c
}

// anyPartnerNotes reports whether any therapist has notes from the partner.
func anyPartnerNotes(nb *store.Notebook) bool {
	for i := range nb.Therapists {
		// Notes that clean to nothing would make a row that reads
		// back as none.
		if strings.TrimSpace(safetext.Clean(nb.Therapists[i].PartnerNotes)) != "" {
			return true
		}
	}
	return false
}
