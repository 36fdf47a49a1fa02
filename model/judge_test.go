package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
)

// TestStartJudgesACopyOffTheUIGoroutine: Init's judgement runs on a copy
// of the notebook taken at start, on another goroutine while the person
// edits (under -race, a copy that shared what the root writes fails
// here); it judges the notebook as it was, reaches screen.Common.Judged,
// and the comparison opened after the edits starts from it.
func TestStartJudgesACopyOffTheUIGoroutine(t *testing.T) {
	h := &harness{t: t, m: New(Options{Notebook: notebookForBrief()})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	atStart := assess.Judge(h.m.nb().Clone())
	// Without a file there is no watch: Init is the judgement alone.
	if msg, ok := h.m.Init()().(judgedMsg); !ok || msg.judged == nil {
		t.Fatal("Init does not judge the notebook")
	}
	cmd := h.m.judgeCmd()
	result := make(chan tea.Msg, 1)
	go func() { result <- cmd() }()
	h.send(editsAfterBrief(h.m.nb())...)
	msg, _ := (<-result).(judgedMsg)
	judged := msg.judged
	if judged == nil {
		t.Fatal("the judgement sent nothing")
	}
	imp := map[string]checklist.Importance{checklist.QInsurance: checklist.MustHave}
	got, want := judged.ScoresWithoutParts(imp), atStart.ScoresWithoutParts(imp)
	if len(got) != len(want) {
		t.Fatalf("judged %d therapists, the notebook held %d at start", len(got), len(want))
	}
	for i := range got {
		if got[i].Value != want[i].Value || got[i].Dealbreaker != want[i].Dealbreaker {
			t.Errorf("therapist %d: judged %+v, at start %+v", i, got[i], want[i])
		}
	}
	h.send(judgedMsg{judged: judged})
	if h.m.common.Judged != judged {
		t.Fatal("the judgement did not reach screen.Common")
	}
	h.keys("c")
	if h.m.kind() != screenCompare {
		t.Fatalf("c opened %s", h.m.kind())
	}
	h.mustSee("fit")
}
