package model

import (
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/profile"
)

// openProfile presses m on the roster.
func (h *harness) openProfile() {
	h.t.Helper()
	h.keys("m")
	if h.m.kind() != screenProfile {
		h.t.Fatalf("m on the roster opened screen %v", h.m.kind())
	}
}

// cursorTo moves the profile's cursor to row i.
func (h *harness) cursorTo(i int) {
	h.t.Helper()
	for h.m.profile().Cursor() > i {
		h.keys("up")
	}
	for h.m.profile().Cursor() < i {
		h.keys("down")
	}
}

// concernRow returns the row of concern id on the profile.
func concernRow(t *testing.T, id string) int {
	t.Helper()
	for i, c := range checklist.Concerns() {
		if c.ID == id {
			return profile.FixedRows + i
		}
	}
	t.Fatalf("no concern %s", id)
	return 0
}

func TestProfileTicksConcernsAndSaves(t *testing.T) {
	h, _ := newFileHarness(t)
	h.openProfile()
	h.mustSee("My concerns · 0 ticked")
	h.cursorTo(concernRow(t, checklist.ConcernDesireDiscrepancy))
	h.keys("space")
	if !slices.Equal(h.m.nb().Profile.Concerns, []string{checklist.ConcernDesireDiscrepancy}) {
		t.Fatalf("concerns = %v", h.m.nb().Profile.Concerns)
	}
	if h.saves == 0 {
		t.Error("ticking a concern did not save")
	}
	h.mustSee("› [x] Mismatched desire between partners")
	// The seed's reassurance, quoted with its source.
	h.mustSee("a completely normal part of any relationship")
	h.mustSee("004_51d1ed3269f3a185.txt")
	h.keys("x")
	if len(h.m.nb().Profile.Concerns) != 0 {
		t.Errorf("x did not untick: %v", h.m.nb().Profile.Concerns)
	}
	h.keys("esc")
	if h.m.kind() != screenRoster {
		t.Errorf("esc left the screen at %v", h.m.kind())
	}
}

func TestProfileOwnWordsAndPartner(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.openProfile()
	h.cursorTo(profile.RowOwnWords)
	h.keys("enter")
	h.typeText("quiet? ")
	h.paste("\x1b[31mred\x1b[0m")
	if h.m.kind() != screenProfile || h.m.help.ShowAll {
		t.Fatal("q or ? acted as a command while typing")
	}
	h.keys("enter")
	if got := h.m.nb().Profile.OwnWords; got != "quiet? red" {
		t.Errorf("own words = %q", got)
	}

	// With a partner but no name yet: the name is asked for.
	h.cursorTo(profile.RowComing)
	h.keys("space")
	if h.m.profile().Cursor() != profile.RowPartner || !h.m.profile().Typing() {
		t.Fatal("choosing a partner without a name should open the name field")
	}
	h.typeText("Kai")
	h.keys("enter")
	if !h.m.nb().People.HasPartner() || !h.m.nb().Profile.WithPartner || h.m.nb().People.Partner != "Kai" {
		t.Fatalf("people %+v, profile %+v", h.m.nb().People, h.m.nb().Profile)
	}
	h.mustSee("(•) with a partner")

	// Alone: the name goes, and comes back when switching again.
	h.cursorTo(profile.RowComing)
	h.keys("space")
	if h.m.nb().People.HasPartner() || h.m.nb().Profile.WithPartner {
		t.Fatal("alone still has a partner")
	}
	h.mustSee("(•) alone")
	h.mustSee("Kai's ratings and notes stay in the notebook")
	h.keys("space")
	if h.m.nb().People.Partner != "Kai" || !h.m.nb().Profile.WithPartner {
		t.Errorf("switching back lost the name: %+v", h.m.nb().People)
	}
}

func TestComingAloneLeavesSeesCouplesOutOfTheScore(t *testing.T) {
	nb := demo.Notebook()
	h := newHarness(t, nb)
	th := &h.m.nb().Therapists[0]
	with := assess.FitScore(h.m.nb(), th)
	h.openProfile()
	h.cursorTo(profile.RowComing)
	h.keys("space") // alone
	without := assess.FitScore(h.m.nb(), th)
	counts := func(s assess.Score) bool {
		for _, p := range s.Parts {
			if p.QuestionID == checklist.QPartners {
				return true
			}
		}
		return false
	}
	if !counts(with) || counts(without) {
		t.Errorf("sees couples counted with a partner %v, alone %v", counts(with), counts(without))
	}
}

func TestExperienceHintShowsMyConcerns(t *testing.T) {
	nb := notebookWith("Dr Ada")
	h := newHarness(t, nb)
	h.keys("enter")
	h.goToQuestion(checklist.QExperience)
	h.mustNotSee("Your concerns")
	h.keys("esc")

	h.openProfile()
	h.cursorTo(concernRow(t, "concern.pain"))
	h.keys("space")
	h.keys("esc", "enter")
	h.goToQuestion(checklist.QExperience)
	h.mustSee("Your concerns")
	h.mustSee("Pain during sex")
	// Other questions do not show them.
	h.goToQuestion(checklist.QFee)
	h.mustNotSee("Your concerns")
}

func TestProfileUnknownConcernIsKept(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Profile.Concerns = []string{"concern.from_a_newer_vetted"}
	h := newHarness(t, nb)
	h.openProfile()
	h.mustSee("0 ticked")
	h.cursorTo(concernRow(t, "concern.sti"))
	h.keys("space")
	if want := []string{"concern.from_a_newer_vetted", "concern.sti"}; !slices.Equal(h.m.nb().Profile.Concerns, want) {
		t.Errorf("concerns = %v, want %v", h.m.nb().Profile.Concerns, want)
	}
	if v := h.view(); strings.Contains(v, "from_a_newer") {
		t.Error("an unknown ID is drawn")
	}
}

func TestProfileKeepsTextItCannotEditWhole(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Profile.OwnWords = "first line\nsecond line"
	h := newHarness(t, nb)
	h.openProfile()
	h.cursorTo(profile.RowOwnWords)
	h.keys("enter", "enter") // open and close without a change
	if got := h.m.nb().Profile.OwnWords; got != "first line\nsecond line" {
		t.Errorf("enter without a change rewrote the text: %q", got)
	}
	huge := strings.Repeat("word ", profile.OwnWordsLimit)
	h.m.nb().Profile.OwnWords = huge
	h.keys("enter")
	if h.m.profile().Typing() {
		t.Fatal("a text over the limit opened for editing")
	}
	h.mustSee("Too long to edit here")
	if h.m.nb().Profile.OwnWords != huge {
		t.Error("the long text changed")
	}
}

// TestProfileListSaysItGoesOn: the concerns list longer than the screen
// says how many rows it hides.
func TestProfileListSaysItGoesOn(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A"))
	h.send(sizeMsg(80, 24))
	h.keys("m")
	if v := h.view(); !strings.Contains(v, "↓") || !strings.Contains(v, "more") {
		t.Fatalf("no marker below a cut list:\n%s", v)
	}
}
