package assess

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// Part is one question's share of a fit score.
type Part struct {
	QuestionID string
	Importance checklist.Importance
	// Weight comes from Importance (see Weight).
	Weight float64
	// Earned is the favourable share of the answer, from 0 to 1.
	Earned float64
	// Reason is one line for a breakdown, such as "+2.0 State license: yes"
	// or "+0.0 Fee per session: not answered yet". The number is the
	// contribution, Earned × Weight.
	Reason string
}

// Score is a therapist's fit with the person's priorities.
type Score struct {
	// Value is 0 to 100: round(100 × Σ Earned×Weight / Σ Weight), or 0
	// when nothing carries weight.
	Value int
	// Dealbreaker is true when a red flag (see Flags) is on a question the
	// person holds as a must-have (see RuledOut): the therapist is out
	// whatever the score. The score is still computed so the person can
	// see it.
	Dealbreaker bool
	// MustMissed lists the must-have questions, in interview order, that
	// the therapist does not meet. A must-have is missed when it is
	// unanswered, skipped or unreadable; when the answer earned 0 (the
	// unfavourable yes/no answer, the last-ranked choice, a fee over the
	// budget, the worst number or date of the row, the lowest rating); and
	// for yes/no questions when the answer is not the preferred one, so
	// "unsure" misses. An answer that earned part of its share, such as a
	// fee $1 above the cheapest or a comfort rating of 4 out of 5, meets it.
	MustMissed []string
	// Parts are the weighted questions, largest contribution first.
	Parts []Part
}

// notAnswered is the reason of a question with no usable answer. The score
// is the share of KNOWN good: an unanswered question earns nothing, so
// asking more questions can only raise a score, never hide a bad answer.
const notAnswered = "not answered yet"

// skippedReason is the reason of a question the person chose to skip: it
// earns nothing, like an unanswered one, but says what happened.
const skippedReason = "skipped"

// Weight returns how much an importance weighs: ignore 0, nice 1,
// important 2, must 3. An empty or unknown importance weighs as nice, the
// notebook's default for questions the person has not ranked.
func Weight(i checklist.Importance) float64 {
	switch i {
	case checklist.Ignore:
		return 0
	case checklist.Important:
		return 2
	case checklist.MustHave:
		return 3
	}
	return 1
}

// importanceOf returns the importance of a question in m, with the default
// (checklist.DefaultImportance: nice, or ignore for an OptIn question) for
// a missing or unknown entry, so every caller sees the same step.
func importanceOf(m map[string]checklist.Importance, id string) checklist.Importance {
	return checklist.ImportanceIn(m, id)
}

// judged is one question's unweighted verdict on one therapist: weights
// come later, so CloseCalls can re-weigh without re-judging.
type judged struct {
	// q points into the scorer's questions: a Question is large, and a
	// roster has thousands of verdicts.
	q      *checklist.Question
	earned float64
	text   string
	// missed says the answer would not meet a must-have (see misses).
	missed bool
}

// span is the range of answered values of one numeric question across the
// notebook.
type span struct {
	lo, hi float64
	n      int
}

// scorer holds what judging needs from the whole notebook: the budget and
// the range of every number and date, computed once.
type scorer struct {
	questions []checklist.Question // the questions that can score
	ranged    []int                // indices into questions of the numbers and dates
	budget    int64
	hasBudget bool
	spans     map[string]span
	memo      canonMemo
}

// newScorer prepares a scorer for the notebook's therapists and extra:
// extra stands in for the notebook's therapist with its ID, or joins them
// when it has none, so FitScore is right for a copy being edited outside
// the notebook.
func newScorer(nb *store.Notebook, extra *store.Therapist) *scorer {
	s := baseScorer(nb)
	var people []*store.Therapist
	replaced := false
	if nb != nil {
		for i := range nb.Therapists {
			t := &nb.Therapists[i]
			if extra != nil && t.ID == extra.ID {
				t, replaced = extra, true
			}
			people = append(people, t)
		}
	}
	if extra != nil && !replaced {
		people = append(people, extra)
	}
	nums := make([][]number, len(people))
	for i, t := range people {
		nums[i] = s.numbers(t)
	}
	s.setSpans(nums)
	return s
}

