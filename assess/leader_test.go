package assess

import (
	"maps"
	"slices"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

func TestLeader(t *testing.T) {
	lic := only(imp{checklist.QLicense: checklist.Nice, checklist.QInsurance: checklist.Nice})
	// The red-flag questions as must-haves, as they start: a red flag on
	// them rules out.
	must := only(imp{checklist.QLicense: checklist.MustHave, checklist.QInsurance: checklist.Nice, checklist.QContact: checklist.MustHave})
	tests := []struct {
		name   string
		nb     *store.Notebook
		wantID string
		wantOK bool
	}{
		{"nil notebook", nil, "", false},
		{"empty roster", notebook(lic), "", false},
		{"highest wins", notebook(lic,
			therapist("a", checklist.QLicense, "yes"),
			therapist("b", checklist.QLicense, "yes", checklist.QInsurance, "yes")), "b", true},
		{"tie goes to roster order", notebook(lic,
			therapist("a", checklist.QInsurance, "yes"),
			therapist("b", checklist.QLicense, "yes")), "a", true},
		{"dealbreaker skipped though it scores highest", notebook(must,
			therapist("a", checklist.QLicense, "yes", checklist.QInsurance, "yes", checklist.QContact, "yes"),
			therapist("b", checklist.QInsurance, "unsure")), "b", true},
		{"all dealbreakers", notebook(must,
			therapist("a", checklist.QLicense, "no")), "", false},
		{"a red flag on a question the person lowered from must-have does not rule out", notebook(lic,
			therapist("a", checklist.QLicense, "no", checklist.QInsurance, "yes"),
			therapist("b", checklist.QInsurance, "unsure")), "a", true},
		{"by default the red-flag questions are must-haves", notebook(nil,
			therapist("a", checklist.QLicense, "no", checklist.QInsurance, "yes"),
			therapist("b", checklist.QInsurance, "unsure")), "b", true},
		{"a zero score can still lead", notebook(lic, therapist("a")), "a", true},
		{"declined cannot lead", notebook(lic,
			declined(therapist("a", checklist.QLicense, "yes", checklist.QInsurance, "yes")),
			therapist("b", checklist.QInsurance, "unsure")), "b", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, ok := Leader(tt.nb)
			if id != tt.wantID || ok != tt.wantOK {
				t.Errorf("Leader = %q, %v; want %q, %v", id, ok, tt.wantID, tt.wantOK)
			}
		})
	}
}

// closeNotebook is built so that A leads 50 to 42 and three single moves
// hand the lead to B:
//
//	A: insurance yes (must 3), fee $200 (worst), people like me no (0), sliding no (0)
//	B: insurance no, fee $100 (best), people like me yes (1), sliding unsure (0.5)
func closeNotebook() *store.Notebook {
	return notebook(only(imp{
		checklist.QInsurance:    checklist.MustHave,
		checklist.QFee:          checklist.Nice,
		checklist.QPeopleLikeMe: checklist.Nice,
		checklist.QSlidingScale: checklist.Nice,
	}),
		therapist("A", checklist.QInsurance, "yes", checklist.QFee, "200.00", checklist.QPeopleLikeMe, "no", checklist.QSlidingScale, "no"),
		therapist("B", checklist.QInsurance, "no", checklist.QFee, "100.00", checklist.QPeopleLikeMe, "yes", checklist.QSlidingScale, "unsure"),
	)
}

func TestCloseCallsFlip(t *testing.T) {
	nb := closeNotebook()
	if id, _ := Leader(nb); id != "A" {
		t.Fatalf("setup: leader = %q, want A", id)
	}
	if a, b := FitScore(nb, &nb.Therapists[0]).Value, FitScore(nb, &nb.Therapists[1]).Value; a != 50 || b != 42 {
		t.Fatalf("setup: scores %d and %d, want 50 and 42", a, b)
	}
	before := maps.Clone(nb.Importance)

	got := CloseCalls(nb)
	want := []CloseCall{
		// fee nice->important: A 3/7=43, B 3.5/7=50.
		{QuestionID: checklist.QFee, From: checklist.Nice, To: checklist.Important, NewLeaderID: "B"},
		// insurance must->important: A 2/5=40, B 2.5/5=50.
		{QuestionID: checklist.QInsurance, From: checklist.MustHave, To: checklist.Important, NewLeaderID: "B"},
		// upfront nice->important: as for the fee.
		{QuestionID: checklist.QPeopleLikeMe, From: checklist.Nice, To: checklist.Important, NewLeaderID: "B"},
		// sliding scale nice->important ties 43-43: A keeps the lead by roster order.
	}
	if !slices.Equal(got, want) {
		t.Errorf("CloseCalls =\n%+v\nwant\n%+v", got, want)
	}
	if !maps.Equal(nb.Importance, before) {
		t.Error("CloseCalls changed the notebook's importance map")
	}
	// Each reported move really does change the leader.
	for _, c := range got {
		trial := *nb
		trial.Importance = maps.Clone(nb.Importance)
		trial.Importance[c.QuestionID] = c.To
		if id, _ := Leader(&trial); id != c.NewLeaderID {
			t.Errorf("move %+v: Leader = %q", c, id)
		}
	}
}

