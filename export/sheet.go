package export

import (
	"errors"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// errNoNotebook is returned for a nil notebook, a caller's mistake that
// should not become an empty file.
var errNoNotebook = errors.New("export: no notebook to write")

// row is one line of a comparison: a question, asked of the person or, for
// personal questions, of their partner.
type row struct {
	q checklist.Question
	// label is the first column: the question's Short, prefixed with the
	// partner's name on a partner row ("Kai: My comfort").
	label   string
	partner bool
}

// answer returns what was recorded for r about t, and whether anything was.
func (r row) answer(t *store.Therapist) (checklist.Answer, bool) {
	m := t.Answers
	if r.partner {
		m = t.PartnerAnswers
	}
	a, ok := m[r.q.ID]
	return a, ok
}

// orphansID is the stand-in category of the answers kept for questions
// not in the list.
const orphansID checklist.CategoryID = "orphans"

// section is one category of the comparison with its rows.
type section struct {
	cat  checklist.Category
	rows []row
}

// sections lays the catalogue out as the comparison's rows, category by
// category in interview order. A personal question gets a second row for
// the partner when there is one (named, or with answers recorded).
func sections(nb *store.Notebook) []section {
	var out []section
	set := nb.Catalogue()
	cats := set.Categories()
	orphans := nb.OrphanQuestions()
	if len(orphans) > 0 {
		cats = append(cats, checklist.Category{ID: orphansID, Title: store.OrphanTitle})
	}
	for _, c := range cats {
		s := section{cat: c}
		in := set.InCategory(c.ID)
		if c.ID == orphansID {
			in = orphans
		}
		for _, q := range in {
			s.rows = append(s.rows, row{q: q, label: q.Short})
			if q.Personal && hasPartner(nb, q.ID) {
				s.rows = append(s.rows, row{q: q, label: partnerName(nb) + ": " + q.Short, partner: true})
			}
		}
		out = append(out, s)
	}
	return out
}

// hasPartner reports whether nb names a partner or holds a partner answer
// to question id.
func hasPartner(nb *store.Notebook, id string) bool {
	if nb.People.HasPartner() {
		return true
	}
	for i := range nb.Therapists {
		if _, ok := nb.Therapists[i].PartnerAnswers[id]; ok {
			return true
		}
	}
	return false
}

// partnerName is the partner's name made safe, or "Partner" when unnamed.
func partnerName(nb *store.Notebook) string {
	if p := nb.People.PartnerName(); p != "" {
		return p
	}
	return "Partner"
}

// myName is the person's name made safe, or "You" when unnamed.
func myName(nb *store.Notebook) string {
	if p := nb.People.MeName(); p != "" {
		return p
	}
	return "You"
}

// notesLabel is the heading of a row of notes: "Your notes" when the
// person is unnamed (never "Me's notes"), else "Robin's notes".
func notesLabel(name string) string {
	if name == "" {
		return "Your notes"
	}
	return name + "'s notes"
}
