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

// board is every therapist's verdicts, judged once, so that leaders under
// different importances cost only a re-weighing.
type board struct {
	questions []checklist.Question
	ids       []string
	verdicts  [][]judged
	// out marks therapists who cannot lead: a dealbreaker, or they
	// declined, so choosing them is not on the table.
	out []bool
}

func newBoard(nb *store.Notebook) board {
	var b board
	if nb == nil {
		return b
	}
	s := newScorer(nb, nil)
	b.questions = s.questions
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		b.ids = append(b.ids, t.ID)
		b.verdicts = append(b.verdicts, s.judge(t))
		b.out = append(b.out, HasDealbreaker(Flags(t)) || t.Status == store.Declined)
	}
	return b
}

// leader returns the highest scorer under imp among those who can lead (no
// dealbreaker, not declined); the first in roster order wins a tie.
func (b board) leader(imp map[string]checklist.Importance) (string, bool) {
	best, bestValue := -1, -1
	for i, js := range b.verdicts {
		if b.out[i] {
			continue
		}
		if v := value(js, imp); v > bestValue {
			best, bestValue = i, v
		}
	}
	if best < 0 {
		return "", false
	}
	return b.ids[best], true
}

// Leader returns the ID of the therapist with the highest fit score among
// those who can still be chosen: no dealbreaker (a red flag), not declined;
// a tie goes to whoever comes first in the roster. ok is false when no
// therapist qualifies.
func Leader(nb *store.Notebook) (id string, ok bool) {
	return newBoard(nb).leader(importances(nb))
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
// changed: each trial works on a copy of the importance map.
func CloseCalls(nb *store.Notebook) []CloseCall {
	b := newBoard(nb)
	imp := importances(nb)
	current, hasLeader := b.leader(imp)
	trial := make(map[string]checklist.Importance, len(imp)+1)
	for k, v := range imp {
		trial[k] = v
	}
	var out []CloseCall
	for _, q := range b.questions {
		from := importanceOf(imp, q.ID)
		pos := stepIndex(from)
		for _, to := range []int{pos + 1, pos - 1} {
			if to < 0 || to >= len(steps) {
				continue
			}
			trial[q.ID] = steps[to]
			id, ok := b.leader(trial)
			if ok != hasLeader || id != current {
				out = append(out, CloseCall{QuestionID: q.ID, From: from, To: steps[to], NewLeaderID: id})
			}
		}
		// Restore exactly, including absence, so later trials see nb's map.
		if v, ok := imp[q.ID]; ok {
			trial[q.ID] = v
		} else {
			delete(trial, q.ID)
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
