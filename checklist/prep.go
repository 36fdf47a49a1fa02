package checklist

// PrepItem is one thing to do or write down before the first appointment.
type PrepItem struct {
	// ID is stable, like a question ID, so that a notebook can record which
	// items the person has ticked off.
	ID string `json:"id"`
	// Text is the item itself, one sentence.
	Text string `json:"text"`
	// Hint says why it helps or gives examples.
	Hint string `json:"hint"`
	// Source names the seed document the item comes from.
	Source string `json:"source"`
}

// The preparation item IDs that other packages may refer to.
const (
	PrepPhysicalCheck  = "prep.physical_check"
	PrepFindNames      = "prep.find_names"
	PrepConcernHistory = "prep.concern_history"
	PrepPersonalInfo   = "prep.personal_info"
	PrepMedications    = "prep.medications"
	PrepOwnQuestions   = "prep.own_questions"
	PrepExpectToTalk   = "prep.expect_to_talk"
)

// prep is the built-in preparation list, in the order a person would work
// through it: rule out physical causes, find names, then write things down.
var prep = []PrepItem{
	{
		ID:     PrepPhysicalCheck,
		Text:   "See a physician, gynecologist or urologist about any physical symptoms first.",
		Hint:   "Sex therapists work on the mental and emotional side and do not treat physical or medical conditions; a check-up can find or rule out a physical cause.",
		Source: SeedHospital,
	},
	{
		ID:     PrepFindNames,
		Text:   "Gather names of therapists to call.",
		Hint:   "Ask your physician for a referral, see whether a nearby hospital has a sexual medicine clinic, ask your insurer or employee assistance programme, or search the AASECT directory for certified therapists near you.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepConcernHistory,
		Text:   "Write down the details of your concern.",
		Hint:   "When it began, whether it is constant or comes and goes, who you have already seen about it, and what treatments you have tried and how they went.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepPersonalInfo,
		Text:   "Note the key facts about your health and life.",
		Hint:   "Medical conditions, major sources of stress and recent changes in your life can all bear on sex and intimacy.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepMedications,
		Text:   "List every medication, vitamin, supplement and herbal remedy you take, with doses.",
		Hint:   "Include over-the-counter products: side effects of medicines can affect sexual function.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepOwnQuestions,
		Text:   "Write down your own questions for the therapist.",
		Hint:   "Questions about your concern, as well as the ones in this app; it is easy to forget them in the moment.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepExpectToTalk,
		Text:   "Expect to be asked about your background.",
		Hint:   "The therapist will likely ask about your health and sexual history, the sex education you had, your beliefs about sex and your specific concerns. Feeling awkward is normal, and they are trained to put you at ease.",
		Source: SeedHospital,
	},
}

// Prep returns the preparation list: what to do, gather and write down
// before the first appointment. The slice is a copy.
func Prep() []PrepItem {
	out := make([]PrepItem, len(prep))
	copy(out, prep)
	return out
}
