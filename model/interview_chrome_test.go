package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/interview"
	"github.com/vetted-tui/vetted/model/screen"
)

// The interview keeps its chrome and the root its frame (header, status,
// help) from one frame to the next (interview_chrome.go, frame.go). These
// tests draw the screen before and after every key, so that what is kept
// is always the previous frame's: a kept part that missed a change shows
// the old text on the very key that should have changed it.

// step sends one key (or another message) and asserts on the frame it
// draws.
type step struct {
	key     tea.Msg
	see     []string
	dontSee []string
}

func typed(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// walk draws a frame, then sends each step's key and checks its frame.
func (h *harness) walk(steps []step) {
	h.t.Helper()
	_ = h.view()
	for i, s := range steps {
		h.send(s.key)
		v := h.view()
		for _, want := range s.see {
			if !strings.Contains(v, want) {
				h.t.Fatalf("step %d (%v): screen lacks %q:\n%s", i, s.key, want, v)
			}
		}
		for _, unwanted := range s.dontSee {
			if strings.Contains(v, unwanted) {
				h.t.Fatalf("step %d (%v): screen still shows %q:\n%s", i, s.key, unwanted, v)
			}
		}
	}
}

func TestTextAnswerRedrawsOnTheKeyThatChangesIt(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	if h.m.interview().Current().ID != checklist.QTraining {
		t.Fatalf("opened on %s, want the text question", h.m.interview().Current().ID)
	}
	total := len(checklist.Catalogue())
	none := "0/" + itoa(total) + " answered"
	one := "1/" + itoa(total) + " answered"
	h.mustSee("0 / 4,000 characters")
	h.mustSee("· not answered yet")
	h.mustSee(none)
	edited := "! edited, enter saves"
	full := "✗ The field is full (4,000 characters)."
	nothing := "Nothing is saved for this question, so there is nothing to clear."
	h.walk([]step{
		// Only the notice changes.
		{key: keyMsg("ctrl+r"), see: []string{nothing}},
		// Only the notebook changes: the root records an answer to
		// another question, as it would one sent up.
		{key: screen.AnswerRecordedMsg{TherapistID: h.m.nb().Therapists[0].ID, QuestionID: checklist.QFee,
			Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: "185"}},
			see: []string{one}, dontSee: []string{none}},
		{key: screen.AnswerClearedMsg{TherapistID: h.m.nb().Therapists[0].ID, QuestionID: checklist.QFee},
			see: []string{none}, dontSee: []string{one}},
		{key: typed("a"), see: []string{"1 / 4,000 characters", edited, nothing}},
		{key: typed("b"), see: []string{"2 / 4,000 characters", edited}},
		{key: keyMsg("backspace"), see: []string{"1 / 4,000 characters", edited}},
		{key: keyMsg("backspace"), see: []string{"0 / 4,000 characters"}, dontSee: []string{edited}},
		{key: tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("w", checklist.MaxTextRunes-1)), Paste: true},
			see: []string{"3,999 / 4,000 characters", edited}},
		{key: typed("x"), see: []string{"4,000 / 4,000 characters"}, dontSee: []string{full}},
		{key: typed("y"), see: []string{full, "4,000 / 4,000 characters"}},
		// The problem goes with the next key that is not refused.
		{key: keyMsg("backspace"), see: []string{"3,999 / 4,000 characters"}, dontSee: []string{full}},
		// Saving moves on, and the root's change to the notebook shows in
		// the progress line at once.
		{key: keyMsg("enter"), see: []string{one, "✓ Recorded"}, dontSee: []string{none}},
		// Back on the question: what is stored, without the edited mark.
		{key: keyMsg("shift+tab"), see: []string{"✓ answered: www", one, "3,999 / 4,000 characters"}, dontSee: []string{edited, "✓ Recorded"}},
		{key: keyMsg("ctrl+r"), see: []string{"! Clear what is saved here"}},
		// The root deletes the answer in place; the chrome sees it.
		{key: typed("y"), see: []string{none, "Cleared"}, dontSee: []string{one, "! Clear what is saved here"}},
	})
}

func TestNoteAndProblemRedrawOnTheKeyThatChangesThem(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QFee)
	bad := "✗ Enter an amount like $185 or 1,200.50."
	h.walk([]step{
		{key: typed("about"), see: []string{"about"}},
		{key: keyMsg("enter"), see: []string{bad}},
		// The next key typed clears the problem.
		{key: keyMsg("backspace"), dontSee: []string{bad}},
		// The note: typed text shows key by key, then stays once left.
		{key: keyMsg("ctrl+n"), see: []string{"› Note (ctrl+n): "}},
		{key: typed("c"), see: []string{"› Note (ctrl+n): c"}},
		{key: typed("d"), see: []string{"› Note (ctrl+n): cd"}},
		{key: keyMsg("ctrl+n"), see: []string{"  Note (ctrl+n): cd"}, dontSee: []string{"› Note"}},
		{key: keyMsg("ctrl+n"), see: []string{"› Note (ctrl+n): cd"}},
		{key: keyMsg("backspace")},
		{key: keyMsg("backspace")},
		{key: keyMsg("ctrl+n"), see: []string{"+ add a note (ctrl+n)"}, dontSee: []string{"Note (ctrl+n): c"}},
	})
}

