package model

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// openInterview starts the harness on the first therapist's interview.
func openInterview(t *testing.T, nb *store.Notebook) *harness {
	t.Helper()
	h := newHarness(t, nb)
	h.keys("enter")
	if h.m.kind() != screenInterview {
		t.Fatalf("enter opened screen %v, want interview", h.m.kind())
	}
	return h
}

// goToQuestion moves the interview to question id with tab and shift+tab.
func (h *harness) goToQuestion(id string) {
	h.t.Helper()
	for range 2 * len(checklist.Catalogue()) {
		cur := h.m.interview().Current().ID
		if cur == id {
			return
		}
		if indexOf(id) > h.m.interview().Index() {
			h.keys("tab")
		} else {
			h.keys("shift+tab")
		}
	}
	h.t.Fatalf("could not reach question %s", id)
}

func indexOf(id string) int {
	for i, q := range checklist.Catalogue() {
		if q.ID == id {
			return i
		}
	}
	return -1
}

func (h *harness) answer(id string) checklist.Answer {
	return h.m.nb().Therapists[0].Answers[id]
}

func TestInterviewAnswersEveryKind(t *testing.T) {
	tests := []struct {
		kind  checklist.Kind
		id    string
		input func(h *harness)
		want  string
	}{
		{checklist.KindText, checklist.QTraining, func(h *harness) { h.typeText("PhD, 90 hours of coursework") }, "PhD, 90 hours of coursework"},
		{checklist.KindYesNo, checklist.QLicense, func(h *harness) { h.keys("n", "y") }, "yes"},
		{checklist.KindChoice, checklist.QAASECT, func(h *harness) { h.keys("2") }, checklist.AASECTMember},
		{checklist.KindChoice, checklist.QFrequency, func(h *harness) { h.keys("down", "down") }, checklist.FreqBiweekly},
		{checklist.KindCount, checklist.QYears, func(h *harness) { h.typeText("12") }, "12"},
		{checklist.KindDate, checklist.QFirstOpening, func(h *harness) { h.typeText("12/3/2026") }, "2026-12-03"},
		{checklist.KindMinutes, checklist.QSessionLength, func(h *harness) { h.typeText("50 min") }, "50"},
		{checklist.KindMulti, checklist.QApproaches, func(h *harness) { h.keys("space", "3", "down", "down", "down", "space", "space") }, "cbt,communication"},
		{checklist.KindMoney, checklist.QFee, func(h *harness) { h.typeText("$1,200.5") }, "1200.50"},
		{checklist.KindRating, checklist.QComfort, func(h *harness) { h.keys("2", "4") }, "4"},
	}
	h := openInterview(t, notebookWith("Dr Ada"))
	seen := map[checklist.Kind]bool{}
	for _, tc := range tests {
		h.goToQuestion(tc.id)
		tc.input(h)
		h.keys("enter")
		a := h.answer(tc.id)
		if a.Status != checklist.StatusAnswered || a.Value != tc.want {
			t.Errorf("%s (%s): stored %+v, want value %q", tc.id, tc.kind, a, tc.want)
		}
		if a.At.IsZero() {
			t.Errorf("%s: answer has no time", tc.id)
		}
		seen[tc.kind] = true
	}
	for _, k := range []checklist.Kind{checklist.KindYesNo, checklist.KindChoice, checklist.KindMulti, checklist.KindMoney,
		checklist.KindMinutes, checklist.KindCount, checklist.KindText, checklist.KindRating, checklist.KindDate} {
		if !seen[k] {
			t.Errorf("kind %s not exercised", k)
		}
	}
}

func TestCommitMovesOnAndRevisitShowsAnswer(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QFee)
	h.typeText("185")
	h.keys("enter")
	if h.m.interview().Current().ID != checklist.QInsurance {
		t.Fatalf("after enter, question %s, want the next one", h.m.interview().Current().ID)
	}
	h.mustSee("Recorded Fee per session: $185")
	h.keys("shift+tab")
	h.mustSee("✓ answered: $185")
	if iv := h.m.interview(); iv.Raw(iv.Index()) != "185" || iv.Dirty() {
		t.Fatalf("revisited input holds %q (dirty %v), want what was saved", iv.Raw(iv.Index()), iv.Dirty())
	}
}

