package assess

import (
	"slices"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// Judgement is every therapist's verdicts and flags in one notebook,
// judged once. Importances change no verdict and no flag, so scores, the
// leader and close calls under any importances cost only a weighing: build
// a Judgement once per change of the notebook's therapists or budget and
// ask it as often as needed (each importance trial of CloseCalls, the
// scores and close calls of the comparison).
//
// A Judgement holds copies, never the notebook's maps: it stays right for
// the notebook it was built from however that notebook changes later.
type Judgement struct {
	questions []checklist.Question // the questions that can score
	ids       []string
	verdicts  [][]judged // [therapist][question], in interview order
	flags     [][]Flag
	// declined marks therapists who declined: they cannot lead. Red
	// flags rule out by the person's priorities (RuledOut), so who else
	// cannot lead is worked out per importances (see out).
	declined []bool

	// What the verdicts were judged from, so that Rejudge can tell which
	// still hold: each therapist's inputs, and the notebook-wide context
	// (catalogue, budget, partner, the ranges of numbers and dates).
	inputs []judgeInputs
	ctx    judgeContext
	// nums are each therapist's numbers and dates, from which spans, the
	// ranges that number verdicts are judged against, follow.
	nums  [][]number
	spans map[string]span
}

// judgeInputs is what a therapist's verdicts and flags are judged from.
// The maps are the notebook's own, kept only to be recognised (answer
// maps are never written in place, see store.SameAnswers), never read
// for a verdict.
type judgeInputs struct {
	answers, partner map[string]checklist.Answer
	verification     store.Verification
	status           store.Outreach
}

func inputsOf(t *store.Therapist) judgeInputs {
	return judgeInputs{answers: t.Answers, partner: t.PartnerAnswers, verification: t.Verification, status: t.Status}
}

// same reports whether in gives the verdicts and flags that t would.
func (in *judgeInputs) same(t *store.Therapist) bool {
	return in.status == t.Status && in.verification == t.Verification &&
		store.SameAnswers(in.answers, t.Answers) && store.SameAnswers(in.partner, t.PartnerAnswers)
}

// judgeContext is what every verdict shares besides the ranges: the
// scoring questions follow from the catalogue (a merged Set is never
// changed, so its pointer stands for its content), the budget and whether
// there is a partner.
type judgeContext struct {
	set         *checklist.Set
	budget      int64
	hasBudget   bool
	withPartner bool
}

// Judge judges every therapist of nb once: each scoring question's
// verdict, and the flags. A nil notebook gives an empty Judgement.
func Judge(nb *store.Notebook) *Judgement {
	return Rejudge(nil, nb)
}

// Rejudge is Judge for nb, reusing the verdicts and flags of prev, a
// judgement of an earlier state of the notebook, for every therapist
// whose answers, partner answers, check of credentials and status are
// unchanged, as long as what all verdicts share is unchanged too (the
// questions, the budget, the partner, the ranges of numbers and dates).
// After one answer changes, it judges one therapist instead of all of
// them. A nil prev judges everyone.
func Rejudge(prev *Judgement, nb *store.Notebook) *Judgement {
	j := &Judgement{}
	if nb == nil {
		return j
	}
	s := baseScorer(nb)
	j.ctx = judgeContext{set: nb.Catalogue(), budget: s.budget, hasBudget: s.hasBudget, withPartner: nb.People.HasPartner()}
	if prev != nil && prev.ctx != j.ctx {
		prev = nil
	}
	if prev != nil {
		// The same questions: kept verdicts point into prev's slice.
		s.questions = prev.questions
	}
	n := len(nb.Therapists)
	j.questions = s.questions
	j.ids = make([]string, n)
	j.verdicts = make([][]judged, n)
	j.flags = make([][]Flag, n)
	j.declined = make([]bool, n)
	j.inputs = make([]judgeInputs, n)
	j.nums = make([][]number, n)
	kept := make([]int, n) // index in prev of an unchanged therapist, or -1
	var byID map[string]int
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		j.ids[i] = t.ID
		j.inputs[i] = inputsOf(t)
		j.declined[i] = t.Status == store.Declined
		kept[i] = -1
		if k, ok := prev.find(t.ID, i, &byID); ok && prev.inputs[k].same(t) {
			kept[i] = k
			j.nums[i], j.flags[i] = prev.nums[k], prev.flags[k]
			continue
		}
		j.nums[i], j.flags[i] = s.numbers(t), Flags(t)
	}
	s.setSpans(j.nums)
	j.spans = s.spans
	// A range that moved changes that question's verdicts for everyone.
	var moved []int
	if prev != nil {
		for _, k := range s.ranged {
			if id := s.questions[k].ID; prev.spans[id] != s.spans[id] {
				moved = append(moved, k)
			}
		}
	}
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		if kept[i] < 0 {
			j.verdicts[i] = s.judge(t)
			continue
		}
		v := prev.verdicts[kept[i]]
		if len(moved) > 0 {
			v = slices.Clone(v)
			for _, k := range moved {
				v[k] = s.verdict(k, t)
			}
		}
		j.verdicts[i] = v
	}
	return j
}

