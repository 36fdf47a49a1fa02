package outreach

import (
	"github.com/vetted-tui/vetted/internal/goldenfile"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
)

var at = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

// partly is a notebook with one therapist who answered some questions,
// skipped one and gave a note without an answer to another.
func partly() *store.Notebook {
	nb := store.New()
	nb.People.Me = "Robin"
	nb.SetPartner("Kai")
	nb.Profile.Concerns = []string{"concern.communication", checklist.ConcernDesireDiscrepancy, "concern.from_a_newer_vetted"}
	nb.Profile.OwnWords = "We stopped talking about it.\nIt has been a year."
	nb.Therapists = []store.Therapist{{
		ID: "t1", Name: "Dr. Amara Lindqvist", Status: store.Contacted,
		Answers: map[string]checklist.Answer{
			checklist.QLicense:   {Status: checklist.StatusAnswered, Value: "yes", At: at},
			checklist.QFee:       {Status: checklist.StatusAnswered, Value: "185.00", At: at},
			checklist.QUpfront:   {Status: checklist.StatusSkipped, At: at},
			checklist.QInsurance: {Status: checklist.StatusNoted, Note: "depends on the plan", At: at},
			checklist.QContact:   {Status: checklist.StatusAnswered, Value: "no", At: at},
		},
	}}
	return nb
}

func TestDraftGoldens(t *testing.T) {
	nb := partly()
	goldenfile.Equal(t, "partly.txt", []byte(Draft(nb, &nb.Therapists[0], Options{})))
	goldenfile.Equal(t, "partly_concerns.txt", []byte(Draft(nb, &nb.Therapists[0], Options{WithConcerns: true})))
	d := demo.Notebook()
	goldenfile.Equal(t, "demo_whitlock_concerns.txt", []byte(Draft(d, &d.Therapists[2], Options{WithConcerns: true})))
}

func TestDraftAsksOnlyOpenQuestions(t *testing.T) {
	nb := partly()
	msg := Draft(nb, &nb.Therapists[0], Options{})
	for _, id := range []string{checklist.QLicense, checklist.QFee, checklist.QUpfront, checklist.QContact, checklist.QConfidentiality, checklist.QComfort, checklist.QPhysician} {
		q, _ := checklist.ByID(id)
		if strings.Contains(msg, q.Prompt) {
			t.Errorf("the draft asks %s (answered, skipped, or not for an email):\n%s", id, msg)
		}
	}
	for _, id := range []string{checklist.QInsurance, checklist.QTraining, checklist.QExperience, checklist.QPeopleLikeMe} {
		q, _ := checklist.ByID(id)
		if !strings.Contains(msg, "- "+q.Prompt+"\n") {
			t.Errorf("the draft does not ask %s (%q):\n%s", id, q.Prompt, msg)
		}
	}
	// Every question once, under its category's title, categories in order.
	last := -1
	for _, c := range checklist.Categories() {
		i := strings.Index(msg, "\n"+c.Title+"\n")
		if i < 0 {
			continue
		}
		if i < last {
			t.Errorf("category %s out of order", c.Title)
		}
		last = i
	}
	want := 0
	for _, q := range checklist.Catalogue() {
		if Askable(q) && Open(&nb.Therapists[0], q) {
			want++
		}
	}
	if got := strings.Count(msg, "\n- "); got != want || Count(nb, &nb.Therapists[0]) != want {
		t.Errorf("%d questions in the draft, Count %d, want %d", got, Count(nb, &nb.Therapists[0]), want)
	}
}

func TestConcernsOnlyWhenTicked(t *testing.T) {
	nb := partly()
	private := []string{"Communication about sex and intimacy", "Mismatched desire", "We stopped talking about it.", "It has been a year.", "with my partner", "help with"}
	without := Draft(nb, &nb.Therapists[0], Options{})
	with := Draft(nb, &nb.Therapists[0], Options{WithConcerns: true})
	for _, p := range private {
		if strings.Contains(without, p) {
			t.Errorf("without the tick the draft says %q", p)
		}
		if !strings.Contains(with, p) {
			t.Errorf("with the tick the draft lacks %q", p)
		}
	}
	if strings.Contains(with, "from_a_newer_vetted") {
		t.Error("an unknown concern ID reached the message")
	}
	nb.SetPartner("")
	if alone := Draft(nb, &nb.Therapists[0], Options{WithConcerns: true}); !strings.Contains(alone, "on my own") || strings.Contains(alone, "with my partner") {
		t.Errorf("alone:\n%s", alone)
	}
}

