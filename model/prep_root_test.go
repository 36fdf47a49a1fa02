package model

import (
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
