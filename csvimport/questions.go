package csvimport

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// ref is what a label names: a question, and whether the row is the
// partner's view of it.
type ref struct {
	id      string
	partner bool
}

// labelIndex finds questions by the labels a sheet may use: the Short
// label (vetted's export row label), the Prompt, the ID, and for an
// answer kept for a question not in the list, the export's
// "ID (not in your list)".
type labelIndex struct {
	nb       *store.Notebook
	byLabel  map[string]string
	personal map[string]string // Short labels of personal questions
}

func newLabelIndex(nb *store.Notebook) *labelIndex {
	idx := &labelIndex{nb: nb, byLabel: map[string]string{}, personal: map[string]string{}}
	for _, q := range nb.Catalogue().All() {
		idx.add(q)
	}
	for _, q := range nb.OrphanQuestions() {
		idx.byLabel[norm(q.Short)] = q.ID
		idx.byLabel[norm(q.ID)] = q.ID
	}
	return idx
}

// add indexes q; a label already taken keeps its first question.
func (idx *labelIndex) add(q checklist.Question) {
	for _, l := range []string{q.Short, q.Prompt, q.ID} {
		if k := norm(l); k != "" {
			if _, taken := idx.byLabel[k]; !taken {
				idx.byLabel[k] = q.ID
			}
		}
	}
	if q.Personal {
		idx.personal[norm(q.Short)] = q.ID
	}
}

// lookup finds the question a label names. "Kai: My comfort", a personal
// question's label after a name, is the partner's row.
func (idx *labelIndex) lookup(label string) (ref, bool) {
	k := norm(label)
	if id, ok := idx.byLabel[k]; ok {
		return ref{id: id}, true
	}
	if _, rest, ok := strings.Cut(k, ": "); ok {
		if id, ok := idx.personal[rest]; ok {
			return ref{id: id, partner: true}, true
		}
	}
	return ref{}, false
}

// question imports one question row: a known question, or a new one of
// the person's own.
func (im *importer) question(it item, label string, grouped bool) {
	r, ok := im.idx.lookup(it.label.text)
	var q checklist.Question
	if ok {
		im.rep.Matched++
		q, ok = im.known(r.id)
		if !ok {
			// An answer kept for a question not in the list: text as it was.
			q = checklist.Question{ID: r.id, Kind: checklist.KindText}
		}
	} else {
		var err error
		if q, err = im.newQuestion(it, grouped); err != nil {
			im.problem(it.label.at, err.Error()+"; row skipped")
			return
		}
	}
	im.eachCell(it, func(t *store.Therapist, c cell, text string) {
		if !r.partner {
			im.checkFromMark(t, q, text)
		}
		if withoutMark(text) == "" {
			return // only the mark of a credential check: nothing was answered
		}
		a, note := answerOf(q, text)
		if note != "" {
			im.problem(c.at, note)
		}
		a.At = im.now
		answers := t.Answers
		if r.partner {
			answers = t.PartnerAnswers
		}
		old, had := answers[q.ID]
		switch {
		case had && old.Status == a.Status && old.Value == a.Value && old.Note == a.Note:
			im.rep.Same++
			return
		case had && !im.opts.Force:
			im.rep.Kept++
			return
		}
		if r.partner {
			t.SetPartnerAnswer(q.ID, a)
		} else {
			t.SetAnswer(q.ID, a)
		}
		t.Updated = im.now
		im.rep.Written++
	})
}

// answerOf reads a cell as an answer to q, the way vetted's export writes
// it: "skipped", a value, a value then " — " and a note, or a note alone.
// A cell that is no value of q's kind is kept as a note without an answer,
// and problem says so.
func answerOf(q checklist.Question, text string) (a checklist.Answer, problem string) {
	if note, ok := strings.CutPrefix(text, "— "); ok {
		// A note without an answer, as the export writes it.
		return checklist.Answer{Status: checklist.StatusNoted, Note: strings.TrimSpace(note)}, ""
	}
	v, n, found := strings.Cut(text, " — ")
	v = withoutMark(v)
	if norm(v) == string(checklist.StatusSkipped) {
		return checklist.Answer{Status: checklist.StatusSkipped, Note: strings.TrimSpace(n)}, ""
	}
	if found {
		if canon, err := checklist.Parse(q, v); err == nil {
			return checklist.Answer{Status: checklist.StatusAnswered, Value: canon, Note: strings.TrimSpace(n)}, ""
		}
	}
	if canon, err := checklist.Parse(q, withoutMark(text)); err == nil {
		return checklist.Answer{Status: checklist.StatusAnswered, Value: canon}, ""
	}
	return checklist.Answer{Status: checklist.StatusNoted, Note: text},
		fmt.Sprintf("not %s for %q; kept as a note, not an answer", shapeOf(q), safetext.Line(q.Short))
}

// withoutMark drops the mark of the person's own credential check that the
// export writes after an answer ("yes ✓ confirmed"): it is the check's,
// kept in the notebook's verification record, not part of the answer.
func withoutMark(v string) string {
	for _, m := range assess.ConfirmationMarks() {
		if rest, ok := strings.CutSuffix(v, " "+m); ok {
			return rest
		}
		if v == m {
			return ""
		}
	}
	return v
}