func TestInvalidMoneyShowsMessageAndSavesNothing(t *testing.T) {
	h, _ := newFileHarness(t)
	h.keys("a")
	h.typeText("Dr Ada")
	h.keys("ctrl+s", "enter")
	savesBefore := h.saves
	h.goToQuestion(checklist.QFee)
	h.typeText("about 200 bucks")
	h.keys("enter")
	h.mustSee("✗ Enter an amount like $185 or 1,200.50.")
	if _, ok := h.m.nb().Therapists[0].Answers[checklist.QFee]; ok {
		t.Fatal("an invalid money answer was recorded")
	}
	if h.saves != savesBefore {
		t.Fatalf("%d saves after an invalid answer", h.saves-savesBefore)
	}
	if h.m.interview().Current().ID != checklist.QFee {
		t.Fatal("the interview moved on after an invalid answer")
	}
	// The person can still skip, and the skip is saved.
	h.keys("ctrl+k")
	if a := h.answer(checklist.QFee); a.Status != checklist.StatusSkipped {
		t.Fatalf("after skip: %+v", a)
	}
	if h.saves != savesBefore+1 {
		t.Fatalf("skip saved %d times, want once", h.saves-savesBefore)
	}
}

func TestSkipIsNotUnanswered(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.keys("ctrl+k") // skip the first question
	h.keys("tab")    // pass the second without answering
	a, ok := h.m.nb().Therapists[0].Answers[checklist.QTraining]
	if !ok || a.Status != checklist.StatusSkipped || a.Value != "" {
		t.Fatalf("skipped question stored %+v (present %v)", a, ok)
	}
	if _, ok := h.m.nb().Therapists[0].Answers[checklist.QLicense]; ok {
		t.Fatal("a question passed with tab was recorded")
	}
	h.mustSee("0/25 answered · 1 skipped")
	h.keys("shift+tab", "shift+tab")
	h.mustSee("↷ skipped")
	h.keys("tab")
	h.mustSee("· not answered yet")
}

func TestInterviewResumesAtFirstUnanswered(t *testing.T) {
	nb := notebookWith("Dr Ada")
	qs := checklist.Catalogue()
	nb.Therapists[0].Answers[qs[0].ID] = checklist.Answer{Status: checklist.StatusAnswered, Value: "PhD"}
	nb.Therapists[0].Answers[qs[1].ID] = checklist.Answer{Status: checklist.StatusSkipped}
	nb.Therapists[0].Answers[qs[2].ID] = checklist.Answer{Status: checklist.StatusAnswered, Value: checklist.AASECTNo}
	nb.Therapists[0].Answers[qs[5].ID] = checklist.Answer{Status: checklist.StatusAnswered, Value: "Town"}
	h := openInterview(t, nb)
	if got := h.m.interview().Current().ID; got != qs[3].ID {
		t.Fatalf("resumed at %s, want %s", got, qs[3].ID)
	}
	h.mustSee(qs[3].Prompt)
	h.mustSee("Education & experience 4/5 · 3/25 answered · 1 skipped")
}

func TestEscBackAndAskWhenEdited(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.keys("esc")
	if h.m.kind() != screenRoster {
		t.Fatal("esc did not return to the roster")
	}
	h.keys("enter")
	h.typeText("half typed")
	h.keys("esc")
	h.mustSee("Leave without saving")
	h.keys("n")
	if h.m.kind() != screenInterview {
		t.Fatal("n left the interview")
	}
	h.keys("esc", "y")
	if h.m.kind() != screenRoster {
		t.Fatal("y did not leave")
	}
	if _, ok := h.m.nb().Therapists[0].Answers[checklist.QTraining]; ok {
		t.Fatal("leaving saved the draft")
	}
}

