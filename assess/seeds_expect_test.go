package assess

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// TestExpectQuotesItsSeeds holds the "What to expect" page to the pages it
// quotes: every passage stands word for word in the seed it names, and the
// "not a replacement" line keeps 002's words.
func TestExpectQuotesItsSeeds(t *testing.T) {
	seeds := loadSeeds(t)
	n := 0
	for _, sec := range checklist.Expect() {
		if len(sec.Passages) == 0 {
			t.Errorf("section %q has no passage", sec.Title)
		}
		for _, p := range sec.Passages {
			n++
			seed, ok := seeds[p.Source]
			if !ok {
				t.Errorf("%q names %q, which is not a seed", sec.Title, p.Source)
				continue
			}
			if !strings.Contains(seed, norm(p.Quote)) {
				t.Errorf("%q: seed %s does not say, word for word:\n%s", sec.Title, p.Source, p.Quote)
			}
		}
	}
	if n == 0 {
		t.Fatal("the page quotes nothing")
	}
	for _, words := range []string{
		"not a replacement for advice, diagnosis, or treatment from a health care professional",
		"If you have any questions or concerns about your health, please talk to your doctor.",
	} {
		if !strings.Contains(seeds[checklist.NotAReplacementSource], norm(words)) {
			t.Errorf("seed %s does not hold %q", checklist.NotAReplacementSource, words)
		}
		if !strings.Contains(norm(checklist.NotAReplacement), norm(words)) {
			t.Errorf("NotAReplacement no longer says %q", words)
		}
	}
}

// TestExpectCatchesAChangedQuote makes sure the check above can fail.
func TestExpectCatchesAChangedQuote(t *testing.T) {
	seeds := loadSeeds(t)
	p := checklist.Expect()[0].Passages[0]
	changed := strings.Replace(p.Quote, "will work together", "will always work together", 1)
	if strings.Contains(seeds[p.Source], norm(changed)) {
		t.Error("a changed quote still matched its seed")
	}
}
