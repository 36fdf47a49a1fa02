package checklist

import "github.com/vetted-tui/vetted/safetext"

// categories lists the headings in interview order.
var categories = []Category{
	{ID: Education, Title: "Education & experience", Blurb: "Who they are trained to be, and whether a concern like yours is familiar ground."},
	{ID: Logistics, Title: "Logistics", Blurb: "Whether you can actually get to them, in person or on screen, at times you can keep."},
	{ID: Treatment, Title: "Treatment strategy", Blurb: "How the work would run: session length, rhythm, methods and what happens between sessions."},
	{ID: Fees, Title: "Fees & insurance", Blurb: "What it costs, what your plan covers, and when you pay."},
	{ID: Safety, Title: "Safety & fit", Blurb: "The lines no sex therapist crosses, and whether you felt safe talking to this one."},
}

// catalogue is the built-in question list in interview order.
var catalogue = []Question{
	// Education & experience
	{
		ID: QTraining, Category: Education, Kind: KindText,
		Prompt: "What is your education and training background?",
		Short:  "Training",
		Hint:   "The path to sex therapy runs through a master's degree and two years of clinical work after it (or a doctorate and one year), with psychotherapy training and at least 90 hours of sexuality coursework.",
		Source: SeedHospital,
	},
	{
		ID: QLicense, Category: Education, Kind: KindYesNo, Better: "yes",
		Prompt:     "Do you hold a license to practise in this state?",
		Short:      "State license",
		Hint:       "A sex therapist is a licensed professional, such as a psychologist, social worker or physician, licensed in the state where they practise.",
		Source:     SeedHospital,
		NotePrompt: "Which license, and which state? (e.g. LMFT, California)",
	},
	{
		ID: QAASECT, Category: Education, Kind: KindChoice, Better: "first",
		Prompt: "Are you certified by AASECT, or a member?",
		Short:  "AASECT",
		Hint:   "Certified sex therapists have graduate degrees and show their competence by earning an AASECT credential; membership alone is not certification.",
		Source: SeedClinic,
		Choices: []Choice{
			{ID: AASECTCertified, Label: "Certified sex therapist", Short: "certified"},
			{ID: AASECTMember, Label: "Member only, not certified", Short: "member"},
			{ID: AASECTUnsure, Label: "Not sure", Short: "?"},
			{ID: AASECTNo, Label: "Neither", Short: "no"},
		},
	},
	{
		ID: QExperience, Category: Education, Kind: KindText,
		Prompt:     "What is your experience with a concern like mine?",
		Short:      "Experience with my concern",
		Hint:       "Sex therapy covers many concerns, from desire and arousal to pain, trauma and intimacy; ask how often they work with one like yours.",
		Source:     SeedQuestions,
		NotePrompt: "Share of their caseload, if they said",
	},
	{
		ID: QYears, Category: Education, Kind: KindCount, Unit: "years", Min: 0, Max: 70, Better: "higher",
		Prompt: "How many years have you been in practice?",
		Short:  "Years in practice",
		Hint:   "Becoming a certified sex therapist usually takes at least nine years of study and clinical work; years in practice add experience on top.",
		Source: SeedHospital,
	},
	// Logistics
	{
		ID: QLocation, Category: Logistics, Kind: KindText,
		Prompt: "Where is your office?",
		Short:  "Office location",
		Hint:   "Logistics are one of the four groups of questions worth asking before you book.",
		Source: SeedQuestions,
	},
	{
		ID: QHours, Category: Logistics, Kind: KindText,
		Prompt: "What are your office hours?",
		Short:  "Office hours",
		Hint:   "Most people need many sessions: hours you can keep every time matter more than one free slot.",
		Source: SeedQuestions,
	},
	{
		ID: QFormat, Category: Logistics, Kind: KindChoice,
		Prompt: "Do you see clients in person, by telehealth, or both?",
		Short:  "In person / telehealth",
		Hint:   "You may see the therapist alone or with a partner; check the format works for everyone who will attend.",
		Source: SeedHospital,
		Choices: []Choice{
			{ID: "in_person", Label: "In person", Short: "in person"},
			{ID: "telehealth", Label: "Telehealth", Short: "video"},
			{ID: "both", Label: "Both", Short: "both"},
		},
	},
	{
		ID: QFirstOpening, Category: Logistics, Kind: KindDate, Better: "earlier",
		Prompt: "When is your first opening for a new client?",
		Short:  "First opening",
		Hint:   "A long wait is worth knowing now; your physician, a hospital clinic or your insurer can suggest others.",
		Source: SeedQuestions,
	},
	// Treatment strategy
	{
		ID: QSessionLength, Category: Treatment, Kind: KindMinutes, Unit: "min", Min: 10, Max: 240,
		Prompt: "How long is each session?",
		Short:  "Session length",
		Hint:   "Session length is one of the treatment questions worth asking; it also tells you what a fee buys.",
		Source: SeedQuestions,
	},
	{
		ID: QFrequency, Category: Treatment, Kind: KindChoice,
		Prompt: "How often would we meet?",
		Short:  "How often",
		Hint:   "The rhythm of sessions, with the fee, sets what therapy costs each month.",
		Source: SeedQuestions,
		Choices: []Choice{
			{ID: FreqWeekly, Label: "Weekly", Short: "weekly"},
			{ID: FreqBiweekly, Label: "Every two weeks", Short: "2-weekly"},
			{ID: FreqMonthly, Label: "Monthly", Short: "monthly"},
			{ID: FreqOther, Label: "Other (say in the note)", Short: "other"},
		},
	},
	{
		ID: QCourse, Category: Treatment, Kind: KindCount, Unit: "sessions", Min: 1, Max: 200,
		Prompt:     "How many sessions do you expect therapy to take?",
		Short:      "Expected sessions",
		Hint:       "Sex therapy is usually short term with a limited number of sessions; the plan depends on the concerns.",
		Source:     SeedClinic,
		NotePrompt: "Their own words, e.g. \"three to six months\"",
	},
	{
		ID: QRescheduling, Category: Treatment, Kind: KindText,
		Prompt: "What is your policy on rescheduling and cancellations?",
		Short:  "Rescheduling policy",
		Hint:   "One of the treatment questions worth settling before you book: what happens when you need to move or cancel a session.",
		Source: SeedQuestions,
	},
	{
		ID: QApproaches, Category: Treatment, Kind: KindMulti,
		Prompt: "Which approaches do you use?",
		Short:  "Approaches",
		Hint:   "Sex therapy is talk therapy; common evidence-based methods include CBT, psychoeducation, communication training, mindfulness and sensate focus.",
		Source: SeedPractice,
		Choices: []Choice{
			{ID: "cbt", Label: "Cognitive-behavioural therapy (CBT)", Short: "CBT"},
			{ID: "psychoeducation", Label: "Psychoeducation", Short: "psychoed"},
			{ID: "communication", Label: "Communication training", Short: "communication"},
			{ID: "mindfulness", Label: "Mindfulness and relaxation", Short: "mindfulness"},
			{ID: "behavioural", Label: "Behavioural assignments, such as sensate focus", Short: "assignments"},
			{ID: "trauma", Label: "Trauma-informed care", Short: "trauma-informed"},
			{ID: "other", Label: "Other (say in the note)", Short: "other"},
		},
	},
	{
		ID: QPartners, Category: Treatment, Kind: KindYesNo, Better: "yes",
		Prompt: "Do you work with partners or couples?",
		Short:  "Sees couples",
		Hint:   "If you are in a relationship it often helps to include your partner; sex therapists work with individuals and partners.",
		Source: SeedQuestions,
	},
	{
		ID: QHomework, Category: Treatment, Kind: KindYesNo,
		Prompt:     "Do you give exercises to do at home between sessions?",
		Short:      "Homework",
		Hint:       "Homework is common: exercises done privately at home, alone or with a partner, such as communication practice, mindfulness or reading.",
		Source:     SeedQuestions,
		NotePrompt: "What kind of homework?",
	},
	// Fees & insurance
	{
		ID: QFee, Category: Fees, Kind: KindMoney, Better: "lower",
		Prompt: "What does one session cost?",
		Short:  "Fee per session",
		Hint:   "Fees are one of the four groups of questions to settle before you book.",
		Source: SeedQuestions,
	},
	{
		ID: QInsurance, Category: Fees, Kind: KindYesNo, Better: "yes",
		Prompt:     "Will my health insurance cover your services?",
		Short:      "Insurance covers",
		Hint:       "Your insurer or employee assistance programme may also recommend covered therapists.",
		Source:     SeedQuestions,
		NotePrompt: "Plan, co-pay, in or out of network",
	},
	{
		ID: QUpfront, Category: Fees, Kind: KindYesNo, Better: "no",
		Prompt: "Do I need to pay the full price up front?",
		Short:  "Full payment up front",
		Hint:   "Worth knowing before you book: paying in full up front ties you to a therapist before you know the fit.",
		Source: SeedQuestions,
	},
	{
		ID: QSlidingScale, Category: Fees, Kind: KindYesNo, Better: "yes",
		Prompt: "Do you offer a sliding scale or reduced fees?",
		Short:  "Sliding scale",
		Hint:   "Most people need many sessions, so a reduced fee adds up.",
		Source: SeedQuestions,
	},
	// Safety & fit
	{
		ID: QConfidentiality, Category: Safety, Kind: KindYesNo, Better: "yes",
		Prompt: "Did they explain confidentiality and its limits?",
		Short:  "Explained confidentiality",
		Hint:   "Confidentiality is part of a sex therapist's code of ethics; breaking it can cost them their right to practise.",
		Source: SeedHospital,
	},
	{
		ID: QPhysician, Category: Safety, Kind: KindYesNo, Better: "yes",
		Prompt: "Will they work with a physician if a physical cause is possible?",
		Short:  "Works with a physician",
		Hint:   "Sex therapists do not treat physical or medical conditions; a physician, gynecologist or urologist should check for physical causes first.",
		Source: SeedHospital,
	},
	{
		ID: QContact, Category: Safety, Kind: KindYesNo, Better: "no",
		Prompt: "Did anything suggest physical or sexual contact as part of therapy?",
		Short:  "Suggested contact",
		Hint:   "Never part of sex therapy: therapists have no sexual contact with clients, in the office or anywhere else.",
		Source: SeedClinic,
	},
	{
		ID: QComfort, Category: Safety, Kind: KindRating, Min: 1, Max: 5, Better: "higher", Personal: true,
		Prompt: "After the call, how comfortable and trusting do you feel? (1-5)",
		Short:  "My comfort",
		Hint:   "Trust between you and the therapist is essential; if it is missing, looking for someone else is reasonable.",
		Source: SeedQuestions,
	},
}

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

// ShortLabel returns the Short label of question id, or the ID made safe
// for the screen when the catalogue does not know it (a newer file).
func ShortLabel(id string) string {
	if q, ok := ByID(id); ok {
		return q.Short
	}
	return safetext.Line(id)
}

// InCategory returns the questions of one category in interview order.
func InCategory(id CategoryID) []Question {
	var out []Question
	for _, q := range catalogue {
		if q.Category == id {
			out = append(out, q)
		}
	}
	return out
}

// CategoryByID returns the category with the given ID.
func CategoryByID(id CategoryID) (Category, bool) {
	for _, c := range categories {
		if c.ID == id {
			return c, true
		}
	}
	return Category{}, false
}
