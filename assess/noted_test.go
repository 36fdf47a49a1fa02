package assess

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// A note saved without an answer ("it depends") counts as not answered:
// no flag, no share of the score, and a must-have it stands on is missed.
func TestNoteOnlyAnswerCountsAsNotAnswered(t *testing.T) {
	nb := store.New()
	nb.Importance[checklist.QLicense] = checklist.MustHave
	th := store.Therapist{ID: "t1", Name: "Dr Ada", Answers: map[string]checklist.Answer{
		checklist.QLicense: {Status: checklist.StatusNoted, Note: "it depends on the state"},
		checklist.QContact: {Status: checklist.StatusNoted, Value: "yes", Note: "a stray value"},
	}}
	nb.Therapists = append(nb.Therapists, th)
	if flags := Flags(&nb.Therapists[0]); len(flags) != 0 {
		t.Fatalf("a noted question raised flags: %+v", flags)
	}
	sc := FitScore(nb, &nb.Therapists[0])
	found := false
	for _, p := range sc.Parts {
		if p.QuestionID == checklist.QLicense {
			found = true
			if p.Earned != 0 || !strings.Contains(p.Reason, notAnswered) {
				t.Errorf("noted license judged %+v, want not answered", p)
			}
		}
	}
	if !found {
		t.Fatal("the must-have license is missing from the breakdown")
	}
	// Contact starts as a must-have (StartsMust): noted, it is missed too.
	if len(sc.MustMissed) != 2 || sc.MustMissed[0] != checklist.QLicense || sc.MustMissed[1] != checklist.QContact {
		t.Errorf("MustMissed = %v, want the noted license and contact", sc.MustMissed)
	}
}