// baseScorer is a scorer for nb without its ranges (spans).
func baseScorer(nb *store.Notebook) *scorer {
	s := &scorer{spans: make(map[string]span), memo: canonMemo{}}
	if nb != nil {
		s.budget, s.hasBudget = checklist.Cents(nb.BudgetPerSession)
	}
	// "Sees couples" matters only to someone who comes with a partner: a
	// person choosing alone is not scored on it.
	withPartner := nb != nil && nb.People.HasPartner()
	// The notebook's catalogue: hidden built-ins do not score, the
	// person's own questions with a better answer do.
	for _, q := range nb.Catalogue().Questions() {
		d := orderOf(q)
		if d == noOrder && !(q.ID == checklist.QFee && s.hasBudget) {
			continue
		}
		if q.ID == checklist.QPartners && !withPartner {
			continue
		}
		s.questions = append(s.questions, q)
		if d == lowFirst || d == highFirst {
			s.ranged = append(s.ranged, len(s.questions)-1)
		}
	}
	return s
}

// number is one therapist's answer to a number or date question, as
// judging reads it, and whether there is a usable one.
type number struct {
	v  float64
	ok bool
}

// numbers returns t's answers to the scorer's number and date questions,
// in the order of s.ranged.
func (s *scorer) numbers(t *store.Therapist) []number {
	out := make([]number, len(s.ranged))
	for r, k := range s.ranged {
		q := s.questions[k]
		c, ok := s.memo.recorded(q, t.Answers)
		if !ok {
			continue
		}
		out[r].v, out[r].ok = s.memo.numeric(q, c)
	}
	return out
}

// setSpans works out the range of every number and date question from
// each therapist's numbers.
func (s *scorer) setSpans(nums [][]number) {
	for r, k := range s.ranged {
		var sp span
		for _, ns := range nums {
			n := ns[r]
			if !n.ok {
				continue
			}
			if sp.n == 0 || n.v < sp.lo {
				sp.lo = n.v
			}
			if sp.n == 0 || n.v > sp.hi {
				sp.hi = n.v
			}
			sp.n++
		}
		s.spans[s.questions[k].ID] = sp
	}
}

// judge returns t's verdict on every scoring question, in interview order.
func (s *scorer) judge(t *store.Therapist) []judged {
	out := make([]judged, len(s.questions))
	for k := range s.questions {
		out[k] = s.verdict(k, t)
	}
	return out
}

// verdict is t's verdict on the k-th scoring question.
func (s *scorer) verdict(k int, t *store.Therapist) judged {
	q := &s.questions[k]
	earned, text := s.judgeOne(*q, t)
	return judged{q: q, earned: earned, text: text, missed: misses(*q, earned, text)}
}

// misses reports whether a verdict fails a must-have: nothing usable was
// recorded (judgeOne's reason is then exactly notAnswered), the answer
// earned nothing (the unfavourable yes/no answer, the last choice, over
// budget, the worst of the row, the lowest rating), or a yes/no answer is
// not the preferred one ("unsure" is not a yes). A number that is merely
// not the best, a fee $1 above the cheapest, meets the must-have.
func misses(q checklist.Question, earned float64, text string) bool {
	switch {
	case text == notAnswered, text == skippedReason, earned == 0:
		return true
	case orderOf(q) == preferred:
		return earned < 1
	}
	return false
}

func (s *scorer) judgeOne(q checklist.Question, t *store.Therapist) (float64, string) {
	if q.Personal && q.Kind == checklist.KindRating {
		return s.comfort(q, t)
	}
	v, ok := s.memo.recorded(q, t.Answers)
	why := ""
	if q.ID == checklist.QLicense || q.ID == checklist.QAASECT {
		// The person's own check overrides what was said on the call.
		v, why, ok = Checked(t, q.ID)
	}
	if !ok {
		if t.Answers[q.ID].State() == checklist.StateSkipped {
			return 0, skippedReason
		}
		return 0, notAnswered
	}
	earned, text := s.judgeValue(q, v)
	if why != "" {
		text = why
	}
	return earned, text
}

