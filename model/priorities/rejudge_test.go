package priorities

import (
	"reflect"
	"testing"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/internal/fixture"
)

// TestStartingFromAnEarlierJudgement: the screen opened with a judgement
// of an earlier state of the notebook (the comparison's), or brought back
// with SetNotebook after changes, shows the close calls of a screen that
// judged everyone afresh: after answers changed, the budget, and nothing.
func TestStartingFromAnEarlierJudgement(t *testing.T) {
	nb := fixture.MakeNotebook(6)
	changes := []struct {
		name   string
		change func()
	}{
		{"nothing", func() {}},
		{"an answer", func() {
			nb.Therapists[2].SetAnswer(checklist.QInsurance, checklist.Answer{Status: checklist.StatusAnswered, Value: "no"})
		}},
		{"a cleared answer", func() { nb.Therapists[0].ClearAnswer(checklist.QFee) }},
		{"the budget", func() { nb.BudgetPerSession = "$90" }},
		{"a therapist gone", func() { nb.Therapists = nb.Therapists[1:] }},
	}
	withCloseCalls := 0
	for _, c := range changes {
		earlier := assess.Judge(nb)
		kept := New(nb, testStyles, nil)
		c.change()
		want := New(nb, testStyles, nil).closeCalls
		if got := New(nb, testStyles, earlier).closeCalls; !reflect.DeepEqual(got, want) {
			t.Errorf("opened after %s changed: %v, judged afresh %v", c.name, got, want)
		}
		if got := kept.SetNotebook(nb).closeCalls; !reflect.DeepEqual(got, want) {
			t.Errorf("SetNotebook after %s changed: %v, judged afresh %v", c.name, got, want)
		}
		if len(want) > 0 {
			withCloseCalls++
		}
	}
	if withCloseCalls == 0 {
		t.Fatal("no state of the fixture had a close call, so the test compared nothing")
	}
}