func TestHintAndSourceAlwaysVisible(t *testing.T) {
	for _, size := range [][2]int{{60, 16}, {80, 24}, {120, 40}} {
		h := openInterview(t, notebookWith("Dr Ada"))
		h.send(sizeMsg(size[0], size[1]))
		for _, q := range checklist.Catalogue() {
			h.goToQuestion(q.ID)
			// The hint may wrap: compare with the box's rule and spaces folded.
			squash := func(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), "") }
			v := squash(h.view())
			for _, want := range []string{"Source: " + checklist.SourceText(q), "Why ask: " + q.Hint, q.Prompt} {
				if !strings.Contains(v, squash(want)) {
					t.Errorf("%dx%d %s: screen lacks %q:\n%s", size[0], size[1], q.ID, want, h.view())
				}
			}
		}
	}
}

func TestCategoryJump(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.keys("ctrl+right", "ctrl+right")
	if c := h.m.interview().Current().Category; c != checklist.Treatment {
		t.Fatalf("ctrl+right twice went to %s", c)
	}
	h.keys("ctrl+left")
	if c := h.m.interview().Current().Category; c != checklist.Logistics {
		t.Fatalf("ctrl+left went to %s", c)
	}
	h.goToQuestion(checklist.QFormat) // a choice: [ and ] are free
	h.keys("]")
	if c := h.m.interview().Current().Category; c != checklist.Treatment {
		t.Fatalf("] went to %s", c)
	}
	h.goToQuestion(checklist.QLicense)
	h.keys("[")
	if c := h.m.interview().Current().ID; c != checklist.QTraining {
		t.Fatalf("[ from the first category went to %s, want its first question", c)
	}
	// In a text answer, ] is text.
	h.keys("]")
	if h.m.interview().Current().ID != checklist.QTraining || h.m.interview().Raw(0) != "]" {
		t.Fatal("] in a text answer jumped instead of typing")
	}
}

func TestNoteIsSavedWithAnswer(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QLicense)
	h.mustSee("Which license, and which state?")
	h.keys("y", "ctrl+n")
	h.typeText("LMFT, California")
	h.keys("enter")
	a := h.answer(checklist.QLicense)
	if a.Value != "yes" || a.Note != "LMFT, California" {
		t.Fatalf("stored %+v", a)
	}
}

func TestTextLimitRefusesOverflowingPaste(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	start := strings.Repeat("a", checklist.MaxTextRunes-5)
	h.paste(start)
	if got := h.m.interview().Raw(0); got != start {
		t.Fatalf("a paste within the limit was changed: %d runes", len([]rune(got)))
	}
	h.mustSee("3,995 / 4,000 characters")
	h.paste("0123456789")
	if got := h.m.interview().Raw(0); got != start {
		t.Fatalf("an overflowing paste changed the field: %d runes", len([]rune(got)))
	}
	h.mustSee("That paste would go over the 4,000-character limit, so it was not added.")
	h.typeText("bcdef")
	h.mustSee("4,000 / 4,000 characters")
	h.typeText("g")
	h.mustSee("The field is full (4,000 characters).")
	// Fast typing arrives as several letters in one key: still typing.
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("xyz")})
	h.mustSee("The field is full (4,000 characters).")
	h.mustNotSee("paste")
	if got := h.m.interview().Raw(0); got != start+"bcdef" {
		t.Fatal("a rune typed at the limit was inserted or the field changed")
	}
	h.keys("enter")
	if a := h.answer(checklist.QTraining); len([]rune(a.Value)) != checklist.MaxTextRunes {
		t.Fatalf("stored %d runes, want %d", len([]rune(a.Value)), checklist.MaxTextRunes)
	}
}