func TestFrameRedrawsOnTheKeyThatChangesIt(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	var yesNo string
	for _, q := range checklist.Catalogue() {
		if q.Kind == checklist.KindYesNo {
			yesNo = q.ID
			break
		}
	}
	// The status line: news goes with the next key.
	h.send(screen.StatusMsg{Text: "Exported the comparison."})
	h.mustSee("Exported the comparison.")
	h.walk([]step{
		{key: typed("a"), see: []string{"1 / 4,000 characters"}, dontSee: []string{"Exported the comparison."}},
		// The help: a text answer names its new-line key, the note does
		// not take one.
		{key: keyMsg("backspace"), see: []string{"alt+enter new line"}},
		{key: keyMsg("ctrl+n"), dontSee: []string{"alt+enter new line"}},
		{key: keyMsg("ctrl+n"), see: []string{"alt+enter new line"}},
	})
	h.goToQuestion(yesNo)
	h.mustSee("y/n/u yes/no/unsure")
	h.mustNotSee("alt+enter new line")
	// q is not typed text on a yes/no question: the help offers ? again.
	h.mustSee("? help")
	h.walk([]step{
		{key: keyMsg("shift+tab"), dontSee: []string{"y/n/u yes/no/unsure"}},
	})
}

func TestResizeRedrawsTheChrome(t *testing.T) {
	// A notebook file: the header names its path, which is cut to fit.
	h, _ := newFileHarness(t)
	h.keys("a")
	h.typeText("Dr Ada")
	h.keys("ctrl+s", "enter")
	h.mustSee("Interview · Dr Ada")
	for _, size := range []struct{ w, h int }{{100, 30}, {64, 30}, {120, 40}, {64, 16}, {100, 30}, {100, 16}} {
		h.send(tea.WindowSizeMsg{Width: size.w, Height: size.h})
		v := h.view()
		for i, line := range strings.Split(v, "\n") {
			if cell.Width(line) > size.w {
				t.Fatalf("at %dx%d line %d is %d wide:\n%s", size.w, size.h, i, cell.Width(line), v)
			}
		}
		if n := strings.Count(v, "\n") + 1; n != size.h {
			t.Fatalf("at %dx%d the frame is %d lines", size.w, size.h, n)
		}
		// Laid out for this size, the body fits: nothing at its foot is
		// cut off, the counter and the seed included.
		for _, want := range []string{"0 / 4,000 characters", "Source:"} {
			if !strings.Contains(v, want) {
				t.Fatalf("at %dx%d the screen lacks %q:\n%s", size.w, size.h, want, v)
			}
		}
		// The text box is as wide as the window allows, up to its cap.
		if got, want := h.m.interview().AnswerBox().Width()+2, clamp(h.m.common.Width-2, 2, interview.MaxAreaWidth); got != want {
			t.Fatalf("at %dx%d the text box is %d wide, want %d", size.w, size.h, got, want)
		}
	}
}

func itoa(n int) string { return checklist.Thousands(int64(n)) }

func TestStoredAnswerAndQuestionRedrawAtOnce(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	id := h.m.nb().Therapists[0].ID
	record := func(v string) screen.AnswerRecordedMsg {
		return screen.AnswerRecordedMsg{TherapistID: id, QuestionID: checklist.QTraining,
			Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: v}}
	}
	qs := checklist.Catalogue()
	cat, _ := checklist.CategoryByID(qs[1].Category)
	inCat := 0
	for _, q := range qs {
		if q.Category == qs[1].Category {
			inCat++
		}
	}
	if qs[0].Category != qs[1].Category {
		t.Fatal("the test expects the first two questions in one category")
	}
	first, second := cat.Title+" 1/"+itoa(inCat), cat.Title+" 2/"+itoa(inCat)
	h.walk([]step{
		// Only the question changes (no notice, no problem, nothing
		// stored on either).
		{key: keyMsg("tab"), see: []string{second}, dontSee: []string{first}},
		{key: keyMsg("shift+tab"), see: []string{first}, dontSee: []string{second}},
		// What is stored for the question changes, nothing else does.
		{key: record("first answer"), see: []string{"✓ answered: first answer"}},
		{key: record("second answer"), see: []string{"✓ answered: second answer"}, dontSee: []string{"first answer"}},
	})
	// The name as the root would change it under the interview.
	h.m.nb().Therapists[0].Name = "Dr Bea"
	h.mustSee("Interview · Dr Bea")
}

func TestPartnerLinesRedrawAtOnce(t *testing.T) {
	h := openInterview(t, couple("Robin", "Kai"))
	h.goToQuestion(checklist.QComfort)
	id := h.m.nb().Therapists[0].ID
	rate := func(v string, partner bool) screen.AnswerRecordedMsg {
		return screen.AnswerRecordedMsg{TherapistID: id, QuestionID: checklist.QComfort, Partner: partner,
			Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: v}}
	}
	h.mustSee("Robin: not answered yet · Kai: not answered yet")
	h.walk([]step{
		{key: keyMsg("ctrl+p"), see: []string{"Recording for:   Robin (you) › Kai (partner)"}},
		// Only the partner's stored answer changes.
		{key: rate("2", true), see: []string{"Robin: not answered yet · Kai: 2/5"}},
		{key: rate("3", true), see: []string{"Kai: 3/5"}, dontSee: []string{"Kai: 2/5"}},
		{key: keyMsg("ctrl+p"), see: []string{"Recording for: › Robin (you)   Kai (partner)"}},
	})
	// The names as the root would change them (the people form).
	h.m.nb().People.Partner = "Sam"
	h.mustSee("Recording for: › Robin (you)   Sam (partner)")
	h.m.nb().People.Me = "Alex"
	h.mustSee("Recording for: › Alex (you)   Sam (partner)")
}
