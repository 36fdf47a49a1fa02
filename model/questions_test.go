package model

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// selectRow moves the questions screen's cursor down (from the top) to the
// first row whose text contains s, failing when there is none.
func (h *harness) selectRow(s string) {
	h.t.Helper()
	for range 200 {
		h.keys("up")
	}
	for {
		at := h.m.questions().Cursor()
		if _, text, _ := h.m.questions().Row(at); strings.Contains(text, s) {
			return
		}
		h.keys("down")
		if h.m.questions().Cursor() == at {
			break // the end of the list
		}
	}
	h.t.Fatalf("no row %q on the questions screen:\n%s", s, h.view())
}

// ownAnswered returns a notebook of two therapists who both answered a
// question of the person's own.
func ownAnswered(t *testing.T) (*store.Notebook, checklist.Question) {
	t.Helper()
	nb := notebookWith("Dr A", "Dr B")
	q, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindYesNo, Better: "yes",
		Prompt: "Can we meet on weekends?", Short: "Weekends", Hint: "I work weekdays."})
	if err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
	nb.Therapists[1].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "no", Note: "Only Fridays"})
	return nb, q
}

func TestQuestionsScreenAddsAQuestionThroughTheForm(t *testing.T) {
	h, path := newFileHarness(t)
	h.keys("Q")
	h.mustSee("Your questions")
	h.mustSee("[built-in] Where is your office?")
	h.selectRow("LOGISTICS")
	h.keys("a")
	h.mustSee("A new question of yours")
	h.typeText("Have you worked with vaginismus?")
	h.keys("tab")
	h.typeText("Vaginismus")
	h.keys("tab", "tab", "right") // category stays, kind: yes/no
	h.mustSee("Better")
	h.keys("tab", "right") // yes is better
	h.keys("tab", "right", "right")
	h.mustSee("must-have")
	h.keys("tab")
	h.typeText("It is why I am looking.")
	h.keys("enter")
	h.mustSee("[yours] Have you worked with vaginismus?")
	h.mustSee("Added your question")

	in := h.m.nb().Catalogue().InCategory(checklist.Logistics)
	q := in[len(in)-1]
	if !checklist.IsOwn(q.ID) || q.Kind != checklist.KindYesNo || q.Better != "yes" || q.Short != "Vaginismus" || q.Hint != "It is why I am looking." {
		t.Fatalf("added %+v", q)
	}
	if h.m.nb().Importance[q.ID] != checklist.MustHave {
		t.Errorf("importance %q, want must", h.m.nb().Importance[q.ID])
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), q.ID) || !strings.Contains(string(data), `"version": 2`) {
		t.Errorf("the question was not saved (err %v)", err)
	}
}

func TestQuestionsScreenAsksBeforeAKindChangeAndArchives(t *testing.T) {
	nb, q := ownAnswered(t)
	h := newHarness(t, nb)
	h.keys("Q")
	h.selectRow("Can we meet on weekends?")
	h.mustSee("2 answers")
	h.keys("e")
	h.mustSee("Your own question")
	h.keys("tab", "tab", "tab", "left") // the kind moves from yes/no to text
	h.keys("ctrl+s")
	h.mustSee("2 therapists answered this question")
	// While it asks, the help is the question's: y or n, not the form's.
	if help := h.m.questions().ShortHelp(); len(help) == 0 || help[0].Help().Key != "y" {
		t.Errorf("the help while asking is %v", help)
	}
	h.keys("n")
	if h.m.questionForm() == nil {
		t.Fatal("n closed the form")
	}
	if _, ok := h.m.nb().Therapists[0].Answers[q.ID]; !ok {
		t.Fatal("n still set the answers aside")
	}
	h.keys("ctrl+s", "y")
	if h.m.questionForm() != nil {
		t.Fatal("the form stayed open after yes")
	}
	if got, _ := h.m.nb().Catalogue().ByID(q.ID); got.Kind == checklist.KindYesNo {
		t.Error("the kind did not change")
	}
	if h.m.nb().AnswerCount(q.ID) != 0 || len(h.m.nb().Questions.Archive) != 1 {
		t.Fatalf("answers not archived: %d left, archive %v", h.m.nb().AnswerCount(q.ID), h.m.nb().Questions.Archive)
	}
	h.selectRow("kind changed")
	h.mustSee("ARCHIVE (r restores)")
	h.keys("r")
	h.mustSee("Restore")
	h.keys("y")
	if got, _ := h.m.nb().Catalogue().ByID(q.ID); got.Kind != checklist.KindYesNo {
		t.Error("restore did not bring the yes/no question back")
	}
	if a := h.m.nb().Therapists[1].Answers[q.ID]; a.Value != "no" || a.Note != "Only Fridays" {
		t.Errorf("answer after restore: %+v", a)
	}
}

