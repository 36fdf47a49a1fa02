package checkin

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
)

func newForm(w, h int) screen.Screen {
	return NewForm(common(notebook(), w, h), "ada", fixedNow).SetSize(w, h)
}

// A check-in made in the form is sent up whole: the moment, each answer
// with its note, a note without an answer kept as noted, the unanswered
// questions left out, dated by the injected clock; once the root reports
// it applied, the form closes.
func TestFormSendsOneCheckIn(t *testing.T) {
	f := newForm(80, 24)
	if !strings.Contains(plain(f), "Check-in: Ada Best") {
		t.Fatalf("no title:\n%s", plain(f))
	}
	// When: after the third session. Comfort 2, note "tense". Felt
	// heard: no. Goals: a note only.
	f = press(f, "right", "tab", "right", "right", "tab")
	f = press(f, strings.Split("tense", "")...)
	f = press(f, "tab", "right", "right", "tab", "tab", "tab")
	f = press(f, strings.Split("unsure yet", "")...)
	if f.(Form).form.Focused() != checklist.CheckGoals+noteSuffix {
		t.Fatalf("focus on %q", f.(Form).form.Focused())
	}
	f, msgs := send(f, "ctrl+s")
	if len(msgs) != 1 {
		t.Fatalf("ctrl+s sent %#v", msgs)
	}
	add, ok := msgs[0].(AddMsg)
	if !ok || add.TherapistID != "ada" {
		t.Fatalf("ctrl+s sent %#v", msgs[0])
	}
	c := add.CheckIn
	if !c.At.Equal(clock) || c.After != checklist.AfterThird {
		t.Fatalf("at %v after %q", c.At, c.After)
	}
	want := map[string]checklist.Answer{
		checklist.CheckComfort: {Status: checklist.StatusAnswered, Value: "2", Note: "tense", At: clock},
		checklist.CheckHeard:   {Status: checklist.StatusAnswered, Value: "no", At: clock},
		checklist.CheckGoals:   {Status: checklist.StatusNoted, Note: "unsure yet", At: clock},
	}
	if len(c.Answers) != len(want) {
		t.Fatalf("answers %#v", c.Answers)
	}
	for id, a := range want {
		if c.Answers[id] != a {
			t.Errorf("%s: %#v, want %#v", id, c.Answers[id], a)
		}
	}
	// Keys after saving change nothing; the root's news closes the form.
	if _, msgs := send(f, "ctrl+s"); len(msgs) != 0 {
		t.Fatalf("saved twice: %#v", msgs)
	}
	if _, msgs := send(f, "esc"); len(msgs) != 1 || msgs[0] != (screen.BackMsg{}) {
		t.Fatalf("esc after saving: %#v", msgs)
	}
	_, cmd := f.Update(screen.ChangedMsg{Event: add})
	if msgs := run(cmd); len(msgs) != 1 || msgs[0] != (screen.BackMsg{}) {
		t.Fatalf("after the root applied it: %#v", msgs)
	}
}

// Each question shows under the form in full, with its hint: a quote
// with its page in words, or, for the cost, vetted's own words said as
// such. At 60x16 no prompt is cut.
func TestFormShowsTheFocusedHint(t *testing.T) {
	small := newForm(60, 16)
	for _, q := range checklist.CheckInQuestions() {
		for small.(Form).form.Focused() != q.ID {
			small = press(small, "tab")
		}
		if v := plain(small); !strings.Contains(flat(v), q.Prompt) || strings.Contains(v, "…") {
			t.Fatalf("60x16, %s: prompt not whole:\n%s", q.ID, v)
		}
	}
	f := newForm(80, 24)
	f = press(f, "tab") // comfort
	q, _ := checklist.CheckInQuestion(checklist.CheckComfort)
	v := flat(plain(f))
	if !strings.Contains(v, flat(openQuote+q.Hint+closeQuote)) || !strings.Contains(v, sourcePrefix+checklist.SourceLabel(q.Source)) {
		t.Fatalf("comfort's hint or source missing:\n%s", plain(f))
	}
	for f.(Form).form.Focused() != checklist.CheckCost {
		f = press(f, "tab")
	}
	cost, _ := checklist.CheckInQuestion(checklist.CheckCost)
	v = flat(plain(f))
	if !strings.Contains(v, flat(cost.Hint)) || !strings.Contains(v, checklist.VettedOwnSource) || strings.Contains(v, openQuote+cost.Hint) {
		t.Fatalf("cost's hint not as vetted's own words:\n%s", plain(f))
	}
}

// esc on an untouched form goes back; over edits it asks first.
func TestFormLeaves(t *testing.T) {
	if _, msgs := send(newForm(80, 24), "esc"); len(msgs) != 1 || msgs[0] != (screen.BackMsg{}) {
		t.Fatalf("esc sent %#v", msgs)
	}
	f, msgs := send(press(newForm(80, 24), "right"), "esc")
	if len(msgs) != 0 || !f.Asking() {
		t.Fatalf("esc over an edit: %#v, asking %v", msgs, f.Asking())
	}
	if _, msgs := send(f, "y"); len(msgs) != 1 || msgs[0] != (screen.BackMsg{}) {
		t.Fatalf("y sent %#v", msgs)
	}
}

// The form fits each size, the hint included, wherever the focus is.
func TestFormFits(t *testing.T) {
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {120, 40}} {
		f := newForm(sz[0], sz[1])
		for range 12 {
			checkFits(t, plain(f), sz[0], sz[1])
			if !strings.Contains(plain(f), "›") {
				t.Fatalf("%v: no focus marker:\n%s", sz, plain(f))
			}
			f = press(f, "tab")
		}
	}
}
