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
	// Source names the seed documents the item comes from, comma
	// separated.
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
// Like the catalogue's hints, each Hint keeps its seeds' strength and
// Source names every seed it rests on.
var prep = []PrepItem{
	{
		ID:     PrepPhysicalCheck,
		Text:   "Consider seeing a primary healthcare provider, gynecologist or urologist first.",
		Hint:   "Sex therapists don't treat physical or medical conditions that affect sex; you may need to see one of these first to see if there are any underlying physical causes.",
		Source: SeedHospital,
	},
	{
		ID:     PrepFindNames,
		Text:   "Gather names of therapists to call.",
		Hint:   "The AASECT website offers a directory of certified professionals in your area. You can also get a referral from your health care physician, check whether a nearby hospital or medical center offers a sexual medicine clinic, ask your health insurer or employee assistance programme for recommendations, or look for a licensed and certified practitioner on the websites of psychologists, licensed clinical social workers and psychiatrists.",
		Source: SeedOverview + ", " + SeedQuestions,
	},
	{
		ID:     PrepConcernHistory,
		Text:   "Write down the details of your concern.",
		Hint:   "When it began, whether it is persistent or sporadic, the professionals you have visited, the therapies you have taken and their effects.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepPersonalInfo,
		Text:   "Note the key facts about your health and life.",
		Hint:   "Such as your medical problems and any major pressures or recent life changes; sex and intimacy troubles are frequently tied to stress, anxiety or depression.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepMedications,
		Text:   "List all your prescriptions, over-the-counter medicines, vitamins, supplements and herbal remedies, with their doses.",
		Hint:   "In some circumstances drug side effects have an impact on sexual function.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepOwnQuestions,
		Text:   "Write down your own questions for the therapist.",
		Hint:   "Questions to ask your therapist about your sexual difficulties belong on the list to bring to your appointment, beside the ones in this app.",
		Source: SeedQuestions,
	},
	{
		ID:     PrepExpectToTalk,
		Text:   "Expect to be asked about your background.",
		Hint:   "Your therapist may ask about your health and sexual background, your sex education, your beliefs about sex and your specific concerns. It is natural to feel embarrassed or anxious, and sex therapists are educated to put you at ease.",
		Source: SeedHospital + ", " + SeedQuestions,
	},
}

// Prep returns the preparation list: what to do, gather and write down
// before the first appointment. The slice is a copy.
func Prep() []PrepItem {
	out := make([]PrepItem, len(prep))
	copy(out, prep)
	return out
}
