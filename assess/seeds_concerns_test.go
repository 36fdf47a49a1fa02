package assess

import "github.com/vetted-tui/vetted/checklist"

// The seed test's rows for the concerns list and its quotes (the profile
// screen). A concern's Label is in the app's own words, so each row pins
// the seed's phrase for the concern to the words of the Label that name
// it; a quote is the seed's own words, so its row pins it whole.

// concernSourced lists every concern and every quote the profile shows,
// for everySourced.
func concernSourced() []sourced {
	var out []sourced
	for _, c := range checklist.Concerns() {
		out = append(out, sourced{"concern:" + c.ID, c.Label, c.Source})
		if c.Note != (checklist.Quote{}) {
			out = append(out, sourced{"quote:" + c.ID, c.Note.Text, c.Note.Source})
		}
	}
	out = append(out,
		sourced{"quote:talking", checklist.TalkingQuote.Text, checklist.TalkingQuote.Source},
		sourced{"quote:alone_or_together", checklist.AloneOrTogetherQuote.Text, checklist.AloneOrTogetherQuote.Source},
	)
	return out
}

// physicalCausePin pins the hospital page's word on physical causes,
// quoted under every sexual function concern.
var physicalCausePin = []pin{{s001,
	"You may need to see a primary healthcare provider, gynecologist or urologist for any sexual function issues first to see if there are any underlying physical causes",
	"You may need to see a primary healthcare provider, gynecologist or urologist for any sexual function issues first to see if there are any underlying physical causes"}}

