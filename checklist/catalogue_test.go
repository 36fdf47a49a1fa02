package checklist

import (
	"strings"
	"testing"
)

var seeds = map[string]bool{
	SeedClinic: true, SeedHospital: true, SeedQuestions: true, SeedPractice: true, SeedOverview: true,
}

// allSeeds reports whether source names one or more seed documents and
// nothing else.
func allSeeds(source string) bool {
	files := SourceFiles(source)
	for _, f := range files {
		if !seeds[f] {
			return false
		}
	}
	return len(files) > 0
}

// betterFor lists the Better values that make sense for each kind; ""
// (no order) is always allowed.
var betterFor = map[Kind][]string{
	KindYesNo:    {"yes", "no"},
	KindChoice:   {"first"},
	KindMulti:    nil,
	KindMoney:    {"lower", "higher"},
	KindMinutes:  {"lower", "higher"},
	KindCount:    {"lower", "higher"},
	KindRating:   {"lower", "higher"},
	KindDate:     {"earlier"},
	KindText:     nil,
	KindDuration: nil,
}

func TestCatalogueQuestions(t *testing.T) {
	questions := Catalogue()
	if len(questions) == 0 {
		t.Fatal("empty catalogue")
	}
	seen := map[string]bool{}
	for _, question := range questions {
		id := question.ID
		if id == "" || seen[id] {
			t.Errorf("question ID %q is empty or repeated", id)
		}
		seen[id] = true
		if question.Prompt == "" || question.Short == "" || question.Hint == "" {
			t.Errorf("%s: Prompt, Short and Hint are all required", id)
		}
		switch {
		case question.VettedOwn && question.Source != "":
			t.Errorf("%s: vetted's own question names a source, %q", id, question.Source)
		case !question.VettedOwn && !allSeeds(question.Source):
			t.Errorf("%s: Source %q is not a list of seed documents", id, question.Source)
		}
		if _, ok := CategoryByID(question.Category); !ok {
			t.Errorf("%s: unknown category %q", id, question.Category)
		}
		allowed, known := betterFor[question.Kind]
		if !known {
			t.Errorf("%s: unknown kind %q", id, question.Kind)
		}
		if question.Better != "" && !contains(allowed, question.Better) {
			t.Errorf("%s: Better %q does not fit kind %s", id, question.Better, question.Kind)
		}
		if question.Min > question.Max {
			t.Errorf("%s: Min %d > Max %d", id, question.Min, question.Max)
		}
		switch question.Kind {
		case KindMinutes, KindCount, KindRating:
			if question.Max == 0 {
				t.Errorf("%s: a number question needs a Max", id)
			}
		}
		isChoice := question.Kind == KindChoice || question.Kind == KindMulti
		if isChoice != (len(question.Choices) > 0) {
			t.Errorf("%s: kind %s with %d choices", id, question.Kind, len(question.Choices))
		}
		choiceIDs := map[string]bool{}
		for _, c := range question.Choices {
			if c.ID == "" || c.Label == "" || choiceIDs[c.ID] {
				t.Errorf("%s: choice %q is incomplete or repeated", id, c.ID)
			}
			if strings.Contains(c.ID, ",") {
				t.Errorf("%s: choice ID %q has a comma, which multi values use as separator", id, c.ID)
			}
			choiceIDs[c.ID] = true
		}
		if got, ok := ByID(id); !ok || got.ID != id {
			t.Errorf("ByID(%q) does not find it", id)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestCategories(t *testing.T) {
	cats := Categories()
	if len(cats) != 5 {
		t.Fatalf("%d categories, want 5", len(cats))
	}
	total := 0
	for _, c := range cats {
		if c.Title == "" || c.Blurb == "" {
			t.Errorf("category %s needs a title and blurb", c.ID)
		}
		n := len(Builtin().InCategory(c.ID))
		if n == 0 {
			t.Errorf("category %s has no questions", c.ID)
		}
		total += n
	}
	if total != len(Catalogue()) {
		t.Errorf("categories hold %d questions, catalogue %d", total, len(Catalogue()))
	}
}

// TestCatalogueIsACopy: callers cannot change the built-in catalogue.
func TestCatalogueIsACopy(t *testing.T) {
	Catalogue()[0].Prompt = "changed"
	Categories()[0].Title = "changed"
	Prep()[0].Text = "changed"
	if Catalogue()[0].Prompt == "changed" || Categories()[0].Title == "changed" || Prep()[0].Text == "changed" {
		t.Error("a returned slice shares memory with the built-in list")
	}
}

// TestSeedQuestionsCovered maps every question that seed 002 says to ask to
// the catalogue entry that asks it.
func TestSeedQuestionsCovered(t *testing.T) {
	cases := []struct {
		seed string // the seed's question, paraphrased
		id   string
		kind Kind
	}{
		{"education and training background", QTraining, KindText},
		{"a state-issued license", QLicense, KindYesNo},
		{"member of AASECT", QAASECT, KindChoice},
		{"experience with a problem like mine", QExperience, KindText},
		{"where the office is", QLocation, KindText},
		{"office hours", QHours, KindText},
		{"how long each session is", QSessionLength, KindMinutes},
		{"how often sessions are", QFrequency, KindChoice},
		{"how long therapy will last", QCourse, KindDuration},
		{"policy on rescheduled appointments", QRescheduling, KindText},
		{"cost of each session", QFee, KindMoney},
		{"whether insurance covers it", QInsurance, KindYesNo},
		{"paying the whole price up front", QUpfront, KindYesNo},
	}
	for _, c := range cases {
		question, ok := ByID(c.id)
		if !ok {
			t.Errorf("seed question %q: no catalogue entry %s", c.seed, c.id)
			continue
		}
		if question.Kind != c.kind {
			t.Errorf("seed question %q: %s is %s, want %s", c.seed, c.id, question.Kind, c.kind)
		}
	}
}

// TestSafetyFacts checks that the facts a person must not miss are in the
// catalogue, in the right category and pointing the right way.
func TestSafetyFacts(t *testing.T) {
	cases := []struct {
		id, better string
		words      []string // words the hint must contain
	}{
		{QContact, "no", []string{"physical contact or sexual activity", "file a complaint"}},
		{QLicense, "yes", []string{"licensed"}},
		// 001 says only that sex therapists prioritize it: no better answer.
		{QConfidentiality, "", []string{"confidentiality"}},
		// "no" is not a bad answer: a sex therapist alone may be adequate,
		// "depending on your issues and physical health" (002).
		{QPhysician, "", []string{"primary care physician", "may be adequate, depending on your issues and physical health"}},
		// 003: "intended for adults", so no "any age" (002) beside it.
		{QPeopleLikeMe, "yes", []string{"adults", "genders", "sexual orientations", "relationship types", "cultural", "religious"}},
		{QComfort, "higher", []string{"trust"}},
	}
	for _, c := range cases {
		question, ok := ByID(c.id)
		if !ok {
			t.Errorf("safety fact %s missing", c.id)
			continue
		}
		if question.Better != c.better {
			t.Errorf("%s: Better = %q, want %q", c.id, question.Better, c.better)
		}
		for _, w := range c.words {
			if !strings.Contains(strings.ToLower(question.Hint), w) {
				t.Errorf("%s: hint does not mention %q", c.id, w)
			}
		}
	}
	for _, id := range []string{QContact, QConfidentiality, QPhysician, QPeopleLikeMe, QComfort} {
		if question, _ := ByID(id); question.Category != Safety {
			t.Errorf("%s is in %s, want %s", id, question.Category, Safety)
		}
	}
}

func TestPrep(t *testing.T) {
	items := Prep()
	seen := map[string]bool{}
	for _, item := range items {
		if !strings.HasPrefix(item.ID, "prep.") || seen[item.ID] {
			t.Errorf("prep ID %q is malformed or repeated", item.ID)
		}
		seen[item.ID] = true
		if item.Text == "" || item.Hint == "" {
			t.Errorf("%s: Text and Hint are required", item.ID)
		}
		if !allSeeds(item.Source) {
			t.Errorf("%s: Source %q is not a list of seed documents", item.ID, item.Source)
		}
	}
	// What seeds 001 and 002 say to do or bring, each by its own item.
	for id, words := range map[string][]string{
		PrepPhysicalCheck:  {"primary healthcare provider", "urologist", "gynecologist"},
		PrepFindNames:      {"referral", "sexual medicine clinic", "insurer", "employee assistance", "(aasect) website offers a directory", "psychologists", "clinical social workers", "psychiatrists"},
		PrepConcernHistory: {"began", "persistent or sporadic", "professionals", "therapies"},
		PrepPersonalInfo:   {"medical problems", "pressures", "recent life changes"},
		PrepMedications:    {"prescriptions", "over-the-counter", "supplements", "herbal", "doses"},
		PrepOwnQuestions:   {"questions"},
		PrepExpectToTalk:   {"health", "sex education", "beliefs"},
	} {
		if !seen[id] {
			t.Errorf("prep item %s missing", id)
			continue
		}
		var text string
		for _, item := range items {
			if item.ID == id {
				text = strings.ToLower(item.Text + " " + item.Hint)
			}
		}
		for _, w := range words {
			if !strings.Contains(text, w) {
				t.Errorf("%s does not mention %q", id, w)
			}
		}
	}
}
