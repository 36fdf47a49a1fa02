package store

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/vetted-tui/vetted/checklist"
)

// This file edits the person's own questionnaire (Notebook.Questions).
// Every edit builds a new checklist.Layout and new answer maps, never
// changing the ones a Snapshot or checklist.Merge may hold.

// Catalogue returns the notebook's catalogue: the built-in questions the
// person has not hidden and their own, in their order. It is cached per
// layout, so screens may ask on every frame. A nil notebook gives the
// built-in catalogue.
func (nb *Notebook) Catalogue() *checklist.Set {
	if nb == nil {
		return checklist.Builtin()
	}
	return checklist.Merge(nb.Questions)
}

// ErrNoQuestion is returned by an edit naming a question the notebook's
// catalogue does not hold, or a built-in one where only an own one will do.
var ErrNoQuestion = errors.New("vetted: there is no such question of your own")

// AnswerCount returns how many therapists have something recorded for
// question id: an answer, a skip or a note, theirs or their partner's.
func (nb *Notebook) AnswerCount(id string) int {
	n := 0
	for _, t := range nb.Therapists {
		_, mine := t.Answers[id]
		_, theirs := t.PartnerAnswers[id]
		if mine || theirs {
			n++
		}
	}
	return n
}

// AddCategory adds a category of the person's own at the end and returns it.
func (nb *Notebook) AddCategory(title string) checklist.Category {
	l := nb.Questions.Clone()
	c := checklist.Category{ID: checklist.CategoryID(checklist.NewOwnID()), Title: strings.TrimSpace(title)}
	l.Categories = append(l.Categories, c)
	nb.Questions = l
	return c
}

// RenameCategory gives a category of the person's own a new title.
func (nb *Notebook) RenameCategory(id checklist.CategoryID, title string) error {
	l := nb.Questions.Clone()
	i := slices.IndexFunc(l.Categories, func(c checklist.Category) bool { return c.ID == id })
	if i < 0 {
		return ErrNoQuestion
	}
	l.Categories[i].Title = strings.TrimSpace(title)
	nb.Questions = l
	return nil
}

// DeleteCategory removes an empty category of the person's own. One that
// still holds questions is refused: they are deleted (to the archive) or
// moved first, so no question is lost with its category.
func (nb *Notebook) DeleteCategory(id checklist.CategoryID) error {
	i := -1
	if nb.Questions != nil {
		i = slices.IndexFunc(nb.Questions.Categories, func(c checklist.Category) bool { return c.ID == id })
	}
	if i < 0 {
		return ErrNoQuestion
	}
	if slices.ContainsFunc(nb.Questions.Questions, func(q checklist.Question) bool { return q.Category == id }) {
		return errors.New("vetted: that category still has questions; delete or move them first")
	}
	l := nb.Questions.Clone()
	l.Categories = slices.Delete(l.Categories, i, i+1)
	l.CategoryOrder = slices.DeleteFunc(l.CategoryOrder, func(c checklist.CategoryID) bool { return c == id })
	nb.Questions = l
	return nil
}

// AddQuestion adds q as a question of the person's own, at the end of its
// category, with a fresh ID, and returns it as stored.
func (nb *Notebook) AddQuestion(q checklist.Question) (checklist.Question, error) {
	q.ID = checklist.NewOwnID()
	q = checklist.ShapeOwn(q)
	if err := nb.checkQuestion(q); err != nil {
		return checklist.Question{}, err
	}
	l := nb.Questions.Clone()
	l.Questions = append(l.Questions, q)
	nb.Questions = l
	return q, nil
}

// checkQuestion refuses an own question that CheckOwn refuses or whose
// category the notebook does not have.
func (nb *Notebook) checkQuestion(q checklist.Question) error {
	if err := checklist.CheckOwn(q); err != nil {
		return err
	}
	if hasCategory(nb.Questions, q.Category) {
		return nil
	}
	return fmt.Errorf("vetted: there is no such category")
}

// hasCategory reports whether id is a built-in category or one of l's.
// It never merges l: a Layout being edited must not reach Merge's cache
// before it is done (Merge keeps its result per Layout).
func hasCategory(l *checklist.Layout, id checklist.CategoryID) bool {
	if _, ok := checklist.CategoryByID(id); ok {
		return true
	}
	return l != nil && slices.ContainsFunc(l.Categories, func(c checklist.Category) bool { return c.ID == id })
}

