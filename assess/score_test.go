package assess

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

type imp = map[string]checklist.Importance

func TestWeight(t *testing.T) {
	tests := map[checklist.Importance]float64{
		checklist.Ignore: 0, checklist.Nice: 1, checklist.Important: 2, checklist.MustHave: 3,
		"": 1, "bogus": 1,
	}
	for i, want := range tests {
		if got := Weight(i); got != want {
			t.Errorf("Weight(%q) = %v, want %v", i, got, want)
		}
	}
}

func TestFitScoreSingleQuestion(t *testing.T) {
	tests := []struct {
		name    string
		q       string
		value   string // "" = unanswered, "-" = skipped
		want    int
		contain string // in the part's reason
	}{
		{"yes preferred", checklist.QLicense, "yes", 100, "+2.0 State license: yes"},
		{"yes unsure", checklist.QLicense, "unsure", 50, "+1.0 State license: unsure"},
		{"yes other", checklist.QLicense, "no", 0, "+0.0 State license: no"},
		{"no preferred", checklist.QContact, "no", 100, "+2.0"},
		{"no preferred, yes given", checklist.QContact, "yes", 0, "+0.0"},
		{"ranked first", checklist.QAASECT, checklist.AASECTCertified, 100, "Certified"},
		{"ranked second", checklist.QAASECT, checklist.AASECTMember, 67, "Member"},
		{"ranked third", checklist.QAASECT, checklist.AASECTUnsure, 33, "+0.7"},
		{"ranked last", checklist.QAASECT, checklist.AASECTNo, 0, "+0.0"},
		{"unanswered", checklist.QLicense, "", 0, "+0.0 State license: not answered yet"},
		{"skipped", checklist.QLicense, "-", 0, "State license: skipped"},
		{"only number so far", checklist.QYears, "12", 100, "12 years"},
		{"only date so far", checklist.QFirstOpening, "2026-03-02", 100, "2 Mar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := therapist("a")
			if tt.value != "" {
				th = therapist("a", tt.q, tt.value)
			}
			nb := notebook(only(imp{tt.q: checklist.Important}), th)
			s := FitScore(nb, &nb.Therapists[0])
			if s.Value != tt.want {
				t.Errorf("Value = %d, want %d", s.Value, tt.want)
			}
			if len(s.Parts) != 1 {
				t.Fatalf("Parts = %+v, want exactly one", s.Parts)
			}
			p := s.Parts[0]
			if p.QuestionID != tt.q || p.Weight != 2 || p.Importance != checklist.Important {
				t.Errorf("part = %+v", p)
			}
			if !strings.Contains(p.Reason, tt.contain) {
				t.Errorf("reason %q lacks %q", p.Reason, tt.contain)
			}
		})
	}
}

func TestFitScoreWeights(t *testing.T) {
	// license yes (important 2, earns 1), sliding scale no (nice 1, earns 0),
	// people like me unsure (must 3, earns 0.5): (2 + 0 + 1.5) / 6 = 58.3.
	th := therapist("a", checklist.QLicense, "yes", checklist.QSlidingScale, "no", checklist.QPeopleLikeMe, "unsure")
	nb := notebook(only(imp{
		checklist.QLicense:      checklist.Important,
		checklist.QSlidingScale: checklist.Nice,
		checklist.QPeopleLikeMe: checklist.MustHave,
	}), th)
	s := FitScore(nb, &nb.Therapists[0])
	if s.Value != 58 {
		t.Errorf("Value = %d, want 58", s.Value)
	}
	if !slices.Equal(s.MustMissed, []string{checklist.QPeopleLikeMe}) {
		t.Errorf("MustMissed = %v, want people like me", s.MustMissed)
	}
	var order []string
	for _, p := range s.Parts {
		order = append(order, p.QuestionID)
	}
	// Contributions 2.0, 1.5, 0.0.
	want := []string{checklist.QLicense, checklist.QPeopleLikeMe, checklist.QSlidingScale}
	if !slices.Equal(order, want) {
		t.Errorf("parts order = %v, want %v", order, want)
	}
	if s.Dealbreaker {
		t.Error("Dealbreaker without a red flag")
	}
}