func TestCtrlCWaitsForPendingSave(t *testing.T) {
	h, _ := newFileHarness(t)
	h.keys("a")
	h.typeText("Dr Ada")
	h.keys("ctrl+s")
	// Drive Update by hand: record an answer but hold its save back.
	m := h.m
	next, saveCmd := m.Update(screen.AnswerRecordedMsg{TherapistID: m.nb().Therapists[0].ID, QuestionID: checklist.QFee,
		Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: "185.00"}})
	m = next.(Model)
	if saveCmd == nil {
		t.Fatal("an answer returned no save command")
	}
	next, _ = m.Update(tea.KeyMsg{Type: tea.KeyCtrlC})
	m = next.(Model)
	next, cmd := m.Update(quitCheckMsg{})
	m = next.(Model)
	if cmd != nil {
		t.Fatal("quit while a save was pending")
	}
	if !strings.Contains(ansiStrip(m.View()), "Saving, then quitting") {
		t.Fatal("no word that vetted is saving before it quits")
	}
	saved := saveCmd()
	next, cmd = m.Update(saved)
	if cmd == nil {
		t.Fatal("did not quit once the save finished")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("the command after the last save is not quit")
	}
	_ = next
}

func TestSaveErrorIsShownAndBlocksSilentQuit(t *testing.T) {
	h, _ := newFileHarness(t)
	h.m.saves, _, _ = h.m.saves.Begin(true) // a save is running
	h.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	if h.quit {
		t.Fatal("quit with a save pending")
	}
	h.send(ledger.Saved{Rev: 1, Err: errors.New("vetted: cannot save /x/notebook.json: no space left on device")})
	if h.quit {
		t.Fatal("quit although the last save failed")
	}
	h.mustSee("✗ vetted: cannot save")
	h.mustSee("ctrl+c again")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	if !h.quit {
		t.Fatal("a second ctrl+c did not quit")
	}
}

func TestCategoryKeysHelpIsTrueWhileTyping(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.goToQuestion(checklist.QLicense) // yes/no: ] and [ jump
	h.keys("?")
	h.mustSee("ctrl+→/] next topic")
	h.mustSee("ctrl+←/[ previous topic")
	h.goToQuestion(checklist.QFee) // typed: ] and [ are characters
	h.mustSee("ctrl+→ next topic")
	h.mustNotSee("ctrl+→/]")
	h.mustNotSee("ctrl+←/[")
	h.typeText("]")
	if got := h.m.interview().Editing(); got != "]" {
		t.Fatalf("] in a typed answer = %q, want it typed", got)
	}
	h.goToQuestion(checklist.QUpfront) // yes/no again
	h.keys("ctrl+n")                   // a note takes text too
	h.mustNotSee("ctrl+→/]")
}

func TestSkipAsksBeforeReplacingAnAnswer(t *testing.T) {
	nb := notebookWith("Dr Ada")
	fee := checklist.Answer{Status: checklist.StatusAnswered, Value: "185.00"}
	nb.Therapists[0].Answers[checklist.QFee] = fee
	h := openInterview(t, nb)
	h.goToQuestion(checklist.QFee)
	h.keys("ctrl+k")
	h.mustSee("Replace the saved answer with 'skipped'? y/n")
	if got := h.answer(checklist.QFee); got.Value != fee.Value || got.Status != fee.Status {
		t.Fatalf("asking changed the answer: %+v", got)
	}
	h.keys("n")
	h.mustNotSee("Replace the saved answer")
	if got := h.answer(checklist.QFee); got.Value != fee.Value || h.m.interview().Current().ID != checklist.QFee {
		t.Fatalf("n replaced the answer (%+v) or moved on", got)
	}
	// While asking, y is the answer to the question, not typed text.
	h.keys("ctrl+k", "y")
	if got := h.answer(checklist.QFee); got.Status != checklist.StatusSkipped || got.Value != "" {
		t.Fatalf("after y the answer is %+v, want skipped", got)
	}
	if got := h.m.interview().Raw(indexOf(checklist.QFee)); strings.Contains(got, "y") {
		t.Fatalf("y was typed into the answer: %q", got)
	}
	// A skipped question is skipped again without asking.
	h.goToQuestion(checklist.QFee)
	h.keys("ctrl+k")
	h.mustNotSee("Replace the saved answer")
}

