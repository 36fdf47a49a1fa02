package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// couple returns a notebook with one therapist, chosen by Robin and Kai.
func couple(me, partner string) *store.Notebook {
	nb := notebookWith("Dr Ada")
	nb.People = store.People{Me: me, Partner: partner}
	return nb
}

func (h *harness) partnerAnswer(id string) (checklist.Answer, bool) {
	a, ok := h.m.nb().Therapists[0].PartnerAnswers[id]
	return a, ok
}

func TestPartnerRatingIsRecordedApart(t *testing.T) {
	h := openInterview(t, couple("Robin", "Kai"))
	h.goToQuestion(checklist.QComfort)
	h.mustSee("Recording for: › Robin (you)   Kai (partner)")
	h.mustSee("Robin: not answered yet · Kai: not answered yet")

	h.keys("4", "enter")
	if a := h.answer(checklist.QComfort); a.Value != "4" {
		t.Fatalf("own rating stored %+v, want 4", a)
	}
	if _, ok := h.partnerAnswer(checklist.QComfort); ok {
		t.Fatal("the person's rating was also stored as the partner's")
	}

	h.keys("ctrl+p")
	h.mustSee("Recording for:   Robin (you) › Kai (partner)")
	h.keys("2", "ctrl+n")
	h.typeText("felt rushed")
	h.keys("enter")
	pa, ok := h.partnerAnswer(checklist.QComfort)
	if !ok || pa.Status != checklist.StatusAnswered || pa.Value != "2" || pa.Note != "felt rushed" || pa.At.IsZero() {
		t.Fatalf("partner answer %+v (stored %v), want 2 with its note and time", pa, ok)
	}
	if a := h.answer(checklist.QComfort); a.Value != "4" || a.Note != "" {
		t.Fatalf("recording for the partner changed the person's answer: %+v", a)
	}
	if n := len(h.m.nb().Therapists[0].Answers); n != 1 {
		t.Fatalf("%d own answers, want 1", n)
	}
	h.mustSee("✓ Recorded My comfort (Kai's rating): 2 out of 5.")
	h.mustSee("Robin: 4/5 · Kai: 2/5")
}

func TestSwitchPrefillsEachPersonsAnswer(t *testing.T) {
	nb := couple("Robin", "Kai")
	nb.Therapists[0].Answers[checklist.QComfort] = checklist.Answer{Status: checklist.StatusAnswered, Value: "4", Note: "mine"}
	nb.Therapists[0].PartnerAnswers = map[string]checklist.Answer{
		checklist.QComfort: {Status: checklist.StatusAnswered, Value: "2", Note: "theirs"},
	}
	h := openInterview(t, nb)
	h.goToQuestion(checklist.QComfort)
	raw := func() string { return h.m.interview().Editing() }
	if raw() != "4" {
		t.Fatalf("own widget holds %q, want 4", raw())
	}
	h.mustSee("[4]")
	h.mustSee("Note (ctrl+n): mine")
	h.keys("ctrl+p")
	if raw() != "2" {
		t.Fatalf("after the switch the widget holds %q, want the partner's 2", raw())
	}
	h.mustSee("[2]")
	h.mustSee("Kai's note (ctrl+n): theirs")
	h.mustNotSee("! edited")

	// An edit for one person survives a switch and is not the other's.
	h.keys("5")
	h.mustSee("! edited")
	h.keys("ctrl+p")
	if raw() != "4" {
		t.Fatalf("switching back shows %q, want the person's 4", raw())
	}
	h.keys("ctrl+p")
	if raw() != "5" {
		t.Fatalf("the partner's unsaved 5 was lost: %q", raw())
	}
	if !h.m.interview().Dirty() {
		t.Fatal("an unsaved partner edit does not count as an edit")
	}
}

func TestSkipForPartner(t *testing.T) {
	h := openInterview(t, couple("Robin", "Kai"))
	h.goToQuestion(checklist.QComfort)
	h.keys("ctrl+p", "ctrl+k")
	pa, ok := h.partnerAnswer(checklist.QComfort)
	if !ok || pa.Status != checklist.StatusSkipped {
		t.Fatalf("partner answer %+v (stored %v), want skipped", pa, ok)
	}
	if _, ok := h.m.nb().Therapists[0].Answers[checklist.QComfort]; ok {
		t.Fatal("skipping for the partner recorded the person's own answer")
	}
	h.mustSee("↷ Skipped My comfort (Kai's rating).")
	h.mustSee("Robin: not answered yet · Kai: ↷ skipped")
}

