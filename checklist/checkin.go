package checklist

// This file holds the check-in a person makes after the first sessions with
// the therapist they chose: a few questions of their own impression, each
// with a note, kept dated so the trend shows. The prompts are vetted's own
// words and state no fact; each hint quotes the page it names.

// The check-in's question IDs. They are stored under these in a
// store.CheckIn's answers, apart from the call's answers.
const (
	CheckComfort  = "checkin.comfort"
	CheckHeard    = "checkin.heard"
	CheckGoals    = "checkin.goals"
	CheckHomework = "checkin.homework"
	CheckCost     = "checkin.cost"
)

// The moments a check-in is made at, as stored in store.CheckIn.After.
const (
	AfterFirst = "first" // after the first session
	AfterThird = "third" // after the third session
	// AfterOther is any other time the person chose; stored as "".
	AfterOther = ""
)

// CheckInAdvice is 002's advice for when trust is missing, shown beside a
// check-in that worries.
const CheckInAdvice = "If you don’t trust your sex therapist, consider sharing your concerns in a therapy session or finding another therapist with whom you are more at ease."

// CheckInAdviceSource is the seed CheckInAdvice quotes.
const CheckInAdviceSource = SeedQuestions

// checkIn is the check-in's questions, in the order they are asked.
var checkIn = []Question{
	{
		ID: CheckComfort, Kind: KindRating, Min: 1, Max: 5, Better: "higher", Personal: true,
		Prompt: "How comfortable do you feel with this therapist so far?",
		Short:  "Comfort",
		Hint:   "The trust and relationship between you and your therapist are essential to working together effectively and benefiting from the therapy.",
		Source: SeedHospital,
	},
	{
		ID: CheckHeard, Kind: KindYesNo, Better: "yes", Personal: true,
		Prompt: "Do you feel heard in the sessions?",
		Short:  "Felt heard",
		Hint:   "Sex therapy is a collaborative, client-centered process.",
		Source: SeedPractice,
	},
	{
		ID: CheckGoals, Kind: KindYesNo, Better: "yes", Personal: true,
		Prompt: "Have the two of you agreed on what you are working towards?",
		Short:  "Goals agreed",
		Hint:   "During sessions, you and your sex therapist will work together to identify and change thoughts and behaviors that are interfering with your sexual life.",
		Source: SeedHospital,
	},
	{
		ID: CheckHomework, Kind: KindYesNo, Better: "yes", Personal: true,
		Prompt:     "Does the homework fit you?",
		Short:      "Homework fits",
		Hint:       "Your sex therapists may assign homework — activities and exercises that you do in the privacy of your home.",
		Source:     SeedHospital,
		NotePrompt: "No homework yet? Say so here.",
	},
	{
		ID: CheckCost, Kind: KindYesNo, Better: "yes", Personal: true, VettedOwn: true,
		Prompt: "Is the cost what you expected?",
		Short:  "Cost as expected",
		// vetted's own words: no page speaks of costs after the start.
		Hint: "Compare with the fee and the length of therapy they named on the call.",
	},
}

// CheckInQuestions returns the check-in's questions in the order they are
// asked. The slice is shared: do not change it.
func CheckInQuestions() []Question { return checkIn }

// CheckInQuestion returns the check-in question id.
func CheckInQuestion(id string) (Question, bool) {
	for _, q := range checkIn {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// CheckInMoment names when a check-in was made, as a person says it.
func CheckInMoment(after string) string {
	switch after {
	case AfterFirst:
		return "after the first session"
	case AfterThird:
		return "after the third session"
	}
	return "check-in"
}

// CheckInMoments are the moments a person picks from, in the order they
// are offered: after the first session, after the third, another time.
var CheckInMoments = []string{AfterFirst, AfterThird, AfterOther}

// CheckInWhen names a moment as one of the three a person picks from:
// CheckInMoment for the first and third sessions, "another time" for the
// rest. Exports write it and vetted import reads it back.
func CheckInWhen(after string) string {
	if after == AfterFirst || after == AfterThird {
		return CheckInMoment(after)
	}
	return "another time"
}

// CheckInAdviceQuote is CheckInAdvice quoted with its source, as the app
// quotes a page: “…” — the page.
func CheckInAdviceQuote() string {
	return "“" + CheckInAdvice + "” — " + SourceLabel(CheckInAdviceSource)
}
