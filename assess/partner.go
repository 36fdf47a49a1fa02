package assess

import (
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// disagreeGap is how far apart two ratings must be to count as a
// disagreement: one step on a 1-5 scale is noise, two is worth talking about.
const disagreeGap = 2

// Disagreements returns, in interview order, the personal rating questions
// (checklist.Question.Personal) where the person and their partner both gave
// a rating and the two differ by 2 or more.
func Disagreements(t *store.Therapist) []string {
	if t == nil {
		return nil
	}
	var out []string
	for _, q := range personalRatings {
		mine, ok1 := rating(q, t.Answers)
		theirs, ok2 := rating(q, t.PartnerAnswers)
		if !ok1 || !ok2 {
			continue
		}
		if d := mine - theirs; d >= disagreeGap || d <= -disagreeGap {
			out = append(out, q.ID)
		}
	}
	return out
}

// personalRatings are the personal rating questions, the ones two people
// can disagree on; read once, as Catalogue copies the whole catalogue.
var personalRatings = func() []checklist.Question {
	var out []checklist.Question
	for _, q := range checklist.Catalogue() {
		if q.Personal && q.Kind == checklist.KindRating {
			out = append(out, q)
		}
	}
	return out
}()

// rating returns the answer to rating question q in m as a number, read
// like any other answer (so "4/5" is 4).
func rating(q checklist.Question, m map[string]checklist.Answer) (int64, bool) {
	v, ok := recorded(q, m)
	if !ok {
		return 0, false
	}
	return checklist.Int(v)
}
