package assess

import (
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

func TestLevelStringAndMarker(t *testing.T) {
	tests := []struct {
		l            Level
		name, marker string
	}{
		{Green, "green", "✓"},
		{Amber, "amber", "!"},
		{Red, "red", "✗"},
		{Level(9), "unknown", "?"},
	}
	for _, tt := range tests {
		if got := tt.l.String(); got != tt.name {
			t.Errorf("Level(%d).String() = %q, want %q", tt.l, got, tt.name)
		}
		if got := tt.l.Marker(); got != tt.marker {
			t.Errorf("Level(%d).Marker() = %q, want %q", tt.l, got, tt.marker)
		}
	}
}

func TestFlagsPerAnswer(t *testing.T) {
	type want struct {
		level  Level
		source string
	}
	tests := []struct {
		q, value string
		want     []want // nil: no flag
	}{
		{checklist.QContact, "yes", []want{{Red, checklist.SeedHospital}}},
		{checklist.QContact, "unsure", []want{{Amber, checklist.SeedHospital}}},
		{checklist.QContact, "no", nil},
		{checklist.QContact, "-", nil},
		{checklist.QLicense, "no", []want{{Red, checklist.SeedHospital}}},
		{checklist.QLicense, "yes", []want{{Green, checklist.SeedHospital}}},
		{checklist.QLicense, "unsure", nil},
		{checklist.QLicense, "-", nil},
		{checklist.QAASECT, checklist.AASECTCertified, []want{{Green, checklist.SeedClinic}}},
		// member-only and neither are treated alike: no flag for either
		{checklist.QAASECT, checklist.AASECTMember, nil},
		{checklist.QAASECT, checklist.AASECTNo, nil},
		{checklist.QAASECT, checklist.AASECTUnsure, nil},
		// 001 says only that sex therapists prioritize confidentiality: no warning
		{checklist.QConfidentiality, "no", nil},
		{checklist.QConfidentiality, "yes", nil},
		// a sex therapist alone may be adequate (002): no warning
		{checklist.QPhysician, "no", nil},
		{checklist.QPhysician, "yes", nil},
		// the seed only says to ask
		{checklist.QUpfront, "yes", nil},
		{checklist.QPhysician, "unsure", nil},
		{checklist.QInsurance, "no", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q+"="+tt.value, func(t *testing.T) {
			th := therapist("a", tt.q, tt.value)
			got := Flags(&th)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d flags %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				f := got[i]
				if f.Level != w.level || f.QuestionID != tt.q {
					t.Errorf("flag %d = %v on %s, want %v on %s", i, f.Level, f.QuestionID, w.level, tt.q)
				}
				if !strings.Contains(f.Source, w.source) {
					t.Errorf("flag %d source %q does not name %s", i, f.Source, w.source)
				}
				if f.Title == "" || f.Fact == "" {
					t.Errorf("flag %d lacks a title or fact: %+v", i, f)
				}
			}
		})
	}
}

// TestFlagsContactGivesTheSeedsAdviceInFull: the red contact flag names
// the three seeds whose sentences it gives, and says what to do.
func TestFlagsContactGivesTheSeedsAdviceInFull(t *testing.T) {
	th := therapist("a", checklist.QContact, "yes")
	f := Flags(&th)
	if len(f) != 1 {
		t.Fatalf("want one contact flag, got %+v", f)
	}
	for _, seed := range []string{checklist.SeedClinic, checklist.SeedHospital, checklist.SeedQuestions} {
		if !strings.Contains(f[0].Source, seed) {
			t.Errorf("contact flag should cite %s, got %q", seed, f[0].Source)
		}
	}
	for _, words := range []string{"physical contact or sexual activity", "anywhere else", "against licensed mental health providers' ethics", "tell your therapist or stop seeing them and file a complaint"} {
		if !strings.Contains(f[0].Fact, words) {
			t.Errorf("contact flag lacks %q: %q", words, f[0].Fact)
		}
	}
}

func TestFlagsUnansweredTherapistHasNone(t *testing.T) {
	for name, th := range map[string]*store.Therapist{
		"nil":      nil,
		"empty":    {ID: "x"},
		"all skip": ptr(therapist("x", checklist.QContact, "-", checklist.QLicense, "-")),
		// An answered status with an empty value is not an answer.
		"empty value": {ID: "x", Answers: map[string]checklist.Answer{
			checklist.QContact: {Status: checklist.StatusAnswered},
		}},
	} {
		if got := Flags(th); len(got) != 0 {
			t.Errorf("%s: got flags %+v, want none", name, got)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func TestFlagsSortedRedAmberGreen(t *testing.T) {
	th := therapist("a",
		checklist.QAASECT, checklist.AASECTCertified, // green
		checklist.QContact, "unsure", // amber
		checklist.QLicense, "no", // red
	)
	got := Flags(&th)
	var levels []Level
	var ids []string
	for _, f := range got {
		levels = append(levels, f.Level)
		ids = append(ids, f.QuestionID)
	}
	wantLevels := []Level{Red, Amber, Green}
	if !slices.Equal(levels, wantLevels) {
		t.Fatalf("levels = %v, want %v", levels, wantLevels)
	}
	wantIDs := []string{checklist.QLicense, checklist.QContact, checklist.QAASECT}
	if !slices.Equal(ids, wantIDs) {
		t.Fatalf("order = %v, want %v", ids, wantIDs)
	}
	if !HasDealbreaker(got) {
		t.Error("HasDealbreaker = false with a red flag")
	}
	r, a, g := Counts(got)
	if r != 1 || a != 1 || g != 1 {
		t.Errorf("Counts = %d, %d, %d; want 1, 1, 1", r, a, g)
	}
}

func TestHasDealbreaker(t *testing.T) {
	tests := []struct {
		name  string
		flags []Flag
		want  bool
	}{
		{"none", nil, false},
		{"amber and green", []Flag{{Level: Amber}, {Level: Green}}, false},
		{"one red", []Flag{{Level: Green}, {Level: Red}}, true},
	}
	for _, tt := range tests {
		if got := HasDealbreaker(tt.flags); got != tt.want {
			t.Errorf("%s: HasDealbreaker = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestEveryFlagRuleMatchesTheCatalogue(t *testing.T) {
	// A rule on a value the question cannot hold would never fire.
	for _, r := range flagRules {
		q := question(r.questionID)
		switch q.Kind {
		case checklist.KindYesNo:
			if r.value != "yes" && r.value != "no" && r.value != "unsure" {
				t.Errorf("rule on %s: %q is not a yes/no value", r.questionID, r.value)
			}
		case checklist.KindChoice:
			if _, ok := choiceRank(q, r.value); !ok {
				t.Errorf("rule on %s: %q is not one of its choices", r.questionID, r.value)
			}
		default:
			t.Errorf("rule on %s: unexpected kind %s", r.questionID, q.Kind)
		}
	}
}