func TestQuestionsScreenDeletesWithCountAndRestores(t *testing.T) {
	nb, q := ownAnswered(t)
	h := newHarness(t, nb)
	h.keys("Q")
	h.selectRow("Where is your office?")
	h.keys("d")
	h.mustSee("Built-in questions are never deleted")
	h.selectRow("Can we meet on weekends?")
	h.keys("d")
	h.mustSee(`Delete "Weekends"? 2 therapists answered it`)
	h.keys("esc")
	if _, ok := h.m.nb().Catalogue().ByID(q.ID); !ok {
		t.Fatal("esc deleted it")
	}
	h.keys("d", "y")
	if _, ok := h.m.nb().Catalogue().ByID(q.ID); ok {
		t.Fatal("not deleted")
	}
	h.mustSee("Deleted “Weekends” to the archive, with 2 answers")
	h.selectRow("deleted")
	h.keys("r", "y")
	if h.m.nb().AnswerCount(q.ID) != 2 {
		t.Errorf("%d answers back, want 2", h.m.nb().AnswerCount(q.ID))
	}
	h.mustSee("Restored, with 2 answers")
	for i := 0; ; i++ {
		key, text, ok := h.m.questions().Row(i)
		if !ok {
			break
		}
		if strings.HasPrefix(key, "a:") {
			t.Errorf("the archive still lists %q", text)
		}
	}
}

func TestQuestionsScreenHidesAndReorders(t *testing.T) {
	nb, q := ownAnswered(t)
	h := newHarness(t, nb)
	h.keys("Q")
	h.selectRow("What are your office hours?")
	h.keys("h")
	h.mustSee("[hidden] What are your office hours?")
	if !h.m.nb().Catalogue().Hidden(checklist.QHours) {
		t.Fatal("not hidden")
	}
	h.keys("e")
	h.mustSee("Built-in questions keep their wording")
	h.selectRow("Can we meet on weekends?")
	h.keys("K")
	in := h.m.nb().Catalogue().InCategory(checklist.Logistics)
	if in[len(in)-2].ID != q.ID {
		t.Errorf("K did not move the question up: %v", in)
	}
	if key, _, _ := h.m.questions().Row(h.m.questions().Cursor()); key != "q:"+q.ID {
		t.Error("the cursor did not follow the moved question")
	}
	h.selectRow("SAFETY & FIT")
	h.keys("K", "K")
	cats := h.m.nb().Catalogue().Categories()
	if cats[2].ID != checklist.Safety {
		t.Errorf("categories after two moves up: %v", cats)
	}
	// The interview asks in the new order, without the hidden question.
	h.keys("esc", "enter")
	for _, o := range h.m.interview().Questions() {
		if o.ID == checklist.QHours {
			t.Error("the interview asks a hidden question")
		}
	}
}

func TestQuestionsFormEscAsksBeforeDroppingTypedText(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A"))
	h.keys("Q", "a")
	h.typeText("Half a question")
	h.keys("esc")
	h.mustSee("Discard your edits? y/n")
	h.keys("n")
	h.mustSee("Half a question")
	h.keys("esc", "y")
	h.mustNotSee("Half a question")
	if h.m.nb().Questions != nil && len(h.m.nb().Questions.Questions) != 0 {
		t.Error("a cancelled form added a question")
	}
	// A category of one's own, from the same screen.
	h.keys("A")
	h.typeText("Practicalities")
	h.keys("enter")
	h.mustSee("PRACTICALITIES (yours)")
	h.selectRow("PRACTICALITIES")
	h.keys("d")
	h.mustSee("Delete this empty category of yours?")
	h.keys("y")
	h.mustNotSee("PRACTICALITIES")
}

func TestQuestionsFromTheComparisonGoBackThere(t *testing.T) {
	nb, _ := ownAnswered(t)
	h := newHarness(t, nb)
	h.keys("c")
	h.mustSee("Weekends")
	h.keys("Q")
	h.mustSee("Your questions")
	h.selectRow("Can we meet on weekends?")
	h.keys("d", "y", "esc")
	if h.m.kind() != screenCompare {
		t.Fatalf("esc went to screen %v, want the comparison", h.m.kind())
	}
	h.mustNotSee("Weekends")
}

func TestInterviewMarksTheHintOfAnOwnQuestion(t *testing.T) {
	nb, q := ownAnswered(t)
	h := newHarness(t, nb)
	h.keys("enter")
	for i, o := range h.m.interview().Questions() {
		if o.ID == q.ID {
			for range i {
				h.keys("tab")
			}
			break
		}
	}
	h.mustSee("Can we meet on weekends?")
	h.mustSee("Your note on why you ask: I work weekdays.")
	h.mustSee("Source: your own question")
}

