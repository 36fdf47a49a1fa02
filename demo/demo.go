// Package demo holds a built-in notebook of three fictional therapists, so
// that vetted can be tried (vetted --demo, vetted export --demo) before the
// person has recorded anything of their own. Every name, address, phone
// number and answer in it is invented.
package demo

import (
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// The demo therapists' IDs: fixed, so every demo notebook and export is
// the same byte for byte.
const (
	lindqvistID = "demo-lindqvist"
	chenID      = "demo-chen"
	whitlockID  = "demo-whitlock"
)

// day returns a fixed instant on the given day of spring 2025, so that the
// demo and every export of it are byte for byte the same on every run.
func day(month time.Month, d, hour, minute int) time.Time {
	return time.Date(2025, month, d, hour, minute, 0, 0, time.UTC)
}

// answered builds an answered Answer recorded at the given time.
func answered(value, note string, at time.Time) checklist.Answer {
	return checklist.Answer{Status: checklist.StatusAnswered, Value: value, Note: note, At: at}
}

// skipped builds a deliberately skipped Answer; the note says why.
func skipped(note string, at time.Time) checklist.Answer {
	return checklist.Answer{Status: checklist.StatusSkipped, Note: note, At: at}
}

// Notebook returns a fresh demo notebook. Each call builds a new one, so a
// caller may change it freely without affecting the next caller.
//
// It is built to show every feature: all nine answer kinds, notes, skipped
// and unanswered questions, a red flag (Sam Whitlock holds no state license),
// a must-have that one therapist misses (陈静 sees individuals only), a
// budget, a partner whose comfort rating differs from the person's by two
// points, and three different outreach statuses.
func Notebook() *store.Notebook {
	return &store.Notebook{
		Version:          store.SchemaVersion,
		People:           store.People{Me: "Robin", Partner: "Kai"},
		BudgetPerSession: "170.00",
		Profile: store.Profile{
			Concerns:    []string{checklist.ConcernDesireDiscrepancy, "concern.communication"},
			OwnWords:    "We want sex at different times and have stopped talking about it.",
			WithPartner: true,
		},
		Importance: map[string]checklist.Importance{
			checklist.QLicense:      checklist.MustHave,
			checklist.QPartners:     checklist.MustHave,
			checklist.QContact:      checklist.MustHave,
			checklist.QAASECT:       checklist.Important,
			checklist.QFee:          checklist.Important,
			checklist.QComfort:      checklist.Important,
			checklist.QInsurance:    checklist.Nice,
			checklist.QFirstOpening: checklist.Nice,
			checklist.QYears:        checklist.Nice,
			checklist.QHours:        checklist.Ignore,
		},
		// Part way through preparing for the first session.
		Prep: map[string]bool{
			checklist.PrepFindNames:      true,
			checklist.PrepConcernHistory: true,
			checklist.PrepOwnQuestions:   true,
		},
		// What the two ticked writing items hold, and a medication list
		// begun, so the preparation form and the brief have something to
		// show.
		PrepForm: store.PrepForm{
			Entries: map[string]string{
				checklist.PrepConcernHistory + ".began":   "About a year ago, after we moved",
				checklist.PrepConcernHistory + ".pattern": "Sporadic",
				checklist.PrepOwnQuestions + ".list":      "How do sessions with both of us work?\nWhat kind of exercises might we do at home?",
			},
			Medications: []store.Medication{{Name: "Vitamin D", Dose: "1,000 IU daily"}},
		},
		Therapists: []store.Therapist{lindqvist(), chen(), whitlock()},
	}
}

// lindqvist is the well-qualified, slightly pricier therapist the person
// has already interviewed.
func lindqvist() store.Therapist {
	call := day(time.March, 12, 17, 30)
	return store.Therapist{
		ID:          lindqvistID,
		Name:        "Dr. Amara Lindqvist",
		Credentials: "PhD, licensed psychologist",
		Phone:       "(555) 010-4417",
		Email:       "office@lindqvist-therapy.example",
		Website:     "https://lindqvist-therapy.example",
		Location:    "Harbour Street Clinic, 2nd floor",
		FoundVia:    store.FoundAASECT,
		Status:      store.Interviewed,
		ContactedOn: "2025-03-10",
		ConsultOn:   "2025-03-12",
		Notes:       "Warm but direct. Suggested we each write down, separately, what we hope will change before the first session.",
		Answers: map[string]checklist.Answer{
			checklist.QTraining:        answered("Doctorate in clinical psychology; postdoctoral fellowship at a sexual medicine clinic.", "", call),
			checklist.QLicense:         answered("yes", "Licensed psychologist in this state", call),
			checklist.QAASECT:          answered(checklist.AASECTCertified, "", call),
			checklist.QExperience:      answered("Desire differences between partners are a large part of her practice.", "About half her caseload, she said", call),
			checklist.QYears:           answered("14", "", call),
			checklist.QLocation:        answered("Harbour Street Clinic, near the tram stop", "", call),
			checklist.QHours:           answered("Tue-Thu 8am-6pm; one evening slot on Wednesdays", "", call),
			checklist.QFormat:          answered("both", "", call),
			checklist.QFirstOpening:    answered("2025-04-02", "", call),
			checklist.QSessionLength:   answered("50", "", call),
			checklist.QFrequency:       answered(checklist.FreqWeekly, "Weekly at first, then every two weeks", call),
			checklist.QCourse:          answered("about 3-4 months", "\"Usually three to four months, sometimes less\"", call),
			checklist.QRescheduling:    answered("48 hours' notice; later cancellations are charged in full.", "", call),
			checklist.QApproaches:      answered("cbt,psychoeducation,communication,behavioural", "Mentioned sensate focus for couples", call),
			checklist.QPartners:        answered("yes", "", call),
			checklist.QHomework:        answered("yes", "Reading and short communication exercises at home", call),
			checklist.QFee:             answered("185.00", "", call),
			checklist.QInsurance:       answered("no", "Out of network; she provides a superbill for reimbursement", call),
			checklist.QUpfront:         answered("no", "", call),
			checklist.QSlidingScale:    skipped("Forgot to ask; email her", call),
			checklist.QPeopleLikeMe:    answered("yes", "Sees couples of every orientation; asked about our backgrounds", call),
			checklist.QConfidentiality: answered("yes", "", call),
			checklist.QPhysician:       answered("yes", "Works with a urologist and a gynaecologist she trusts", call),
			checklist.QContact:         answered("no", "", call),
			checklist.QComfort:         answered("4", "", call),
		},
		PartnerAnswers: map[string]checklist.Answer{
			checklist.QComfort: answered("4", "", call),
		},
		PartnerNotes: "Liked that she asked about both of us, not just the problem.",
		Created:      day(time.March, 9, 20, 15),
		Updated:      call,
	}
}

// chen is the affordable therapist with a consultation booked; several
// questions are still unanswered, and she sees individuals only, missing
// one of the person's must-haves.
func chen() store.Therapist {
	call := day(time.March, 14, 12, 5)
	return store.Therapist{
		ID:          chenID,
		Name:        "陈静 (Chen Jing)",
		Credentials: "LMFT",
		Phone:       "(555) 010-2290",
		Email:       "chen.jing@riverside-counselling.example",
		Location:    "Riverside Counselling Centre",
		FoundVia:    store.FoundInsurer,
		Status:      store.ConsultBooked,
		ContactedOn: "2025-03-13",
		ConsultOn:   "2025-03-21",
		Notes:       "Short phone call on her lunch break; the rest of the questions are for the consultation.",
		Answers: map[string]checklist.Answer{
			checklist.QTraining:      answered("Master's in marriage and family therapy; sexuality coursework through AASECT.", "", call),
			checklist.QLicense:       answered("yes", "LMFT", call),
			checklist.QAASECT:        answered(checklist.AASECTMember, "Working towards certification", call),
			checklist.QYears:         answered("6", "", call),
			checklist.QLocation:      answered("Riverside Counselling Centre, ground floor, step-free", "", call),
			checklist.QFormat:        answered("telehealth", "", call),
			checklist.QFirstOpening:  answered("2025-03-24", "", call),
			checklist.QSessionLength: answered("45", "", call),
			checklist.QFrequency:     answered(checklist.FreqBiweekly, "", call),
			checklist.QApproaches:    answered("cbt,mindfulness,trauma", "", call),
			checklist.QPartners:      answered("no", "Individuals only; could refer us to a colleague for joint sessions", call),
			checklist.QHomework:      skipped("", call),
			checklist.QFee:           answered("140.00", "", call),
			checklist.QInsurance:     answered("yes", "In network; $30 co-pay", call),
			checklist.QSlidingScale:  answered("yes", "", call),
			checklist.QComfort:       answered("3", "Hard to tell on a rushed call", call),
		},
		PartnerAnswers: map[string]checklist.Answer{
			checklist.QComfort: answered("5", "", call),
		},
		PartnerNotes: "Felt easy to talk to. Ask whether a colleague could join for a couples session.",
		Created:      day(time.March, 13, 9, 40),
		Updated:      call,
	}
}

// whitlock is the "coach" without a license: the demo's red flag. The
// person has already decided against this one.
func whitlock() store.Therapist {
	call := day(time.March, 11, 18, 45)
	return store.Therapist{
		ID:          whitlockID,
		Name:        "Sam Whitlock",
		Credentials: "Intimacy coach (self-described)",
		Phone:       "(555) 010-8834",
		Website:     "https://whitlock-coaching.example",
		FoundVia:    store.FoundOther,
		Status:      store.Declined,
		ContactedOn: "2025-03-08",
		Notes:       "Found through an online advert. Pushed for a ten-session package paid in advance.",
		Answers: map[string]checklist.Answer{
			checklist.QTraining:        answered("Weekend coaching certificate; no clinical degree.", "", call),
			checklist.QLicense:         answered("no", "Said a license \"isn't needed for coaching\"", call),
			checklist.QAASECT:          answered(checklist.AASECTNo, "", call),
			checklist.QYears:           answered("2", "", call),
			checklist.QFormat:          answered("in_person", "", call),
			checklist.QSessionLength:   answered("90", "", call),
			checklist.QFrequency:       answered(checklist.FreqOther, "\"As often as you feel you need\"", call),
			checklist.QCourse:          answered("10 sessions", "Sold only as a ten-session package", call),
			checklist.QApproaches:      answered("other", "Could not name a method", call),
			checklist.QPartners:        answered("yes", "", call),
			checklist.QFee:             answered("220.00", "", call),
			checklist.QInsurance:       answered("no", "", call),
			checklist.QUpfront:         answered("yes", "All ten sessions before the first", call),
			checklist.QSlidingScale:    answered("unsure", "", call),
			checklist.QConfidentiality: answered("no", "", call),
			checklist.QComfort:         answered("2", "", call),
		},
		PartnerAnswers: map[string]checklist.Answer{
			checklist.QComfort: answered("1", "", call),
		},
		Created: day(time.March, 8, 19, 0),
		Updated: day(time.March, 11, 19, 10),
	}
}
