package checklist

// categories lists the headings in interview order.
var categories = []Category{
	{ID: Education, Title: "Education & experience", Blurb: "Who they are trained to be, and whether a concern like yours is familiar ground."},
	{ID: Logistics, Title: "Logistics", Blurb: "Whether you can actually get to them, in person or on screen, at times you can keep."},
	{ID: Treatment, Title: "Treatment strategy", Blurb: "How the work would run: session length, rhythm, methods and what happens between sessions."},
	{ID: Fees, Title: "Fees & insurance", Blurb: "What it costs, what your plan covers, and when you pay."},
	{ID: Safety, Title: "Safety & fit", Blurb: "The lines sex therapy never crosses, whether they work with people like you, and whether you felt safe talking to this one."},
}

// catalogue is the built-in question list in interview order. Each Hint
// states what its seed documents say, in their strength ("may",
// "usually"), and Source names every seed the hint rests on, comma
// separated; assess's seed test pins each hint's key phrase to its seed.
var catalogue = []Question{
	// Education & experience
	{
		ID: QTraining, Category: Education, Kind: KindText,
		Prompt: "What is your education and training background?",
		Short:  "Training",
		Hint:   "To become a sex therapist you need a master's degree and two years of post-degree clinical experience, or a doctorate and one year; the degree must include psychotherapy training, plus at least 90 hours of coursework in sexuality education.",
		Source: SeedHospital,
	},
	{
		ID: QLicense, Category: Education, Kind: KindYesNo, Better: "yes",
		Prompt:     "Do you hold a license to practise in this state?",
		Short:      "State license",
		Hint:       "A sex therapist is a licensed professional, such as a social worker, medical doctor or psychologist; the path includes a license in the state where they practise.",
		Source:     SeedHospital,
		NotePrompt: "Which license, and which state? (e.g. LMFT, California)",
	},
	{
		ID: QAASECT, Category: Education, Kind: KindChoice, Better: "first",
		Prompt: "Are you certified by AASECT, or a member?",
		Short:  "AASECT",
		Hint:   "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy by becoming credentialed by AASECT. You can also choose a clinician with extensive training in the field of sexology.",
		Source: SeedClinic + ", " + SeedOverview,
		Choices: []Choice{
			{ID: AASECTCertified, Label: "Certified"},
			{ID: AASECTMember, Label: "Member"},
			{ID: AASECTUnsure, Label: "Not sure"},
			{ID: AASECTNo, Label: "Neither"},
		},
	},
	{
		ID: QExperience, Category: Education, Kind: KindText,
		Prompt:     "What is your experience with a concern like mine?",
		Short:      "Experience with my concern",
		Hint:       "One of the questions to ask: their experience with a sexual problem like yours. Sex therapy may help with many concerns, from desire and arousal to pain, intimacy and past unwanted sexual encounters.",
		Source:     SeedQuestions,
		NotePrompt: "Share of their caseload, if they said",
	},
	{
		ID: QYears, Category: Education, Kind: KindCount, Unit: "years", Min: 0, Max: 70, Better: "higher",
		Prompt: "How many years have you been in practice?",
		Short:  "Years in practice",
		Hint:   "It usually takes at least nine years to become a certified sex therapist, counting undergraduate education, an advanced clinical degree and clinical experience.",
		Source: SeedHospital,
	},
	// Logistics
	{
		ID: QLocation, Category: Logistics, Kind: KindText,
		Prompt: "Where is your office?",
		Short:  "Office location",
		Hint:   "The location of the office is one of the logistics questions to ask before booking sessions.",
		Source: SeedQuestions,
	},
	{
		ID: QHours, Category: Logistics, Kind: KindText,
		Prompt: "What are your office hours?",
		Short:  "Office hours",
		Hint:   "Another logistics question. Some issues resolve in a few visits, but in most cases many therapy sessions are required, so these are hours you would keep again and again.",
		Source: SeedQuestions,
	},
	{
		ID: QFormat, Category: Logistics, Kind: KindChoice,
		Prompt:     "Do you see clients in person, by telehealth, or both?",
		Short:      "In person / telehealth",
		Hint:       "You may see your therapist by yourself or with your partner(s); ask how sessions run so that they suit everyone who will attend.",
		Source:     SeedHospital,
		NotePrompt: "Anything about how sessions run",
		Choices: []Choice{
			{ID: "in_person", Label: "In person"},
			{ID: "telehealth", Label: "Telehealth"},
			{ID: "both", Label: "Both"},
		},
	},
	{
		ID: QFirstOpening, Category: Logistics, Kind: KindDate, Better: "earlier",
		Prompt: "When is your first opening for a new client?",
		Short:  "First opening",
		Hint:   "If the wait is long, you can get other names: a referral from your physician, a nearby hospital's sexual medicine clinic, or recommendations from your health insurer or employee assistance programme.",
		Source: SeedQuestions,
	},
	// Treatment strategy
	{
		ID: QSessionLength, Category: Treatment, Kind: KindMinutes, Unit: "min", Min: 10, Max: 240,
		Prompt: "How long is each session?",
		Short:  "Session length",
		Hint:   "The duration of each session is one of the treatment questions to ask; it also tells you what a fee buys.",
		Source: SeedQuestions,
	},
	{
		ID: QFrequency, Category: Treatment, Kind: KindChoice,
		Prompt:     "How often would we meet?",
		Short:      "How often",
		Hint:       "The frequency of sessions is a treatment question to ask; the number and frequency of sessions depend on the nature and complexity of the concerns. With the fee, it sets what therapy costs each month.",
		Source:     SeedQuestions + ", " + SeedPractice,
		NotePrompt: "If other, how often?",
		Choices: []Choice{
			{ID: FreqWeekly, Label: "Weekly"},
			{ID: FreqBiweekly, Label: "Every two weeks"},
			{ID: FreqMonthly, Label: "Monthly"},
			{ID: FreqOther, Label: "Other"},
		},
	},
	{
		ID: QCourse, Category: Treatment, Kind: KindDuration,
		Prompt:     "How long do you think the therapy will last?",
		Short:      "Expected length",
		Hint:       "Sex therapy is usually short term, with a limited number of sessions, and the treatment plan depends on the concerns to be addressed. Some issues resolve in as little as a few visits; in most cases many sessions are required.",
		Source:     SeedClinic + ", " + SeedQuestions,
		NotePrompt: "Their own words, if they said more",
	},
	{
		ID: QRescheduling, Category: Treatment, Kind: KindText,
		Prompt: "What is your policy on rescheduling and cancellations?",
		Short:  "Rescheduling policy",
		Hint:   "Their policy on rescheduled appointments is one of the treatment questions to ask before booking sessions.",
		Source: SeedQuestions,
	},
	{
		ID: QApproaches, Category: Treatment, Kind: KindMulti,
		Prompt:     "Which approaches do you use?",
		Short:      "Approaches",
		Hint:       "Sex therapy is a specialized form of talk therapy. The therapist may use a range of evidence-based techniques, including CBT, psychoeducation, communication training, mindfulness and relaxation, behavioural assignments such as sensate focus, and trauma-informed approaches.",
		Source:     SeedPractice,
		NotePrompt: "Which others, or in their words",
		Choices: []Choice{
			{ID: "cbt", Label: "CBT"},
			{ID: "psychoeducation", Label: "Psychoeducation"},
			{ID: "communication", Label: "Communication training"},
			{ID: "mindfulness", Label: "Mindfulness"},
			{ID: "behavioural", Label: "Assignments (sensate focus)"},
			{ID: "trauma", Label: "Trauma-informed"},
			{ID: "other", Label: "Other"},
		},
	},
	{
		ID: QPartners, Category: Treatment, Kind: KindYesNo, Better: "yes",
		Prompt: "Do you work with partners or couples?",
		Short:  "Sees couples",
		Hint:   "Sex therapists work with individuals and partners, and if you are in a relationship it is typically best to include your partner in sessions. It counts in the fit score only when you name a partner.",
		Source: SeedHospital + ", " + SeedQuestions,
	},
	{
		ID: QHomework, Category: Treatment, Kind: KindYesNo,
		Prompt:     "Do you give exercises to do at home between sessions?",
		Short:      "Homework",
		Hint:       "Your therapist may assign homework: exercises you do in the privacy of your home, by yourself or with your partner(s), such as communication exercises, mindfulness or reading about sexual health.",
		Source:     SeedHospital + ", " + SeedQuestions,
		NotePrompt: "What kind of homework?",
	},
	// Fees & insurance
	{
		ID: QFee, Category: Fees, Kind: KindMoney, Better: "lower",
		Prompt: "What does one session cost?",
		Short:  "Fee per session",
		Hint:   "The cost of each session is one of the fee questions to ask before booking sessions.",
		Source: SeedQuestions,
	},
	{
		ID: QInsurance, Category: Fees, Kind: KindYesNo, Better: "yes",
		Prompt:     "Will my health insurance cover your services?",
		Short:      "Insurance covers",
		Hint:       "A fee question to ask. Your health insurer or employee assistance programme may also provide recommendations of therapists.",
		Source:     SeedQuestions,
		NotePrompt: "Plan, co-pay, in or out of network",
	},
	{
		ID: QUpfront, Category: Fees, Kind: KindYesNo, Better: "no", OptIn: true,
		Prompt:     "Do I need to pay the entire price up front?",
		Short:      "Pay up front",
		Hint:       "Whether you must pay the entire price up front is one of the fee questions to ask. Neither answer is marked better; it counts in the fit score only if you raise its importance.",
		Source:     SeedQuestions,
		NotePrompt: "How and when you would pay",
	},
	{
		ID: QSlidingScale, Category: Fees, Kind: KindYesNo, Better: "yes",
		Prompt: "Do you offer a sliding scale or reduced fees?",
		Short:  "Sliding scale",
		Hint:   "In most cases many therapy sessions are required, so the fee is paid many times over.",
		Source: SeedQuestions,
	},
	// Safety & fit
	{
		ID: QPeopleLikeMe, Category: Safety, Kind: KindYesNo, Better: "yes",
		Prompt:     "Do you work with people like me (age, gender, orientation, relationship structure, cultural or religious background)?",
		Short:      "Works with people like me",
		Hint:       "Sex therapy can help people of any age, gender or sexual orientation, single or in other relationship structures, and welcomes diverse cultural and religious backgrounds.",
		Source:     SeedQuestions + ", " + SeedPractice,
		NotePrompt: "What they said about people like you",
	},
	{
		ID: QConfidentiality, Category: Safety, Kind: KindYesNo, Better: "yes",
		Prompt: "Did they explain confidentiality and its limits?",
		Short:  "Explained confidentiality",
		Hint:   "Sex therapists prioritise confidentiality: it is part of their professional code of ethics, and therapists who violate it risk losing their ability to practise.",
		Source: SeedHospital,
	},
	{
		ID: QPhysician, Category: Safety, Kind: KindYesNo,
		Prompt: "Will they work with a physician if a physical cause is possible?",
		Short:  "Works with a physician",
		Hint:   "Sex therapists don't treat medical conditions; you may need to see a physician first. A sex therapist alone may be adequate, or part of a team with your physician.",
		Source: SeedHospital + ", " + SeedQuestions,
	},
	{
		ID: QContact, Category: Safety, Kind: KindYesNo, Better: "no",
		Prompt: "Did anything suggest physical or sexual contact as part of therapy?",
		Short:  "Suggested contact",
		Hint:   "Sex therapy sessions don't involve any physical contact or sexual activity with your therapist. If anything makes you uncomfortable, tell your therapist or stop seeing them and file a complaint.",
		Source: SeedHospital,
	},
	{
		ID: QComfort, Category: Safety, Kind: KindRating, Min: 1, Max: 5, Better: "higher", Personal: true,
		Prompt: "After the call, how comfortable and trusting do you feel? (1-5)",
		Short:  "My comfort",
		Hint:   "The trust between you and your therapist is essential. If you don't trust them, consider sharing your concerns in a session or finding another therapist with whom you are more at ease.",
		Source: SeedHospital + ", " + SeedQuestions,
	},
}