func TestFitScoreDefaultImportance(t *testing.T) {
	// With no importance map every question with an order weighs 1 (nice),
	// but the red-flag questions, which start as must-haves (3), so the
	// license's yes scores 3 / (their weights). "Sees couples" is not
	// among them: this notebook names no partner.
	ordered, weights := 0, 0.0
	for _, q := range checklist.Catalogue() {
		if q.Better != "" && q.ID != checklist.QPartners && !q.OptIn {
			ordered++
			weights += Weight(checklist.DefaultImportance(q.ID))
		}
	}
	th := therapist("a", checklist.QLicense, "yes")
	nb := notebook(nil, th)
	s := FitScore(nb, &nb.Therapists[0])
	if len(s.Parts) != ordered {
		t.Fatalf("got %d parts, want %d (one per question with an order)", len(s.Parts), ordered)
	}
	if want := int(100*3/weights + 0.5); s.Value != want {
		t.Errorf("Value = %d, want %d", s.Value, want)
	}
	for _, p := range s.Parts {
		want := checklist.Nice
		if question(p.QuestionID).StartsMust {
			want = checklist.MustHave
		}
		if p.Importance != want || p.Weight != Weight(want) {
			t.Errorf("part %s: importance %q weight %v, want %q", p.QuestionID, p.Importance, p.Weight, want)
		}
		if q := question(p.QuestionID); q.Better == "" {
			t.Errorf("question %s has no order but scored", p.QuestionID)
		}
	}
	if s.Parts[0].QuestionID != checklist.QLicense {
		t.Errorf("largest contribution first: got %s", s.Parts[0].QuestionID)
	}
}

func TestFitScoreNoWeight(t *testing.T) {
	th := therapist("a", checklist.QLicense, "yes")
	nb := notebook(only(nil), th)
	s := FitScore(nb, &nb.Therapists[0])
	if s.Value != 0 || len(s.Parts) != 0 || len(s.MustMissed) != 0 {
		t.Errorf("all ignored: got %+v, want zero score and no parts", s)
	}
	if got := FitScore(nil, nil); got.Value != 0 || got.Parts != nil {
		t.Errorf("FitScore(nil, nil) = %+v", got)
	}
}

func TestFitScoreRelativeNumbers(t *testing.T) {
	tests := []struct {
		name   string
		q      string
		values []string
		want   []int
	}{
		{"fee lower is better", checklist.QFee, []string{"150.00", "170.00", "190.00"}, []int{100, 50, 0}},
		{"years higher is better", checklist.QYears, []string{"5", "20", "10"}, []int{0, 100, 33}},
		{"earlier date is better", checklist.QFirstOpening, []string{"2026-04-01", "2026-03-01"}, []int{0, 100}},
		{"all equal", checklist.QFee, []string{"150.00", "150.00"}, []int{100, 100}},
		{"unanswered earns nothing and is not the worst", checklist.QFee, []string{"150.00", "", "190.00"}, []int{100, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ts []store.Therapist
			for i, v := range tt.values {
				id := string(rune('a' + i))
				if v == "" {
					ts = append(ts, therapist(id))
				} else {
					ts = append(ts, therapist(id, tt.q, v))
				}
			}
			nb := notebook(only(imp{tt.q: checklist.Nice}), ts...)
			for i := range nb.Therapists {
				if got := FitScore(nb, &nb.Therapists[i]).Value; got != tt.want[i] {
					t.Errorf("therapist %d: Value = %d, want %d", i, got, tt.want[i])
				}
			}
		})
	}
}

