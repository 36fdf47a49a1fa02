package brief

import (
	"bytes"
	"github.com/vetted-tui/vetted/internal/goldenfile"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/outreach"
	"github.com/vetted-tui/vetted/store"
)

// fixture is a notebook with a filled-in preparation form, two
// therapists, and text that tries to break out of Markdown and the
// terminal.
func fixture() *store.Notebook {
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	ans := func(v string) checklist.Answer {
		return checklist.Answer{Status: checklist.StatusAnswered, Value: v, At: at}
	}
	nb := store.New()
	nb.People.Me = "Robin"
	nb.Prep[checklist.PrepConcernHistory] = true
	nb.Prep[checklist.PrepMedications] = true
	nb.SetPrepEntry(checklist.PrepConcernHistory+".began", "About a year ago, after the move")
	nb.SetPrepEntry(checklist.PrepConcernHistory+".pattern", "Sporadic")
	nb.SetPrepEntry(checklist.PrepConcernHistory+".therapies", "Couples counselling in 2024: helped us talk\nnothing for the desire difference")
	nb.SetPrepEntry(checklist.PrepPersonalInfo+".changes", "New job <b>in March</b> & a move")
	nb.SetPrepEntry(checklist.PrepOwnQuestions+".list", "How do sessions with both of us work?\n# Is homework *required*?\n\n1. Can we meet online?")
	nb.SetPrepEntry(checklist.NotesID(checklist.PrepPhysicalCheck), "GP appointment booked \x1b[31mfor 2026-12-01\x1b[0m")
	nb.SetMedications([]store.Medication{{Name: "Sertraline", Dose: "50 mg daily"}, {Name: "Vitamin D"}, {Name: "St John's wort", Dose: "300 mg | twice"}})
	nb.Therapists = []store.Therapist{
		{
			ID: "a1", Name: "Dr. Amara Lindqvist", Credentials: "PhD, licensed psychologist", Phone: "(555) 010-4417",
			Email: "office@lindqvist.example", Location: "Harbour Street Clinic", ConsultOn: "2026-12-03", Status: store.ConsultBooked,
			Answers: map[string]checklist.Answer{
				checklist.QLicense:      ans("yes"),
				checklist.QLocation:     {Status: checklist.StatusAnswered, Value: "12 Harbour Street, 2nd floor", Note: "lift at the back", At: at},
				checklist.QHours:        ans("Mon-Thu 9-18"),
				checklist.QFee:          ans("185.00"),
				checklist.QFirstOpening: ans("2026-12-10"),
				checklist.QInsurance:    {Status: checklist.StatusNoted, Note: "call back", At: at},
				checklist.QUpfront:      {Status: checklist.StatusSkipped, At: at},
				checklist.QComfort:      ans("4"),
			},
			Verification: store.Verification{License: store.LicenseActive, LicenseType: "Psychologist", LicenseNumber: "PSY 10442", LicenseCheckedOn: "2026-11-21"},
			Created:      at, Updated: at,
		},
		{ID: "b2", Name: "Ben Okafor", Status: store.ToContact, Created: at, Updated: at},
	}
	return nb
}

func render(t *testing.T, nb *store.Notebook, format string, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, nb, format, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestBriefGoldens(t *testing.T) {
	nb := fixture()
	concerns := &Concerns{Listed: []string{"Differences in desire", "Communication about sex"}, OwnWords: "We want to *talk* again", Partner: "Kai"}
	for _, tc := range []struct {
		name   string
		format string
		opts   Options
	}{
		{"brief.md", FormatMarkdown, Options{Therapist: -1}},
		{"brief.txt", FormatText, Options{Therapist: -1}},
		{"brief-for.md", FormatMarkdown, Options{Therapist: 0, Concerns: concerns}},
		{"brief-for.txt", FormatText, Options{Therapist: 0, Concerns: concerns}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			goldenfile.Equal(t, tc.name, render(t, nb, tc.format, tc.opts))
		})
	}
}