// ContactFact is the seeds' advice on contact in full, the contact flags'
// fact. The contact question's hint says it shorter (its hint must fit a
// small screen whole); the seed test pins both to their seeds.
const ContactFact = "Sex therapy sessions don't involve any physical contact or sexual activity between you and your therapist; certified sex therapists do not have sexual contact with clients, in the office or anywhere else, and sexual coaching with physical contact is not part of standard sex therapy and is against licensed mental health providers' ethics. If you feel uncomfortable with any aspect of therapy, tell your therapist or stop seeing them and file a complaint."

// ContactSources names the seeds of ContactFact.
const ContactSources = SeedClinic + ", " + SeedHospital + ", " + SeedQuestions

// Catalogue returns every question in interview order. The slice is a copy:
// callers may not change the built-in catalogue.
func Catalogue() []Question {
	out := make([]Question, len(catalogue))
	copy(out, catalogue)
	return out
}

// Categories returns the categories in interview order.
func Categories() []Category {
	out := make([]Category, len(categories))
	copy(out, categories)
	return out
}

// byID indexes the catalogue once; the catalogue never changes at run time.
var byID = func() map[string]int {
	m := make(map[string]int, len(catalogue))
	for i, q := range catalogue {
		m[q.ID] = i
	}
	return m
}()

// ByID returns the question with the given ID.
func ByID(id string) (Question, bool) {
	i, ok := byID[id]
	if !ok {
		return Question{}, false
	}
	return catalogue[i], true
}

// ShortLabel returns the Short label of built-in question id, made safe
// for the screen, or the ID made safe when the catalogue does not know it
// (a newer file). A notebook's own questions: see Set.ShortLabel.
func ShortLabel(id string) string { return Builtin().ShortLabel(id) }

// CategoryByID returns the category with the given ID.
func CategoryByID(id CategoryID) (Category, bool) {
	for _, c := range categories {
		if c.ID == id {
			return c, true
		}
	}
	return Category{}, false
}