func TestFitScoreTherapistOutsideNotebook(t *testing.T) {
	nb := notebook(only(imp{checklist.QFee: checklist.Nice}), therapist("a", checklist.QFee, "100.00"))
	draft := therapist("new", checklist.QFee, "200.00")
	if got := FitScore(nb, &draft).Value; got != 0 {
		t.Errorf("draft dearer than everyone: Value = %d, want 0", got)
	}
	if got := FitScore(nb, &nb.Therapists[0]).Value; got != 100 {
		t.Errorf("Value = %d, want 100", got)
	}
	// An edited copy of a roster therapist replaces it in the ranges: a's
	// old $100 must not stay the best, so its new $150 is the best of $150
	// and $200 rather than halfway from $100.
	nb.Therapists = append(nb.Therapists, therapist("b", checklist.QFee, "200.00"))
	edited := therapist("a", checklist.QFee, "150.00")
	if got := FitScore(nb, &edited).Value; got != 100 {
		t.Errorf("edited copy cheapest: Value = %d, want 100", got)
	}
}

func TestFitScoreBudget(t *testing.T) {
	tests := []struct {
		name, fee string
		want      int
		reason    string
	}{
		{"under", "150.00", 100, "$150, within your $160 budget"},
		{"equal", "160.00", 100, "within"},
		{"over", "185.50", 0, "$25.50 over your $160 budget"},
		{"unanswered", "", 0, "not answered yet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := therapist("a")
			if tt.fee != "" {
				th = therapist("a", checklist.QFee, tt.fee)
			}
			// A cheaper therapist would make the fee relative without a budget.
			nb := notebook(only(imp{checklist.QFee: checklist.Important}), th, therapist("b", checklist.QFee, "90.00"))
			nb.BudgetPerSession = "160.00"
			s := FitScore(nb, &nb.Therapists[0])
			if s.Value != tt.want {
				t.Errorf("Value = %d, want %d", s.Value, tt.want)
			}
			if len(s.Parts) != 1 || !strings.Contains(s.Parts[0].Reason, tt.reason) {
				t.Errorf("parts %+v: want one with reason containing %q", s.Parts, tt.reason)
			}
		})
	}
}

func TestFitScoreComfort(t *testing.T) {
	tests := []struct {
		name          string
		me, partner   string
		want          int
		reasonContain string
	}{
		{"me only, top", "5", "", 100, "5/5"},
		{"me only, bottom", "1", "", 0, "1/5"},
		{"averaged with partner", "4", "2", 50, "4/5, partner 2/5"},
		{"partner only", "", "3", 50, "partner 3/5"},
		{"neither", "", "", 0, "not answered yet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := therapist("a")
			if tt.me != "" {
				th.Answers = answers(checklist.QComfort, tt.me)
			}
			if tt.partner != "" {
				th.PartnerAnswers = answers(checklist.QComfort, tt.partner)
			}
			// The other therapist's rating must not make comfort relative.
			other := therapist("b", checklist.QComfort, "5")
			nb := notebook(only(imp{checklist.QComfort: checklist.Nice}), th, other)
			s := FitScore(nb, &nb.Therapists[0])
			if s.Value != tt.want {
				t.Errorf("Value = %d, want %d", s.Value, tt.want)
			}
			if len(s.Parts) != 1 || !strings.Contains(s.Parts[0].Reason, tt.reasonContain) {
				t.Errorf("parts %+v: want reason containing %q", s.Parts, tt.reasonContain)
			}
		})
	}
}

func TestFitScoreMustMissed(t *testing.T) {
	must := only(imp{checklist.QLicense: checklist.MustHave, checklist.QInsurance: checklist.MustHave, checklist.QPartners: checklist.MustHave})
	th := therapist("a", checklist.QLicense, "yes", checklist.QInsurance, "unsure")
	nb := notebook(must, th)
	nb.People.Partner = "Kai" // "sees couples" counts only with a partner
	s := FitScore(nb, &nb.Therapists[0])
	// Insurance is only half favourable; partners is unanswered. In interview order.
	want := []string{checklist.QPartners, checklist.QInsurance}
	if !slices.Equal(s.MustMissed, want) {
		t.Errorf("MustMissed = %v, want %v", s.MustMissed, want)
	}
}

