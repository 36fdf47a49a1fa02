package assess

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// The seed test holds every hint, flag and preparation item to the seed
// documents it names: each named file exists, and a table pins the key
// phrase of each fact, verbatim from the seed, to the seed that holds it
// and to the text that states it. A hint edited away from its source, a
// wrong citation, or a new hint without a row fails here.

// seedsDir is the folder of the five source pages, from $VETTED_SEEDS. A
// clone of vetted does not hold them (they are not ours to ship), so the
// seed checks need it set; .ci/run sets it and fails without the pages.
func seedsDir() string { return os.Getenv("VETTED_SEEDS") }

// loadSeeds reads every seed file, normalised (see norm). With VETTED_SEEDS
// unset the calling test is left out, saying so; set but unreadable fails,
// so a wrong path never passes unseen.
func loadSeeds(t *testing.T) map[string]string {
	t.Helper()
	dir := seedsDir()
	if dir == "" {
		t.Skip("seed checks left out: set VETTED_SEEDS to the folder holding the five source pages (000_….txt to 004_….txt) to run them")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("VETTED_SEEDS is %q, which cannot be read: %v", dir, err)
	}
	seeds := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		seeds[e.Name()] = norm(string(b))
	}
	return seeds
}

// quotes maps typographic quotes and apostrophes to plain ones.
var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// norm collapses runs of white space to one space and plain-quotes s.
func norm(s string) string { return strings.Join(strings.Fields(quotes.Replace(s)), " ") }

// sourced is one text of the app that states facts: a question's hint, a
// preparation item or a flag, with the seeds it names.
type sourced struct {
	key    string // "q:edu.license", "prep:prep.find_names", "flag:safety.contact=yes"
	text   string
	source string
}

// everySourced lists every hint, preparation item and flag rule.
func everySourced() []sourced {
	var out []sourced
	for _, q := range checklist.Catalogue() {
		out = append(out, sourced{"q:" + q.ID, q.Hint, q.Source})
	}
	for _, p := range checklist.Prep() {
		out = append(out, sourced{"prep:" + p.ID, p.Text + " " + p.Hint, p.Source})
		for _, f := range p.Fields {
			out = append(out, sourced{"prepfield:" + f.ID, f.Label, f.Source})
		}
	}
	for _, r := range flagRules {
		out = append(out, sourced{"flag:" + r.questionID + "=" + r.value, r.title + ". " + r.fact, r.source})
	}
	for _, r := range verifyRules {
		out = append(out, sourced{"verify:" + r.key, r.title + ". " + r.fact, r.source})
	}
	return append(out, concernSourced()...)
}

// pin ties one fact's key phrase in a seed to the phrase of our text that
// states it.
type pin struct {
	seed, seedPhrase, textPhrase string
}

const (
	s000 = checklist.SeedClinic
	s001 = checklist.SeedHospital
	s002 = checklist.SeedQuestions
	s003 = checklist.SeedPractice
	s004 = checklist.SeedOverview
)

// Shared pins: the contact advice (the question's hint and both contact
// flags), the license fact and the confidentiality fact.
var (
	contactPins = []pin{
		{s001, "therapy sessions don't involve any physical contact or sexual activity between you and your therapist", "therapy sessions don't involve any physical contact or sexual activity between you and your therapist"},
		{s000, "do not have sexual contact with clients, in the office or anywhere else", "do not have sexual contact with clients, in the office or anywhere else"},
		{s002, "is not part of standard sex therapy techniques and is against licensed mental health providers' ethics", "is not part of standard sex therapy and is against licensed mental health providers' ethics"},
		{s001, "you should tell your therapist or stop seeing them and file a complaint", "tell your therapist or stop seeing them and file a complaint"},
	}
	licensePins = []pin{
		{s001, "A sex therapist is a licensed professional", "A sex therapist is a licensed professional"},
		{s001, "Associate license in the state in which you'll be practicing", "a license in the state where they practise"},
	}
	confidentialityPins = []pin{
		{s001, "Sex therapists prioritize confidentiality", "Sex therapists prioritise confidentiality"},
		{s001, "it's a part of their professional code of ethics", "part of their professional code of ethics"},
		{s001, "risk losing their ability to practice therapy", "risk losing their ability to practise"},
	}
	manySessionsPin = pin{s002, "in most cases, many therapy sessions are required", "in most cases many therapy sessions are required"}
)