// concernPins are the rows for concernSourced, merged into seedPins.
var concernPins = map[string][]pin{
	"concern:concern.low_desire": {
		{s002, "Concerns regarding sexual arousal or desire", "sexual desire"},
		{s003, "Low sexual desire", "Low"},
		{s004, "Changes in sexual desire", "changing sexual desire"},
	},
	"concern:" + checklist.ConcernDesireDiscrepancy: {
		{s001, "Mismatched sexual desire between partners", "Mismatched desire between partners"},
		{s003, "mismatched libido between partners", "between partners"},
		{s004, "one partner wants sex more or less frequently than another", "one wants sex more often than the other"},
	},
	"quote:" + checklist.ConcernDesireDiscrepancy: {
		{s004, "The most common reason clients seek sex therapy is relational conflict related to sexual desire discrepancy", "The most common reason clients seek sex therapy is relational conflict related to sexual desire discrepancy"},
		{s004, "which is a completely normal part of any relationship", "which is a completely normal part of any relationship"},
	},
	"concern:concern.arousal": {
		{s002, "Problems with sexual arousal", "Problems with arousal"},
		{s003, "Difficulties with arousal or orgasm", "arousal"},
	},
	"quote:concern.arousal": physicalCausePin,
	"concern:concern.erection": {
		{s002, "Concerns about erectile dysfunction", "erectile dysfunction"},
		{s003, "Erectile dysfunction", "erectile dysfunction"},
		{s004, "Erectile functioning", "Erection difficulties"},
	},
	"quote:concern.erection": physicalCausePin,
	"concern:concern.early_ejaculation": {
		{s002, "Early ejaculation (premature ejaculation)", "Early (premature) ejaculation"},
		{s003, "premature or delayed ejaculation", "premature) ejaculation"},
	},
	"quote:concern.early_ejaculation": physicalCausePin,
	"concern:concern.delayed_ejaculation": {
		{s003, "premature or delayed ejaculation", "Delayed ejaculation"},
	},
	"quote:concern.delayed_ejaculation": physicalCausePin,
	"concern:concern.orgasm": {
		{s002, "Orgasm is difficult to achieve (anorgasmia)", "Difficulty reaching orgasm"},
		{s003, "Difficulties with arousal or orgasm", "orgasm"},
		{s004, "Difficulties reaching orgasm", "Difficulty reaching orgasm"},
	},
	"quote:concern.orgasm": physicalCausePin,
	"concern:concern.pain": {
		{s002, "Intercourse that is excruciating (dyspareunia)", "dyspareunia"},
		{s003, "Pain during sex (such as vaginismus or dyspareunia)", "Pain during sex (such as vaginismus or dyspareunia)"},
	},
	"quote:concern.pain": physicalCausePin,
	"concern:concern.performance_anxiety": {
		{s001, "performance anxiety", "Performance anxiety"},
		{s004, "Performance anxiety", "Performance anxiety"},
	},
	"concern:concern.anxiety_shame": {
		{s001, "Feelings of anxiety, fear or shame related to sex", "Anxiety, fear or shame about sex"},
	},
	"concern:concern.illness_disability": {
		{s002, "Intimacy problems caused by a handicap or a chronic illness", "Intimacy with a disability or chronic illness"},
		{s002, "chronic disease, drug side effects, surgery, or age have an impact on sexual function", "after surgery"},
	},
	"quote:concern.illness_disability": {
		{s002, "In some circumstances, chronic disease, drug side effects, surgery, or age have an impact on sexual function", "In some circumstances, chronic disease, drug side effects, surgery, or age have an impact on sexual function"},
	},
	"concern:concern.unwanted_experiences": {
		{s001, "Sexual trauma", "sexual trauma"},
		{s002, "Concerns about previous unwanted sexual encounters", "Past unwanted sexual experiences"},
		{s003, "Sexual trauma or abuse recovery", "sexual trauma or abuse"},
	},
	"quote:concern.unwanted_experiences": {
		{s003, "Trauma-informed approaches: Supporting healing from past sexual trauma or abuse", "Trauma-informed approaches: Supporting healing from past sexual trauma or abuse"},
	},
	"concern:concern.compulsive": {
		{s001, "Hypersexual disorder (sex addiction)", "Compulsive sexual behaviour"},
		{s001, "Pornography addiction", "pornography use"},
		{s002, "Sexual activity that is impulsive or obsessive", "Compulsive sexual behaviour"},
		{s003, "Compulsive sexual behaviors or problematic pornography use", "problematic pornography use"},
	},
	"concern:concern.orientation_identity": {
		{s001, "Issues related to gender identity and/or sexual orientation", "Sexual orientation or gender identity"},
		{s002, "Concerns regarding one's sexual preferences or inclination", "Sexual orientation"},
		{s003, "Exploration of sexual orientation or gender identity", "Sexual orientation or gender identity"},
	},
	"quote:concern.orientation_identity": {
		{s002, "Individuals of any age, gender, or sexual orientation can benefit from sex therapy techniques", "Individuals of any age, gender, or sexual orientation can benefit from sex therapy techniques"},
	},
	"concern:concern.own_sexuality": {
		{s004, "Embracing one's sexuality and sexual expression", "Embracing my sexuality and sexual expression"},
	},
	"concern:concern.culture_religion": {
		{s001, "Issues around cultural, religious and societal views of sex", "Cultural, religious or social views of sex"},
		{s003, "diverse cultural, religious, and social backgrounds", "Cultural, religious or social"},
	},
	"quote:concern.culture_religion": {
		{s003, "Sex therapy can benefit people who are single, dating, married, or in other relationship structures, and it welcomes individuals from diverse cultural, religious, and social backgrounds", "Sex therapy can benefit people who are single, dating, married, or in other relationship structures, and it welcomes individuals from diverse cultural, religious, and social backgrounds"},
	},
	"concern:concern.body_image": {
		{s001, "Poor body image and its relation to sex", "Body image"},
		{s003, "Body image concerns affecting sexual confidence", "Body image and sexual confidence"},
		{s004, "Body image concerns", "Body image"},
	},
	"concern:concern.communication": {
		{s001, "Improving communication about sex and intimacy", "Communication about sex and intimacy"},
		{s003, "Communication problems about sex in relationships", "Communication about sex"},
		{s004, "Communication about sex", "Communication about sex"},
	},
	"concern:concern.relationship": {
		{s001, "Relationship issues stemming from sexual difficulties", "Relationship issues that stem from sexual difficulties"},
	},
	"concern:concern.sexual_styles": {
		{s004, "Differing sexual styles", "Differing sexual styles"},
	},
	"concern:concern.infidelity": {
		{s004, "Infidelity and sexual relationships", "Infidelity"},
	},
	"concern:concern.sex_education": {
		{s001, "Sex education and correcting miseducation", "Sex education, or correcting what I was taught"},
	},
	"concern:concern.sti": {
		{s001, "Coping with and living with sexually transmitted infections (STIs)", "Living with a sexually transmitted infection (STI)"},
	},
	"quote:talking": {
		{s002, "It's natural to feel embarrassed or anxious while discussing sex and intimacy", "It's natural to feel embarrassed or anxious while discussing sex and intimacy"},
	},
	"quote:alone_or_together": {
		{s001, "You may see your therapist by yourself or with your romantic or sexual partner(s)", "You may see your therapist by yourself or with your romantic or sexual partner(s)"},
	},
}

// init merges the concern rows into the seed test's table, so the one
// test checks them with everything else.
func init() {
	for k, v := range concernPins {
		if _, dup := seedPins[k]; dup {
			panic("seedPins already has a row for " + k)
		}
		seedPins[k] = v
	}
}
