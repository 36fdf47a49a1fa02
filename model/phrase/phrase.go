// Package phrase holds the few ways the app words counts and sentences in
// its news ("3 answers", "1 change", a quoted name), so that every screen
// and the root say them alike.
package phrase

import (
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
)

// Plural counts n things: "1 answer", "3 answers".
func Plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// Changes counts changes in words: "1 change", "3 changes", and "your
// latest changes" when the count is not known.
func Changes(n int) string {
	switch n {
	case 0:
		return "your latest changes"
	case 1:
		return "1 change"
	}
	return fmt.Sprintf("%d changes", n)
}

// Sentence ends s with a full stop unless it has one, so that another
// sentence can follow it.
func Sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// Quoted puts s, cleaned for the screen, in curly quotes.
func Quoted(s string) string { return "\u201c" + safetext.Line(s) + "\u201d" }
