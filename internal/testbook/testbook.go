// Package testbook builds notebooks for the tests of the exports and the
// import: one whose every field holds the same untrusted text, and the
// demo with everything a person can enter that the demo leaves out; and
// for benchmarks, the demo grown to any size.
package testbook

import (
	"fmt"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
)

// Seeds are the texts that have broken exports before; the fuzz corpora in
// testdata/fuzz add the inputs the fuzzers found.
var Seeds = []string{
	"", "plain", "=1+2", "+1", "-50", "@SUM(A1)", "\t=x", "\r=x", " =x", "'=x",
	"a,b", `"quoted"`, "line\nbreak", "cr\rlf\r\n", "陈静 👩🏽‍⚕️", "\x1b[31mred\x1b[0m",
	"\u202eevil", "\xff\xfe", "# h\n- item\n1. x\n===", "`code` *b* _i_ [l](u) <b>",
}

// Hostile returns a notebook with one therapist whose name, every detail
// the person types (credentials, contact, location, the credential check's
// number, type and notes), text answer, notes and partner notes are all
// s, the way a pasted or hand-edited notebook could hold it, and two
// check-ins whose notes are s; and a second therapist with a plain name
// and no check-in.
func Hostile(s string) *store.Notebook {
	nb := store.New()
	nb.People.Me = s
	nb.SetPartner(s)
	at := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	nb.Therapists = append(nb.Therapists, store.Therapist{
		ID:          "h1",
		Name:        s,
		Credentials: s,
		Phone:       s,
		Email:       s,
		Website:     s,
		Location:    s,
		FoundVia:    store.FoundReferral,
		Status:      store.Contacted,
		ContactedOn: "2027-01-12",
		ConsultOn:   "2027-01-19",
		Notes:       s,
		Answers: map[string]checklist.Answer{
			checklist.QTraining: {Status: checklist.StatusAnswered, Value: s, Note: s, At: at},
			checklist.QLicense:  {Status: checklist.StatusAnswered, Value: "yes", Note: s, At: at},
			checklist.QHomework: {Status: checklist.StatusSkipped, Note: s, At: at},
		},
		PartnerNotes: s,
		Verification: store.Verification{
			LicenseCheckedOn: "2027-01-10", LicenseNumber: s, LicenseType: s, License: store.LicenseActive,
			AASECTCheckedOn: "2027-01-11", AASECT: store.AASECTMember, Notes: s,
		},
		CheckIns: []store.CheckIn{
			{At: at, After: checklist.AfterFirst, Answers: map[string]checklist.Answer{
				checklist.CheckComfort: {Status: checklist.StatusAnswered, Value: "2", Note: s, At: at},
				checklist.CheckHeard:   {Status: checklist.StatusNoted, Note: s, At: at},
				checklist.CheckCost:    {Status: checklist.StatusSkipped, Note: s, At: at},
			}},
			{At: at.AddDate(0, 0, 14), Answers: map[string]checklist.Answer{
				checklist.CheckGoals: {Status: checklist.StatusAnswered, Value: "no", Note: s, At: at},
			}},
		},
	}, store.Therapist{ID: "h2", Name: "Plain Name", Status: store.ToContact})
	return nb
}