// find returns the index of therapist id in j, looking first at hint (the
// roster rarely changes order); byID is built on the first miss. A nil j
// holds nobody.
func (j *Judgement) find(id string, hint int, byID *map[string]int) (int, bool) {
	if j == nil {
		return 0, false
	}
	if hint < len(j.ids) && j.ids[hint] == id {
		return hint, true
	}
	if *byID == nil {
		*byID = make(map[string]int, len(j.ids))
		for k, id := range j.ids {
			(*byID)[id] = k
		}
	}
	k, ok := (*byID)[id]
	return k, ok
}

// Len returns how many therapists were judged.
func (j *Judgement) Len() int { return len(j.ids) }

// Flags returns the flags of the i-th therapist in roster order, as Flags
// gives them. The slice is shared: do not change it.
func (j *Judgement) Flags(i int) []Flag { return j.flags[i] }

// Scores returns every therapist's fit score under the importances imp,
// in roster order, as FitScore gives each.
func (j *Judgement) Scores(imp map[string]checklist.Importance) []Score {
	levels := j.levels(imp)
	out := make([]Score, len(j.ids))
	reasons := reasonMemo{}
	for i := range j.ids {
		out[i] = scoreAt(j.verdicts[i], levels, RuledOut(j.flags[i], imp), reasons)
	}
	return out
}

// ScoresWithoutParts is Scores without the breakdowns (every Parts is
// nil): the value, the dealbreaker and the missed must-haves. A roster
// shows those for everyone and the breakdown of one (Score), which costs
// most of a score.
func (j *Judgement) ScoresWithoutParts(imp map[string]checklist.Importance) []Score {
	levels := j.levels(imp)
	out := make([]Score, len(j.ids))
	for i := range j.ids {
		out[i] = valueAt(j.verdicts[i], levels, RuledOut(j.flags[i], imp))
	}
	return out
}

// Score returns the i-th therapist's fit score under imp, breakdown
// included, as Scores gives it.
func (j *Judgement) Score(i int, imp map[string]checklist.Importance) Score {
	return scoreAt(j.verdicts[i], j.levels(imp), RuledOut(j.flags[i], imp), nil)
}

// levels is the importance under imp of each of j's questions.
func (j *Judgement) levels(imp map[string]checklist.Importance) []checklist.Importance {
	levels := make([]checklist.Importance, len(j.questions))
	for k, q := range j.questions {
		levels[k] = importanceOf(imp, q.ID)
	}
	return levels
}

// weighedValue is the 0-100 score of verdicts js under the weights w (one
// per verdict). It adds in the same order as scoreAt, so a leader found by
// weighing is the therapist with the highest Score.Value, to the last bit.
func weighedValue(js []judged, w []float64) int {
	var sum, weights float64
	for k, jd := range js {
		sum += jd.earned * w[k]
		weights += w[k]
	}
	if weights == 0 {
		return 0
	}
	return roundScore(sum, weights)
}

// out marks the therapists who cannot lead under the importances imp:
// declined, or ruled out by a red flag on a must-have (RuledOut). With
// trial set, question trial.id counts at trial.to instead, for a close
// call's move.
func (j *Judgement) out(imp map[string]checklist.Importance, trial *move) []bool {
	out := make([]bool, len(j.ids))
	for i := range out {
		out[i] = j.declined[i] || ruledOut(j.flags[i], imp, trial)
	}
	return out
}

// move is one question's importance set to another step.
type move struct {
	id string
	to checklist.Importance
}
