package plain

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// recorder stands in for the notebook file: it keeps a copy of every
// notebook saved, so a test sees what was on disk after each change.
type recorder struct {
	saves []*store.Notebook
	fail  error
}

func (r *recorder) save(nb *store.Notebook) error {
	if r.fail != nil {
		return r.fail
	}
	r.saves = append(r.saves, nb.Clone())
	return nil
}

// last is the notebook of the last save, or nil.
func (r *recorder) last() *store.Notebook {
	if len(r.saves) == 0 {
		return nil
	}
	return r.saves[len(r.saves)-1]
}

var fixed = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// script runs a script of lines against nb and returns what was said.
func script(t *testing.T, nb *store.Notebook, rec *recorder, lines ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	in := strings.NewReader(strings.Join(lines, "\n") + "\n")
	err := Run(Options{In: in, Out: &out, Notebook: nb, Save: rec.save, Where: "/tmp/notebook.json",
		Now: func() time.Time { return fixed }})
	return out.String(), err
}

// indexOf returns the catalogue position (from 1) of question id.
func indexOf(t *testing.T, id string) int {
	t.Helper()
	for i, q := range checklist.Catalogue() {
		if q.ID == id {
			return i + 1
		}
	}
	t.Fatalf("no question %s", id)
	return 0
}

func answer(nb *store.Notebook, id string) checklist.Answer {
	return nb.Therapists[0].Answers[id]
}

// TestScriptRecordsAnInterview adds a therapist and answers questions of
// several kinds by script; each answer is saved in canonical form as it
// is given, and an invalid one is explained and not saved.
func TestScriptRecordsAnInterview(t *testing.T) {
	rec := &recorder{}
	out, err := script(t, store.New(), rec,
		"add Dr Jane Doe",
		"1",
		"Masters in counselling, CST", // edu.training, text
		"y",                           // edu.license
		"1",                           // edu.aasect: certified, by number
		"next",                        // edu.experience: left
		"seventy-five",                // edu.years: refused
		"12",                          // edu.years
		fmt.Sprintf("go %d", indexOf(t, checklist.QFee)),
		"a lot", // refused
		"$185",  // fees.session
		"q",
	)
	if err != nil {
		t.Fatal(err)
	}
	nb := rec.last()
	if nb == nil || len(nb.Therapists) != 1 || nb.Therapists[0].Name != "Dr Jane Doe" {
		t.Fatalf("the therapist was not saved: %+v", nb)
	}
	want := map[string]string{
		checklist.QTraining: "Masters in counselling, CST",
		checklist.QLicense:  "yes",
		checklist.QAASECT:   checklist.AASECTCertified,
		checklist.QYears:    "12",
		checklist.QFee:      "185.00",
	}
	for id, v := range want {
		if a := answer(nb, id); a.Status != checklist.StatusAnswered || a.Value != v || !a.At.Equal(fixed) {
			t.Errorf("%s = %+v, want %q answered at %v", id, a, v, fixed)
		}
	}
	if _, ok := nb.Therapists[0].Answers[checklist.QExperience]; ok {
		t.Error("next saved an answer")
	}
	if got := len(nb.Therapists[0].Answers); got != len(want) {
		t.Errorf("%d answers saved, want %d (a refused answer was saved?)", got, len(want))
	}
	// One save for the therapist, one per answer: each answer is on disk
	// as soon as it is given.
	if len(rec.saves) != 1+len(want) {
		t.Errorf("%d saves, want %d", len(rec.saves), 1+len(want))
	}
	for _, msg := range []string{"Not saved: Enter a whole number from 0 to 70 years.", "Not saved: Enter an amount like $185 or 1,200.50.", "Saved Fee per session: $185"} {
		if !strings.Contains(out, msg) {
			t.Errorf("output lacks %q", msg)
		}
	}
}