// What the brief must and must not hold, checked apart from the goldens
// so that a golden rewritten by mistake cannot hide it.
func TestBriefContents(t *testing.T) {
	nb := fixture()
	for _, format := range Formats {
		without := string(render(t, nb, format, Options{Therapist: -1}))
		with := string(render(t, nb, format, Options{Therapist: 0}))
		for _, out := range []string{without, with} {
			if strings.ContainsRune(out, '\x1b') {
				t.Errorf("%s: an escape sequence reached the brief", format)
			}
			// Printed and handed over: it ends with what vetted is not, in
			// page 002's words; the not-encrypted warning goes to the
			// terminal or the status line, not onto the page.
			if strings.Contains(out, "not encrypted") {
				t.Errorf("%s: the plaintext warning is printed on the brief", format)
			}
			if !strings.Contains(strings.Join(strings.Fields(out), " "), checklist.NotAReplacement) {
				t.Errorf("%s: the brief does not end with the 'not a replacement' line", format)
			}
			for _, want := range []string{"Sertraline", "50 mg daily", "Vitamin D", "About a year ago", "Sporadic", "GP appointment booked"} {
				if !strings.Contains(out, want) {
					t.Errorf("%s: brief lacks %q", format, want)
				}
			}
			if strings.Contains(out, "What I want help with") {
				t.Errorf("%s: a concerns section without concerns", format)
			}
		}
		if strings.Contains(without, "Harbour Street") || strings.Contains(without, "My open questions for") {
			t.Errorf("%s: a brief for no one shows a therapist", format)
		}
		for _, want := range []string{"Dr. Amara Lindqvist", "12 Harbour Street, 2nd floor", "lift at the back", "Mon-Thu 9-18", "$185", "10 Dec 2026",
			"My open questions for", "Will my health insurance cover your services?", "call back", "PSY 10442", "active"} {
			if !strings.Contains(with, want) {
				t.Errorf("%s: brief --for lacks %q", format, want)
			}
		}
		// Answered, skipped and personal questions are not open; the text wraps, so look for short phrases.
		for _, gone := range []string{"Do you hold a license", "pay the entire price", "how comfortable", "Ben Okafor"} {
			if strings.Contains(with, gone) {
				t.Errorf("%s: brief --for holds %q", format, gone)
			}
		}
	}
	md := string(render(t, nb, FormatMarkdown, Options{Therapist: 0}))
	for _, want := range []string{`&lt;b&gt;in March&lt;/b&gt; & a move`, `\# Is homework \*required\*?`, `1\. Can we meet online?`, `300 mg \| twice`} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown does not escape as the exports do: lacks %q", want)
		}
	}
}

func TestBriefOpenQuestionsFollowTheAnswers(t *testing.T) {
	nb := fixture()
	d := Build(nb, Options{Therapist: 1})
	open := d.Sections[len(d.Sections)-1]
	// Every question one asks, and the safety questions judged at the
	// appointment (contact, confidentiality, a physician), marked to
	// notice; not the personal ones.
	want, safety := 0, 0
	for _, q := range checklist.Catalogue() {
		switch {
		case outreach.Askable(q):
			want++
		case q.Category == checklist.Safety && !q.Personal:
			want++
			safety++
		}
	}
	if safety != 3 {
		t.Errorf("%d safety questions judged at the appointment, want 3", safety)
	}
	noticed := 0
	for _, l := range open.List {
		if strings.HasSuffix(l, "(to notice)") {
			noticed++
		}
	}
	if noticed != safety || !strings.Contains(strings.Join(open.List, "\n"), "physical or sexual contact") {
		t.Errorf("%d questions marked to notice, want %d, the question on contact among them: %q", noticed, safety, open.List)
	}
	if len(open.List) != want {
		t.Errorf("a therapist with no answers has %d open questions, want %d", len(open.List), want)
	}
	nb.Therapists[1].SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusAnswered, Value: "150.00"})
	d = Build(nb, Options{Therapist: 1})
	if got := len(d.Sections[len(d.Sections)-1].List); got != want-1 {
		t.Errorf("after one answer: %d open, want %d", got, want-1)
	}
}