// seedPins is the table: every hint, preparation item and flag, each fact
// it states, and where.
var seedPins = map[string][]pin{
	"q:" + checklist.QTraining: {
		{s001, "Master's degree, in addition to two years of post-degree clinical experience", "master's degree and two years of post-degree clinical experience"},
		{s001, "Doctoral degree in addition to one year of post-degree clinical experience", "a doctorate and one year"},
		{s001, "The advanced clinical degree must include psychotherapy training", "must include psychotherapy training"},
		{s001, "at least 90 hours of academic coursework in sexuality education", "at least 90 hours of coursework in sexuality education"},
	},
	"q:" + checklist.QLicense: append(licensePins[:len(licensePins):len(licensePins)],
		pin{s001, "could be a social worker, medical doctor or psychologist", "social worker, medical doctor or psychologist"}),
	"q:" + checklist.QAASECT: {
		{s000, "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy by becoming credentialed", "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy by becoming credentialed"},
		{s004, "a clinician who has extensive training in the field of sexology", "a clinician with extensive training in the field of sexology"},
	},
	"q:" + checklist.QExperience: {
		{s002, "What has been your experience with a sexual problem like mine?", "their experience with a sexual problem like yours"},
		{s002, "Sex therapy may assist you with a variety of sexual issues", "Sex therapy may help with many concerns"},
		{s002, "Concerns about previous unwanted sexual encounters", "past unwanted sexual encounters"},
	},
	"q:" + checklist.QYears: {
		{s001, "It usually takes at least nine years to become a certified sex therapist", "It usually takes at least nine years to become a certified sex therapist"},
		{s001, "undergraduate education, an advanced clinical degree and clinical experience", "undergraduate education, an advanced clinical degree and clinical experience"},
	},
	"q:" + checklist.QLocation: {
		{s002, "Logistics. What is the location of your office?", "location of the office is one of the logistics questions"},
		{s002, "before booking sessions", "before booking sessions"},
	},
	"q:" + checklist.QHours: {
		{s002, "Logistics. What is the location of your office? What are the hours of your office?", "logistics question"},
		{s002, "in as little as a few visits", "a few visits"},
		manySessionsPin,
	},
	"q:" + checklist.QFormat: {
		{s001, "You may see your therapist by yourself or with your romantic or sexual partner(s)", "You may see your therapist by yourself or with your partner(s)"},
	},
	"q:" + checklist.QFirstOpening: {
		{s002, "get a referral to a sex therapist from your health care physician", "a referral from your physician"},
		{s002, "see if they offer a sexual medicine clinic", "sexual medicine clinic"},
		{s002, "your health insurer or employee assistance program will provide recommendations", "recommendations from your health insurer or employee assistance programme"},
	},
	"q:" + checklist.QSessionLength: {
		{s002, "Treatment strategy. What is the duration of each session?", "The duration of each session is one of the treatment questions"},
	},
	"q:" + checklist.QFrequency: {
		{s002, "What is the frequency of sessions?", "The frequency of sessions is a treatment question"},
		{s003, "The number and frequency of sessions depend on the nature and complexity of the concerns", "the number and frequency of sessions depend on the nature and complexity of the concerns"},
	},
	"q:" + checklist.QCourse: {
		{s000, "Sex therapy is usually short term, with a limited number of sessions", "Sex therapy is usually short term, with a limited number of sessions"},
		{s000, "The treatment plan depends on the concerns to be addressed", "the treatment plan depends on the concerns to be addressed"},
		{s002, "Some issues can be resolved quickly, in as little as a few visits", "Some issues resolve in as little as a few visits"},
		{s002, "in most cases, many therapy sessions are required", "in most cases many sessions are required"},
	},
	"q:" + checklist.QRescheduling: {
		{s002, "What is your policy on rescheduled appointments?", "policy on rescheduled appointments is one of the treatment questions"},
	},
	"q:" + checklist.QApproaches: {
		{s003, "specialized form of talk therapy", "specialized form of talk therapy"},
		{s003, "The therapist may use a range of evidence-based techniques", "The therapist may use a range of evidence-based techniques"},
		{s003, "Cognitive-behavioral therapy (CBT)", "CBT"},
		{s003, "Psychoeducation", "psychoeducation"},
		{s003, "Communication training", "communication training"},
		{s003, "Mindfulness and relaxation exercises", "mindfulness and relaxation"},
		{s003, "sensate focus exercises", "behavioural assignments such as sensate focus"},
		{s003, "Trauma-informed approaches", "trauma-informed approaches"},
	},
	"q:" + checklist.QPartners: {
		{s001, "Sex therapists work with individuals and romantic/sexual partners", "Sex therapists work with individuals and partners"},
		{s002, "If you're in a relationship, it's typically best to include your spouse in your sex therapist sessions", "if you are in a relationship it is typically best to include your partner in sessions"},
	},
	"q:" + checklist.QHomework: {
		{s001, "Your sex therapists may assign homework", "Your therapist may assign homework"},
		{s001, "in the privacy of your home", "in the privacy of your home"},
		{s001, "whether with yourself or with your partner(s)", "by yourself or with your partner(s)"},
		{s002, "Exercises in communication", "communication exercises"},
		{s002, "Mindfulness approaches", "mindfulness"},
		{s002, "Reading about sexual health", "reading about sexual health"},
	},
	"q:" + checklist.QFee: {
		{s002, "Fees as well as insurance. What is the cost of each session with you?", "The cost of each session is one of the fee questions"},
	},
	"q:" + checklist.QInsurance: {
		{s002, "Is my health insurance plan going to cover your services?", "A fee question to ask"},
		{s002, "your health insurer or employee assistance program will provide recommendations", "health insurer or employee assistance programme may also provide recommendations"},
	},
	"q:" + checklist.QUpfront: {
		{s002, "Is it necessary for me to pay the entire price up front?", "pay the entire price up front is one of the fee questions to ask"},
	},
	"q:" + checklist.QSlidingScale: {
		{s002, "in most cases, many therapy sessions are required", "In most cases many therapy sessions are required"},
	},
	"q:" + checklist.QPeopleLikeMe: {
		{s002, "Individuals of any age, gender, or sexual orientation can benefit", "any age, gender or sexual orientation"},
		{s003, "people who are single, dating, married, or in other relationship structures", "single or in other relationship structures"},
		{s003, "welcomes individuals from diverse cultural, religious, and social backgrounds", "welcomes diverse cultural and religious backgrounds"},
	},
	"q:" + checklist.QConfidentiality: confidentialityPins,
	"q:" + checklist.QPhysician: {
		{s001, "sex therapists don't treat physical or medical conditions", "Sex therapists don't treat medical conditions"},
		{s001, "You may need to see a primary healthcare provider", "you may need to see a physician first"},
		{s002, "Seeing a sex therapist alone may be adequate", "A sex therapist alone may be adequate"},
		{s002, "your sex therapist may be part of a team that includes your primary care physician", "part of a team with your physician"},
	},
	"q:" + checklist.QContact: {
		{s001, "sex therapy sessions don't involve any physical contact or sexual activity between you and your therapist", "Sex therapy sessions don't involve any physical contact or sexual activity with your therapist"},
		{s001, "If you feel uncomfortable with any aspect of therapy, you should tell your therapist or stop seeing them and file a complaint", "If anything makes you uncomfortable, tell your therapist or stop seeing them and file a complaint"},
	},
	"q:" + checklist.QComfort: {
		{s001, "The trust and relationship between you and your therapist are essential", "The trust between you and your therapist is essential"},
		{s002, "If you don't trust your sex therapist, consider sharing your concerns in a therapy session or finding another therapist with whom you are more at ease", "If you don't trust them, consider sharing your concerns in a session or finding another therapist with whom you are more at ease"},
	},

	"prep:" + checklist.PrepPhysicalCheck: {
		{s001, "You may need to see a primary healthcare provider, gynecologist or urologist for any sexual function issues first", "primary healthcare provider, gynecologist or urologist first"},
		{s001, "sex therapists don't treat physical or medical conditions that affect sex", "Sex therapists don't treat physical or medical conditions that affect sex"},
		{s001, "to see if there are any underlying physical causes", "you may need to see one of these first to see if there are any underlying physical causes"},
	},
	"prep:" + checklist.PrepFindNames: {
		{s004, "website offers a directory for people who would like to connect with a certified professional in their area", "The AASECT website offers a directory of certified professionals in your area"},
		{s002, "get a referral to a sex therapist from your health care physician", "a referral from your health care physician"},
		{s002, "check with a nearby hospital or medical center to see if they offer a sexual medicine clinic", "whether a nearby hospital or medical center offers a sexual medicine clinic"},
		{s002, "your health insurer or employee assistance program will provide recommendations", "your health insurer or employee assistance programme for recommendations"},
		{s002, "check for a licensed and certified sex therapy practitioner on the websites of psychologists, licensed clinical social workers, and psychiatrists", "a licensed and certified practitioner on the websites of psychologists, licensed clinical social workers and psychiatrists"},
	},
	"prep:" + checklist.PrepConcernHistory: {
		{s002, "Details about your condition, such as when it began, if it is persistent or sporadic, professionals you've visited, therapies you've taken, and their effects", "When it began, whether it is persistent or sporadic, the professionals you have visited, the therapies you have taken and their effects"},
	},
	"prep:" + checklist.PrepPersonalInfo: {
		{s002, "such as your medical problems and any major pressures or recent life changes", "Such as your medical problems and any major pressures or recent life changes"},
		{s002, "sex and intimacy troubles are frequently tied to other underlying disorders like stress, anxiety, or depression", "sex and intimacy troubles are frequently tied to stress, anxiety or depression"},
	},
	"prep:" + checklist.PrepMedications: {
		{s002, "All of your prescriptions, including over-the-counter pharmaceuticals, vitamins, other supplements, and herbal remedies, as well as their doses", "prescriptions, over-the-counter medicines, vitamins, supplements and herbal remedies, with their doses"},
		{s002, "drug side effects, surgery, or age have an impact on sexual function", "drug side effects have an impact on sexual function"},
	},
	"prep:" + checklist.PrepOwnQuestions: {
		{s002, "some questions to ask your therapist regarding your sexual difficulties", "Questions to ask your therapist about your sexual difficulties"},
		{s002, "Make a list of the following items to bring to your appointment", "the list to bring to your appointment"},
	},
	"prep:" + checklist.PrepExpectToTalk: {
		{s001, "Your therapist may ask you questions about your", "Your therapist may ask about your"},
		{s001, "Health and sexual background", "health and sexual background"},
		{s001, "Beliefs about sex", "beliefs about sex"},
		{s002, "It's natural to feel embarrassed or anxious", "It is natural to feel embarrassed or anxious"},
		{s002, "educated to put you at ease", "educated to put you at ease"},
	},

	// The preparation form's fields use their item's seed's words.
	"prepfield:" + checklist.PrepConcernHistory + ".began":         {{s002, "such as when it began", "When it began"}},
	"prepfield:" + checklist.PrepConcernHistory + ".pattern":       {{s002, "if it is persistent or sporadic", "Persistent or sporadic"}},
	"prepfield:" + checklist.PrepConcernHistory + ".professionals": {{s002, "professionals you've visited", "Professionals you have visited"}},
	"prepfield:" + checklist.PrepConcernHistory + ".therapies":     {{s002, "therapies you've taken, and their effects", "Therapies you have taken and their effects"}},
	"prepfield:" + checklist.PrepPersonalInfo + ".medical":         {{s002, "such as your medical problems", "Medical problems"}},
	"prepfield:" + checklist.PrepPersonalInfo + ".pressures":       {{s002, "any major pressures", "Major pressures"}},
	"prepfield:" + checklist.PrepPersonalInfo + ".changes":         {{s002, "recent life changes", "Recent life changes"}},
	"prepfield:" + checklist.PrepOwnQuestions + ".list":            {{s002, "questions to ask your therapist regarding your sexual difficulties", "Questions to ask your therapist"}},
	"prepfield:" + checklist.PrepExpectToTalk + ".health":          {{s001, "Health and sexual background", "Health and sexual background"}},
	"prepfield:" + checklist.PrepExpectToTalk + ".education":       {{s001, "Sex education.", "Sex education"}},
	"prepfield:" + checklist.PrepExpectToTalk + ".beliefs":         {{s001, "Beliefs about sex", "Beliefs about sex"}},
	"prepfield:" + checklist.PrepExpectToTalk + ".concerns":        {{s001, "Specific sexual concerns", "Specific sexual concerns"}},

	"flag:" + checklist.QContact + "=yes":    contactPins,
	"flag:" + checklist.QContact + "=unsure": contactPins,
	"flag:" + checklist.QLicense + "=no":     licensePins,
	"flag:" + checklist.QLicense + "=yes":    licensePins,
	"flag:" + checklist.QAASECT + "=" + checklist.AASECTCertified: {
		{s000, "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy by becoming credentialed", "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy by becoming credentialed"},
	},
	"flag:" + checklist.QConfidentiality + "=no": confidentialityPins,

	// The verification flags say no more than the seeds: a sex therapist
	// is licensed (001), where to look for one (002), AASECT's directory
	// (004) and what certification shows (000).
	"verify:license.active":            licensePins,
	"verify:license.restricted":        licensePins,
	"verify:license.not_found.claimed": append(licensePins[:len(licensePins):len(licensePins)], lookElsewherePins...),
	"verify:license.not_found":         append(licensePins[:len(licensePins):len(licensePins)], lookElsewherePins...),
	"verify:aasect.certified":          certifiedDirectoryPins,
	"verify:aasect.claimed_not_listed": certifiedDirectoryPins,
}