// EditQuestion replaces the own question with q's ID by q. When the kind
// changes and therapists have answers to it, those answers are archived
// first (see Restore) and archived reports how many therapists had one.
func (nb *Notebook) EditQuestion(q checklist.Question, now time.Time) (archived int, err error) {
	l := nb.Questions.Clone()
	i := slices.IndexFunc(l.Questions, func(o checklist.Question) bool { return o.ID == q.ID })
	if i < 0 {
		return 0, ErrNoQuestion
	}
	q = checklist.ShapeOwn(q)
	if err := nb.checkQuestion(q); err != nil {
		return 0, err
	}
	old := l.Questions[i]
	if old.Kind != q.Kind || !keepsChoices(old, q) {
		archived = nb.archive(l, old, checklist.ReasonKindChanged, now, false)
	}
	l.Questions[i] = q
	nb.Questions = l
	return archived, nil
}

// keepsChoices reports whether every option of old is still an option of
// q, so that every answer to old still reads under q.
func keepsChoices(old, q checklist.Question) bool {
	for _, c := range old.Choices {
		if !slices.ContainsFunc(q.Choices, func(n checklist.Choice) bool { return n.ID == c.ID }) {
			return false
		}
	}
	return true
}

// ChangeSetsAside reports whether replacing the own question with q's ID
// by q would set its answers aside in the archive (a new kind, an option
// removed), and for how many therapists; the questions screen asks first.
func (nb *Notebook) ChangeSetsAside(q checklist.Question) int {
	old, ok := nb.Catalogue().ByID(q.ID)
	if !ok || (old.Kind == q.Kind && keepsChoices(old, q)) {
		return 0
	}
	return nb.AnswerCount(q.ID)
}

// DeleteQuestion removes the own question id. It goes to the archive with
// its answers, if any, so that it can be restored with its wording;
// archived reports how many therapists had an answer.
func (nb *Notebook) DeleteQuestion(id string, now time.Time) (archived int, err error) {
	l := nb.Questions.Clone()
	i := slices.IndexFunc(l.Questions, func(o checklist.Question) bool { return o.ID == id })
	if i < 0 {
		return 0, ErrNoQuestion
	}
	archived = nb.archive(l, l.Questions[i], checklist.ReasonDeleted, now, true)
	l.Questions = slices.Delete(l.Questions, i, i+1)
	l.QuestionOrder = slices.DeleteFunc(l.QuestionOrder, func(s string) bool { return s == id })
	nb.Questions = l
	return archived, nil
}

// archive moves every therapist's answers to q into a new entry of l's
// archive and returns how many therapists had one. Without answers it
// adds an entry only when always is set.
func (nb *Notebook) archive(l *checklist.Layout, q checklist.Question, reason string, now time.Time, always bool) int {
	n := nb.AnswerCount(q.ID)
	if n == 0 && !always {
		return 0
	}
	entry := checklist.Archived{Question: q, Reason: reason, At: now.UTC(),
		Answers: map[string]checklist.Answer{}, PartnerAnswers: map[string]checklist.Answer{}}
	move := func(t *Therapist) {
		if a, ok := t.Answers[q.ID]; ok {
			entry.Answers[t.ID] = a
			t.ClearAnswer(q.ID)
		}
		if a, ok := t.PartnerAnswers[q.ID]; ok {
			entry.PartnerAnswers[t.ID] = a
			t.ClearPartnerAnswer(q.ID)
		}
	}
	for i := range nb.Therapists {
		move(&nb.Therapists[i])
	}
	// The recently deleted's answers go with the others: restored later,
	// they would otherwise hold answers to a question that is gone. They
	// stay in the entry when it is restored (Restore gives answers back to
	// the roster only) until the therapist is back.
	for i := range nb.Deleted {
		move(&nb.Deleted[i].Therapist)
	}
	l.Archive = append(l.Archive, entry)
	return n
}

// Restore brings archive entry i back: its question (in place of the
// current one with that ID, which is archived in turn if it has answers)
// and its answers for the therapists still in the notebook. It returns how
// many therapists got an answer back. Answers of therapists deleted since
// stay in the archive entry, which then remains.
func (nb *Notebook) Restore(i int, now time.Time) (restored int, err error) {
	if nb.Questions == nil || i < 0 || i >= len(nb.Questions.Archive) {
		return 0, ErrNoQuestion
	}
	l := nb.Questions.Clone()
	entry := l.Archive[i]
	l.Archive = slices.Delete(l.Archive, i, i+1)
	q := entry.Question
	if !hasCategory(l, q.Category) {
		// Its category was removed since (whether or not a newer version
		// of the question lives elsewhere): bring the category back too,
		// or the question would belong nowhere and no save would pass.
		l.Categories = append(l.Categories, checklist.Category{ID: q.Category, Title: "Restored"})
	}
	if j := slices.IndexFunc(l.Questions, func(o checklist.Question) bool { return o.ID == q.ID }); j >= 0 {
		nb.archive(l, l.Questions[j], checklist.ReasonKindChanged, now, true)
		l.Questions[j] = q
	} else {
		l.Questions = append(l.Questions, q)
	}
	left := checklist.Archived{Question: q, Reason: entry.Reason, At: entry.At,
		Answers: map[string]checklist.Answer{}, PartnerAnswers: map[string]checklist.Answer{}}
	for tid, a := range entry.Answers {
		if k, ok := nb.Find(tid); ok {
			nb.Therapists[k].SetAnswer(q.ID, a)
			restored++
		} else {
			left.Answers[tid] = a
		}
	}
	for tid, a := range entry.PartnerAnswers {
		if k, ok := nb.Find(tid); ok {
			nb.Therapists[k].SetPartnerAnswer(q.ID, a)
		} else {
			left.PartnerAnswers[tid] = a
		}
	}
	if len(left.Answers)+len(left.PartnerAnswers) > 0 {
		l.Archive = append(l.Archive, left)
	}
	nb.Questions = l
	return restored, nil
}

