package assess

import (
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// A "yes" on the call is what the therapist said. The person's check that
// did not find the license overrides it in the score, the must-haves, the
// flags and the leader; without the check the same notebook leads with
// that therapist.
func TestLicenseNotFoundOverridesTheCall(t *testing.T) {
	build := func(check store.LicenseResult) *store.Notebook {
		a := therapist("a", checklist.QLicense, "yes", checklist.QPeopleLikeMe, "yes")
		a.Verification.License = check
		b := therapist("b", checklist.QLicense, "yes", checklist.QPeopleLikeMe, "unsure")
		return notebook(only(imp{checklist.QLicense: checklist.MustHave, checklist.QPeopleLikeMe: checklist.Nice}), a, b)
	}
	said, checked := build(""), build(store.LicenseNotFound)

	before, after := FitScore(said, &said.Therapists[0]), FitScore(checked, &checked.Therapists[0])
	if before.Value != 100 || after.Value != 25 {
		t.Errorf("fit score %d then %d, want 100 then 25 (the license earns nothing once the check did not find it)", before.Value, after.Value)
	}
	if len(before.MustMissed) != 0 || !slices.Equal(after.MustMissed, []string{checklist.QLicense}) {
		t.Errorf("must-haves missed %v then %v, want none then the license", before.MustMissed, after.MustMissed)
	}
	if got := after.Parts[len(after.Parts)-1].Reason; got != "+0.0 State license: said yes; your check did not find it" {
		t.Errorf("breakdown says %q", got)
	}
	if !after.Dealbreaker {
		t.Error("a license said but not found is a red flag")
	}

	if got := flagTitles(Flags(&said.Therapists[0])); got != "green:Said they hold a state license" {
		t.Errorf("flags before the check: %q", got)
	}
	if got := flagTitles(Flags(&checked.Therapists[0])); got != "red:Said they hold a license; your check did not find it" {
		t.Errorf("flags after the check: %q (no green flag may stay beside the red)", got)
	}

	if id, _ := Leader(said); id != "a" {
		t.Errorf("leader before the check = %q, want a", id)
	}
	if id, _ := Leader(checked); id != "b" {
		t.Errorf("leader after the check = %q, want b", id)
	}
	if v, why, ok := Checked(&checked.Therapists[0], checklist.QLicense); !ok || v != checklist.No || !strings.Contains(why, "did not find") {
		t.Errorf("Checked = %q %q %v", v, why, ok)
	}
}

// A check that found AASECT membership, where the call said certified,
// scores as membership; one that found certification confirms it.
func TestAASECTCheckOverridesTheCall(t *testing.T) {
	for _, tc := range []struct {
		check store.AASECTResult
		want  int
		why   string
	}{
		{"", 100, ""},
		{store.AASECTCertified, 100, ""},
		{store.AASECTMember, 67, "said Certified; your check found membership"},
		{store.AASECTNotFound, 100, ""}, // kept as said, with an amber flag
	} {
		th := therapist("a", checklist.QAASECT, checklist.AASECTCertified)
		th.Verification.AASECT = tc.check
		nb := notebook(only(imp{checklist.QAASECT: checklist.Nice}), th)
		sc := FitScore(nb, &nb.Therapists[0])
		if sc.Value != tc.want {
			t.Errorf("check %q: score %d, want %d", tc.check, sc.Value, tc.want)
		}
		if _, why, _ := Checked(&nb.Therapists[0], checklist.QAASECT); why != tc.why {
			t.Errorf("check %q: why %q, want %q", tc.check, why, tc.why)
		}
	}
	// Membership found, certification not claimed: the check supplies
	// the answer the call did not give.
	th := therapist("a")
	th.Verification.AASECT = store.AASECTMember
	if v, why, ok := Checked(&th, checklist.QAASECT); v != checklist.AASECTMember || why != "not asked on the call; your check found membership" || !ok {
		t.Errorf("Checked = %q %q %v", v, why, ok)
	}
}

// "Out whatever the score" is vetted's rule, held as the person's setting:
// a red flag rules out while its question is a must-have, which it starts
// as; lowered, the therapist is scored like any other.
func TestRuledOutFollowsThePersonsSetting(t *testing.T) {
	th := therapist("a", checklist.QContact, "yes")
	flags := Flags(&th)
	if !HasDealbreaker(flags) {
		t.Fatal("suggested contact raises no red flag")
	}
	for _, tc := range []struct {
		imp  map[string]checklist.Importance
		want bool
	}{
		{nil, true}, // the default: a must-have
		{imp{checklist.QContact: checklist.MustHave}, true},
		{imp{checklist.QContact: checklist.Important}, false},
		{imp{checklist.QContact: checklist.Ignore}, false},
	} {
		if got := RuledOut(flags, tc.imp); got != tc.want {
			t.Errorf("importances %v: RuledOut = %v, want %v", tc.imp, got, tc.want)
		}
		nb := notebook(tc.imp, th)
		if got := FitScore(nb, &nb.Therapists[0]).Dealbreaker; got != tc.want {
			t.Errorf("importances %v: Score.Dealbreaker = %v, want %v", tc.imp, got, tc.want)
		}
		if got := Judge(nb).Scores(tc.imp)[0].Dealbreaker; got != tc.want {
			t.Errorf("importances %v: Judgement's Dealbreaker = %v, want %v", tc.imp, got, tc.want)
		}
	}
}

// Lowering a red-flag question from must-have is a close call when it
// lets a ruled-out therapist lead.
func TestCloseCallsSeeTheMustHaveSetting(t *testing.T) {
	nb := notebook(only(imp{
		checklist.QContact:      checklist.MustHave,
		checklist.QInsurance:    checklist.Important,
		checklist.QSlidingScale: checklist.Important,
		checklist.QPeopleLikeMe: checklist.Important,
	}),
		therapist("a", checklist.QContact, "yes", checklist.QInsurance, "yes", checklist.QSlidingScale, "yes", checklist.QPeopleLikeMe, "yes"),
		therapist("b", checklist.QContact, "no", checklist.QInsurance, "no", checklist.QSlidingScale, "no", checklist.QPeopleLikeMe, "no"))
	if id, _ := Leader(nb); id != "b" {
		t.Fatalf("leader %q, want b (a is ruled out)", id)
	}
	var got []CloseCall
	for _, c := range CloseCalls(nb) {
		if c.QuestionID == checklist.QContact {
			got = append(got, c)
		}
	}
	want := []CloseCall{{QuestionID: checklist.QContact, From: checklist.MustHave, To: checklist.Important, NewLeaderID: "a"}}
	if !slices.Equal(got, want) {
		t.Errorf("close calls on contact = %+v, want %+v", got, want)
	}
}
