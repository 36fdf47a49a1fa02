package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
)

// TestFirstKeyJudgesACopyOffTheUIGoroutine: the first key starts a
// judgement of a copy of the notebook, on another goroutine, while the
// person edits (under -race, a copy that shared what the root writes
// fails here), and no later key starts another; it judges the notebook
// as it was, reaches screen.Common.Judged, and the comparison opened
// after the edits starts from it.
func TestFirstKeyJudgesACopyOffTheUIGoroutine(t *testing.T) {
	h := &harness{t: t, m: New(Options{Notebook: notebookForBrief()})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	atStart := assess.Judge(h.m.nb().Clone())
	next, cmd := h.m.Update(keyMsg("down")) // the roster's down sends nothing else
	h.m = next.(Model)
	if cmd == nil {
		t.Fatal("the first key started no judgement")
	}
	if _, again := h.m.Update(keyMsg("up")); again != nil {
		t.Fatal("a second key started another judgement")
	}
	result := make(chan tea.Msg, 1)
	go func() { result <- cmd() }()
	h.send(editsAfterBrief(h.m.nb())...)
	msg, _ := (<-result).(judgedMsg)
	judged := msg.judged
	if judged == nil {
		t.Fatal("the first key's command sent no judgement")
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

// TestQuittingKeyStartsNoJudgement: ctrl+c as the first key quits without
// judging the notebook (the process would spend its last moments on it).
func TestQuittingKeyStartsNoJudgement(t *testing.T) {
	h := &harness{t: t, m: New(Options{Notebook: notebookForBrief()})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	next, cmd := h.m.Update(keyMsg("ctrl+c"))
	h.m = next.(Model)
	if !h.m.saves.Quitting() {
		t.Fatal("ctrl+c did not quit")
	}
	if h.m.judging {
		t.Error("ctrl+c started the notebook's judgement")
	}
	h.run(cmd)
	if !h.quit {
		t.Error("ctrl+c's commands did not end the program")
	}
}
