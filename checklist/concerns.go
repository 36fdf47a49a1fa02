package checklist

// Concern is one thing a person may want help with, as the seed pages list
// them. The profile screen offers these to tick; the interview's question
// about a therapist's experience (QExperience) shows the ticked ones.
type Concern struct {
	// ID is stable forever: notebooks store ticked concerns under it.
	ID string `json:"id"`
	// Label is the concern in the app's own short words.
	Label string `json:"label"`
	// Source names every seed page that lists the concern, comma
	// separated, like Question.Source.
	Source string `json:"source"`
	// Note is a sentence quoted from a seed that speaks to this concern
	// (a reassurance, or a fact the person should know), with its own
	// source; the zero Quote when no seed says more.
	Note Quote `json:"note,omitzero"`
}

// Quote is a sentence taken word for word from one seed page, shown in
// quotation marks with the page it comes from. It states nothing beyond
// the seed.
type Quote struct {
	Text   string `json:"text"`
	Source string `json:"source"`
}

// The concern IDs that other packages refer to.
const (
	ConcernDesireDiscrepancy = "concern.desire_discrepancy"
)

// The quotes the profile screen shows whatever is ticked: on talking about
// sex, and on coming alone or with a partner.
var (
	// TalkingQuote says that unease about the subject is expected.
	TalkingQuote = Quote{
		Text:   "It's natural to feel embarrassed or anxious while discussing sex and intimacy.",
		Source: SeedQuestions,
	}
	// AloneOrTogetherQuote says that either way of coming is usual.
	AloneOrTogetherQuote = Quote{
		Text:   "You may see your therapist by yourself or with your romantic or sexual partner(s).",
		Source: SeedHospital,
	}
)

// physicalCauseQuote is the hospital page's word on sexual function
// concerns: a sex therapist does not treat their physical causes.
var physicalCauseQuote = Quote{
	Text:   "You may need to see a primary healthcare provider, gynecologist or urologist for any sexual function issues first to see if there are any underlying physical causes.",
	Source: SeedHospital,
}

// concerns is the list, built from the concern lists of seeds 001 to 004:
// every item any of them names, merged where two pages name the same
// thing, in the order of the sexual response cycle (001) and then the
// other challenges. The fact table (package factcheck) holds each Label
// with the seed phrases it names, and each Note whole.
var concerns = []Concern{
	{ID: "concern.low_desire", Label: "Low or changing sexual desire",
		Source: SeedQuestions + ", " + SeedPractice + ", " + SeedOverview},
	{ID: ConcernDesireDiscrepancy, Label: "Mismatched desire between partners (one wants sex more often than the other)",
		Source: SeedHospital + ", " + SeedPractice + ", " + SeedOverview,
		Note: Quote{
			Text:   "The most common reason clients seek sex therapy is relational conflict related to sexual desire discrepancy. Sexual desire discrepancy refers to differences between each partner's experience of sexual desire, which is a completely normal part of any relationship.",
			Source: SeedOverview,
		}},
	{ID: "concern.arousal", Label: "Problems with arousal",
		Source: SeedQuestions + ", " + SeedPractice, Note: physicalCauseQuote},
	{ID: "concern.erection", Label: "Erection difficulties (erectile dysfunction)",
		Source: SeedQuestions + ", " + SeedPractice + ", " + SeedOverview, Note: physicalCauseQuote},
	{ID: "concern.early_ejaculation", Label: "Early (premature) ejaculation",
		Source: SeedQuestions + ", " + SeedPractice, Note: physicalCauseQuote},
	{ID: "concern.delayed_ejaculation", Label: "Delayed ejaculation",
		Source: SeedPractice, Note: physicalCauseQuote},
	{ID: "concern.orgasm", Label: "Difficulty reaching orgasm",
		Source: SeedQuestions + ", " + SeedPractice + ", " + SeedOverview, Note: physicalCauseQuote},
	{ID: "concern.pain", Label: "Pain during sex (such as vaginismus or dyspareunia)",
		Source: SeedQuestions + ", " + SeedPractice, Note: physicalCauseQuote},
	{ID: "concern.performance_anxiety", Label: "Performance anxiety",
		Source: SeedHospital + ", " + SeedOverview},
	{ID: "concern.anxiety_shame", Label: "Anxiety, fear or shame about sex",
		Source: SeedHospital},
	{ID: "concern.illness_disability", Label: "Intimacy with a disability or chronic illness",
		Source: SeedQuestions,
		Note: Quote{
			Text:   "In some circumstances, chronic disease, drug side effects, surgery, or age have an impact on sexual function.",
			Source: SeedQuestions,
		}},
	{ID: "concern.unwanted_experiences", Label: "Past unwanted sexual experiences, sexual trauma or abuse",
		Source: SeedHospital + ", " + SeedQuestions + ", " + SeedPractice,
		Note: Quote{
			Text:   "Trauma-informed approaches: Supporting healing from past sexual trauma or abuse.",
			Source: SeedPractice,
		}},
	{ID: "concern.compulsive", Label: "Compulsive sexual behaviour or problematic pornography use",
		Source: SeedHospital + ", " + SeedQuestions + ", " + SeedPractice},
	{ID: "concern.orientation_identity", Label: "Sexual orientation or gender identity",
		Source: SeedHospital + ", " + SeedQuestions + ", " + SeedPractice,
		Note: Quote{
			Text:   "Sex therapy is intended for adults and couples of all genders, sexual orientations, and relationship types experiencing distress or challenges related to sexuality.",
			Source: SeedPractice,
		}},
	{ID: "concern.own_sexuality", Label: "Embracing my sexuality and sexual expression",
		Source: SeedOverview},
	{ID: "concern.culture_religion", Label: "Cultural, religious or social views of sex",
		Source: SeedHospital + ", " + SeedPractice,
		Note: Quote{
			Text:   "Sex therapy can benefit people who are single, dating, married, or in other relationship structures, and it welcomes individuals from diverse cultural, religious, and social backgrounds.",
			Source: SeedPractice,
		}},
	{ID: "concern.body_image", Label: "Body image and sexual confidence",
		Source: SeedHospital + ", " + SeedPractice + ", " + SeedOverview},
	{ID: "concern.communication", Label: "Communication about sex and intimacy",
		Source: SeedHospital + ", " + SeedPractice + ", " + SeedOverview},
	{ID: "concern.relationship", Label: "Relationship issues that stem from sexual difficulties",
		Source: SeedHospital},
	{ID: "concern.sexual_styles", Label: "Differing sexual styles",
		Source: SeedOverview},
	{ID: "concern.infidelity", Label: "Infidelity",
		Source: SeedOverview},
	{ID: "concern.sex_education", Label: "Sex education, or correcting what I was taught",
		Source: SeedHospital},
	{ID: "concern.sti", Label: "Living with a sexually transmitted infection (STI)",
		Source: SeedHospital},
}

// Concerns returns the list of concerns in the order the profile screen
// shows them. The slice is a copy.
func Concerns() []Concern {
	out := make([]Concern, len(concerns))
	copy(out, concerns)
	return out
}

// concernIndex maps concern IDs to their place in concerns.
var concernIndex = func() map[string]int {
	m := make(map[string]int, len(concerns))
	for i, c := range concerns {
		m[c.ID] = i
	}
	return m
}()

// ConcernByID returns the concern with the given ID, and whether this
// build knows it (a newer vetted may have added concerns).
func ConcernByID(id string) (Concern, bool) {
	i, ok := concernIndex[id]
	if !ok {
		return Concern{}, false
	}
	return concerns[i], true
}
