package assess

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
)

// TestJudgementAgreesWithFitScore checks that weighing verdicts judged
// once gives, under any importances, the score FitScore computes from
// scratch for each therapist, and the flags Flags gives.
func TestJudgementAgreesWithFitScore(t *testing.T) {
	nb := benchNotebook(30)
	nb.Therapists[4].Status = "declined"
	j := Judge(nb)
	if j.Len() != len(nb.Therapists) {
		t.Fatalf("judged %d therapists, want %d", j.Len(), len(nb.Therapists))
	}
	for _, imp := range []map[string]checklist.Importance{
		nil,
		{checklist.QFee: checklist.MustHave, checklist.QYears: checklist.Ignore},
		{checklist.QComfort: checklist.Important, checklist.QInsurance: checklist.MustHave, checklist.QLicense: "bogus"},
	} {
		trial := *nb
		trial.Importance = imp
		scores := j.Scores(imp)
		for i := range nb.Therapists {
			want := FitScore(&trial, &nb.Therapists[i])
			if !reflect.DeepEqual(scores[i], want) {
				t.Fatalf("importances %v, therapist %d: judged once %+v, from scratch %+v", imp, i, scores[i], want)
			}
			if got := j.Flags(i); !reflect.DeepEqual(got, Flags(&nb.Therapists[i])) {
				t.Fatalf("therapist %d: flags %v, want %v", i, got, Flags(&nb.Therapists[i]))
			}
		}
		// The leader is the first highest score among those who can lead.
		wantID, best := "", -1
		for i, sc := range scores {
			if !sc.Dealbreaker && nb.Therapists[i].Status != "declined" && sc.Value > best {
				wantID, best = nb.Therapists[i].ID, sc.Value
			}
		}
		if id, ok := j.Leader(imp); id != wantID || ok != (best >= 0) {
			t.Fatalf("importances %v: leader %q %v, want %q", imp, id, ok, wantID)
		}
		if got, want := j.CloseCalls(imp), CloseCalls(&trial); !reflect.DeepEqual(got, want) {
			t.Fatalf("importances %v: close calls %v, want %v", imp, got, want)
		}
	}
}

// TestJudgementOutlivesItsNotebook checks that a Judgement keeps what it
// judged when the notebook changes afterwards: it holds copies.
func TestJudgementOutlivesItsNotebook(t *testing.T) {
	nb := benchNotebook(3)
	j := Judge(nb)
	before := j.Scores(nb.Importance)
	for i := range nb.Therapists {
		for k := range nb.Therapists[i].Answers {
			delete(nb.Therapists[i].Answers, k)
		}
		nb.Therapists[i].ID = "changed"
	}
	if after := j.Scores(nb.Importance); !reflect.DeepEqual(before, after) {
		t.Fatalf("scores changed with the notebook: %v, then %v", before, after)
	}
	if id, _ := j.Leader(nb.Importance); id == "changed" {
		t.Fatal("the leader's ID was read from the changed notebook")
	}
}

// TestContributionWritesLikeFmt checks the hand-written "%+.1f".
func TestContributionWritesLikeFmt(t *testing.T) {
	for _, c := range []float64{0, 0.04, 0.05, 0.25, 0.5, 1, 1.95, 2, 2.5, 3, -1.25} {
		if got, want := contribution(c), fmt.Sprintf("%+.1f", c); got != want {
			t.Errorf("contribution(%v) = %q, want %q", c, got, want)
		}
	}
}

// TestCloseCallsByBruteForce checks every close call against the leader of
// a notebook with that one importance moved, judged from scratch.
func TestCloseCallsByBruteForce(t *testing.T) {
	found := 0
	for _, n := range []int{2, 3, 4, 5, 8, 13, 40} {
		nb := benchNotebook(n)
		nb.Importance = map[string]checklist.Importance{checklist.QYears: checklist.Important}
		found += closeCallsByBruteForce(t, nb)
	}
	// Copies of the same three therapists tie near the top: the first copy
	// in the roster must keep the lead whatever is skipped.
	for _, n := range []int{6, 7, 31} {
		found += closeCallsByBruteForce(t, testbook.Repeated(n))
	}
	if found == 0 {
		t.Fatal("no fixture has a close call; the test compares nothing")
	}
}

// closeCallsByBruteForce compares CloseCalls(nb) with the brute force and
// returns how many close calls there are.
func closeCallsByBruteForce(t *testing.T, nb *store.Notebook) int {
	t.Helper()
	current, _ := Leader(nb)
	var want []CloseCall
	for _, q := range Judge(nb).questions {
		from := importanceOf(nb.Importance, q.ID)
		pos := stepIndex(from)
		for _, to := range []int{pos + 1, pos - 1} {
			if to < 0 || to >= len(steps) {
				continue
			}
			trial := *nb
			trial.Importance = map[string]checklist.Importance{}
			for k, v := range nb.Importance {
				trial.Importance[k] = v
			}
			trial.Importance[q.ID] = steps[to]
			if id, _ := Leader(&trial); id != current {
				want = append(want, CloseCall{QuestionID: q.ID, From: from, To: steps[to], NewLeaderID: id})
			}
		}
	}
	if got := CloseCalls(nb); !reflect.DeepEqual(got, want) {
		t.Fatalf("%d therapists: close calls\n%v\nby brute force\n%v", len(nb.Therapists), got, want)
	}
	return len(want)
}

// TestCloseCallsByBruteForceOnRandomRosters compares close calls with the
// brute force on small rosters of random answers and importances (seeded,
// so a failure repeats), where a trial's new leader is often a point or
// two above a therapist earlier in the roster: the case the exact
// weighing must not skip.
func TestCloseCallsByBruteForceOnRandomRosters(t *testing.T) {
	yn := []string{"yes", "no", "unsure"}
	imps := []checklist.Importance{checklist.Ignore, checklist.Nice, checklist.Important, checklist.MustHave}
	found := 0
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 1))
		var ts []store.Therapist
		for i := range 2 + r.IntN(5) {
			ts = append(ts, therapist(fmt.Sprintf("t%d", i),
				checklist.QLicense, yn[r.IntN(3)],
				checklist.QAASECT, []string{"certified", "member", "unsure", "no"}[r.IntN(4)],
				checklist.QYears, fmt.Sprint(1+r.IntN(30)),
				checklist.QPartners, yn[r.IntN(3)],
				checklist.QFee, fmt.Sprintf("%d.00", 90+r.IntN(200)),
				checklist.QInsurance, yn[r.IntN(3)],
				checklist.QSlidingScale, yn[r.IntN(3)],
				checklist.QPhysician, yn[r.IntN(3)],
				checklist.QComfort, fmt.Sprint(1+r.IntN(5)),
			))
		}
		imp := map[string]checklist.Importance{}
		for _, id := range []string{checklist.QYears, checklist.QFee, checklist.QInsurance, checklist.QComfort} {
			imp[id] = imps[r.IntN(len(imps))]
		}
		found += closeCallsByBruteForce(t, notebook(imp, ts...))
	}
	if found == 0 {
		t.Fatal("no random roster has a close call; the test compares nothing")
	}
}