// TestBriefCarriesTheAppointment: in person or telehealth, the session's
// length and the notes under answers are in the brief; an address the
// person entered as the location and again as the office's answer is
// shown once.
func TestBriefCarriesTheAppointment(t *testing.T) {
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	nb := fixture()
	th := &nb.Therapists[0]
	th.Location = "12 Harbour Street, 2nd floor"
	th.Notes = "Warm, direct."
	th.SetAnswer(checklist.QFormat, checklist.Answer{Status: checklist.StatusAnswered, Value: "telehealth", Note: "first one in person", At: at})
	th.SetAnswer(checklist.QSessionLength, checklist.Answer{Status: checklist.StatusAnswered, Value: "50", At: at})
	th.SetAnswer(checklist.QApproaches, checklist.Answer{Status: checklist.StatusAnswered, Value: "cbt", Note: "with homework", At: at})
	th.SetAnswer(checklist.QSlidingScale, checklist.Answer{Status: checklist.StatusSkipped, Note: "ask in person", At: at})
	text := string(render(t, nb, FormatText, Options{Therapist: 0}))
	for _, want := range []string{"In person / telehealth: Telehealth — first one in person", "Session length: 50 min",
		"Approaches: CBT — with homework", "Sliding scale: skipped — ask in person", "On Dr. Amara Lindqvist: Warm, direct."} {
		if !strings.Contains(text, want) {
			t.Errorf("the brief lacks %q", want)
		}
	}
	if n := strings.Count(text, "12 Harbour Street, 2nd floor"); n != 1 {
		t.Errorf("the address appears %d times:\n%s", n, text)
	}
	th.Location = "Harbour Street Clinic"
	if text := string(render(t, nb, FormatText, Options{Therapist: 0})); !strings.Contains(text, "Location: Harbour Street Clinic") {
		t.Error("a location that says more than the office answer is left out")
	}
}

func TestBriefRefusesUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, fixture(), "pdf", Options{Therapist: -1}); err == nil || b.Len() != 0 {
		t.Errorf("err %v, wrote %d bytes", err, b.Len())
	}
}

func TestConcernsOfReadsTheProfile(t *testing.T) {
	nb := fixture()
	nb.Profile = store.Profile{}
	nb.People.Partner = ""
	if c := ConcernsOf(nb); c != nil {
		t.Errorf("ConcernsOf of an empty profile = %+v, want nil", c)
	}
	nb.Profile.Concerns = []string{"concern.communication", "concern.unknown-from-a-newer-vetted"}
	nb.Profile.OwnWords = "We stopped talking about it."
	nb.SetPartner("Kai")
	c := ConcernsOf(nb)
	if c == nil || len(c.Listed) != 1 || c.OwnWords != nb.Profile.OwnWords || c.Partner != "Kai" {
		t.Fatalf("ConcernsOf = %+v", c)
	}
	if want, _ := checklist.ConcernByID("concern.communication"); c.Listed[0] != want.Label {
		t.Errorf("listed %q, want %q", c.Listed[0], want.Label)
	}
}

// With Expect the brief carries the "What to expect" page, every passage
// whole with its page named; without it, none of it.
func TestBriefExpectWhenAsked(t *testing.T) {
	nb := fixture()
	for _, format := range Formats {
		with := strings.Join(strings.Fields(string(render(t, nb, format, Options{Therapist: -1, Expect: true}))), " ")
		without := string(render(t, nb, format, Options{Therapist: -1}))
		for _, sec := range checklist.Expect() {
			if strings.Contains(without, sec.Title) {
				t.Errorf("%s: %q is in a brief that did not ask for it", format, sec.Title)
			}
			for _, p := range sec.Passages {
				page := checklist.SourceLabel(p.Source)
				if format == "md" {
					page = strings.ReplaceAll(page, "_", `\_`) // Markdown escapes it
				}
				if !strings.Contains(with, p.Quote) || !strings.Contains(with, page) {
					t.Errorf("%s: the brief lacks the passage %.40q… or its page", format, p.Quote)
				}
			}
		}
	}
}
