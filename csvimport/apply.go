package csvimport

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/xuri/excelize/v2"
)

// Options change what Import may do.
type Options struct {
	// Force lets a cell replace an answer or detail the notebook already
	// holds with something else. Without it such answers are kept and
	// counted in Report.Kept.
	Force bool
}

// Problem is a cell or row that was not imported as it stands, with its
// place in the file and what happened instead.
type Problem struct {
	Line, Column int
	Text         string
	// Workbook is true for a cell of an xlsx workbook, placed by row and
	// lettered column as the spreadsheet shows them.
	Workbook bool
}

// String reads "line 12, column 4: …" for CSV, "row 12, column D: …" for
// a workbook.
func (p Problem) String() string {
	if p.Workbook {
		col, err := excelize.ColumnNumberToName(p.Column)
		if err != nil {
			col = fmt.Sprint(p.Column)
		}
		return fmt.Sprintf("row %d, column %s: %s", p.Line, col, p.Text)
	}
	return fmt.Sprintf("line %d, column %d: %s", p.Line, p.Column, p.Text)
}

// NewQuestion describes a question of the person's own that the import
// adds.
type NewQuestion struct {
	Short    string
	Category string
	Kind     checklist.Kind
}

// Report says what Import did (or, on a copy, would do).
type Report struct {
	// Workbook is true for an xlsx workbook, false for CSV.
	Workbook bool
	// Layout is "one column per therapist" or "one row per therapist".
	Layout string
	// Therapists are the names found; NewTherapists those added.
	Therapists, NewTherapists []string
	// Matched counts rows that are questions of the catalogue.
	Matched int
	// NewQuestions and NewCategories are what the import adds.
	NewQuestions  []NewQuestion
	NewCategories []string
	// Written counts answers and details written; Same those already so;
	// Kept those the notebook holds differently and kept (see Force).
	Written, Same, Kept int
	// Derived counts rows skipped because vetted computes them (fit score,
	// flags, costs).
	Derived int
	// PartnerRows are the labels of the questions read as the partner's
	// view ("My comfort" from the row "Kai: My comfort"), and PartnerOf
	// the name those rows give ("Kai"; "Partner" for an unnamed one).
	PartnerRows []string
	PartnerOf   string
	// Me and Partner are the names the import gave the notebook, read
	// from the notes and partner rows, or "" when it gave none (the
	// notebook had them, or the sheet does not say).
	Me, Partner string
	// Importance counts the priorities written.
	Importance int
	// CheckIns counts the check-ins after sessions added or replaced.
	CheckIns int
	// Problems are cells and rows not imported as they stand.
	Problems []Problem
}

// derivedLabels are rows vetted's export computes: read back they would
// be stale, so they are skipped.
var derivedLabels = func() map[string]bool {
	m := map[string]bool{"fit score": true, "flags": true}
	for _, l := range export.CostLabels {
		m[norm(l)] = true
	}
	return m
}()

// Import reads the sheet data, CSV text or an xlsx workbook, into nb,
// changing it: new therapists, new questions and categories of the
// person's own, answers, every detail of a therapist, the check-ins after
// sessions, priorities, notes and the names of the person and partner. For a dry run, pass a Clone.
// An error means the file could not be read at all, and nb is unchanged.
func Import(nb *store.Notebook, data []byte, opts Options, now time.Time) (*Report, error) {
	idx := newLabelIndex(nb)
	s, err := readSheet(data, func(l string) bool { _, ok := idx.lookup(l); return ok })
	if err != nil {
		return nil, err
	}
	rep := &Report{Layout: "one column per therapist", Workbook: isXLSX(data)}
	if s.transposed {
		rep.Layout = "one row per therapist"
	}
	im := importer{nb: nb, opts: opts, now: now.UTC(), rep: rep, idx: idx,
		before: nb.Catalogue(), added: map[string]checklist.Question{}, checkIns: checkInsRead{}}
	im.therapists(s.names)
	details := map[string]export.Detail{}
	for _, d := range export.Details() {
		for _, l := range append([]string{d.Label}, d.Aliases...) {
			details[norm(l)] = d
		}
	}
	notesRows := 0
	for _, it := range s.items {
		label := norm(it.label.text)
		d, isDetail := details[label]
		n, part, isCheckIn := checkInLabel(it.label.text)
		switch {
		case label == "":
			if anyText(it.cells) {
				im.problem(it.label.at, "a row without a label; skipped")
			}
		case derivedLabels[label]:
			rep.Derived++
		case isDetail && (norm(it.group) == norm(export.DetailGroup) || !s.vettedLayout):
			im.detail(it, d)
		case isCheckIn && (norm(it.group) == norm(export.CheckInGroup) || !s.vettedLayout):
			im.checkInRow(it, n, part)
		case label == norm(export.BudgetLabel):
			im.budget(it)
		case isNotes(it, label):
			notesRows++
			if notesRows == 1 {
				im.notes(it, func(t *store.Therapist) *string { return &t.Notes }, s.vettedLayout, im.setMe)
			} else {
				im.notes(it, func(t *store.Therapist) *string { return &t.PartnerNotes }, s.vettedLayout, im.setPartner)
			}
		default:
			im.question(it, label, s.vettedLayout)
		}
	}
	im.addCheckIns()
	return rep, nil
}