var (
	lookElsewherePins = []pin{
		{s002, "check for a licensed and certified sex therapy practitioner on the websites of psychologists, licensed clinical social workers, and psychiatrists", "look for a licensed and certified sex therapy practitioner on the websites of psychologists, licensed clinical social workers and psychiatrists"},
		{s004, "website offers a directory for people who would like to connect with a certified professional in their area", "the AASECT website offers a directory for people who would like to connect with a certified professional in their area"},
	}
	certifiedDirectoryPins = []pin{
		{s000, "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy by becoming credentialed", "Certified sex therapists have graduate degrees and can demonstrate their competence in sex therapy by becoming credentialed"},
		{s004, "website offers a directory for people who would like to connect with a certified professional in their area", "The AASECT website offers a directory for people who would like to connect with a certified professional in their area"},
	}
)

// TestEveryFactRestsOnItsSeed is the seed test: see the top of this file.
func TestEveryFactRestsOnItsSeed(t *testing.T) {
	seeds := loadSeeds(t)
	items := everySourced()
	known := map[string]bool{}
	for _, it := range items {
		known[it.key] = true
		files := checklist.SourceFiles(it.source)
		if len(files) == 0 {
			t.Errorf("%s names no seed", it.key)
		}
		named := map[string]bool{}
		for _, f := range files {
			named[f] = true
			if _, ok := seeds[f]; !ok {
				t.Errorf("%s names %q, which is not a seed in %s", it.key, f, seedsDir())
			}
		}
		pins, ok := seedPins[it.key]
		if !ok {
			t.Errorf("%s has no row in seedPins: pin the key phrase of each of its facts to its seed", it.key)
			continue
		}
		pinned := map[string]bool{}
		text := norm(it.text)
		for _, p := range pins {
			pinned[p.seed] = true
			if !named[p.seed] {
				t.Errorf("%s states %q from %s but does not name that seed (it names %q)", it.key, p.textPhrase, p.seed, it.source)
			}
			if !strings.Contains(seeds[p.seed], norm(p.seedPhrase)) {
				t.Errorf("%s: seed %s does not contain %q", it.key, p.seed, p.seedPhrase)
			}
			if !strings.Contains(text, norm(p.textPhrase)) {
				t.Errorf("%s: text no longer states %q (pinned to %s):\n%s", it.key, p.textPhrase, p.seed, it.text)
			}
		}
		for f := range named {
			if !pinned[f] {
				t.Errorf("%s names %s, but no row pins a fact of it", it.key, f)
			}
		}
	}
	for key := range seedPins {
		if !known[key] {
			t.Errorf("seedPins has a row for %s, which is no hint, prep item or flag", key)
		}
	}
}

// TestSeedTestCatchesDrift makes sure the checks above can fail: a text
// that drifts from its pinned phrase, and a phrase that is not in the seed.
func TestSeedTestCatchesDrift(t *testing.T) {
	seeds := loadSeeds(t)
	p := contactPins[3]
	drifted := strings.Replace(checklist.ContactFact, "file a complaint", "look elsewhere", 1)
	if strings.Contains(norm(drifted), norm(p.textPhrase)) {
		t.Error("a drifted contact text still matches its pinned phrase")
	}
	if strings.Contains(seeds[checklist.SeedClinic], norm("without a license no board can act on a complaint")) {
		t.Error("a claim no seed makes was found in a seed")
	}
	// Curly and straight quotes, and line breaks, are read alike.
	if norm("don’t\n  treat") != "don't treat" {
		t.Errorf("norm = %q", norm("don’t\n  treat"))
	}
}
