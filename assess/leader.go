package assess

import (
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
	// therapist would (which cannot happen today: dealbreakers do not
	// depend on importance, but the field says so rather than guessing).
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
// can lead (no dealbreaker, not declined), leaving out the therapist except
// (none when empty); the first in roster order wins a tie.
func (j *Judgement) leader(w []float64, except string) (string, bool) {
	best, bestValue := -1, -1
	for i, js := range j.verdicts {
		if j.out[i] || except != "" && j.ids[i] == except {
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
	return j.leader(j.weights(imp), "")
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
	current, hasLeader := j.leader(base, "")
	// A trial changes one weight, k's: every therapist's running sum up to
	// k is the same as under base, so it is kept and only the rest added.
	// The additions happen in the same order as weighedValue's, so each
	// trial's scores are exactly those of weighing from scratch.
	sums := j.runningSums(base)
	var out []CloseCall
	for k, q := range j.questions {
		from := importanceOf(imp, q.ID)
		pos := stepIndex(from)
		for _, to := range []int{pos + 1, pos - 1} {
			if to < 0 || to >= len(steps) {
				continue
			}
			id, ok := j.leaderWith(base, sums, k, Weight(steps[to]))
			if ok != hasLeader || id != current {
				out = append(out, CloseCall{QuestionID: q.ID, From: from, To: steps[to], NewLeaderID: id})
			}
		}
	}
	return out
}

// runningSums returns, for each therapist, the sum of earned × weight over
// their first k verdicts at index k, and at index len(j.ids) the same sum
// of the weights alone (equal for everyone).
func (j *Judgement) runningSums(w []float64) [][]float64 {
	n := len(j.questions)
	out := make([][]float64, len(j.ids)+1)
	for i, js := range j.verdicts {
		row := make([]float64, n+1)
		for k, jd := range js {
			row[k+1] = row[k] + jd.earned*w[k]
		}
		out[i] = row
	}
	weights := make([]float64, n+1)
	for k := range n {
		weights[k+1] = weights[k] + w[k]
	}
	out[len(j.ids)] = weights
	return out
}

// leaderWith is leader under base with question k's weight set to wk,
// resuming each therapist's running sum at k.
func (j *Judgement) leaderWith(base []float64, sums [][]float64, k int, wk float64) (string, bool) {
	weights := sums[len(j.ids)][k] + wk
	for m := k + 1; m < len(base); m++ {
		weights += base[m]
	}
	best, bestValue := -1, -1
	for i, js := range j.verdicts {
		if j.out[i] {
			continue
		}
		sum := sums[i][k] + js[k].earned*wk
		for m := k + 1; m < len(js); m++ {
			sum += js[m].earned * base[m]
		}
		v := 0
		if weights != 0 {
			v = roundScore(sum, weights)
		}
		if v > bestValue {
			best, bestValue = i, v
		}
	}
	if best < 0 {
		return "", false
	}
	return j.ids[best], true
}

func stepIndex(i checklist.Importance) int {
	for n, s := range steps {
		if s == i {
			return n
		}
	}
	return 1 // nice; callers pass importanceOf, which is always a step
}