// SetHidden hides or shows the built-in question id. Its answers stay.
func (nb *Notebook) SetHidden(id string, hidden bool) error {
	if _, ok := checklist.ByID(id); !ok {
		return ErrNoQuestion
	}
	l := nb.Questions.Clone()
	l.Hidden = slices.DeleteFunc(l.Hidden, func(s string) bool { return s == id })
	if hidden {
		l.Hidden = append(l.Hidden, id)
	}
	nb.Questions = l
	return nil
}

// MoveQuestion moves question id by delta places within its category
// (negative is up). It reports whether anything moved.
func (nb *Notebook) MoveQuestion(id string, delta int) bool {
	set := nb.Catalogue()
	q, ok := set.ByID(id)
	if !ok {
		return false
	}
	all := set.All()
	var in []int // indexes into all of q's category
	for i, o := range all {
		if o.Category == q.Category {
			in = append(in, i)
		}
	}
	at := slices.IndexFunc(in, func(i int) bool { return all[i].ID == id })
	to := at + delta
	if to < 0 || to >= len(in) || delta == 0 {
		return false
	}
	order := make([]string, len(all))
	for i, o := range all {
		order[i] = o.ID
	}
	order[in[at]], order[in[to]] = order[in[to]], order[in[at]]
	l := nb.Questions.Clone()
	l.QuestionOrder = order
	nb.Questions = l
	return true
}

// MoveCategory moves category id by delta places among all categories.
// It reports whether anything moved.
func (nb *Notebook) MoveCategory(id checklist.CategoryID, delta int) bool {
	cats := nb.Catalogue().AllCategories()
	at := slices.IndexFunc(cats, func(c checklist.Category) bool { return c.ID == id })
	to := at + delta
	if at < 0 || to < 0 || to >= len(cats) || delta == 0 {
		return false
	}
	moved := cats[at]
	cats = slices.Insert(slices.Delete(cats, at, at+1), to, moved)
	l := nb.Questions.Clone()
	l.CategoryOrder = make([]checklist.CategoryID, len(cats))
	for i, c := range cats {
		l.CategoryOrder[i] = c.ID
	}
	nb.Questions = l
	return true
}

// Orphans returns the question IDs that therapists have answers to but the
// notebook's catalogue does not know (a hand-edited file, a newer
// vetted's question), sorted, with how many therapists answered each.
// They are kept in the file and shown as such, never dropped.
func (nb *Notebook) Orphans() (ids []string, counts map[string]int) {
	set := nb.Catalogue()
	counts = map[string]int{}
	for i := range nb.Therapists {
		for _, id := range nb.Therapists[i].OrphanIDs(set) {
			counts[id]++
		}
	}
	ids = slices.Sorted(maps.Keys(counts))
	return ids, counts
}

// OrphanIDs returns the question IDs, each once and sorted, that t has an
// answer to (theirs or their partner's) and set does not know.
func (t *Therapist) OrphanIDs(set *checklist.Set) []string {
	var ids []string
	for _, m := range []map[string]checklist.Answer{t.Answers, t.PartnerAnswers} {
		for id := range m {
			if _, ok := set.ByID(id); !ok && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	slices.Sort(ids)
	return ids
}

// OrphanTitle heads the answers to questions the notebook's catalogue does
// not know, wherever they are shown (comparison, exports).
const OrphanTitle = "Kept answers to questions not in your list"

// OrphanQuestions returns a stand-in question for each of Orphans, so the
// answers can be shown as such: free text under the stored ID, which the
// comparison and the exports show as it was recorded, scoring nothing.
func (nb *Notebook) OrphanQuestions() []checklist.Question {
	ids, _ := nb.Orphans()
	out := make([]checklist.Question, len(ids))
	for i, id := range ids {
		out[i] = OrphanQuestion(id)
	}
	return out
}

// OrphanQuestion is the stand-in question for the orphan id (see
// OrphanQuestions).
func OrphanQuestion(id string) checklist.Question {
	return checklist.Question{ID: id, Category: "orphans", Kind: checklist.KindText,
		Prompt: id, Short: id + " (not in your list)"}
}
