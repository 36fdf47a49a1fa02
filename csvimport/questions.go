package csvimport

import (
	"fmt"
	"slices"
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
// question's label after a name, is the partner's row; the name may hold
// ": " itself.
func (idx *labelIndex) lookup(label string) (ref, bool) {
	k := norm(label)
	if id, ok := idx.byLabel[k]; ok {
		return ref{id: id}, true
	}
	for i := strings.Index(k, ": "); i >= 0; {
		if id, ok := idx.personal[k[i+2:]]; ok {
			return ref{id: id, partner: true}, true
		}
		next := strings.Index(k[i+2:], ": ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return ref{}, false
}

// The places of export.QuestionColumns in an item's about cells.
const (
	aboutImportance = iota
	aboutWording
	aboutKind
	aboutOptions
	aboutBetter
	aboutWhy
)

// aboutText is the cleaned text of an item's about cell i, or "".
func aboutText(it item, i int) string {
	if i >= len(it.about) {
		return ""
	}
	return strings.TrimSpace(safetext.Clean(it.about[i].text))
}

// question imports one question row: a known question, or a new one of
// the person's own.
func (im *importer) question(it item, label string, grouped bool) {
	r, ok := im.idx.lookup(it.label.text)
	var q checklist.Question
	switch {
	case ok:
		im.rep.Matched++
		q, ok = im.known(r.id)
		if !ok {
			// An answer kept for a question not in the list: text as it was.
			q = checklist.Question{ID: r.id, Kind: checklist.KindText}
		}
	case utf8.RuneCountInString(it.label.text) > 300:
		im.problem(it.label.at, "a label over 300 characters; row skipped")
		return
	default:
		var err error
		if q, err = im.newQuestion(it, grouped); err != nil {
			im.problem(it.label.at, err.Error()+"; row skipped")
			return
		}
	}
	if r.partner {
		im.partnerRow(it, q)
	} else {
		im.importance(it, q)
	}
	im.eachCell(it, func(t *store.Therapist, c cell, text string) {
		text = strings.TrimSpace(text)
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

// partnerRow notes a row of the partner's view of q in the report, and
// names the partner from its label ("Kai: My comfort") when the notebook
// has no partner yet.
func (im *importer) partnerRow(it item, q checklist.Question) {
	im.rep.PartnerRows = append(im.rep.PartnerRows, safetext.Line(q.Short))
	label := strings.TrimSpace(safetext.Line(it.label.text))
	if name, ok := strings.CutSuffix(label, ": "+strings.TrimSpace(safetext.Line(q.Short))); ok {
		name = strings.TrimSpace(name)
		if im.rep.PartnerOf == "" {
			im.rep.PartnerOf = name
		}
		im.setPartner(name)
	}
}

// importance writes the priority the row's Importance cell gives q, when
// it differs from the one q has; a priority the notebook holds is kept
// unless Force.
func (im *importer) importance(it item, q checklist.Question) {
	text := aboutText(it, aboutImportance)
	if text == "" || q.ID == "" {
		return
	}
	v, ok := checklist.ParseImportance(text)
	if !ok {
		im.problem(it.about[aboutImportance].at, "not an importance vetted knows (ignore, nice to have, important, must-have); skipped")
		return
	}
	_, set := im.nb.Importance[q.ID]
	switch {
	case checklist.ImportanceIn(im.nb.Importance, q.ID) == v:
		im.rep.Same++
	case set && !im.opts.Force:
		im.rep.Kept++
	default:
		if im.nb.Importance == nil {
			im.nb.Importance = map[string]checklist.Importance{}
		}
		im.nb.Importance[q.ID] = v
		im.rep.Importance++
		im.rep.Written++
	}
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
// title), or "Imported" for a sheet without groups. What vetted's export
// wrote about it (export.QuestionColumns) gives its wording, kind,
// options, better answer and why it is asked, and the label is its short
// label as it was; without them, the label is its wording, and its kind
// is the one every value in the row reads as, else text.
func (im *importer) newQuestion(it item, grouped bool) (checklist.Question, error) {
	title := "Imported"
	if grouped && strings.TrimSpace(it.group) != "" {
		title = strings.TrimSpace(safetext.Line(it.group))
	}
	cat := im.category(title)
	label := strings.TrimSpace(safetext.Line(it.label.text))
	q := checklist.Question{Category: cat, Kind: inferKind(it.cells), Prompt: label}
	if utf8.RuneCountInString(label) <= 40 {
		q.Short = strings.TrimSuffix(label, "?")
	}
	if wording := safetext.Line(aboutText(it, aboutWording)); wording != "" {
		q.Prompt, q.Short = wording, label
		im.shape(&q, it)
	}
	q, err := im.nb.AddQuestion(q)
	if err != nil {
		return q, err
	}
	im.idx.add(q)
	im.added[q.ID] = q
	im.rep.NewQuestions = append(im.rep.NewQuestions, NewQuestion{Short: q.Short, Category: title, Kind: q.Kind})
	return q, nil
}

// shape gives q the kind, options, better answer and hint the row's
// about cells name. A kind vetted does not know, a choice without two
// options or a better answer the kind cannot have is reported and left
// to the defaults (the kind the values read as; no better answer).
func (im *importer) shape(q *checklist.Question, it item) {
	at := func(i int) pos {
		if i < len(it.about) {
			return it.about[i].at
		}
		return it.label.at
	}
	q.Hint = safetext.Line(aboutText(it, aboutWhy))
	kind := checklist.Kind(norm(aboutText(it, aboutKind)))
	switch {
	case kind == "":
	case !checklist.KnownKind(kind):
		im.problem(at(aboutKind), "not an answer kind vetted knows; the kind is worked out from the answers")
	default:
		q.Kind = kind
	}
	for _, l := range strings.Split(aboutText(it, aboutOptions), "\n") {
		if l = strings.TrimSpace(safetext.Line(l)); l != "" {
			q.Choices = append(q.Choices, checklist.Choice{Label: l})
		}
	}
	if (q.Kind == checklist.KindChoice || q.Kind == checklist.KindMulti) && len(q.Choices) < 2 {
		im.problem(at(aboutOptions), "a choice question needs two options or more; the kind is worked out from the answers")
		q.Kind = inferKind(it.cells)
	}
	better := strings.ToLower(aboutText(it, aboutBetter))
	if slices.Contains(checklist.BetterOptions(q.Kind), better) {
		q.Better = better
	} else {
		im.problem(at(aboutBetter), "not a better answer this kind of question can have; left out")
	}
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
		t := strings.TrimSpace(c.text)
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