func TestDraftIsPlainText(t *testing.T) {
	nb := partly()
	evil := "Dr. \x1b]52;c;ZXZpbA==\x07Evil\x1b[2J\u009b\u202e"
	nb.Therapists[0].Name = evil
	nb.People.Me = evil
	nb.Profile.OwnWords = evil + "\r\nline two\x00"
	msg := Draft(nb, &nb.Therapists[0], Options{WithConcerns: true})
	for _, r := range msg {
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u202e' {
			t.Fatalf("control rune %U in the draft:\n%q", r, msg)
		}
	}
	if !strings.Contains(msg, "Dear Dr. Evil,") || !strings.Contains(msg, "  line two\n") {
		t.Errorf("the cleaned text should stay readable:\n%s", msg)
	}
	// A huge name is cut in the greeting.
	nb.Therapists[0].Name = strings.Repeat("n", 1<<20)
	if msg = Draft(nb, &nb.Therapists[0], Options{}); len(msg) > 10_000 {
		t.Errorf("a 1 MB name made a %d byte draft", len(msg))
	}
}

func TestNothingLeftToAsk(t *testing.T) {
	nb := store.New()
	th := store.Therapist{ID: "x", Name: "X", Answers: map[string]checklist.Answer{}}
	for _, q := range checklist.Catalogue() {
		th.Answers[q.ID] = checklist.Answer{Status: checklist.StatusSkipped, At: at}
	}
	msg := Draft(nb, &th, Options{})
	if Count(nb, &th) != 0 || !strings.Contains(msg, "nothing left to ask") || strings.Contains(msg, "\n- ") {
		t.Errorf("all skipped:\n%s", msg)
	}
	if !strings.HasSuffix(msg, "I look forward to hearing from you.\n") || strings.Contains(msg, "Kind regards") {
		t.Errorf("an unnamed person's draft should end at the thanks, with no closing left dangling:\n%q", msg)
	}
	nb.People.Me = "Sam"
	if msg := Draft(nb, &th, Options{}); !strings.HasSuffix(msg, "\nKind regards,\nSam\n") {
		t.Errorf("a named person's draft should close with their name:\n%q", msg)
	}
}

// TestOwnQuestionsAreAskedAndHiddenOnesNot: the draft follows the
// notebook's catalogue: a question of the person's own is asked in its
// category, a hidden built-in is not.
func TestOwnQuestionsAreAskedAndHiddenOnesNot(t *testing.T) {
	nb := store.New()
	own, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindYesNo,
		Prompt: "Can we meet on weekends?", Short: "Weekends"})
	if err != nil {
		t.Fatal(err)
	}
	if err := nb.SetHidden(checklist.QHours, true); err != nil {
		t.Fatal(err)
	}
	th := store.Therapist{ID: "x", Name: "X"}
	msg := Draft(nb, &th, Options{})
	if !strings.Contains(msg, own.Prompt) {
		t.Errorf("the draft lacks the person's own question:\n%s", msg)
	}
	hours, _ := checklist.ByID(checklist.QHours)
	if strings.Contains(msg, hours.Prompt) {
		t.Errorf("the draft asks a hidden question:\n%s", msg)
	}
}

// TestCategoryTitlesFromTheFileAreCleaned: a title of one's own category,
// hand-edited to hold a clipboard-writing sequence, reaches the draft
// clean.
func TestCategoryTitlesFromTheFileAreCleaned(t *testing.T) {
	nb := store.New()
	c := nb.AddCategory("Evil\x1b]52;c;aGk=\x07")
	if _, err := nb.AddQuestion(checklist.Question{Category: c.ID, Kind: checklist.KindText, Prompt: "Anything?"}); err != nil {
		t.Fatal(err)
	}
	msg := Draft(nb, &store.Therapist{ID: "x", Name: "X"}, Options{})
	if strings.ContainsAny(msg, "\x1b\x07") {
		t.Errorf("an escape sequence reached the draft: %q", msg)
	}
	if !strings.Contains(msg, "Evil") {
		t.Errorf("the category's title is missing:\n%s", msg)
	}
}
