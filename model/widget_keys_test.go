package model

import (
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

// TestAnswerWidgetKeys drives the option widgets through their key
// bindings: a yes/no question takes y, n and u in either case (checklist's
// one table of yes/no words reads them) while other letters and the help
// key pick nothing; ↑/↓ and k/j move in an option list; number keys pick
// by position and ignore a number with no option.
func TestAnswerWidgetKeys(t *testing.T) {
	for _, c := range []struct {
		id   string
		keys []string
		want string
	}{
		{checklist.QLicense, []string{"N"}, checklist.No},
		{checklist.QLicense, []string{"y", "U"}, checklist.Unsure},
		{checklist.QLicense, []string{"n", "x", "?"}, checklist.No},
		{checklist.QFrequency, []string{"down", "down"}, checklist.FreqBiweekly},
		{checklist.QFrequency, []string{"j", "j", "j", "k"}, checklist.FreqBiweekly},
		{checklist.QFrequency, []string{"down", "down", "down", "up"}, checklist.FreqBiweekly},
		{checklist.QAASECT, []string{"9", "2", "0"}, checklist.AASECTMember},
	} {
		h := openInterview(t, notebookWith("Dr Ada"))
		h.goToQuestion(c.id)
		h.keys(c.keys...)
		h.keys("enter")
		if got := h.answer(c.id); got.Value != c.want {
			t.Errorf("%s, keys %q: stored %+v, want %q", c.id, c.keys, got, c.want)
		}
	}
}