// isNotes reports whether a row holds notes on each therapist.
func isNotes(it item, label string) bool {
	return norm(it.group) == "notes" || label == "notes" || label == "your notes" || strings.HasSuffix(label, "'s notes")
}

func anyText(cs []cell) bool {
	for _, c := range cs {
		if strings.TrimSpace(c.text) != "" {
			return true
		}
	}
	return false
}

// importer carries one import's state.
type importer struct {
	nb   *store.Notebook
	opts Options
	now  time.Time
	rep  *Report
	idx  *labelIndex
	// cols maps each therapist column to an index in nb.Therapists.
	cols []int
	// before is the catalogue before the import; added the questions it
	// added; cats the categories by title.
	before *checklist.Set
	added  map[string]checklist.Question
	cats   map[string]checklist.CategoryID
	// checkIns are the check-in rows read, added at the end.
	checkIns checkInsRead
}

func (im *importer) problem(at pos, text string) {
	im.rep.Problems = append(im.rep.Problems, Problem{Line: at.line, Column: at.col, Text: text, Workbook: im.rep.Workbook})
}

// therapists matches each column's name to a therapist of the notebook,
// by name, or adds one. Two columns never share a therapist.
func (im *importer) therapists(names []cell) {
	claimed := map[int]bool{}
	for _, c := range names {
		// Matched by its one-line form; kept as written (cleaned),
		// spaces and line breaks too, as the export wrote it.
		name, stored := strings.TrimSpace(safetext.Line(c.text)), safetext.Clean(c.text)
		if name == "" {
			name = fmt.Sprintf("Therapist %d", len(im.cols)+1)
			stored = name
		}
		found := -1
		for i := range im.nb.Therapists {
			if !claimed[i] && strings.EqualFold(strings.TrimSpace(safetext.Line(im.nb.Therapists[i].Name)), name) {
				found = i
				break
			}
		}
		if found < 0 {
			im.nb.Therapists = append(im.nb.Therapists, store.Therapist{ID: store.NewID(), Name: stored,
				Status: store.ToContact, Created: im.now, Updated: im.now,
				Answers: map[string]checklist.Answer{}, PartnerAnswers: map[string]checklist.Answer{}})
			found = len(im.nb.Therapists) - 1
			im.rep.NewTherapists = append(im.rep.NewTherapists, name)
		}
		claimed[found] = true
		im.cols = append(im.cols, found)
		im.rep.Therapists = append(im.rep.Therapists, name)
	}
}

// eachCell calls fn with each cell of it that has text and fits, and the
// therapist of its column; cells beyond the columns are reported. The
// text is cleaned but not trimmed: a note or detail comes back with the
// spaces it was written with.
func (im *importer) eachCell(it item, fn func(t *store.Therapist, c cell, text string)) {
	for j, c := range it.cells {
		text := c.text
		if strings.TrimSpace(text) == "" {
			continue
		}
		if j >= len(im.cols) {
			im.problem(c.at, "a cell past the last therapist column; skipped")
			continue
		}
		if utf8.RuneCountInString(text) > MaxCellRunes {
			im.problem(c.at, fmt.Sprintf("a cell over %d characters; skipped", MaxCellRunes))
			continue
		}
		fn(&im.nb.Therapists[im.cols[j]], c, safetext.Clean(text))
	}
}

