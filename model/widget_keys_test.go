package model

import (
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// TestYesNoWidgetKeys: a yes/no question takes y, n and u in either case
// (checklist's one table of yes/no words reads them); other letters and
// the help key pick nothing.
func TestYesNoWidgetKeys(t *testing.T) {
	for _, c := range []struct {
		keys []string
		want string
	}{
		{[]string{"N"}, checklist.No},
		{[]string{"y", "U"}, checklist.Unsure},
		{[]string{"n", "x", "?"}, checklist.No},
	} {
		h := openInterview(t, notebookWith("Dr Ada"))
		h.goToQuestion(checklist.QLicense)
		h.keys(c.keys...)
		h.keys("enter")
		if got := h.answer(checklist.QLicense); got.Value != c.want {
			t.Errorf("keys %q: stored %+v, want %q", c.keys, got, c.want)
		}
	}
}

// TestOptionWidgetKeys: ↑/↓ and k/j move in an option list and number keys
// pick by position, each through its key binding.
func TestOptionWidgetKeys(t *testing.T) {
	for _, c := range []struct {
		keys []string
		want string
	}{
		{[]string{"down", "down"}, checklist.FreqBiweekly},
		{[]string{"j", "j", "j", "k"}, checklist.FreqBiweekly},
		{[]string{"down", "down", "down", "up"}, checklist.FreqBiweekly},
	} {
		h := openInterview(t, notebookWith("Dr Ada"))
		h.goToQuestion(checklist.QFrequency)
		h.keys(c.keys...)
		h.keys("enter")
		if got := h.answer(checklist.QFrequency); got.Value != c.want {
			t.Errorf("keys %q: stored %+v, want %q", c.keys, got, c.want)
		}
	}
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QAASECT)
	h.keys("9", "2", "0")
	h.keys("enter")
	if got := h.answer(checklist.QAASECT); got.Value != checklist.AASECTMember {
		t.Errorf("keys 9 2 0: stored %+v, want %q", got, checklist.AASECTMember)
	}
}