// judgeValue is judgeOne for the canonical answer v.
func (s *scorer) judgeValue(q checklist.Question, v string) (float64, string) {
	if q.ID == checklist.QFee && s.hasBudget {
		fee, ok := checklist.Cents(v)
		if !ok {
			return 0, notAnswered
		}
		if fee <= s.budget {
			return 1, fmt.Sprintf("%s, within your %s budget", checklist.FormatCents(fee, true), checklist.FormatCents(s.budget, true))
		}
		return 0, fmt.Sprintf("%s, %s over your %s budget", checklist.FormatCents(fee, true), checklist.FormatCents(fee-s.budget, true), checklist.FormatCents(s.budget, true))
	}
	switch orderOf(q) {
	case preferred:
		switch v {
		case q.Better:
			return 1, v
		case checklist.Unsure:
			return 0.5, v
		}
		return 0, v
	case ranked:
		i, ok := choiceRank(q, v)
		if !ok {
			return 0, notAnswered
		}
		text := s.memo.valueText(q, v)
		if len(q.Choices) == 1 {
			return 1, text
		}
		return 1 - float64(i)/float64(len(q.Choices)-1), text
	case lowFirst, highFirst:
		// The verdict depends on the value alone once the spans are known,
		// and rows repeat their values: remember it.
		k := canonKey{q.ID, v, memoRelative}
		if c, ok := s.memo[k]; ok {
			return c.number, c.value
		}
		earned, text := s.relative(q, v)
		s.memo[k] = canonValue{value: text, number: earned, ok: true}
		return earned, text
	}
	return 0, notAnswered
}

// relative scores a number or date against the other therapists' answers:
// the best in the row earns 1, the worst 0, linear between.
func (s *scorer) relative(q checklist.Question, value string) (float64, string) {
	v, ok := s.memo.numeric(q, value)
	if !ok {
		return 0, notAnswered
	}
	text := s.memo.valueText(q, value)
	sp := s.spans[q.ID]
	if sp.n <= 1 {
		return 1, text + " (the only answer so far)"
	}
	if sp.hi == sp.lo {
		return 1, text + " (all " + strconv.Itoa(sp.n) + " answers the same)"
	}
	share := (v - sp.lo) / (sp.hi - sp.lo)
	if orderOf(q) == lowFirst {
		share = 1 - share
	}
	share = clamp01(share)
	switch share {
	case 1:
		return 1, text + " (best of " + strconv.Itoa(sp.n) + ")"
	case 0:
		return 0, text + " (worst of " + strconv.Itoa(sp.n) + ")"
	}
	// Concatenation rather than fmt: a roster of 500 makes thousands of
	// these on every rebuild of the comparison.
	return share, text + " (between best and worst of " + strconv.Itoa(sp.n) + ")"
}

// comfort scores a personal rating as (r-min)/(max-min), averaging in the
// partner's rating when there is one; either person's rating alone counts.
func (s *scorer) comfort(q checklist.Question, t *store.Therapist) (float64, string) {
	lo, hi := q.Min, q.Max
	if hi <= lo {
		lo, hi = 1, 5
	}
	share := func(m map[string]checklist.Answer) (float64, int64, bool) {
		v, ok := s.memo.recorded(q, m)
		if !ok {
			return 0, 0, false
		}
		r, ok := checklist.Int(v)
		if !ok {
			return 0, 0, false
		}
		return clamp01(float64(r-lo) / float64(hi-lo)), r, true
	}
	me, mine, okMe := share(t.Answers)
	pa, theirs, okPa := share(t.PartnerAnswers)
	switch {
	case okMe && okPa:
		return (me + pa) / 2, fmt.Sprintf("%d/%d, partner %d/%d", mine, hi, theirs, hi)
	case okMe:
		return me, fmt.Sprintf("%d/%d", mine, hi)
	case okPa:
		return pa, fmt.Sprintf("partner %d/%d", theirs, hi)
	}
	return 0, notAnswered
}

func clamp01(f float64) float64 { return math.Max(0, math.Min(1, f)) }

// FitScore scores t against the person's priorities in nb. Only questions
// with an order (checklist.Question.Better) score, plus the fee against
// nb.BudgetPerSession when a budget is set. Each question earns a
// favourable share from 0 to 1:
//   - yes/no: the preferred answer 1, "unsure" 0.5, the other 0;
//   - ranked choices: first 1 to last 0, linear;
//   - numbers and dates: against the other therapists in nb, best 1 and
//     worst 0, linear; 1 when all answers are equal or there is only one;
//   - the fee with a budget: 1 at or under budget, else 0;
//   - a personal rating: (r-1)/(max-1), averaged with the partner's.
//
// "Sees couples" (treat.partners) scores only when nb names a partner
// (People.Partner): it matters only to someone who comes with one.
//
// Answers are judged in their canonical form (checklist.Parse), so "Yes"
// and "$185" count like "yes" and "185.00". Unanswered and skipped
// questions, and answers that do not parse, earn 0: the score is the share
// of what is KNOWN to be good. Weights come from nb.Importance (see Weight).
func FitScore(nb *store.Notebook, t *store.Therapist) Score {
	if t == nil {
		return Score{}
	}
	return newScorer(nb, t).score(importances(nb), t)
}

