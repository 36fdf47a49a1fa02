package assess

import (
	"math"
	"slices"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// steps are the importances from least to most, for moving one step.
var steps = []checklist.Importance{checklist.Ignore, checklist.Nice, checklist.Important, checklist.MustHave}

// CloseCall is a change of one question's importance, one step up or down,
// that would put a different therapist in the lead.
type CloseCall struct {
	QuestionID string
	From, To   checklist.Importance
	// NewLeaderID is the therapist who would lead, or empty when no
	// therapist would: raising a question to must-have can rule the last
	// one out, since a red flag rules out only on a must-have (RuledOut).
	NewLeaderID string
}

// weights returns the weight of each of j's questions under imp, in the
// order of j.questions.
func (j *Judgement) weights(imp map[string]checklist.Importance) []float64 {
	w := make([]float64, len(j.questions))
	for k, q := range j.questions {
		w[k] = Weight(importanceOf(imp, q.ID))
	}
	return w
}

// leader returns the highest scorer under the weights w among those who
// can lead (out[i] false: not ruled out, not declined); the first in
// roster order wins a tie.
func (j *Judgement) leader(w []float64, out []bool) (string, bool) {
	best, bestValue := -1, -1
	for i, js := range j.verdicts {
		if out[i] {
			continue
		}
		if v := weighedValue(js, w); v > bestValue {
			best, bestValue = i, v
		}
	}
	if best < 0 {
		return "", false
	}
	return j.ids[best], true
}

// Leader returns the ID of the therapist with the highest fit score among
// those who can still be chosen: no dealbreaker (a red flag), not declined;
// a tie goes to whoever comes first in the roster. ok is false when no
// therapist qualifies.
func Leader(nb *store.Notebook) (id string, ok bool) {
	return Judge(nb).Leader(importances(nb))
}

// Leader is the package's Leader under the importances imp, from verdicts
// already judged.
func (j *Judgement) Leader(imp map[string]checklist.Importance) (id string, ok bool) {
	return j.leader(j.weights(imp), j.out(imp, nil))
}

func importances(nb *store.Notebook) map[string]checklist.Importance {
	if nb == nil {
		return nil
	}
	return nb.Importance
}

// CloseCalls moves each scoring question's importance one step up and one
// step down (ignore < nice < important < must) and reports every move that
// would change the leader, in interview order, up before down. nb is not
// changed.
func CloseCalls(nb *store.Notebook) []CloseCall {
	return Judge(nb).CloseCalls(importances(nb))
}

// CloseCalls is the package's CloseCalls under the importances imp, from
// verdicts already judged: an importance cannot change a verdict, so every
// trial only weighs again. imp is not changed.
func (j *Judgement) CloseCalls(imp map[string]checklist.Importance) []CloseCall {
	base := j.weights(imp)
	baseOut := j.out(imp, nil)
	current, hasLeader := j.leader(base, baseOut)
	// Only a move of a question that holds a red flag can change who is
	// ruled out; every other trial keeps baseOut.
	red := map[string]bool{}
	for _, fs := range j.flags {
		for _, f := range fs {
			if f.Level == Red {
				red[f.QuestionID] = true
			}
		}
	}
	// A trial changes one weight, k's: every therapist's score moves by
	// their verdict on k times the change, so it is estimated from the
	// sums under base, and weighed exactly only near the top.
	sums := j.sums(base)
	est := make([]float64, len(j.ids))
	var out []CloseCall
	for k, q := range j.questions {
		from := importanceOf(imp, q.ID)
		pos := stepIndex(from)
		for _, to := range []int{pos + 1, pos - 1} {
			if to < 0 || to >= len(steps) {
				continue
			}
			ruled := baseOut
			if red[q.ID] {
				ruled = j.out(imp, &move{q.ID, steps[to]})
			}
			id, ok := j.leaderWith(base, sums, est, k, Weight(steps[to]), ruled)
			if ok != hasLeader || id != current {
				out = append(out, CloseCall{QuestionID: q.ID, From: from, To: steps[to], NewLeaderID: id})
			}
		}
	}
	return out
}

// sums returns each therapist's sum of earned × weight under w.
func (j *Judgement) sums(w []float64) []float64 {
	out := make([]float64, len(j.ids))
	for i, js := range j.verdicts {
		for k, jd := range js {
			out[i] += jd.earned * w[k]
		}
	}
	return out
}

// leaderWith is leader under base with question k's weight set to wk.
// Every score is first estimated from the sums under base (one
// multiplication each, into est); only the therapists whose estimate
// comes within a point of the best are weighed exactly, in roster order,
// as weighedValue does, so the leader is the one weighing from scratch
// finds, to the last bit.
func (j *Judgement) leaderWith(base, sums, est []float64, k int, wk float64, out []bool) (string, bool) {
	var weights float64
	for m, w := range base {
		if m == k {
			w = wk
		}
		weights += w
	}
	top := math.Inf(-1)
	for i := range j.verdicts {
		if out[i] {
			continue
		}
		est[i] = 0
		if weights != 0 {
			est[i] = 100 * (sums[i] + j.verdicts[i][k].earned*(wk-base[k])) / weights
		}
		top = max(top, est[i])
	}
	var trial []float64
	best, bestValue := -1, -1
	for i, js := range j.verdicts {
		// Weighed exactly only if it can still beat the best so far: an
		// estimate more than a point below the top rounds below it, and
		// one under bestValue+0.5 rounds to bestValue at most, which does
		// not take the lead from an earlier therapist (so a roster of many
		// near-equal therapists weighs one of each, not all of them).
		if out[i] || est[i] < max(top-1, float64(bestValue)+0.5)-estimateSlack {
			continue
		}
		if trial == nil {
			trial = slices.Clone(base)
			trial[k] = wk
		}
		if v := weighedValue(js, trial); v > bestValue {
			best, bestValue = i, v
		}
	}
	if best < 0 {
		return "", false
	}
	return j.ids[best], true
}

// estimateSlack covers the difference between an estimate and the exact
// sum, a few units in the last place of a value under 100, many times
// over.
const estimateSlack = 1e-3

func stepIndex(i checklist.Importance) int {
	for n, s := range steps {
		if s == i {
			return n
		}
	}
	return 1 // nice; callers pass importanceOf, which is always a step
}
