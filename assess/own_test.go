package assess

import (
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// TestOwnQuestionsScoreAndHiddenOnesDoNot: a question of the person's own
// with a better answer counts in the fit score and as a must-have; a
// hidden built-in counts for nothing.
func TestOwnQuestionsScoreAndHiddenOnesDoNot(t *testing.T) {
	nb := notebook(nil, therapist("a"), therapist("b"))
	q, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindYesNo, Better: "yes", Prompt: "Weekends?"})
	if err != nil {
		t.Fatal(err)
	}
	nb.Importance = only(map[string]checklist.Importance{q.ID: checklist.MustHave, checklist.QLicense: checklist.Important})
	nb.Importance[q.ID] = checklist.MustHave
	nb.Therapists[0].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
	nb.Therapists[1].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "no"})
	nb.Therapists[0].SetAnswer(checklist.QLicense, checklist.Answer{Status: checklist.StatusAnswered, Value: "no"})
	nb.Therapists[1].SetAnswer(checklist.QLicense, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})

	a, b := FitScore(nb, &nb.Therapists[0]), FitScore(nb, &nb.Therapists[1])
	// a: own must-have met (3 of 3), license not (0 of 2): 60. b: 40.
	if a.Value != 60 || b.Value != 40 {
		t.Errorf("scores %d and %d, want 60 and 40", a.Value, b.Value)
	}
	if len(b.MustMissed) != 1 || b.MustMissed[0] != q.ID || len(a.MustMissed) != 0 {
		t.Errorf("must-haves missed: a %v, b %v", a.MustMissed, b.MustMissed)
	}
	if err := nb.SetHidden(checklist.QLicense, true); err != nil {
		t.Fatal(err)
	}
	if a, b := FitScore(nb, &nb.Therapists[0]), FitScore(nb, &nb.Therapists[1]); a.Value != 100 || b.Value != 0 {
		t.Errorf("with the license hidden: %d and %d, want 100 and 0", a.Value, b.Value)
	}
	j := Judge(nb)
	if s := j.Scores(nb.Importance); s[0].Value != 100 {
		t.Errorf("Judge disagrees with FitScore: %d", s[0].Value)
	}
}