func TestFitScoreDealbreaker(t *testing.T) {
	th := therapist("a", checklist.QLicense, "yes", checklist.QContact, "yes")
	nb := notebook(nil, th)
	s := FitScore(nb, &nb.Therapists[0])
	if !s.Dealbreaker {
		t.Error("contact suggested: Dealbreaker = false")
	}
	if s.Value == 0 {
		t.Error("score should still be computed for a dealbreaker")
	}
	amber := therapist("b", checklist.QContact, "unsure")
	if FitScore(nb, &amber).Dealbreaker {
		t.Error("an amber flag is not a dealbreaker")
	}
}

func TestFitScorePartsSortedByContribution(t *testing.T) {
	th := therapist("a",
		checklist.QLicense, "unsure", checklist.QAASECT, checklist.AASECTCertified,
		checklist.QInsurance, "yes", checklist.QPartners, "no", checklist.QComfort, "4")
	nb := notebook(imp{checklist.QInsurance: checklist.MustHave, checklist.QLicense: checklist.Important}, th)
	s := FitScore(nb, &nb.Therapists[0])
	for i := 1; i < len(s.Parts); i++ {
		a, b := s.Parts[i-1], s.Parts[i]
		if a.Earned*a.Weight < b.Earned*b.Weight {
			t.Fatalf("parts not sorted: %q before %q", a.Reason, b.Reason)
		}
	}
	if s.Parts[0].QuestionID != checklist.QInsurance {
		t.Errorf("first part = %s, want insurance (+3.0)", s.Parts[0].QuestionID)
	}
}

func TestFitScoresMatchesFitScore(t *testing.T) {
	nb := benchNotebook(12)
	got := FitScores(nb)
	if len(got) != len(nb.Therapists) {
		t.Fatalf("got %d scores for %d therapists", len(got), len(nb.Therapists))
	}
	distinct := map[int]bool{}
	for i := range nb.Therapists {
		want := FitScore(nb, &nb.Therapists[i])
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("therapist %d: FitScores %+v, FitScore %+v", i, got[i], want)
		}
		distinct[want.Value] = true
	}
	if len(distinct) < 3 {
		t.Errorf("bench notebook too uniform to test anything: values %v", distinct)
	}
	if FitScores(nil) != nil {
		t.Error("FitScores(nil) not nil")
	}
}

// TestFitScoreMustMissedRule pins down when a must-have counts as missed:
// unanswered, skipped or unreadable; an answer that earned nothing (the
// unfavourable answer, over budget, the worst in the row); for yes/no
// anything but the preferred answer. A comparative answer that is merely
// not the best (a fee $1 above the cheapest) meets the must-have.
func TestFitScoreMustMissedRule(t *testing.T) {
	tests := []struct {
		name   string
		q      string
		values []string // one therapist each; "" unanswered, "-" skipped
		budget string
		missed []bool
	}{
		{"fee: only the dearest misses", checklist.QFee, []string{"150.00", "151.00", "300.00"}, "", []bool{false, false, true}},
		{"fee: all equal", checklist.QFee, []string{"150.00", "150.00"}, "", []bool{false, false}},
		{"fee: only answer", checklist.QFee, []string{"300.00", ""}, "", []bool{false, true}},
		{"fee: over budget misses", checklist.QFee, []string{"150.00", "160.00", "160.01"}, "160.00", []bool{false, false, true}},
		{"years: only the fewest misses", checklist.QYears, []string{"5", "6", "20"}, "", []bool{true, false, false}},
		{"first opening: only the latest misses", checklist.QFirstOpening, []string{"2026-03-01", "2026-03-02", "2026-04-01"}, "", []bool{false, false, true}},
		{"yes/no: unsure and the other answer miss", checklist.QLicense, []string{"yes", "unsure", "no"}, "", []bool{false, true, true}},
		{"yes/no preferring no", checklist.QContact, []string{"no", "yes"}, "", []bool{false, true}},
		{"ranked: only the last misses", checklist.QAASECT, []string{checklist.AASECTCertified, checklist.AASECTMember, checklist.AASECTUnsure, checklist.AASECTNo}, "", []bool{false, false, false, true}},
		{"rating: 4 of 5 meets it, 1 misses", checklist.QComfort, []string{"4", "1", "5"}, "", []bool{false, true, false}},
		{"unanswered, skipped, unreadable miss", checklist.QLicense, []string{"", "-", "perhaps"}, "", []bool{true, true, true}},
		{"unreadable fee misses and is not in the range", checklist.QFee, []string{"lots", "150.00", "151.00"}, "", []bool{true, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ts []store.Therapist
			for i, v := range tt.values {
				id := string(rune('a' + i))
				if v == "" {
					ts = append(ts, therapist(id))
				} else {
					ts = append(ts, therapist(id, tt.q, v))
				}
			}
			nb := notebook(only(imp{tt.q: checklist.MustHave}), ts...)
			nb.BudgetPerSession = tt.budget
			for i, s := range FitScores(nb) {
				got := slices.Contains(s.MustMissed, tt.q)
				if got != tt.missed[i] {
					t.Errorf("therapist %s (%q): missed = %v, want %v (earned %v)", nb.Therapists[i].ID, tt.values[i], got, tt.missed[i], s.Parts[0].Earned)
				}
			}
		})
	}
}

