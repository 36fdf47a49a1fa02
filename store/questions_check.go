package store

import (
	"fmt"

	"github.com/vetted-tui/vetted/checklist"
)

// checkQuestions refuses a questionnaire (Notebook.Questions) this vetted
// cannot use: a question of the person's own with an answer kind it does
// not know, an own question or category without the own prefix, two with
// one ID, or a question in a category that does not exist. With the file's
// bytes in data, the refusal says where in the file the problem is;
// without (a save), it names the problem alone.
func checkQuestions(data []byte, nb *Notebook) error {
	l := nb.Questions
	if l == nil {
		return nil
	}
	cats := map[checklist.CategoryID]bool{}
	for _, c := range checklist.Categories() {
		cats[c.ID] = true
	}
	for i, c := range l.Categories {
		if !checklist.IsOwn(string(c.ID)) || cats[c.ID] {
			return fileFields.Locate(data, "id", string(c.ID),
				fmt.Sprintf("category %d of your own has an ID that is not yours (it must start with %q and be unique)", i+1, checklist.OwnPrefix))
		}
		cats[c.ID] = true
	}
	seen := map[string]bool{}
	check := func(q checklist.Question, what string) error {
		if !checklist.KnownKind(q.Kind) {
			return fileFields.Locate(data, "kind", string(q.Kind),
				what+" has an answer kind this vetted does not know; was it made by a newer vetted?")
		}
		if err := checklist.CheckOwn(q); err != nil {
			return fileFields.Locate(data, "id", q.ID, what+": "+err.Error())
		}
		return nil
	}
	for i, q := range l.Questions {
		what := fmt.Sprintf("question %d of your own", i+1)
		if err := check(q, what); err != nil {
			return err
		}
		if seen[q.ID] {
			return fileFields.Locate(data, "id", q.ID, what+" has the ID of another")
		}
		seen[q.ID] = true
		if !cats[q.Category] {
			return fileFields.Locate(data, "category", string(q.Category), what+" is in a category that does not exist")
		}
	}
	for i, a := range l.Archive {
		if err := check(a.Question, fmt.Sprintf("archived question %d", i+1)); err != nil {
			return err
		}
	}
	return nil
}