func TestCloseCallsNoFlip(t *testing.T) {
	// A is at least as good as B on every question, so no weighting can
	// put B ahead; ties go to A by roster order.
	nb := notebook(nil,
		therapist("A", checklist.QLicense, "yes", checklist.QInsurance, "yes", checklist.QFee, "100.00"),
		therapist("B", checklist.QLicense, "yes", checklist.QInsurance, "no", checklist.QFee, "150.00"),
	)
	if got := CloseCalls(nb); len(got) != 0 {
		t.Errorf("CloseCalls = %+v, want none", got)
	}
}

func TestCloseCallsDefaultImportanceNotWritten(t *testing.T) {
	// With no importance map at all, trials must not leave entries behind.
	nb := closeNotebook()
	nb.Importance = nil
	_ = CloseCalls(nb)
	if nb.Importance != nil {
		t.Errorf("CloseCalls created an importance map: %v", nb.Importance)
	}
	if got := CloseCalls(nil); got != nil {
		t.Errorf("CloseCalls(nil) = %+v", got)
	}
}

func TestCloseCallsUnknownImportanceStepsFromNice(t *testing.T) {
	nb := closeNotebook()
	nb.Importance[checklist.QFee] = "bogus" // counts as nice
	got := CloseCalls(nb)
	if len(got) == 0 || got[0].QuestionID != checklist.QFee || got[0].From != checklist.Nice {
		t.Errorf("first close call = %+v, want fee from nice", got)
	}
}

// declined marks t as having declined to take the person on.
func declined(t store.Therapist) store.Therapist {
	t.Status = store.Declined
	return t
}

// TestCloseCallsAgreeWithLeader checks every close call against the leader
// worked out from scratch with the moved importance, on a roster where
// many scores are near each other: each move that changes the leader is
// listed with the new leader, and no other.
func TestCloseCallsAgreeWithLeader(t *testing.T) {
	nb := benchNotebook(60)
	nb.Therapists[7].Answers[checklist.QContact] = checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"}
	calls := 0
	for _, imp := range []map[string]checklist.Importance{
		nil,
		{checklist.QFee: checklist.MustHave, checklist.QLicense: checklist.Important},
		{checklist.QYears: checklist.MustHave, checklist.QComfort: checklist.Ignore, checklist.QContact: checklist.Important},
	} {
		nb.Importance = imp
		current, _ := Leader(nb)
		want := map[string]string{}
		for _, q := range nb.Catalogue().Questions() {
			from := checklist.ImportanceIn(imp, q.ID)
			pos := stepIndex(from)
			for _, to := range []int{pos + 1, pos - 1} {
				if to < 0 || to >= len(steps) {
					continue
				}
				trial := *nb
				trial.Importance = maps.Clone(imp)
				if trial.Importance == nil {
					trial.Importance = map[string]checklist.Importance{}
				}
				trial.Importance[q.ID] = steps[to]
				if id, _ := Leader(&trial); id != current {
					want[q.ID+">"+string(steps[to])] = id
				}
			}
		}
		got := map[string]string{}
		for _, c := range CloseCalls(nb) {
			got[c.QuestionID+">"+string(c.To)] = c.NewLeaderID
		}
		if !maps.Equal(got, want) {
			t.Fatalf("importances %v: close calls %v, want %v", imp, got, want)
		}
		calls += len(want)
	}
	if calls == 0 {
		t.Fatal("no close call in any case: the roster tests nothing")
	}
}
