package assess

import (
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// CategoryTally is one category's initial and question count.
type CategoryTally struct {
	Letter string
	ID     checklist.CategoryID
	Total  int
}

// CategoryCounts tallies the notebook's catalogue, in interview order.
// A category's letter is the first letter of its title.
func CategoryCounts(set *checklist.Set) []CategoryTally {
	var out []CategoryTally
	for _, c := range set.Categories() {
		letter, _ := utf8.DecodeRuneInString(safetext.Line(c.Title))
		if letter == utf8.RuneError {
			letter = '?'
		}
		out = append(out, CategoryTally{string(letter), c.ID, len(set.InCategory(c.ID))})
	}
	return out
}

// AnsweredIn counts t's answered questions of one category.
func AnsweredIn(set *checklist.Set, t *store.Therapist, id checklist.CategoryID) int {
	n := 0
	for _, q := range set.InCategory(id) {
		if a, ok := t.Answers[q.ID]; ok && a.Answered() {
			n++
		}
	}
	return n
}
