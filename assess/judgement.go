package assess

import (
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
}

// Judge judges every therapist of nb once: each scoring question's
// verdict, and the flags. A nil notebook gives an empty Judgement.
func Judge(nb *store.Notebook) *Judgement {
	j := &Judgement{}
	if nb == nil {
		return j
	}
	s := newScorer(nb, nil)
	n := len(nb.Therapists)
	j.questions = s.questions
	j.ids = make([]string, n)
	j.verdicts = make([][]judged, n)
	j.flags = make([][]Flag, n)
	j.declined = make([]bool, n)
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		j.ids[i] = t.ID
		j.verdicts[i] = s.judge(t)
		j.flags[i] = Flags(t)
		j.declined[i] = t.Status == store.Declined
	}
	return j
}

// Len returns how many therapists were judged.
func (j *Judgement) Len() int { return len(j.ids) }

// Flags returns the flags of the i-th therapist in roster order, as Flags
// gives them. The slice is shared: do not change it.
func (j *Judgement) Flags(i int) []Flag { return j.flags[i] }

// Scores returns every therapist's fit score under the importances imp,
// in roster order, as FitScore gives each.
func (j *Judgement) Scores(imp map[string]checklist.Importance) []Score {
	levels := make([]checklist.Importance, len(j.questions))
	for k, q := range j.questions {
		levels[k] = importanceOf(imp, q.ID)
	}
	out := make([]Score, len(j.ids))
	reasons := reasonMemo{}
	for i := range j.ids {
		out[i] = scoreAt(j.verdicts[i], levels, RuledOut(j.flags[i], imp), reasons)
	}
	return out
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
