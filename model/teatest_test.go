package model

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/store/disk"
)

// These flows run the real Bubble Tea program. They are few on purpose:
// they are the slowest and most brittle layer.

// waitFor waits for want to be drawn. The limit is generous because the
// race detector on a busy two-core machine is slow; a failure names what
// was awaited.
func waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	awaited := want
	defer func() {
		if t.Failed() {
			t.Logf("while waiting for %q", awaited)
		}
	}()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(want))
	}, teatest.WithDuration(15*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// everyKindInput is what the flow types for each kind, and the value that
// must come back from the file.
var everyKindInput = map[checklist.Kind]struct {
	keys []tea.KeyMsg
	want func(q checklist.Question) string
}{
	checklist.KindText:     {runeKeys("Asked twice"), func(checklist.Question) string { return "Asked twice" }},
	checklist.KindYesNo:    {runeKeys("y"), func(checklist.Question) string { return "yes" }},
	checklist.KindChoice:   {runeKeys("1"), func(q checklist.Question) string { return q.Choices[0].ID }},
	checklist.KindMulti:    {append(runeKeys("1"), runeKeys("2")...), func(q checklist.Question) string { return q.Choices[0].ID + "," + q.Choices[1].ID }},
	checklist.KindMoney:    {runeKeys("185"), func(checklist.Question) string { return "185.00" }},
	checklist.KindMinutes:  {runeKeys("1h"), func(checklist.Question) string { return "60" }},
	checklist.KindCount:    {runeKeys("12"), func(checklist.Question) string { return "12" }},
	checklist.KindRating:   {runeKeys("4"), func(checklist.Question) string { return "4" }},
	checklist.KindDate:     {runeKeys("2026-12-03"), func(checklist.Question) string { return "2026-12-03" }},
	checklist.KindDuration: {runeKeys("about four months"), func(checklist.Question) string { return "about 4 months" }},
}

func runeKeys(s string) []tea.KeyMsg {
	var out []tea.KeyMsg
	for _, r := range s {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

func TestFlowAddAnswerEveryKindQuitReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, nb, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, New(Options{File: f, Notebook: nb}), teatest.WithInitialTermSize(100, 40))
	waitFor(t, tm, "No therapists yet")
	tm.Type("a")
	waitFor(t, tm, "Add a therapist")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Dr Zoë Ng")}) // non-ASCII as runes
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlS})
	// The roster's news, not the name: the form shows the name as typed,
	// and an enter sent while it is still on top would go to the form.
	waitFor(t, tm, "Added Dr Zoë Ng")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Interview")

	qs := checklist.Catalogue()
	for i, q := range qs {
		in, ok := everyKindInput[q.Kind]
		if !ok {
			t.Fatalf("no input for kind %s", q.Kind)
		}
		for _, k := range in.keys {
			tm.Send(k)
		}
		tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
		if i == len(qs)-1 {
			// The same frame shows the count and the end: one wait reads it.
			waitFor(t, tm, "That was the last question")
			break
		}
		waitFor(t, tm, fmt.Sprintf("%d/%d answered", i+1, len(qs)))
	}
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	f2, nb2, err := disk.Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer f2.Close()
	if len(nb2.Therapists) != 1 || nb2.Therapists[0].Name != "Dr Zoë Ng" {
		t.Fatalf("reopened therapists: %+v", nb2.Therapists)
	}
	answers := nb2.Therapists[0].Answers
	for _, q := range qs {
		a := answers[q.ID]
		if want := everyKindInput[q.Kind].want(q); a.Status != checklist.StatusAnswered || a.Value != want {
			t.Errorf("%s: reopened %+v, want %q", q.ID, a, want)
		}
	}
}

func TestFlowCtrlCQuitsWhileTyping(t *testing.T) {
	tm := teatest.NewTestModel(t, New(Options{Notebook: notebookWith("Dr Ada")}), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "Dr Ada")
	tm.Type("a")
	waitFor(t, tm, "Add a therapist")
	tm.Type("q?")
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if got := final.details().Shown(details.FieldName); got != "q?" {
		t.Fatalf("name field = %q: q or ? were taken as commands", got)
	}
	if len(final.nb().Therapists) != 1 {
		t.Fatal("ctrl+c in the form changed the notebook")
	}
}