// detail writes a detail of each therapist (export.Details): text as it
// is, a date in any form a date answer takes, a status, place or result
// by its words or its stored word.
func (im *importer) detail(it item, d export.Detail) {
	im.eachCell(it, func(t *store.Therapist, c cell, text string) {
		v, ok := detailValue(d, text)
		if !ok {
			im.problem(c.at, fmt.Sprintf("not %s vetted knows for %q; skipped", detailShape(d), d.Label))
			return
		}
		im.write(t, d.Get(t), v, func(v string) { d.Set(t, v) }, d.Kind == export.DetailStatus)
	})
}

// write puts v where old is, through set: unless it is the same, or old
// holds something else and the import may not replace it (see Force). A
// status of "to contact" counts as nothing recorded, as a new
// therapist's.
func (im *importer) write(t *store.Therapist, old, v string, set func(string), status bool) {
	empty := old == "" || (status && store.Outreach(old) == store.ToContact)
	switch {
	case old == v:
		im.rep.Same++
	case !empty && !im.opts.Force:
		im.rep.Kept++
	default:
		set(v)
		t.Updated = im.now
		im.rep.Written++
	}
}

// detailValue reads text as the stored form of detail d.
func detailValue(d export.Detail, text string) (string, bool) {
	switch d.Kind {
	case export.DetailText:
		return text, true
	case export.DetailDate:
		v, err := checklist.ParseDate(text)
		return v, err == nil
	}
	for _, w := range d.Words() {
		if n := norm(text); n == norm(d.Text(w)) || n == norm(w) {
			return w, true
		}
	}
	return "", false
}

// detailShape names what a detail takes, with an article.
func detailShape(d export.Detail) string {
	switch d.Kind {
	case export.DetailDate:
		return "a date"
	case export.DetailStatus:
		return "an outreach status"
	}
	return "a value"
}

// notes writes a row of notes on each therapist. In vetted's own layout
// the row's label names whose notes they are ("Robin's notes"): name,
// when the notebook has no name there yet, is given it.
func (im *importer) notes(it item, field func(*store.Therapist) *string, ownLayout bool, name func(string)) {
	if ownLayout {
		label := strings.TrimSpace(safetext.Line(it.label.text))
		if who, ok := strings.CutSuffix(label, "'s notes"); ok {
			name(strings.TrimSpace(who))
		}
	}
	im.eachCell(it, func(t *store.Therapist, _ cell, text string) {
		f := field(t)
		im.write(t, *f, text, func(v string) { *f = v }, false)
	})
}

// budget writes the person's budget per session from a row that holds it
// in every therapist's column, as the export writes it; cells that
// disagree are each reported and the first amount is kept.
func (im *importer) budget(it item) {
	first := ""
	im.eachCell(it, func(_ *store.Therapist, c cell, text string) {
		v, err := checklist.Parse(checklist.Question{Kind: checklist.KindMoney}, text)
		switch {
		case err != nil:
			im.problem(c.at, "not an amount of money; skipped")
		case first == "":
			first = v
		case v != first:
			im.problem(c.at, "a budget that differs from the one before it in the row; skipped")
		}
	})
	if first == "" {
		return
	}
	switch old := im.nb.BudgetPerSession; {
	case old == first:
		im.rep.Same++
	case old != "" && !im.opts.Force:
		im.rep.Kept++
	default:
		im.nb.BudgetPerSession = first
		im.rep.Written++
	}
}

// setMe names the person, when the notebook does not yet.
func (im *importer) setMe(name string) {
	if name != "" && im.nb.People.MeName() == "" {
		im.nb.People.Me = name
		im.rep.Me = name
	}
}

// setPartner names the partner, when the notebook does not yet; the
// stand-in "Partner" of an unnamed partner's rows is no name.
func (im *importer) setPartner(name string) {
	if name != "" && name != "Partner" && !im.nb.People.HasPartner() {
		im.nb.SetPartner(name)
		im.rep.Partner = name
	}
}