// TestFitScoreSeesCouplesOnlyWithAPartner: "sees couples" counts only for
// someone who comes with a partner (the notebook names one).
func TestFitScoreSeesCouplesOnlyWithAPartner(t *testing.T) {
	th := therapist("a", checklist.QLicense, "yes", checklist.QPartners, "no")
	set := only(imp{checklist.QLicense: checklist.Nice, checklist.QPartners: checklist.MustHave})
	alone := notebook(set, th)
	if s := FitScore(alone, &alone.Therapists[0]); s.Value != 100 || len(s.Parts) != 1 || len(s.MustMissed) != 0 {
		t.Errorf("alone: %+v, want 100 from the license only", s)
	}
	for _, name := range []string{"", "   "} {
		alone.People.Partner = name
		if s := FitScore(alone, &alone.Therapists[0]); len(s.Parts) != 1 {
			t.Errorf("partner %q: parts %+v, want the license only", name, s.Parts)
		}
	}
	paired := notebook(set, th)
	paired.People.Partner = "Kai"
	s := FitScore(paired, &paired.Therapists[0])
	// license 1×1, couples 0×3: 1/4.
	if s.Value != 25 || !slices.Equal(s.MustMissed, []string{checklist.QPartners}) {
		t.Errorf("with a partner: value %d, missed %v; want 25, [sees couples]", s.Value, s.MustMissed)
	}
}

// TestFitScoreOptInCountsOnlyWhenItMatters: the sources only say to ask
// whether you must pay up front, so it is not scored by default; once the
// person raises its importance, "no" is the better answer.
func TestFitScoreOptInCountsOnlyWhenItMatters(t *testing.T) {
	th := therapist("a", checklist.QLicense, "yes", checklist.QUpfront, "yes")
	nb := notebook(map[string]checklist.Importance{}, th)
	for _, p := range FitScore(nb, &nb.Therapists[0]).Parts {
		if p.QuestionID == checklist.QUpfront {
			t.Errorf("paying up front scored by default: %+v", p)
		}
	}
	if got := checklist.DefaultImportance(checklist.QUpfront); got != checklist.Ignore {
		t.Errorf("DefaultImportance(upfront) = %q, want ignore", got)
	}
	nb.Importance = only(imp{checklist.QUpfront: checklist.MustHave})
	s := FitScore(nb, &nb.Therapists[0])
	if s.Value != 0 || !slices.Equal(s.MustMissed, []string{checklist.QUpfront}) {
		t.Errorf("must-have, paid up front: value %d, missed %v; want 0 and [upfront]", s.Value, s.MustMissed)
	}
	nb.Therapists[0].Answers = answers(checklist.QUpfront, "no")
	if s := FitScore(nb, &nb.Therapists[0]); s.Value != 100 {
		t.Errorf("must-have, not paid up front: value %d, want 100", s.Value)
	}
}
