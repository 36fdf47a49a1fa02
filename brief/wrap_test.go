package brief

import (
	"github.com/vetted-tui/vetted/store"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWrapKeepsDatesWhole: lines break at spaces only, so a date is never
// split at its hyphens, and no line is wider than asked.
func TestWrapKeepsDatesWhole(t *testing.T) {
	s := "License (state board's look-up): active, LMFT, LMFT 99812, checked 2026-11-29"
	for width := 20; width <= 80; width++ {
		got := wrap(s, width, "    ")
		if !strings.Contains(got, "2026-11-29") {
			t.Errorf("width %d split the date:\n%s", width, got)
		}
		for _, l := range strings.Split(got, "\n") {
			if ansi.StringWidth(l) > width {
				t.Errorf("width %d: line %q is %d wide", width, l, ansi.StringWidth(l))
			}
		}
	}
	if got := wrapAtSpaces(strings.Repeat("x", 25), 10); got != "xxxxxxxxxx\nxxxxxxxxxx\nxxxxx" {
		t.Errorf("a long word: %q", got)
	}
}

// TestBlankNameHasAStandIn: a name that cleans to nothing is "Therapist
// N" in the brief, as in every export, never an empty heading.
func TestBlankNameHasAStandIn(t *testing.T) {
	nb := store.New()
	nb.Therapists = []store.Therapist{{ID: "a", Name: "\x1b[2J"}}
	d := Build(nb, Options{Therapist: 0})
	if d.Title != "Before my first appointment with Therapist 1" {
		t.Errorf("title %q", d.Title)
	}
	for _, s := range d.Sections {
		if strings.TrimSpace(s.Title) == "" || strings.HasSuffix(s.Title, "for ") {
			t.Errorf("a section without a name: %q", s.Title)
		}
	}
}
