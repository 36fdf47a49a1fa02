package assess

import (
	"slices"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

func TestBest(t *testing.T) {
	tests := []struct {
		name   string
		q      string
		values []string
		want   []bool
	}{
		{"yes preferred", checklist.QLicense, []string{"yes", "no", "unsure"}, []bool{true, false, false}},
		{"no preferred", checklist.QContact, []string{"yes", "no", ""}, []bool{false, true, false}},
		{"no better answer: paying up front", checklist.QUpfront, []string{"yes", "no"}, []bool{false, false}},
		{"no better answer: physician", checklist.QPhysician, []string{"yes", "no"}, []bool{false, false}},
		{"yesno tie", checklist.QInsurance, []string{"yes", "no", "yes"}, []bool{true, false, true}},
		{"yesno nobody preferred", checklist.QLicense, []string{"no", "unsure"}, []bool{false, false}},
		{"yesno all equal", checklist.QLicense, []string{"yes", "yes"}, []bool{false, false}},
		{"lowest fee", checklist.QFee, []string{"185.00", "150.00", "", "150.00"}, []bool{false, true, false, true}},
		{"highest rating of three", checklist.QComfort, []string{"3", "5", "4"}, []bool{false, true, false}},
		{"opt-in: years in practice (vetted's own judgement) is not marked", checklist.QYears, []string{"3", "12", "7"}, []bool{false, false, false}},
		{"earliest date", checklist.QFirstOpening, []string{"2026-05-01", "2026-04-15"}, []bool{false, true}},
		{"first-ranked choice", checklist.QAASECT, []string{checklist.AASECTNo, checklist.AASECTMember, checklist.AASECTUnsure}, []bool{false, true, false}},
		{"highest rating", checklist.QComfort, []string{"2", "5"}, []bool{false, true}},
		{"single answer", checklist.QFee, []string{"150.00", "", ""}, []bool{false, false, false}},
		{"all equal numbers", checklist.QFee, []string{"150.00", "150.00"}, []bool{false, false}},
		{"nothing answered", checklist.QFee, []string{"", ""}, []bool{false, false}},
		{"no order: text", checklist.QTraining, []string{"PhD", "MSW"}, []bool{false, false}},
		{"no order: choice", checklist.QFormat, []string{"both", "telehealth"}, []bool{false, false}},
		{"no order: minutes", checklist.QSessionLength, []string{"50", "90"}, []bool{false, false}},
		{"unreadable value counts as unanswered", checklist.QFee, []string{"lots", "150.00"}, []bool{false, false}},
		{"empty row", checklist.QFee, nil, []bool{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Best(question(tt.q), tt.values)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Best(%s, %q) = %v, want %v", tt.q, tt.values, got, tt.want)
			}
		})
	}
}

func TestBestIgnoresBetterThatDoesNotFitTheKind(t *testing.T) {
	q := checklist.Question{ID: "x", Kind: checklist.KindMoney, Better: "first"}
	if got := Best(q, []string{"1.00", "2.00"}); slices.Contains(got, true) {
		t.Errorf("money with Better first marked %v", got)
	}
}

// TestBestAmongEligible: a therapist ruled out by a red flag never gets the
// best mark, even with the best value; the rest are compared among
// themselves.
func TestBestAmongEligible(t *testing.T) {
	fee := question(checklist.QFee)
	tests := []struct {
		name     string
		values   []string
		ruledOut []bool
		want     []bool
	}{
		{"cheapest is ruled out", []string{"100.00", "150.00", "185.00"}, []bool{true, false, false}, []bool{false, true, false}},
		{"nobody ruled out", []string{"100.00", "150.00"}, []bool{false, false}, []bool{true, false}},
		{"only one left to compare", []string{"100.00", "150.00"}, []bool{true, false}, []bool{false, false}},
		{"short ruledOut", []string{"100.00", "150.00"}, nil, []bool{true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := BestAmongEligible(fee, tt.values, tt.ruledOut); !slices.Equal(got, tt.want) {
				t.Errorf("BestAmongEligible(%q, %v) = %v, want %v", tt.values, tt.ruledOut, got, tt.want)
			}
		})
	}
}
