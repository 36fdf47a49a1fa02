package model

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

func TestPrepDoubleToggleBeforeRepliesUnticks(t *testing.T) {
	h := newHarness(t, nil)
	h.keys("p")
	id := checklist.Prep()[0].ID
	h.pressBeforeReplies("space", "space")
	if h.m.nb().Prep[id] {
		t.Fatal("two quick presses left the item ticked")
	}
	h.pressBeforeReplies("space")
	if !h.m.nb().Prep[id] {
		t.Fatal("a third press did not tick the item")
	}
}

// selectedLine returns the one line holding the › marker.
func selectedLine(t *testing.T, view string) string {
	t.Helper()
	var found []string
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "›") {
			found = append(found, l)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one › line, got %d:\n%s", len(found), view)
	}
	return found[0]
}
