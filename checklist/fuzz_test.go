package checklist

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds any text to a question the fuzzer picks (which, modulo
// the catalogue's length): Parse must never panic, an accepted value must
// be canonical (it parses to itself), and Display and Compact must never
// panic or put a line break in a comparison cell. One question per exec,
// so that an exec's cost is one parse: every seed is added for every
// question, so each kind starts from each seed.
func FuzzParse(f *testing.F) {
	questions := Catalogue()
	for _, s := range []string{
		"$1,200.50", "185", "abc", "-50", "1e9", "", "1h30", "4/5", "12/03/2026",
		"Thu 3 Dec 2026", "cbt, 3", "Behavioural assignments, such as sensate focus",
		"don't know", "\x1b[31m", "1.5h", "100000.00",
		"10-12 sessions", "about four months", "8 to 10 weeks", "between 3 and 6 months",
		"twenty-four sessions", "~ a year", "10–12",
		"$ 1,000,000.999", ",,, 1 ,\t3", "\x1b]52;c;aGk=\x07yes", "Fri 3 Dec 2026",
	} {
		for i := range questions {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, in string) {
		question := questions[int(which)%len(questions)]
		v, err := Parse(question, in)
		// Display and Compact take stored values, which may be anything.
		Display(question, in)
		if c := Compact(question, in); strings.Contains(c, "\n") {
			t.Fatalf("%s: Compact(%q) = %q has a line break", question.ID, in, c)
		}
		if err != nil {
			return // TestErrorsNeverEcho checks the messages
		}
		if v == "" || !utf8.ValidString(v) {
			t.Fatalf("%s: Parse(%q) accepted %q", question.ID, in, v)
		}
		again, err := Parse(question, v)
		if err != nil || again != v {
			t.Fatalf("%s: Parse(%q) = %q, which re-parses to %q, %v", question.ID, in, v, again, err)
		}
		Display(question, v)
		Compact(question, v)
	})
}