func TestQuestionsFromTheInterviewComeBackToTheSameQuestion(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A"))
	h.keys("enter", "tab", "tab", "tab") // the fourth question, of text
	was := h.m.interview().Current().ID
	h.typeText("ab")
	h.keys("ctrl+o")
	if h.m.kind() != screenInterview {
		t.Fatal("ctrl+o left an answer typed but not saved")
	}
	h.mustSee("Save the answer with enter")
	h.keys("backspace", "backspace", "ctrl+o")
	if h.m.kind() != screenQuestions {
		t.Fatalf("ctrl+o opened screen %v", h.m.kind())
	}
	// Nothing added: back at the same question.
	h.keys("esc")
	if h.m.kind() != screenInterview || h.m.interview().Current().ID != was {
		t.Fatalf("back on screen %v at %s, want the interview at %s", h.m.kind(), h.m.interview().Current().ID, was)
	}
	// A question added, to another category: the interview goes to it at
	// once, and says where it is.
	h.keys("ctrl+o")
	h.selectRow("LOGISTICS")
	h.keys("a")
	h.typeText("Is there parking?")
	h.keys("ctrl+s", "esc")
	if h.m.kind() != screenInterview {
		t.Fatalf("back on screen %v", h.m.kind())
	}
	if got := h.m.interview().Current(); got.Prompt != "Is there parking?" {
		t.Fatalf("back at %s (%q), want the question just added", got.ID, got.Prompt)
	}
	h.mustSee("Your new question (in ")
	h.mustSee("Is there parking?")
	// Going back to the questions screen and out again without adding
	// leaves the interview where it is.
	at := h.m.interview().Current().ID
	h.keys("ctrl+o", "esc")
	if h.m.interview().Current().ID != at {
		t.Error("a visit that added nothing moved the interview")
	}
}

// TestQuestionsScreenTypeAheadNeverAnswersItsQuestion: a fast "dy" (one
// key message) asks before deleting a question with answers and deletes
// nothing; the y typed after the question is drawn does.
func TestQuestionsScreenTypeAheadNeverAnswersItsQuestion(t *testing.T) {
	nb, q := ownAnswered(t)
	h := newHarness(t, nb)
	h.keys("Q")
	h.selectRow("Can we meet on weekends?")
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("dy")})
	if _, ok := h.m.nb().Catalogue().ByID(q.ID); !ok {
		t.Fatal("type-ahead deleted the question")
	}
	h.mustSee(`Delete "Weekends"?`)
	h.keys("y")
	if _, ok := h.m.nb().Catalogue().ByID(q.ID); ok {
		t.Fatal("y after the question did not delete")
	}
}

// TestEditingKeepsLongTextWhole: a prompt longer than the form's limit
// (from a hand-edited file) survives opening the form and saving it.
func TestEditingKeepsLongTextWhole(t *testing.T) {
	nb, q := ownAnswered(t)
	long := strings.Repeat("Do you see couples on weekends? ", 20)
	q.Prompt = strings.TrimSpace(long)
	if _, err := nb.EditQuestion(q, time.Now()); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, nb)
	h.keys("Q")
	h.selectRow("Do you see couples")
	h.keys("e", "ctrl+s")
	got, _ := h.m.nb().Catalogue().ByID(q.ID)
	if got.Prompt != q.Prompt {
		t.Errorf("the prompt came back %d characters long, want %d", len(got.Prompt), len(q.Prompt))
	}
}

// TestQuestionsHelpFitsAt80: the short help keeps esc and ? at 80 columns.
func TestQuestionsHelpFitsAt80(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A"))
	h.send(sizeMsg(80, 24))
	h.keys("Q")
	lines := strings.Split(h.view(), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "esc back") || !strings.Contains(last, "? help") {
		t.Errorf("the help line is %q", last)
	}
}

// TestQuestionsListSaysItGoesOn: a list longer than the screen says how
// many rows it hides below, and above once the cursor has moved down.
func TestQuestionsListSaysItGoesOn(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A"))
	h.send(sizeMsg(80, 24))
	h.keys("Q")
	h.mustSee("more")
	if !strings.Contains(h.view(), "↓") {
		t.Fatalf("no ↓ marker at the top of a long list:\n%s", h.view())
	}
	for range 40 {
		h.keys("down")
	}
	if !strings.Contains(h.view(), "↑") {
		t.Fatalf("no ↑ marker after moving down:\n%s", h.view())
	}
}