// TestQuestionShowsHintSourceAndForms: each question comes with why it
// matters, the seed it rests on and the answers it takes.
func TestQuestionShowsHintSourceAndForms(t *testing.T) {
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Ann", Status: store.ToContact})
	out, _ := script(t, nb, &recorder{}, "1", fmt.Sprintf("go %d", indexOf(t, checklist.QAASECT)))
	q, _ := checklist.ByID(checklist.QAASECT)
	for _, want := range []string{q.Prompt, "Why ask: " + q.Hint, "Source: " + checklist.SourceLabel(q.Source),
		"one option, by number or name", "1. " + q.Choices[0].Label} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestQuitAndEndOfInputKeepAnswers: q at any prompt, or the input simply
// ending, stops the session with what was answered on disk.
func TestQuitAndEndOfInputKeepAnswers(t *testing.T) {
	for name, tail := range map[string][]string{"q": {"q", "no"}, "quit mid-add": {"done", "add", "quit"}, "end of input": nil} {
		t.Run(name, func(t *testing.T) {
			rec := &recorder{}
			nb := store.New()
			nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Ann", Status: store.ToContact})
			lines := append([]string{"1", "Trained in Ohio", "yes"}, tail...)
			out, err := script(t, nb, rec, lines...)
			if err != nil {
				t.Fatal(err)
			}
			last := rec.last()
			if last == nil || answer(last, checklist.QLicense).Value != "yes" || answer(last, checklist.QTraining).Value != "Trained in Ohio" {
				t.Fatalf("answers before the end are not saved: %+v", last)
			}
			if len(last.Therapists) != 1 {
				t.Errorf("%d therapists; the unfinished add added one?", len(last.Therapists))
			}
			if _, ok := last.Therapists[0].Answers[checklist.QAASECT]; ok {
				t.Error("a line after q was used")
			}
			if !strings.HasSuffix(out, "Goodbye. Everything you answered is saved.\n") {
				t.Errorf("the session did not end cleanly:\n%s", out[max(0, len(out)-200):])
			}
		})
	}
}

// TestSkipNoteClearBack drives the interview's commands.
func TestSkipNoteClearBack(t *testing.T) {
	rec := &recorder{}
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Ann", Status: store.ToContact})
	out, _ := script(t, nb, rec,
		"1",
		"note depends on the plan", // a note alone on edu.training
		"skip",                     // edu.training skipped, note kept... and on to edu.license
		"yes",                      // edu.license
		"back",                     // back to edu.license
		"skip", "n",                // would replace an answer: kept
		"note Licensed in NY", // a note beside the answer
		"clear", "y",          // all gone
		"answer next", // "next" is not yes/no: refused, not taken as a command
		"done", "q")
	last := rec.last()
	tr := answer(last, checklist.QTraining)
	if tr.Status != checklist.StatusSkipped || tr.Note != "depends on the plan" {
		t.Errorf("training = %+v, want skipped with its note", tr)
	}
	if _, ok := last.Therapists[0].Answers[checklist.QLicense]; ok {
		t.Errorf("license after clear = %+v, want nothing", answer(last, checklist.QLicense))
	}
	for _, want := range []string{"Saved a note on Training; it stays not answered.", "Kept the saved answer.",
		"Saved the note on State license.", "Cleared State license: not asked yet.", "Not saved: Answer yes, no or unsure."} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// The answer and its note were saved before the clear removed them.
	var sawNote bool
	for _, nb := range rec.saves {
		if a := answer(nb, checklist.QLicense); a.Value == "yes" && a.Note == "Licensed in NY" {
			sawNote = true
		}
	}
	if !sawNote {
		t.Error("the note beside the answer was never saved")
	}
}

// TestRedFlagIsSaidWithItsSource: an answer that raises a red flag says
// so, with the seed's words and their source, and is saved.
func TestRedFlagIsSaidWithItsSource(t *testing.T) {
	rec := &recorder{}
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Ann", Status: store.ToContact})
	out, _ := script(t, nb, rec, "Ann", fmt.Sprintf("go %d", indexOf(t, checklist.QContact)), "yes", "done", "list", "q")
	if answer(rec.last(), checklist.QContact).Value != "yes" {
		t.Fatal("the answer was not saved")
	}
	for _, want := range []string{"Red flag:", "Saved Suggested contact: yes.", "(Source: ", "1 red flag (ruled out)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestPrepTicks ticks and unticks items of the preparation list.
func TestPrepTicks(t *testing.T) {
	rec := &recorder{}
	out, _ := script(t, store.New(), rec, "prep", "1", "3", "3", "9", "why 2", "done", "q")
	items := checklist.Prep()
	last := rec.last()
	if !last.Prep[items[0].ID] || last.Prep[items[2].ID] {
		t.Errorf("prep = %v, want only item 1 ticked", last.Prep)
	}
	if len(rec.saves) != 3 {
		t.Errorf("%d saves, want one per tick (3)", len(rec.saves))
	}
	for _, want := range []string{"Ticked item 1:", "Unticked item 3:", "Type a number from 1 to 7", items[1].Hint} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestAddAndPickCheckTheirInput: a blank name is refused with the form's
// message; a part of a name picks one therapist, or lists the candidates.
func TestAddAndPickCheckTheirInput(t *testing.T) {
	rec := &recorder{}
	out, _ := script(t, store.New(), rec, "add", "   ", strings.Repeat("x", store.NameLimit+1), "Dr Lee Park", "add Dr Lee Chan",
		"lee", "chan", "done", "7", "q")
	if !strings.Contains(out, store.ErrNameMissing) || !strings.Contains(out, "A name holds up to 120 characters") {
		t.Errorf("a bad name was not explained:\n%s", out)
	}
	if n := len(rec.last().Therapists); n != 2 {
		t.Errorf("%d therapists, want 2", n)
	}
	for _, want := range []string{"Several names hold that: 1. Dr Lee Park; 2. Dr Lee Chan.", "Interview with Dr Lee Chan", "Type a number from 1 to 2."} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestNoEscapeBytesInOutput: names, answers and notes holding escape
// sequences (set the title, write the clipboard, colour) and other
// control characters are said without them; nothing but printable text
// and line breaks is written.
func TestNoEscapeBytesInOutput(t *testing.T) {
	evil := "Dr \x1b]0;pwned\x07Evil\x1b[31m\u009b2J\r\b"
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: evil, Status: store.ToContact,
		Answers: map[string]checklist.Answer{
			checklist.QTraining: {Status: checklist.StatusAnswered, Value: "PhD\x1b]52;c;cHduZWQ=\x07", Note: "note\x1b[2J"},
		}})
	out, _ := script(t, nb, &recorder{}, "1", "back", "answer \x1b[1mbold\x1b[0m text", "note \x07bell", "help", "done", "evil", "done", "prep", "help", "q")
	if !strings.Contains(out, "Dr Evil") {
		t.Fatalf("the name is not said:\n%s", out)
	}
	for i, r := range out {
		if r == '\n' {
			continue
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == utf8.RuneError {
			t.Fatalf("output holds control %U at byte %d: %q", r, i, out[max(0, i-20):min(len(out), i+20)])
		}
	}
}

// TestSaveFailureIsSaidAndReported: a save that fails is said at once and
// Run reports it at the end; the answer is kept in memory and the next
// change saves it.
func TestSaveFailureIsSaidAndReported(t *testing.T) {
	rec := &recorder{fail: errors.New("vetted: cannot save /x: disk full")}
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Ann", Status: store.ToContact})
	out, err := script(t, nb, rec, "1", "Trained", "q")
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Run returned %v, want the save error", err)
	}
	if !strings.Contains(out, "Not saved: cannot save /x: disk full.") {
		t.Errorf("the failure was not said:\n%s", out)
	}
	if strings.Contains(out, "Everything you answered is saved") {
		t.Error("it claimed everything was saved")
	}
}

// TestDemoSavesNothing: without a Save function (the demo) the session
// says nothing is saved, and still records in memory.
func TestDemoSavesNothing(t *testing.T) {
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Ann", Status: store.ToContact})
	var out bytes.Buffer
	if err := Run(Options{In: strings.NewReader("1\nyes\n"), Out: &out, Notebook: nb}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "nothing you type is saved") {
		t.Errorf("the demo does not say so:\n%s", out.String())
	}
	if answer(nb, checklist.QTraining).Value != "yes" {
		t.Error("the answer was not recorded in memory")
	}
}

// TestNoQuestionsToAsk: with every built-in question hidden and none of
// one's own, the interview says so instead of failing.
func TestNoQuestionsToAsk(t *testing.T) {
	nb := store.New()
	nb.Therapists = []store.Therapist{{ID: "t1", Name: "Dr A", Status: store.ToContact}}
	for _, q := range checklist.Catalogue() {
		if err := nb.SetHidden(q.ID, true); err != nil {
			t.Fatal(err)
		}
	}
	out, err := script(t, nb, &recorder{}, "1", "q")
	if err != nil && !errors.Is(err, errQuit) {
		t.Fatal(err)
	}
	if !strings.Contains(out, "There are no questions to ask") {
		t.Errorf("no explanation:\n%s", out)
	}
}

// TestOwnQuestionShowsItsCategoryAndHint: a question of one's own says its
// category (one of one's own) and that its hint is one's own.
func TestOwnQuestionShowsItsCategoryAndHint(t *testing.T) {
	nb := store.New()
	nb.Therapists = []store.Therapist{{ID: "t1", Name: "Dr A", Status: store.ToContact}}
	c := nb.AddCategory("Practicalities")
	if _, err := nb.AddQuestion(checklist.Question{Category: c.ID, Kind: checklist.KindYesNo,
		Prompt: "Can we meet on weekends?", Short: "Weekends", Hint: "I work weekdays."}); err != nil {
		t.Fatal(err)
	}
	n := len(nb.Catalogue().Questions())
	out, _ := script(t, nb, &recorder{}, "1", fmt.Sprintf("go %d", n), "q")
	if !strings.Contains(out, "(Practicalities, 1 of 1)") || !strings.Contains(out, "I work weekdays.") {
		t.Errorf("the own question lacks its category or hint:\n%s", out)
	}
}

// TestDoneAndQuitAfterTheLastQuestion: after the last question the
// interview ends and says so; a done typed to end it is understood (not
// "not a command", which it was), and quit ends the session, with
// everything saved.
func TestDoneAndQuitAfterTheLastQuestion(t *testing.T) {
	last := fmt.Sprintf("go %d", len(checklist.Catalogue()))
	for _, word := range []string{"done", "Done", "quit", "QUIT"} {
		rec := &recorder{}
		out, err := script(t, store.New(), rec, "add Dr A", "1", last, "4", word, "add Dr B")
		if err != nil {
			t.Fatalf("%s: %v", word, err)
		}
		if !strings.Contains(out, "That was the last question; back to the list of therapists.") {
			t.Errorf("%s: the end of the interview is not said:\n%s", word, out)
		}
		if strings.Contains(out, "not a command") {
			t.Errorf("%s after the last question is taken for a mistake:\n%s", word, out)
		}
		nb := rec.last()
		if nb == nil || len(nb.Therapists) == 0 || !nb.Therapists[0].Answers[checklist.Catalogue()[len(checklist.Catalogue())-1].ID].Answered() {
			t.Fatalf("%s: the last answer is not saved", word)
		}
		quits := strings.EqualFold(word, "quit")
		if added := len(nb.Therapists) == 2; added == quits {
			t.Errorf("%s: the line after it added a therapist: %v; want %v", word, added, !quits)
		}
		if quits && !strings.Contains(out, "Goodbye") {
			t.Errorf("%s did not end the session:\n%s", word, out)
		}
	}
}
