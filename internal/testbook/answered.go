package testbook

import (
	"fmt"
	"strings"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// sampleValue returns a plausible canonical value for q (see
// checklist.Answer for the forms).
func sampleValue(q checklist.Question) string {
	switch q.Kind {
	case checklist.KindYesNo:
		return "yes"
	case checklist.KindMoney:
		return "185.00"
	case checklist.KindMinutes:
		return "50"
	case checklist.KindCount:
		return "12"
	case checklist.KindRating:
		return "4"
	case checklist.KindDate:
		return "2026-12-03"
	case checklist.KindChoice:
		return q.Choices[0].ID
	case checklist.KindMulti:
		ids := []string{q.Choices[0].ID}
		if len(q.Choices) > 1 {
			ids = append(ids, q.Choices[1].ID)
		}
		return strings.Join(ids, ",")
	default:
		return "Trained in couples work; sees desire differences weekly, both in person and online."
	}
}

// Answered builds a notebook of n therapists, each with every catalogue
// question answered and a note on every third question: the notebook of
// the disk benchmarks and tests (store's own tests, which cannot import
// this package, build the same in their fixtures_test.go).
func Answered(n int) *store.Notebook {
	at := time.Date(2026, 11, 20, 14, 30, 0, 0, time.UTC)
	nb := store.New()
	nb.People.Me = "Sam"
	nb.SetPartner("Alex")
	nb.Profile.Concerns = []string{checklist.ConcernDesireDiscrepancy, "concern.from_a_newer_vetted"}
	nb.Profile.OwnWords = "We want different things\nand stopped talking about it."
	nb.BudgetPerSession = "200.00"
	nb.Importance[checklist.QFee] = checklist.MustHave
	nb.Importance[checklist.QAASECT] = checklist.Important
	nb.Prep["goals"] = true
	qs := checklist.Catalogue()
	for i := range n {
		t := store.Therapist{
			ID:          fmt.Sprintf("%016x", i+1),
			Name:        fmt.Sprintf("Dr. Therapist %d", i+1),
			Credentials: "LMFT, AASECT CST",
			Phone:       "+1 555 0100",
			Email:       fmt.Sprintf("t%d@example.org", i+1),
			Location:    "Portland, OR",
			FoundVia:    store.FoundAASECT,
			Status:      store.Interviewed,
			ContactedOn: "2026-11-18",
			Notes:       "Warm on the phone; suggested a first joint session.",
			Answers:     make(map[string]checklist.Answer, len(qs)),
			Created:     at,
			Updated:     at,
		}
		for j, q := range qs {
			a := checklist.Answer{Status: checklist.StatusAnswered, Value: sampleValue(q), At: at}
			if j%3 == 0 {
				a.Note = "Said so without hesitation."
			}
			t.Answers[q.ID] = a
		}
		nb.Therapists = append(nb.Therapists, t)
	}
	return nb
}
