package questions

import (
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
)

// rowKind says what a row of the questions list is.
type rowKind int

const (
	rowCategory rowKind = iota
	rowQuestion
	rowHeading // "Archive", "Kept answers": not selectable for edits
	rowArchived
	rowOrphan
)

// row is one line of the list.
type row struct {
	kind     rowKind
	category checklist.CategoryID
	q        checklist.Question
	index    int    // archive index for rowArchived
	text     string // the line as drawn, before the marker
}

// Cursor is the index of the selected row.
func (qm Model) Cursor() int { return qm.window.Cursor() }

// Row is row i of the list: its key ("q:ID" for a question or a kept
// answer's question, "c:ID" for a category, "a:N" for archive entry N,
// "h:" and its text for a heading) and its text as drawn, before the
// marker; ok is false past the end.
func (qm Model) Row(i int) (key, text string, ok bool) {
	if i < 0 || i >= len(qm.rows) {
		return "", "", false
	}
	return rowKey(qm.rows[i]), qm.rows[i].text, true
}

// refresh rebuilds the rows from the notebook, keeping the cursor on the
// same question or category where it still exists.
func (qm Model) refresh() Model {
	var keep string
	if r, ok := qm.selected(); ok {
		keep = rowKey(r)
	}
	nb := qm.common.Notebook()
	set := nb.Catalogue()
	qm.rows = qm.rows[:0:0]
	for _, c := range set.AllCategories() {
		mark := ""
		if checklist.IsOwn(string(c.ID)) {
			mark = " (yours)"
		}
		qm.rows = append(qm.rows, row{kind: rowCategory, category: c.ID, text: strings.ToUpper(safetext.Line(c.Title)) + mark})
		for _, q := range set.All() {
			if q.Category != c.ID {
				continue
			}
			qm.rows = append(qm.rows, row{kind: rowQuestion, category: c.ID, q: q, text: questionLine(set, q, nb.AnswerCount(q.ID))})
		}
	}
	if nb.Questions != nil && len(nb.Questions.Archive) > 0 {
		qm.rows = append(qm.rows, row{kind: rowHeading, text: "ARCHIVE (r restores)"})
		for i, a := range nb.Questions.Archive {
			qm.rows = append(qm.rows, row{kind: rowArchived, q: a.Question, index: i,
				text: fmt.Sprintf("%s · %s %s · %s", safetext.Line(a.Question.Prompt), safetext.Line(a.Reason),
					a.At.Local().Format(checklist.DateForm), screen.Plural(len(a.Answers), "answer"))})
		}
	}
	if ids, counts := nb.Orphans(); len(ids) > 0 {
		qm.rows = append(qm.rows, row{kind: rowHeading, text: "KEPT ANSWERS TO QUESTIONS NOT IN YOUR LIST"})
		for _, id := range ids {
			qm.rows = append(qm.rows, row{kind: rowOrphan, q: checklist.Question{ID: id},
				text: safetext.Line(id) + " · " + screen.Plural(counts[id], "answer") + " kept in the file"})
		}
	}
	qm = qm.resize()
	qm.window = qm.window.Select(0)
	for i, r := range qm.rows {
		if rowKey(r) == keep {
			qm.window = qm.window.Select(i)
		}
	}
	return qm
}

// questionLine is a question's row: its marker (yours, built-in or
// hidden), its prompt and how many therapists answered it.
func questionLine(set *checklist.Set, q checklist.Question, answered int) string {
	tag := "[built-in]"
	switch {
	case checklist.IsOwn(q.ID):
		tag = "[yours]"
	case set.Hidden(q.ID):
		tag = "[hidden]"
	}
	line := tag + " " + safetext.Line(q.Prompt)
	if answered > 0 {
		line += " · " + screen.Plural(answered, "answer")
	}
	return line
}

// rowKey identifies a row across refreshes.
func rowKey(r row) string {
	switch r.kind {
	case rowCategory:
		return "c:" + string(r.category)
	case rowQuestion, rowOrphan:
		return "q:" + r.q.ID
	case rowArchived:
		return fmt.Sprintf("a:%d", r.index)
	}
	return "h:" + r.text
}

// selected returns the row under the cursor.
func (qm Model) selected() (row, bool) {
	if i := qm.window.Cursor(); i < len(qm.rows) {
		return qm.rows[i], true
	}
	return row{}, false
}

// currentCategory is the category of the row under the cursor, for adding
// a question there; the first category otherwise.
func (qm Model) currentCategory() checklist.CategoryID {
	if r, ok := qm.selected(); ok && r.category != "" {
		return r.category
	}
	return checklist.Education
}
