package interview

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/theme"
)

// TestShortChoiceListSaysItGoesOn: a pick-one list given one or two lines
// (the smallest window) says how many options it hides, within its width.
func TestShortChoiceListSaysItGoesOn(t *testing.T) {
	q, _ := checklist.ByID(checklist.QAASECT)
	w := newAnswerWidget(q, checklist.Answer{})
	st := theme.DefaultStyles()
	for h := 1; h <= 2; h++ {
		v := ansi.Strip(w.view(st, 56, h))
		lines := strings.Split(v, "\n")
		if len(lines) != h {
			t.Errorf("height %d: %d lines", h, len(lines))
		}
		if want := len(q.Choices) - h; !strings.Contains(v, "↕ "+strconv.Itoa(want)+" more") {
			t.Errorf("height %d: no marker for the %d hidden options:\n%s", h, want, v)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > 56 {
				t.Errorf("height %d: line %q is wider than 56", h, l)
			}
		}
	}
}

// TestNoticesWrapToTwoLines: a notice longer than the width wraps to at
// most two lines, each within the width, the second cut with "…" when
// even two are not enough.
func TestNoticesWrapToTwoLines(t *testing.T) {
	for _, tc := range []struct {
		text  string
		lines int
		cut   bool
	}{
		{"short", 1, false},
		{"✗ red flag: Suggested contact. Recorded Suggested contact: yes.", 2, false},
		{strings.Repeat("word ", 40), 2, true},
	} {
		got := strings.Split(twoLines(tc.text, 40), "\n")
		if len(got) != tc.lines {
			t.Errorf("%q: %d lines %q, want %d", tc.text, len(got), got, tc.lines)
		}
		for _, l := range got {
			if ansi.StringWidth(l) > 40 {
				t.Errorf("%q: line %q is wider than 40", tc.text, l)
			}
		}
		if cut := strings.HasSuffix(got[len(got)-1], "…"); cut != tc.cut {
			t.Errorf("%q: cut %v, want %v", tc.text, cut, tc.cut)
		}
	}
}
