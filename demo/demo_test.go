package demo

import (
	"bytes"
	"testing"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// TestEveryKindCovered checks that some therapist answers a question of
// each answer kind, so the demo exercises every cell renderer.
func TestEveryKindCovered(t *testing.T) {
	nb := Notebook()
	seen := map[checklist.Kind]bool{}
	for _, th := range nb.Therapists {
		for id, a := range th.Answers {
			q, ok := checklist.ByID(id)
			if !ok {
				t.Errorf("%s: answer to unknown question %q", th.ID, id)
				continue
			}
			if a.Answered() {
				seen[q.Kind] = true
			}
		}
	}
	for _, k := range []checklist.Kind{
		checklist.KindYesNo, checklist.KindChoice, checklist.KindMulti, checklist.KindMoney,
		checklist.KindMinutes, checklist.KindCount, checklist.KindText, checklist.KindRating,
		checklist.KindDate,
	} {
		if !seen[k] {
			t.Errorf("no answered question of kind %s", k)
		}
	}
}

// TestValuesAreCanonical checks every stored value is already in the form
// Parse would store, as a real notebook's values are.
func TestValuesAreCanonical(t *testing.T) {
	nb := Notebook()
	check := func(who string, m map[string]checklist.Answer) {
		for id, a := range m {
			q, _ := checklist.ByID(id)
			switch a.Status {
			case checklist.StatusSkipped:
				if a.Value != "" {
					t.Errorf("%s %s: skipped answer has a value", who, id)
				}
				continue
			case checklist.StatusAnswered:
			default:
				t.Errorf("%s %s: status %q", who, id, a.Status)
				continue
			}
			got, err := checklist.Parse(q, a.Value)
			if err != nil || got != a.Value {
				t.Errorf("%s %s: value %q is not canonical (Parse gives %q, %v)", who, id, a.Value, got, err)
			}
			if a.At.IsZero() {
				t.Errorf("%s %s: no timestamp", who, id)
			}
		}
	}
	for _, th := range nb.Therapists {
		check(th.ID, th.Answers)
		check(th.ID+" partner", th.PartnerAnswers)
	}
	if _, ok := checklist.Cents(nb.BudgetPerSession); !ok {
		t.Errorf("budget %q is not a money value", nb.BudgetPerSession)
	}
}

// TestRoundTrip checks the demo is a notebook the store accepts and writes
// back unchanged.
func TestRoundTrip(t *testing.T) {
	first, err := store.Encode(Notebook())
	if err != nil {
		t.Fatal(err)
	}
	nb, err := store.Decode(first)
	if err != nil {
		t.Fatalf("the store refuses the demo: %v", err)
	}
	second, err := store.Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Error("the demo changes on a trip through the store")
	}
	again, _ := store.Encode(Notebook())
	if !bytes.Equal(first, again) {
		t.Error("two calls give different bytes: timestamps or IDs are not fixed")
	}
}

// TestFreshCopy checks each call returns an independent notebook.
func TestFreshCopy(t *testing.T) {
	a := Notebook()
	a.Therapists[0].Name = "changed"
	a.Therapists[0].Answers[checklist.QFee] = checklist.Answer{Status: checklist.StatusAnswered, Value: "1.00"}
	a.Importance[checklist.QFee] = checklist.Ignore
	b := Notebook()
	if b.Therapists[0].Name == "changed" || b.Therapists[0].Answers[checklist.QFee].Value == "1.00" ||
		b.Importance[checklist.QFee] == checklist.Ignore {
		t.Error("a change to one demo notebook shows in the next")
	}
}

// TestFeatures checks the demo shows what it promises: a red flag, a
// must-have missed by a therapist with no red flag, a partner rating that
// differs by two or more, skipped and unanswered questions, notes, a
// non-ASCII name, and several outreach statuses.
func TestFeatures(t *testing.T) {
	nb := Notebook()
	if len(nb.Therapists) != 3 {
		t.Fatalf("%d therapists, want 3", len(nb.Therapists))
	}
	var red, mustMissNoFlag, disagree, partner, skipped, unanswered, notes, nonASCII bool
	statuses := map[store.Outreach]bool{}
	for i := range nb.Therapists {
		th := &nb.Therapists[i]
		statuses[th.Status] = true
		flags := assess.Flags(th)
		if assess.HasDealbreaker(flags) {
			red = true
		}
		sc := assess.FitScore(nb, th)
		for _, id := range sc.MustMissed {
			if a, ok := th.Answers[id]; ok && a.Answered() && !sc.Dealbreaker {
				mustMissNoFlag = true
			}
		}
		if len(assess.Disagreements(th)) > 0 {
			disagree = true
		}
		if a, ok := th.PartnerAnswers[checklist.QComfort]; ok && a.Answered() {
			partner = true
		}
		answered := 0
		for _, a := range th.Answers {
			if a.Status == checklist.StatusSkipped {
				skipped = true
			}
			if a.Note != "" {
				notes = true
			}
			answered++
		}
		if answered < len(checklist.Catalogue()) {
			unanswered = true
		}
		for _, r := range th.Name {
			if r > 0x7F {
				nonASCII = true
			}
		}
	}
	for name, ok := range map[string]bool{
		"red flag": red, "must-have missed (answered, no red flag)": mustMissNoFlag,
		"partner disagreement of 2+": disagree, "partner rating": partner,
		"skipped answer": skipped, "unanswered question": unanswered, "answer notes": notes, "non-ASCII name": nonASCII,
	} {
		if !ok {
			t.Errorf("the demo has no %s", name)
		}
	}
	if len(statuses) < 3 {
		t.Errorf("%d outreach statuses, want 3 different", len(statuses))
	}
	if nb.People.Partner == "" || nb.BudgetPerSession == "" {
		t.Error("the demo needs a partner and a budget")
	}
}
