package screen

import (
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
)

// Words that screens and the root put into news and questions.

// Plural counts n things: "1 answer", "3 answers".
func Plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	// Not fmt.Sprintf: a screen's View counts on every key.
	return strconv.Itoa(n) + " " + thing + "s"
}

// Quoted is a short label in quotes, made safe for the status line.
func Quoted(s string) string { return "\u201c" + safetext.Line(s) + "\u201d" }

// Sentence ends s with a full stop unless it has one, so that another
// sentence can follow it.
func Sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
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
	return strconv.Itoa(n) + " changes"
}