// Full returns the demo notebook with what the demo leaves out: questions
// of the person's own (a long wording whose label is cut, a better answer,
// a priority, options, a reason to ask) in a category of their own and in
// a built-in one, answers to them, a credential check, and check-ins
// after sessions (three for the first therapist, one for the second).
func Full() *store.Notebook {
	nb := demo.Notebook()
	cat := nb.AddCategory("Practicalities")
	add := func(q checklist.Question) checklist.Question {
		q, err := nb.AddQuestion(q)
		if err != nil {
			panic(err) // the questions below are valid
		}
		return q
	}
	weekends := add(checklist.Question{Category: cat.ID, Kind: checklist.KindYesNo, Better: "yes",
		Prompt: "Can we meet on weekends, as we both work long weekdays?", Hint: "We both work weekdays"})
	parking := add(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindChoice, Better: "first",
		Prompt: "Is there parking?", Short: "Parking",
		Choices: []checklist.Choice{{Label: "On site"}, {Label: "On the street, paid"}, {Label: "None"}}})
	deposit := add(checklist.Question{Category: cat.ID, Kind: checklist.KindMoney, Better: "lower",
		Prompt: "Is there a deposit to book?", Short: "Deposit"})
	nb.Importance[weekends.ID] = checklist.MustHave
	nb.Importance[deposit.ID] = checklist.Ignore
	at := time.Date(2025, 3, 12, 11, 0, 0, 0, time.UTC)
	t := &nb.Therapists[0]
	t.SetAnswer(weekends.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "no", Note: "Saturdays sometimes", At: at})
	t.SetAnswer(parking.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: parking.Choices[1].ID, At: at})
	t.SetAnswer(deposit.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "50.00", At: at})
	t.Verification = store.Verification{LicenseCheckedOn: "2025-03-11", LicenseNumber: "PSY 10442",
		LicenseType: "Psychologist", License: store.LicenseActive, AASECTCheckedOn: "2025-03-11",
		AASECT: store.AASECTCertified, Notes: "Both match what she said."}
	nb.Therapists[1].SetAnswer(deposit.ID, checklist.Answer{Status: checklist.StatusSkipped, At: at})
	for _, c := range CheckIns() {
		t.AddCheckIn(c)
	}
	nb.Therapists[1].AddCheckIn(CheckIns()[0])
	return nb
}

// CheckIns are three check-ins after sessions, oldest first: comfort going
// 4 → 3 → 2, every answer kind with and without a note, a skipped and a
// noted answer, each moment, and a last one that worries (a comfort of 2,
// goals not agreed).
func CheckIns() []store.CheckIn {
	first := time.Date(2025, 4, 2, 18, 30, 0, 0, time.UTC)
	third := first.AddDate(0, 0, 14)
	later := first.AddDate(0, 1, 0)
	yes := func(v, note string, at time.Time) checklist.Answer {
		return checklist.Answer{Status: checklist.StatusAnswered, Value: v, Note: note, At: at}
	}
	return []store.CheckIn{
		{At: first, After: checklist.AfterFirst, Answers: map[string]checklist.Answer{
			checklist.CheckComfort:  yes("4", "Easier than I feared", first),
			checklist.CheckHeard:    yes("yes", "", first),
			checklist.CheckGoals:    yes("yes", "", first),
			checklist.CheckHomework: {Status: checklist.StatusNoted, Note: "No homework yet", At: first},
			checklist.CheckCost:     yes("yes", "", first),
		}},
		{At: third, After: checklist.AfterThird, Answers: map[string]checklist.Answer{
			checklist.CheckComfort:  yes("3", "", third),
			checklist.CheckHeard:    yes("yes", "", third),
			checklist.CheckHomework: {Status: checklist.StatusSkipped, At: third},
		}},
		{At: later, Answers: map[string]checklist.Answer{
			checklist.CheckComfort: yes("2", "Rushed again", later),
			checklist.CheckGoals:   yes("no", "We never came back to it", later),
			checklist.CheckCost:    yes("yes", "", later),
		}},
	}
}

// Repeated repeats the demo's therapists until there are n, each with its
// own ID, name and answer maps, so the roster, the scores and the close
// calls are those of a real notebook at that size.
func Repeated(n int) *store.Notebook {
	nb := demo.Notebook()
	base := nb.Therapists
	nb.Therapists = make([]store.Therapist, 0, n)
	for i := range n {
		t := base[i%len(base)]
		t.ID = fmt.Sprintf("%016x", i+1)
		t.Name = fmt.Sprintf("%s %d", t.Name, i+1)
		nb.Therapists = append(nb.Therapists, t)
	}
	// Each its own maps: a copy of the list shares them.
	return nb.Clone()
}