// FitScores returns the fit score of every therapist in nb, in roster
// order. It reads the notebook's ranges once, so scoring a roster of n
// costs n judgements rather than n² (see BenchmarkFitScores). A caller
// that also needs flags or close calls should Judge once instead.
func FitScores(nb *store.Notebook) []Score {
	if nb == nil {
		return nil
	}
	return Judge(nb).Scores(importances(nb))
}

// score weighs t's verdicts by imp into a Score with its breakdown.
func (s *scorer) score(imp map[string]checklist.Importance, t *store.Therapist) Score {
	return scoreOf(s.judge(t), imp, RuledOut(Flags(t), imp))
}

// scoreOf weighs verdicts js by imp into a Score with its breakdown.
func scoreOf(js []judged, imp map[string]checklist.Importance, dealbreaker bool) Score {
	levels := make([]checklist.Importance, len(js))
	for k, j := range js {
		levels[k] = importanceOf(imp, j.q.ID)
	}
	return scoreAt(js, levels, dealbreaker, nil)
}

// reasonKey is what a Part's Reason is made of.
type reasonKey struct {
	q            *checklist.Question
	contribution float64
	text         string
}

// reasonMemo remembers Reasons across a roster, whose therapists share
// many verdicts ("+2.0 State license: yes"). A nil memo remembers nothing.
type reasonMemo map[reasonKey]string

func (m reasonMemo) reason(q *checklist.Question, c float64, text string) string {
	k := reasonKey{q, c, text}
	if r, ok := m[k]; ok {
		return r
	}
	r := contribution(c) + " " + q.Short + ": " + text
	if m != nil {
		m[k] = r
	}
	return r
}

// scoreAt is scoreOf with the importance of each verdict looked up
// already, levels[k] for js[k]: a roster's scores share one lookup.
func scoreAt(js []judged, levels []checklist.Importance, dealbreaker bool, reasons reasonMemo) Score {
	sc := valueAt(js, levels, dealbreaker)
	if !weighs(levels) {
		return sc
	}
	sc.Parts = make([]Part, 0, len(js))
	for k, j := range js {
		i := levels[k]
		w := Weight(i)
		if w == 0 {
			continue
		}
		sc.Parts = append(sc.Parts, Part{
			QuestionID: j.q.ID,
			Importance: i,
			Weight:     w,
			Earned:     j.earned,
			Reason:     reasons.reason(j.q, j.earned*w, j.text),
		})
	}
	// Stable: equal contributions keep interview order.
	slices.SortStableFunc(sc.Parts, func(a, b Part) int {
		ca, cb := a.Earned*a.Weight, b.Earned*b.Weight
		switch {
		case ca != cb:
			return cmp.Compare(cb, ca)
		case a.Weight != b.Weight:
			return cmp.Compare(b.Weight, a.Weight)
		}
		return 0
	})
	return sc
}

// valueAt is scoreAt without the breakdown (Parts nil).
func valueAt(js []judged, levels []checklist.Importance, dealbreaker bool) Score {
	sc := Score{Dealbreaker: dealbreaker}
	var sum, weights float64
	for k, j := range js {
		w := Weight(levels[k])
		sum += j.earned * w
		weights += w
		if levels[k] == checklist.MustHave && j.missed {
			sc.MustMissed = append(sc.MustMissed, j.q.ID)
		}
	}
	if weights > 0 {
		sc.Value = roundScore(sum, weights)
	}
	return sc
}

// weighs reports whether any of levels carries weight: a score with no
// weight has no breakdown.
func weighs(levels []checklist.Importance) bool {
	for _, i := range levels {
		if Weight(i) > 0 {
			return true
		}
	}
	return false
}

// contribution writes a part's share of the score as fmt's "%+.1f" does
// ("+2.0", "+0.5"), without fmt's cost: it runs for every scoring
// question of every therapist.
func contribution(c float64) string {
	s := strconv.FormatFloat(c, 'f', 1, 64)
	if c < 0 || math.Signbit(c) {
		return s
	}
	return "+" + s
}

// roundScore is the 0-100 score of sum earned out of weights.
func roundScore(sum, weights float64) int {
	return int(math.Round(100 * sum / weights))
}
