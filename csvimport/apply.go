package csvimport

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
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
}

// String reads "line 12, column 4: …".
func (p Problem) String() string {
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
	// Problems are cells and rows not imported as they stand.
	Problems []Problem
}

// derivedLabels are rows vetted's export computes: read back they would
// be stale, so they are skipped.
var derivedLabels = map[string]bool{
	"fit score": true, "flags": true, "cost per month": true, "cost of whole course": true,
}

// Import reads the CSV sheet data into nb, changing it: new therapists,
// new questions and categories of the person's own, answers, credentials,
// outreach status and notes. For a dry run, pass a Clone. An error means
// the file could not be read at all, and nb is unchanged.
func Import(nb *store.Notebook, data []byte, opts Options, now time.Time) (*Report, error) {
	idx := newLabelIndex(nb)
	s, err := readSheet(data, func(l string) bool { _, ok := idx.lookup(l); return ok })
	if err != nil {
		return nil, err
	}
	rep := &Report{Layout: "one column per therapist"}
	if s.transposed {
		rep.Layout = "one row per therapist"
	}
	im := importer{nb: nb, opts: opts, now: now.UTC(), rep: rep, idx: idx,
		before: nb.Catalogue(), added: map[string]checklist.Question{}}
	im.therapists(s.names)
	notesRows := 0
	for _, it := range s.items {
		label := norm(it.label.text)
		switch {
		case label == "":
			if anyText(it.cells) {
				im.problem(it.label.at, "a row without a label; skipped")
			}
		case utf8.RuneCountInString(it.label.text) > 300:
			im.problem(it.label.at, "a label over 300 characters; row skipped")
		case derivedLabels[label]:
			rep.Derived++
		case label == "credentials":
			im.detail(it, func(t *store.Therapist) *string { return &t.Credentials })
		case label == "status" && (norm(it.group) == "therapist" || !s.vettedLayout):
			im.status(it)
		case isNotes(it, label):
			notesRows++
			if notesRows == 1 {
				im.detail(it, func(t *store.Therapist) *string { return &t.Notes })
			} else {
				im.detail(it, func(t *store.Therapist) *string { return &t.PartnerNotes })
			}
		default:
			im.question(it, label, s.vettedLayout)
		}
	}
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
}

func (im *importer) problem(at pos, text string) {
	im.rep.Problems = append(im.rep.Problems, Problem{Line: at.line, Column: at.col, Text: text})
}

// therapists matches each column's name to a therapist of the notebook,
// by name, or adds one. Two columns never share a therapist.
func (im *importer) therapists(names []cell) {
	claimed := map[int]bool{}
	for _, c := range names {
		name := strings.TrimSpace(safetext.Line(unguard(c.text)))
		if name == "" {
			name = fmt.Sprintf("Therapist %d", len(im.cols)+1)
		}
		found := -1
		for i := range im.nb.Therapists {
			if !claimed[i] && strings.EqualFold(strings.TrimSpace(safetext.Line(im.nb.Therapists[i].Name)), name) {
				found = i
				break
			}
		}
		if found < 0 {
			im.nb.Therapists = append(im.nb.Therapists, store.Therapist{ID: store.NewID(), Name: name,
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
// therapist of its column; cells beyond the columns are reported.
func (im *importer) eachCell(it item, fn func(t *store.Therapist, c cell, text string)) {
	for j, c := range it.cells {
		text := strings.TrimSpace(unguard(c.text))
		if text == "" {
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

// detail writes a text detail of each therapist (credentials, notes).
func (im *importer) detail(it item, field func(*store.Therapist) *string) {
	im.eachCell(it, func(t *store.Therapist, _ cell, text string) {
		f := field(t)
		switch {
		case *f == text:
			im.rep.Same++
		case *f != "" && !im.opts.Force:
			im.rep.Kept++
		default:
			*f = text
			t.Updated = im.now
			im.rep.Written++
		}
	})
}

// status writes each therapist's outreach step, read from its label or
// its stored word.
func (im *importer) status(it item) {
	im.eachCell(it, func(t *store.Therapist, c cell, text string) {
		var step store.Outreach
		for _, o := range store.OutreachSteps() {
			if label, _ := o.Label(); norm(text) == label || norm(text) == norm(o.Text()) || norm(text) == string(o) {
				step = o
			}
		}
		switch {
		case step == "":
			im.problem(c.at, "not an outreach status vetted knows; skipped")
		case t.Status == step:
			im.rep.Same++
		case t.Status != store.ToContact && t.Status != "" && !im.opts.Force:
			im.rep.Kept++
		default:
			t.Status, t.Updated = step, im.now
			im.rep.Written++
		}
	})
}
