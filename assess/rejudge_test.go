package assess

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// TestRejudgeAgreesWithJudge checks that a judgement rebuilt from an
// earlier one gives the scores, flags and close calls that judging from
// scratch gives, after each kind of change: an answer, a number that
// moves a range, a check of credentials, a status, the budget, a partner,
// therapists removed and reordered.
func TestRejudgeAgreesWithJudge(t *testing.T) {
	imp := map[string]checklist.Importance{checklist.QFee: checklist.MustHave, checklist.QLicense: checklist.MustHave}
	changes := map[string]func(nb *store.Notebook){
		"nothing": func(nb *store.Notebook) {},
		"a yes/no answer": func(nb *store.Notebook) {
			nb.Therapists[2].SetAnswer(checklist.QInsurance, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
		},
		"a number past the range": func(nb *store.Notebook) {
			nb.Therapists[5].SetAnswer(checklist.QYears, checklist.Answer{Status: checklist.StatusAnswered, Value: "99"})
		},
		"a red flag": func(nb *store.Notebook) {
			nb.Therapists[1].SetAnswer(checklist.QContact, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
		},
		"an equal map": func(nb *store.Notebook) {
			nb.Therapists[3].Answers = maps.Clone(nb.Therapists[3].Answers)
		},
		"a check": func(nb *store.Notebook) {
			nb.Therapists[0].Verification.License = store.LicenseNotFound
		},
		"a status":   func(nb *store.Notebook) { nb.Therapists[4].Status = store.Declined },
		"the budget": func(nb *store.Notebook) { nb.BudgetPerSession = "120.00" },
		"a partner":  func(nb *store.Notebook) { nb.SetPartner("Sam") },
		"removed and reordered": func(nb *store.Notebook) {
			nb.Therapists = slices.Delete(nb.Therapists, 1, 2)
			slices.Reverse(nb.Therapists)
		},
	}
	for name, change := range changes {
		t.Run(name, func(t *testing.T) {
			nb := benchNotebook(12)
			prev := Judge(nb)
			next := nb.Clone()
			next.Therapists = slices.Clone(nb.Therapists) // share the maps, as the root's notebook does
			change(next)
			got, want := Rejudge(prev, next), Judge(next)
			if !reflect.DeepEqual(got.Scores(imp), want.Scores(imp)) {
				t.Fatalf("scores differ:\n%+v\n%+v", got.Scores(imp), want.Scores(imp))
			}
			for i := range next.Therapists {
				if !reflect.DeepEqual(got.Flags(i), want.Flags(i)) {
					t.Fatalf("therapist %d: flags %v, want %v", i, got.Flags(i), want.Flags(i))
				}
			}
			if g, w := got.CloseCalls(imp), want.CloseCalls(imp); !reflect.DeepEqual(g, w) {
				t.Fatalf("close calls %v, want %v", g, w)
			}
		})
	}
}

// TestRejudgeKeepsUnchangedVerdicts checks that an unchanged therapist's
// verdicts are reused, not judged again, and a changed one's are not.
func TestRejudgeKeepsUnchangedVerdicts(t *testing.T) {
	nb := benchNotebook(5)
	prev := Judge(nb)
	nb.Therapists[2].SetAnswer(checklist.QInsurance, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
	next := Rejudge(prev, nb)
	for i := range nb.Therapists {
		shared := &next.verdicts[i][0] == &prev.verdicts[i][0]
		if shared != (i != 2) {
			t.Errorf("therapist %d: verdicts shared %v, want %v", i, shared, i != 2)
		}
	}
}

// TestScoresWithoutParts checks that the scores without breakdown and the
// one-therapist score agree with Scores.
func TestScoresWithoutParts(t *testing.T) {
	nb := benchNotebook(20)
	for _, imp := range []map[string]checklist.Importance{nil, only(nil), {checklist.QFee: checklist.MustHave, checklist.QContact: checklist.MustHave}} {
		j := Judge(nb)
		full, brief := j.Scores(imp), j.ScoresWithoutParts(imp)
		for i := range full {
			if got := j.Score(i, imp); !reflect.DeepEqual(got, full[i]) {
				t.Fatalf("Score(%d) = %+v, want %+v", i, got, full[i])
			}
			want := full[i]
			want.Parts = nil
			if !reflect.DeepEqual(brief[i], want) {
				t.Fatalf("therapist %d: %+v, want %+v", i, brief[i], want)
			}
		}
	}
}
