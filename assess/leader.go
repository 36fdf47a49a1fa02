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
// can lead (no dealbreaker, not declined); the first in roster order wins
// a tie.
func (j *Judgement) leader(w []float64) (string, bool) {
	best, bestValue := -1, -1
	for i, js := range j.verdicts {
		if j.out[i] {
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
	return j.leader(j.weights(imp))
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
	current, hasLeader := j.leader(base)
	trial := make([]float64, len(base))
	var out []CloseCall
	for k, q := range j.questions {
		from := importanceOf(imp, q.ID)
		pos := stepIndex(from)
		for _, to := range []int{pos + 1, pos - 1} {
			if to < 0 || to >= len(steps) {
				continue
			}
			copy(trial, base)
			trial[k] = Weight(steps[to])
			id, ok := j.leader(trial)
			if ok != hasLeader || id != current {
				out = append(out, CloseCall{QuestionID: q.ID, From: from, To: steps[to], NewLeaderID: id})
			}
		}
	}
	return out
}

func stepIndex(i checklist.Importance) int {
	for n, s := range steps {
		if s == i {
			return n
		}
	}
	return 1 // nice; callers pass importanceOf, which is always a step
}