func TestSkipAsksForThePartnersAnswerToo(t *testing.T) {
	nb := couple("Robin", "Kai")
	nb.Therapists[0].PartnerAnswers = map[string]checklist.Answer{
		checklist.QComfort: {Status: checklist.StatusAnswered, Value: "4"},
	}
	h := openInterview(t, nb)
	h.goToQuestion(checklist.QComfort)
	h.keys("ctrl+k") // Robin's own answer is empty: no question
	h.mustNotSee("Replace the saved answer")
	h.goToQuestion(checklist.QComfort)
	h.keys("ctrl+p", "ctrl+k")
	h.mustSee("Replace the saved answer with 'skipped'? y/n")
	h.keys("esc")
	if pa, _ := h.partnerAnswer(checklist.QComfort); pa.Value != "4" {
		t.Fatalf("esc replaced Kai's answer: %+v", pa)
	}
}

func TestMultiLineNoteSurvivesRecommit(t *testing.T) {
	note := "Sliding scale on request.\nAsk again in March."
	long := strings.Repeat("n", checklist.MaxTextRunes+10)
	nb := couple("Robin", "Kai")
	nb.Therapists[0].Answers[checklist.QFee] = checklist.Answer{Status: checklist.StatusAnswered, Value: "185.00", Note: note}
	nb.Therapists[0].Answers[checklist.QLicense] = checklist.Answer{Status: checklist.StatusAnswered, Value: "yes", Note: long}
	nb.Therapists[0].PartnerAnswers = map[string]checklist.Answer{
		checklist.QComfort: {Status: checklist.StatusAnswered, Value: "4", Note: note},
	}
	h := openInterview(t, nb)
	h.goToQuestion(checklist.QFee)
	h.mustSee("Sliding scale on request. Ask again in March.") // drawn on one line
	h.keys("enter")
	if got := h.answer(checklist.QFee).Note; got != note {
		t.Fatalf("re-committing stored the note as %q, want %q", got, note)
	}
	h.goToQuestion(checklist.QLicense)
	h.keys("enter")
	if got := h.answer(checklist.QLicense).Note; got != long {
		t.Fatalf("a note longer than the input's limit was cut to %d runes", len([]rune(got)))
	}
	h.goToQuestion(checklist.QComfort)
	h.keys("ctrl+p", "enter")
	if pa, _ := h.partnerAnswer(checklist.QComfort); pa.Note != note {
		t.Fatalf("the partner's note was stored as %q", pa.Note)
	}
	// An edited note is stored as typed.
	h.goToQuestion(checklist.QFee)
	h.keys("ctrl+n", "backspace")
	h.keys("enter")
	if got := h.answer(checklist.QFee).Note; got != "Sliding scale on request. Ask again in March" {
		t.Fatalf("edited note stored as %q", got)
	}
	if h.m.interview().Dirty() {
		t.Fatal("the interview reports unsaved edits after committing")
	}
}

func TestTextLimitCountsCharactersNotColumns(t *testing.T) {
	// 3,000 CJK characters fill 6,000 columns: the textarea's own limit
	// would count them as over 4,000 and cut or refuse; Parse counts 3,000.
	nb := notebookWith("Dr Ada")
	wide := strings.Repeat("話", 3000)
	nb.Therapists[0].Answers[checklist.QTraining] = checklist.Answer{Status: checklist.StatusAnswered, Value: wide}
	h := openInterview(t, nb)
	for h.m.interview().Current().ID != checklist.QTraining {
		h.keys("shift+tab")
	}
	if got := h.m.interview().Raw(0); got != wide {
		t.Fatalf("a 3,000-character answer was loaded as %d characters", len([]rune(got)))
	}
	h.mustSee("3,000 / 4,000 characters")
	h.paste(strings.Repeat("語", 500))
	if got := len([]rune(h.m.interview().Raw(0))); got != 3500 {
		t.Fatalf("after pasting 500 more: %d characters, want 3,500", got)
	}
}

func TestTextLinesOverTheCapAreRefusedWithAMessage(t *testing.T) {
	h := openInterview(t, notebookWith("Dr Ada"))
	h.paste(strings.Repeat("line\n", field.MaxAreaLines+5))
	if got := h.m.interview().Raw(0); got != "" {
		t.Fatalf("a paste of too many lines changed the field to %d characters", len([]rune(got)))
	}
	h.mustSee("holds up to 200 lines")
}
