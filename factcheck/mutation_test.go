package factcheck

import (
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// mutation changes one collected text, as an edit of the app would.
type mutation struct {
	name, key string
	change    func(string) string
}

func appendText(s string) func(string) string {
	return func(t string) string { return t + " " + s }
}

func replace(old, new string) func(string) string {
	return func(t string) string { return strings.Replace(t, old, new, 1) }
}

func replaceAll(s string) func(string) string { return func(string) string { return s } }

// issueMutations are the edits an outside test once made that passed the
// whole suite (issue 15 §2), with the equivalents for the texts as they
// now stand.
var issueMutations = []mutation{
	{"a legal claim added to the license hint", "q:" + checklist.QLicense + ":hint", appendText("An unlicensed therapist cannot legally practise.")},
	{"a claim about sliding scales", "q:" + checklist.QSlidingScale + ":hint", appendText("Most therapists offer a sliding scale if asked.")},
	{"a claim about sliding scales in the fee hint", "q:" + checklist.QFee + ":hint", appendText("Most therapists offer a sliding scale if asked.")},
	{"can made will (the old \"can help people of any age\")", "concern:concern.culture_religion:quote", replace("can benefit", "will benefit")},
	{"may made will: homework", "q:" + checklist.QHomework + ":hint", replace("may assign", "will assign")},
	{"may dropped: a sex therapist alone", "q:" + checklist.QPhysician + ":hint", replace(", depending on your issues and physical health", "")},
	{"the frequency hint replaced", "q:" + checklist.QFrequency + ":hint", replaceAll("Weekly sessions are standard.")},
	{"a claim added to the AASECT hint", "q:" + checklist.QAASECT + ":hint", appendText("Only certified therapists are qualified.")},
	{"text appended to a concern label", "concern:concern.illness_disability:label", appendText("or after surgery")},
	{"text appended to the contact advice (flag)", "flag:answer:" + checklist.QContact + "=yes:fact", appendText("A brief hug at the end is fine.")},
	{"text appended to the contact advice (hint)", "q:" + checklist.QContact + ":hint", appendText("A brief hug at the end is fine.")},
	{"a changed category blurb", "category:" + string(checklist.Safety) + ":blurb", replace("does not involve", "never involves")},
	{"a changed welcome", "file:model/welcome/welcome.go:8", replace("not a replacement", "a replacement")},
}

// mutate returns texts with m applied, and whether it changed anything
// (a mutation that no longer finds its text must fail, not pass unseen).
func mutate(texts []text, m mutation) ([]text, bool) {
	out := slices.Clone(texts)
	for i := range out {
		if out[i].key == m.key {
			before := out[i].text
			out[i].text = m.change(before)
			return out, out[i].text != before
		}
	}
	return out, false
}

// TestMutationsFail applies each mutation of the issue to the collected
// texts and expects the table test to fail on that text.
func TestMutationsFail(t *testing.T) {
	texts := collect(t)
	if bad := checkTexts(texts, table); len(bad) > 0 {
		t.Fatalf("the table test fails before any mutation: %v", bad)
	}
	for _, m := range issueMutations {
		mutated, changed := mutate(texts, m)
		if !changed {
			t.Errorf("%s: %s holds no text this mutation changes", m.name, m.key)
			continue
		}
		if !failsOn(checkTexts(mutated, table), m.key) {
			t.Errorf("%s: the table test passed it", m.name)
		}
	}
}

// TestAnAddedSentenceAnywhereFails adds a sentence to every text the table
// holds, one at a time, and expects the table test to fail each time.
func TestAnAddedSentenceAnywhereFails(t *testing.T) {
	texts := collect(t)
	for _, tx := range texts {
		mutated, _ := mutate(texts, mutation{"added sentence", tx.key, appendText("Therapy always works.")})
		if !failsOn(checkTexts(mutated, table), tx.key) {
			t.Errorf("a sentence added to %s passed the table test", tx.key)
		}
	}
}

// TestATableThatFollowsAWeakenedQuoteFails: changing a quote in the app
// and in the table alike still fails, against the page.
func TestATableThatFollowsAWeakenedQuoteFails(t *testing.T) {
	seeds := loadSeeds(t)
	key := "concern:concern.culture_religion:quote"
	rows := map[string][]part{}
	for k, v := range table {
		rows[k] = v
	}
	var parts []part
	done := false
	for _, p := range table[key] {
		if !done && strings.Contains(p.text, "can benefit") {
			p.text, done = strings.Replace(p.text, "can benefit", "will benefit", 1), true
		}
		parts = append(parts, p)
	}
	rows[key] = parts
	texts, changed := mutate(collect(t), mutation{"strength", key, replace("can benefit", "will benefit")})
	if !changed {
		t.Fatalf("%s no longer says \"can benefit\"", key)
	}
	if bad := checkTexts(texts, rows); len(bad) > 0 {
		t.Fatalf("the table did not follow the text: %v", bad)
	}
	if !failsOn(checkSources(texts, rows, seeds), key) {
		t.Error("a quote made stronger than its page passed the seed check")
	}
}

// failsOn reports whether problems names key.
func failsOn(problems []string, key string) bool {
	for _, p := range problems {
		if strings.HasPrefix(p, key+" ") || strings.HasPrefix(p, key+":") {
			return true
		}
	}
	return false
}

// TestVettedOwnQuestionsSayNoFact: a question no source page covers has a
// hint the table holds as vetted's own words only, and names no seed.
func TestVettedOwnQuestionsSayNoFact(t *testing.T) {
	n := 0
	for _, q := range checklist.Catalogue() {
		if !q.VettedOwn {
			if q.Source == "" {
				t.Errorf("%s names no source page and is not marked as vetted's own", q.ID)
			}
			continue
		}
		n++
		if q.Source != "" {
			t.Errorf("%s is vetted's own but names %s", q.ID, q.Source)
		}
		parts, ok := table["q:"+q.ID+":hint"]
		if !ok {
			t.Errorf("%s: no row for its hint", q.ID)
		}
		for _, p := range parts {
			if len(p.seeds()) > 0 || p.evidence != nil {
				t.Errorf("%s: its hint cites a page: %q", q.ID, p.text)
			}
		}
	}
	if n == 0 {
		t.Error("no question is marked as vetted's own")
	}
}
