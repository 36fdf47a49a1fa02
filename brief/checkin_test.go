package brief

import (
	"strconv"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/internal/testbook"
)

// TestBriefCheckIns: a brief for a therapist with check-ins ends with
// them: the comfort trend, each check-in's day, moment, comfort and
// worrying answers; with a last check-in that worries, 002's advice and
// the runner-up of the comparison with their fit score. A last check-in
// that does not worry shows neither, and a brief for a therapist without
// check-ins has no such section.
func TestBriefCheckIns(t *testing.T) {
	nb := fixture()
	nb.Therapists[0].CheckIns = testbook.CheckIns()
	fit := assess.FitScore(nb, &nb.Therapists[1]).Value
	for _, format := range Formats {
		out := string(render(t, nb, format, Options{Therapist: 0}))
		flat := strings.Join(strings.Fields(out), " ")
		at := strings.Index(flat, "My check-ins with Dr. Amara Lindqvist")
		if at < 0 || at < strings.Index(flat, "My open questions for") {
			t.Fatalf("%s: no check-ins section after the open questions:\n%s", format, out)
		}
		for _, want := range []string{
			"Comfort over time:** 4 → 3 → 2", "2 Apr 2025, after the first session:** comfort 4 out of 5",
			"16 Apr 2025, after the third session:** comfort 3 out of 5",
			"2 May 2025, another time:** comfort 2 out of 5; worrying: Comfort, Goals agreed",
			checklist.CheckInAdvice, "Next in your comparison:** Ben Okafor (fit " + itoa(fit) + ")",
		} {
			if format == FormatText {
				want = strings.ReplaceAll(want, ":**", ":")
			}
			if !strings.Contains(flat, want) {
				t.Errorf("%s: the check-ins lack %q:\n%s", format, want, flat[at:])
			}
		}
	}

	// The last check-in does not worry: no advice, no runner-up.
	nb.Therapists[0].CheckIns = testbook.CheckIns()[:2]
	out := string(render(t, nb, FormatText, Options{Therapist: 0}))
	if !strings.Contains(out, "My check-ins with") || strings.Contains(out, "Next in your comparison") || strings.Contains(out, "at ease") {
		t.Errorf("a last check-in that does not worry:\n%s", out)
	}
	// No check-ins, no section.
	if out := string(render(t, nb, FormatText, Options{Therapist: 1})); strings.Contains(out, "check-ins") {
		t.Errorf("a brief for a therapist without check-ins shows them:\n%s", out)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