func TestPartnerModeEndsOnLeavingTheQuestion(t *testing.T) {
	h := openInterview(t, couple("Robin", "Kai"))
	h.goToQuestion(checklist.QComfort)
	h.keys("ctrl+p", "shift+tab", "tab")
	if h.m.interview().ForPartner() {
		t.Fatal("coming back to the question still records for the partner")
	}
	h.mustSee("› Robin (you)")
}

func TestResumeIgnoresPartnerAnswers(t *testing.T) {
	nb := couple("Robin", "Kai")
	qs := checklist.Catalogue()
	nb.Therapists[0].PartnerAnswers = map[string]checklist.Answer{}
	for _, q := range qs[:3] {
		nb.Therapists[0].PartnerAnswers[q.ID] = checklist.Answer{Status: checklist.StatusAnswered, Value: "x"}
	}
	nb.Therapists[0].Answers[qs[0].ID] = checklist.Answer{Status: checklist.StatusAnswered, Value: "PhD"}
	h := openInterview(t, nb)
	if got := h.m.interview().Current().ID; got != qs[1].ID {
		t.Fatalf("resumed at %s, want %s (the person's first unanswered)", got, qs[1].ID)
	}
}

func TestNamesFallBackAndAreSanitised(t *testing.T) {
	h := openInterview(t, couple("", "K\x1b[31mai\u202e\x07"))
	h.goToQuestion(checklist.QComfort)
	raw := h.m.View()
	for _, bad := range []string{"\x1b[31m", "\u202e", "\x07"} {
		if strings.Contains(raw, bad) {
			t.Errorf("view holds %q", bad)
		}
	}
	h.mustSee("Recording for: › you   Kai (partner)")
	h.mustSee("You: not answered yet · Kai: not answered yet")
}

func TestNoPartnerNoSwitch(t *testing.T) {
	h := openInterview(t, couple("Robin", ""))
	h.goToQuestion(checklist.QComfort)
	h.keys("?")
	h.mustSee("note") // the full help is open
	h.mustNotSee("ctrl+p")
	h.mustNotSee("Recording for")
	h.mustSee("· not answered yet")
	h.keys("ctrl+p", "3", "enter")
	if a := h.answer(checklist.QComfort); a.Value != "3" {
		t.Fatalf("own rating stored %+v, want 3", a)
	}
	if pa := h.m.nb().Therapists[0].PartnerAnswers; pa != nil {
		t.Fatalf("partner answers recorded without a partner: %v", pa)
	}
}

func TestPartnerSwitchOnlyOnPersonalQuestions(t *testing.T) {
	h := openInterview(t, couple("Robin", "Kai"))
	h.goToQuestion(checklist.QContact) // a yes/no fact, not personal
	h.keys("?")
	h.mustNotSee("ctrl+p")
	h.mustNotSee("Recording for")
	h.keys("ctrl+p", "y", "enter")
	if _, ok := h.partnerAnswer(checklist.QContact); ok {
		t.Fatal("a fact question was recorded for the partner")
	}
	if a := h.answer(checklist.QContact); a.Value != "yes" {
		t.Fatalf("stored %+v, want yes", a)
	}
	h.goToQuestion(checklist.QComfort)
	h.mustSee("ctrl+p")
}

func TestPartnerViewFits(t *testing.T) {
	long := strings.Repeat("Alexandria ", 6)
	for _, size := range [][2]int{{60, 16}, {80, 24}} {
		for _, people := range [][2]string{{"Robin", "Kai"}, {long, long}, {"", "Kai"}} {
			h := openInterview(t, couple(people[0], people[1]))
			h.send(sizeMsg(size[0], size[1]))
			h.goToQuestion(checklist.QComfort)
			for _, step := range []string{"", "ctrl+p", "ctrl+n", "?"} {
				if step != "" {
					h.keys(step)
				}
				v := h.view()
				lines := strings.Split(v, "\n")
				if len(lines) > size[1] {
					t.Errorf("%dx%d after %q: %d lines", size[0], size[1], step, len(lines))
				}
				for _, l := range lines {
					if w := ansi.StringWidth(l); w > size[0] {
						t.Errorf("%dx%d after %q: line %d columns wide: %q", size[0], size[1], step, w, l)
					}
				}
				if !strings.Contains(v, "Recording for:") || !strings.Contains(v, "1  2  3  4  5") && !strings.Contains(v, " 1   2 ") {
					t.Errorf("%dx%d after %q: the person line or the rating is missing:\n%s", size[0], size[1], step, v)
				}
			}
		}
	}
}
