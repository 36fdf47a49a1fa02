package checklist

// categories lists the headings in interview order.
var categories = []Category{
	{ID: Education, Title: "Education & experience", Blurb: "Who they are trained to be, and whether a concern like yours is familiar ground."},
	{ID: Logistics, Title: "Logistics", Blurb: "Whether you can actually get to them, in person or on screen, at times you can keep."},
	{ID: Treatment, Title: "Treatment strategy", Blurb: "How the work would run: session length, rhythm, methods and what happens between sessions."},
	{ID: Fees, Title: "Fees & insurance", Blurb: "What it costs, what your plan covers, and when you pay."},
	{ID: Safety, Title: "Safety & fit", Blurb: "What the pages say sex therapy does not involve, whether they work with people like you, and whether you felt safe talking to this one."},
}

// catalogue is the built-in question list in interview order. Each Hint
// quotes its seed documents word for word, in their strength ("may",
// "usually"), between words of vetted's own that state no fact, and
// Source names every seed the hint quotes, comma separated; a question no
// page covers is VettedOwn, with a hint in vetted's own words. The fact
// table (package factcheck) holds every hint whole.
var catalogue = []Question{
	// Education & experience
	{
		ID: QTraining, Category: Education, Kind: KindText,
		Prompt: "What is your education and training background?",
		Short:  "Training",
		Hint:   "Master's degree, in addition to two years of post-degree clinical experience OR a Doctoral degree in addition to one year of post-degree clinical experience. And at least 90 hours of academic coursework in sexuality education.",
		Source: SeedHospital,
	},
	{
		ID: QLicense, Category: Education, Kind: KindYesNo, Better: "yes", StartsMust: true,
		Prompt:     "Do you hold a license to practise in this state?",
		Short:      "State license",
		Hint:       "A sex therapist is a licensed professional who can help with the mental or emotional aspects of sex-related issues. The last step of the path the page gives: Associate license in the state in which you'll be practicing sex therapy.",
		Source:     SeedHospital,
		NotePrompt: "Which license, and which state? (e.g. LMFT, California)",
	},
	{
		ID: QAASECT, Category: Education, Kind: KindChoice, Better: "first",
		Prompt: "Are you certified by AASECT, or a member?",
		Short:  "AASECT",
		Hint:   "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy. Another page: clients can decide to work with a clinician who has extensive training in the field of sexology.",
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
		Hint:       "One of the page's questions: What has been your experience with a sexual problem like mine? Sex therapy may assist you with a variety of sexual issues, from worries about sexual function to relationship problems.",
		Source:     SeedQuestions,
		NotePrompt: "Share of their caseload, if they said",
	},
	{
		ID: QYears, Category: Education, Kind: KindCount, Unit: "years", Min: 0, Max: 70, Better: "higher",
		OptIn: true, VettedOwn: true,
		Prompt: "How many years have you been in practice?",
		Short:  "Years in practice",
		Hint:   "No source page ties years in practice to how well a therapist works. It counts in the fit score only if you raise its importance; then more years scores higher.",
	},
	// Logistics
	{
		ID: QLocation, Category: Logistics, Kind: KindText,
		Prompt: "Where is your office?",
		Short:  "Office location",
		Hint:   "One of the page's questions: What is the location of your office?",
		Source: SeedQuestions,
	},
	{
		ID: QHours, Category: Logistics, Kind: KindText,
		Prompt: "What are your office hours?",
		Short:  "Office hours",
		Hint:   "One of the page's questions: What are the hours of your office? Some issues can be resolved quickly, in as little as a few visits. However, in most cases, many therapy sessions are required.",
		Source: SeedQuestions,
	},
	{
		ID: QFormat, Category: Logistics, Kind: KindChoice, VettedOwn: true,
		Prompt:     "Do you see clients in person, by telehealth, or both?",
		Short:      "In person / telehealth",
		Hint:       "No source page speaks of telehealth. Ask it if where you meet matters to you.",
		NotePrompt: "Anything about how sessions run",
		Choices: []Choice{
			{ID: "in_person", Label: "In person"},
			{ID: "telehealth", Label: "Telehealth"},
			{ID: "both", Label: "Both"},
		},
	},
	{
		ID: QFirstOpening, Category: Logistics, Kind: KindDate, Better: "earlier", VettedOwn: true,
		Prompt: "When is your first opening for a new client?",
		Short:  "First opening",
		Hint:   "No source page speaks of waiting times. In the fit score an earlier opening scores higher.",
	},
	// Treatment strategy
	{
		ID: QSessionLength, Category: Treatment, Kind: KindMinutes, Unit: "min", Min: 10, Max: 240,
		Prompt: "How long is each session?",
		Short:  "Session length",
		Hint:   "One of the page's questions: What is the duration of each session? With the fee, it tells you what one session buys.",
		Source: SeedQuestions,
	},
	{
		ID: QFrequency, Category: Treatment, Kind: KindChoice,
		Prompt:     "How often would we meet?",
		Short:      "How often",
		Hint:       "One of the page's questions: What is the frequency of sessions? The number and frequency of sessions depend on the nature and complexity of the concerns being addressed. With the fee, it sets what therapy costs each month.",
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
		Hint:       "Sex therapy is usually short term, with a limited number of sessions. Another page: Some issues can be resolved quickly, in as little as a few visits. However, in most cases, many therapy sessions are required.",
		Source:     SeedClinic + ", " + SeedQuestions,
		NotePrompt: "Their own words, if they said more",
	},
	{
		ID: QRescheduling, Category: Treatment, Kind: KindText,
		Prompt: "What is your policy on rescheduling and cancellations?",
		Short:  "Rescheduling policy",
		Hint:   "One of the page's questions: What is your policy on rescheduled appointments?",
		Source: SeedQuestions,
	},
	{
		ID: QApproaches, Category: Treatment, Kind: KindMulti,
		Prompt:     "Which approaches do you use?",
		Short:      "Approaches",
		Hint:       "Sex therapy is a specialized form of talk therapy focused on addressing sexual concerns, difficulties, or dysfunctions. The therapist may use a range of evidence-based techniques. The options below, but Other, are the ones the page names.",
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
		Hint:   "Sex therapists work with individuals and romantic/sexual partners. If you're in a relationship, it's typically best to include your spouse in your sex therapist sessions. It counts in the fit score only when you name a partner.",
		Source: SeedHospital + ", " + SeedQuestions,
	},
	{
		ID: QHomework, Category: Treatment, Kind: KindYesNo,
		Prompt:     "Do you give exercises to do at home between sessions?",
		Short:      "Homework",
		Hint:       "Your sex therapists may assign homework — activities and exercises that you do in the privacy of your home. Another page: A series of homework activities will most likely be provided to you and your partner.",
		Source:     SeedHospital + ", " + SeedQuestions,
		NotePrompt: "What kind of homework?",
	},
	// Fees & insurance
	{
		ID: QFee, Category: Fees, Kind: KindMoney, Better: "lower",
		Prompt: "What does one session cost?",
		Short:  "Fee per session",
		Hint:   "One of the page's questions: What is the cost of each session with you?",
		Source: SeedQuestions,
	},
	{
		ID: QInsurance, Category: Fees, Kind: KindYesNo, Better: "yes",
		Prompt:     "Will my health insurance cover your services?",
		Short:      "Insurance covers",
		Hint:       "One of the page's questions: Is my health insurance plan going to cover your services? It's also possible that your health insurer or employee assistance program will provide recommendations.",
		Source:     SeedQuestions,
		NotePrompt: "Plan, co-pay, in or out of network",
	},
	{
		ID: QUpfront, Category: Fees, Kind: KindYesNo, Better: "no", OptIn: true,
		Prompt:     "Do I need to pay the entire price up front?",
		Short:      "Pay up front",
		Hint:       "One of the page's questions: Is it necessary for me to pay the entire price up front? The page does not say which answer is better, so it starts out of the fit score and its answers get no ✓ or ✗. If you raise its importance, \"no\" (not paying up front) scores higher.",
		Source:     SeedQuestions,
		NotePrompt: "How and when you would pay",
	},
	{
		ID: QSlidingScale, Category: Fees, Kind: KindYesNo, Better: "yes", VettedOwn: true,
		Prompt: "Do you offer a sliding scale or reduced fees?",
		Short:  "Sliding scale",
		Hint:   "No source page speaks of sliding scales or reduced fees. In the fit score a yes scores higher.",
	},
	// Safety & fit
	{
		ID: QPeopleLikeMe, Category: Safety, Kind: KindYesNo, Better: "yes",
		Prompt:     "Who do you work with: which ages, genders, sexual orientations, relationship structures, and cultural or religious backgrounds?",
		Short:      "Works with people like me",
		Hint:       "Sex therapy is intended for adults and couples of all genders, sexual orientations, and relationship types. It welcomes individuals from diverse cultural, religious, and social backgrounds.",
		Source:     SeedPractice,
		NotePrompt: "What they said about people like you (record yes if it includes you)",
	},
	{
		ID: QConfidentiality, Category: Safety, Kind: KindYesNo,
		Prompt: "Did they say how they keep what you tell them confidential?",
		Short:  "Explained confidentiality",
		Hint:   "Sex therapists prioritize confidentiality and maintaining your privacy. In fact, it's a part of their professional code of ethics. Therapists who violate patient confidentiality risk losing their ability to practice therapy in the future.",
		Source: SeedHospital,
	},
	{
		ID: QPhysician, Category: Safety, Kind: KindYesNo,
		Prompt: "Will they work with a physician if a physical cause is possible?",
		Short:  "Works with a physician",
		Hint:   "Seeing a sex therapist alone may be adequate, depending on your issues and physical health, or your sex therapist may be part of a team that includes your primary care physician and other health care experts.",
		Source: SeedQuestions,
	},
	{
		ID: QContact, Category: Safety, Kind: KindYesNo, Better: "no", StartsMust: true,
		Prompt: "Did anything suggest physical or sexual contact as part of therapy?",
		Short:  "Suggested contact",
		Hint:   "Sex therapy sessions don't involve any physical contact or sexual activity between you and your therapist. If you feel uncomfortable with any aspect of therapy, you should tell your therapist or stop seeing them and file a complaint.",
		Source: SeedHospital,
	},
	{
		ID: QComfort, Category: Safety, Kind: KindRating, Min: 1, Max: 5, Better: "higher", Personal: true,
		Prompt: "After the call, how comfortable and trusting do you feel? (1-5)",
		Short:  "My comfort",
		Hint:   "If you don't trust your sex therapist, consider sharing your concerns in a therapy session or finding another therapist with whom you are more at ease.",
		Source: SeedQuestions,
	},
}

// ContactFact is the seeds' advice on contact in full, the contact flags'
// fact. The contact question's hint says it shorter (its hint must fit a
// small screen whole); the fact table quotes both from their seeds.
const ContactFact = "Sex therapy sessions don't involve any physical contact or sexual activity between you and your therapist. Certified sex therapists do not have sexual contact with clients, in the office or anywhere else. Physical contact-based sexual coaching is not part of standard sex therapy techniques and is against licensed mental health providers' ethics. If you feel uncomfortable with any aspect of therapy, you should tell your therapist or stop seeing them and file a complaint."

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