// markOf returns the mark of a credential check that the export wrote
// after the answer in text, or "".
func markOf(text string) string {
	v, _, _ := strings.Cut(text, " — ")
	for _, m := range assess.ConfirmationMarks() {
		if v == m || strings.HasSuffix(v, " "+m) {
			return m
		}
	}
	return ""
}

// checkFromMark reads the result of the person's own credential check
// back from the mark beside the license or AASECT answer, so that an
// export read back keeps its warnings (a "directory: member" beside a
// claimed certification stays amber). The date, number and notes of the
// check are not in the sheet. A check the notebook holds already is kept
// unless Force.
func (im *importer) checkFromMark(t *store.Therapist, q checklist.Question, text string) {
	mark := markOf(text)
	if mark == "" {
		return
	}
	said := ""
	if a, _ := answerOf(q, text); a.State() == checklist.StateAnswered {
		said = a.Value
	}
	license, aasect, ok := assess.FromMark(q.ID, said, mark)
	switch {
	case !ok:
		return
	case license != "" && (t.Verification.License == "" || im.opts.Force) && t.Verification.License != license:
		t.Verification.License = license
	case aasect != "" && (t.Verification.AASECT == "" || im.opts.Force) && t.Verification.AASECT != aasect:
		t.Verification.AASECT = aasect
	default:
		return
	}
	t.Updated = im.now
	im.rep.Written++
}

// shapeOf names the answer a question takes, with an article.
func shapeOf(q checklist.Question) string {
	return "an answer of the form " + checklist.AnswerShape(q)
}

// newQuestion adds the row's label as a question of the person's own: in
// the category its group names (made when the notebook has none of that
// title), or "Imported" for a sheet without groups; of the kind every
// value in the row reads as, else text.
func (im *importer) newQuestion(it item, grouped bool) (checklist.Question, error) {
	title := "Imported"
	if grouped && strings.TrimSpace(it.group) != "" {
		title = strings.TrimSpace(safetext.Line(unguard(it.group)))
	}
	cat := im.category(title)
	prompt := strings.TrimSpace(safetext.Line(unguard(it.label.text)))
	short := ""
	if utf8.RuneCountInString(prompt) <= 40 {
		short = strings.TrimSuffix(prompt, "?")
	}
	q, err := im.nb.AddQuestion(checklist.Question{Category: cat, Kind: inferKind(it.cells), Prompt: prompt, Short: short})
	if err != nil {
		return q, err
	}
	im.idx.add(q)
	im.added[q.ID] = q
	im.rep.NewQuestions = append(im.rep.NewQuestions, NewQuestion{Short: q.Short, Category: title, Kind: q.Kind})
	return q, nil
}

// category returns the ID of the category titled title, adding one of
// the person's own when there is none.
func (im *importer) category(title string) checklist.CategoryID {
	if im.cats == nil {
		im.cats = map[string]checklist.CategoryID{}
		for _, c := range im.nb.Catalogue().AllCategories() {
			if _, dup := im.cats[norm(c.Title)]; !dup {
				im.cats[norm(c.Title)] = c.ID
			}
		}
	}
	if id, ok := im.cats[norm(title)]; ok {
		return id
	}
	im.rep.NewCategories = append(im.rep.NewCategories, title)
	id := im.nb.AddCategory(title).ID
	im.cats[norm(title)] = id
	return id
}

// inferKind is the kind every value of the row reads as: yes/no, a date,
// an amount of money (written with $), a whole number; else text.
func inferKind(cells []cell) checklist.Kind {
	var values []string
	for _, c := range cells {
		t := strings.TrimSpace(unguard(c.text))
		if t == "" || norm(t) == string(checklist.StatusSkipped) {
			continue
		}
		v, _, _ := strings.Cut(t, " — ")
		values = append(values, v)
	}
	if len(values) == 0 {
		return checklist.KindText
	}
	all := func(k checklist.Kind, also func(string) bool) bool {
		q := checklist.ShapeOwn(checklist.Question{Kind: k})
		for _, v := range values {
			if _, err := checklist.Parse(q, v); err != nil || !also(v) {
				return false
			}
		}
		return true
	}
	any := func(string) bool { return true }
	switch {
	case all(checklist.KindYesNo, any):
		return checklist.KindYesNo
	case all(checklist.KindDate, any):
		return checklist.KindDate
	case all(checklist.KindMoney, func(v string) bool { return strings.Contains(v, "$") }):
		return checklist.KindMoney
	case all(checklist.KindCount, isWholeNumber):
		return checklist.KindCount
	}
	return checklist.KindText
}

func isWholeNumber(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 12 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// known returns the question id of the notebook's catalogue as it was
// before the import, or one the import added, without merging the
// catalogue again after each question added.
func (im *importer) known(id string) (checklist.Question, bool) {
	if q, ok := im.added[id]; ok {
		return q, true
	}
	return im.before.ByID(id)
}
