package model

import (
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
		if want := len(q.Choices) - h; !strings.Contains(v, "↕ "+itoa(want)+" more") {
			t.Errorf("height %d: no marker for the %d hidden options:\n%s", h, want, v)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > 56 {
				t.Errorf("height %d: line %q is wider than 56", h, l)
			}
		}
	}
}
