package checklist

import "slices"

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
	// Fields are what the preparation form asks the person to write down
	// for this item, in order; every item also has its notes (NotesID).
	Fields []PrepField `json:"fields,omitempty"`
	// Rows marks the item kept as a list of name and dose rows (the
	// medications), edited row by row rather than as fields.
	Rows bool `json:"rows,omitempty"`
}

// PrepField is one thing to write down for a preparation item, such as
// "When it began". Its label uses the words of the item's seed, so the
// seed test pins it with the item.
type PrepField struct {
	// ID is stable: the notebook stores what was written under it.
	ID    string `json:"id"`
	Label string `json:"label"`
	// Multiline fields take several lines (one question a line).
	Multiline bool `json:"multiline,omitempty"`
	// Source names the seed whose words the label uses.
	Source string `json:"source"`
}

// NotesID is the ID under which the notebook keeps the notes of
// preparation item itemID.
func NotesID(itemID string) string { return itemID + ".notes" }

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
// Like the catalogue's hints, each Hint quotes its seeds word for word and
// Source names every seed it quotes.
var prep = []PrepItem{
	{
		ID:     PrepPhysicalCheck,
		Text:   "Think about seeing a physician first.",
		Hint:   "Sex therapists don't treat physical or medical conditions that affect sex. You may need to see a primary healthcare provider, gynecologist or urologist for any sexual function issues first to see if there are any underlying physical causes.",
		Source: SeedHospital,
	},
	{
		ID:     PrepFindNames,
		Text:   "Gather names of therapists to call.",
		Hint:   "The American Association for Sexuality Educators, Counselors, and Therapists (AASECT) website offers a directory for people who would like to connect with a certified professional in their area. You can get a referral to a sex therapist from your health care physician, or you can check with a nearby hospital or medical center to see if they offer a sexual medicine clinic. It's also possible that your health insurer or employee assistance program will provide recommendations. Alternatively, check for a licensed and certified sex therapy practitioner on the websites of psychologists, licensed clinical social workers, and psychiatrists.",
		Source: SeedOverview + ", " + SeedQuestions,
	},
	{
		ID:     PrepConcernHistory,
		Text:   "Write down the details of your concern.",
		Hint:   "Details about your condition, such as when it began, if it is persistent or sporadic, professionals you've visited, therapies you've taken, and their effects.",
		Source: SeedQuestions,
		Fields: []PrepField{
			{ID: PrepConcernHistory + ".began", Label: "When it began", Source: SeedQuestions},
			{ID: PrepConcernHistory + ".pattern", Label: "Persistent or sporadic", Source: SeedQuestions},
			{ID: PrepConcernHistory + ".professionals", Label: "Professionals you have visited", Multiline: true, Source: SeedQuestions},
			{ID: PrepConcernHistory + ".therapies", Label: "Therapies you have taken and their effects", Multiline: true, Source: SeedQuestions},
		},
	},
	{
		ID:     PrepPersonalInfo,
		Text:   "Note the key facts about your health and life.",
		Hint:   "Personal information that is absolutely necessary, such as your medical problems and any major pressures or recent life changes. Remember that sex and intimacy troubles are frequently tied to other underlying disorders like stress, anxiety, or depression.",
		Source: SeedQuestions,
		Fields: []PrepField{
			{ID: PrepPersonalInfo + ".medical", Label: "Medical problems", Multiline: true, Source: SeedQuestions},
			{ID: PrepPersonalInfo + ".pressures", Label: "Major pressures", Multiline: true, Source: SeedQuestions},
			{ID: PrepPersonalInfo + ".changes", Label: "Recent life changes", Multiline: true, Source: SeedQuestions},
		},
	},
	{
		ID:     PrepMedications,
		Text:   "List all your prescriptions, over-the-counter medicines, vitamins, supplements and herbal remedies, with their doses.",
		Hint:   "In some circumstances, chronic disease, drug side effects, surgery, or age have an impact on sexual function.",
		Source: SeedQuestions,
		Rows:   true,
	},
	{
		ID:     PrepOwnQuestions,
		Text:   "Write down your own questions for the therapist.",
		Hint:   "On the page's list of items to bring to your appointment: questions to ask your therapist regarding your sexual difficulties.",
		Source: SeedQuestions,
		Fields: []PrepField{
			{ID: PrepOwnQuestions + ".list", Label: "Questions to ask your therapist (one a line)", Multiline: true, Source: SeedQuestions},
		},
	},
	{
		ID:     PrepExpectToTalk,
		Text:   "Think about what the therapist may ask you.",
		Hint:   "Your therapist may ask you questions about your health and sexual background, sex education, beliefs about sex and specific sexual concerns. Another page: It's natural to feel embarrassed or anxious while discussing sex and intimacy. Sex therapists, on the other hand, are educated to put you at ease and to detect and explore sexual difficulties.",
		Source: SeedHospital + ", " + SeedQuestions,
		Fields: []PrepField{
			{ID: PrepExpectToTalk + ".health", Label: "Health and sexual background", Multiline: true, Source: SeedHospital},
			{ID: PrepExpectToTalk + ".education", Label: "Sex education", Multiline: true, Source: SeedHospital},
			{ID: PrepExpectToTalk + ".beliefs", Label: "Beliefs about sex", Multiline: true, Source: SeedHospital},
			{ID: PrepExpectToTalk + ".concerns", Label: "Specific sexual concerns", Multiline: true, Source: SeedHospital},
		},
	},
}

// Prep returns the preparation list: what to do, gather and write down
// before the first appointment. The slice is a copy.
func Prep() []PrepItem {
	out := make([]PrepItem, len(prep))
	for i, it := range prep {
		it.Fields = slices.Clone(it.Fields)
		out[i] = it
	}
	return out
}

// PrepByID returns the preparation item with the given ID.
func PrepByID(id string) (PrepItem, bool) {
	for _, it := range prep {
		if it.ID == id {
			it.Fields = slices.Clone(it.Fields)
			return it, true
		}
	}
	return PrepItem{}, false
}

// MaxPrepRunes bounds one field or note of the preparation form, and
// MaxMedicationRunes the name or dose of one medication.
const (
	MaxPrepRunes       = MaxTextRunes
	MaxMedicationRunes = 200
)
