package model

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/store"
)

// detailsOn opens the details form of the one therapist in nb.
func detailsOn(t *testing.T, nb *store.Notebook) *harness {
	t.Helper()
	h := newHarness(t, nb)
	h.keys("e")
	if h.m.kind() != screenDetails {
		t.Fatalf("e opened screen %v, want details", h.m.kind())
	}
	return h
}

func TestDetailsKeepUnknownStatusAndFoundVia(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].Status = "waitlisted"
	nb.Therapists[0].FoundVia = "fri\x1b[31mend"
	h := detailsOn(t, nb)
	h.mustSee("waitlisted")
	h.mustSee("friend")
	if strings.Contains(h.m.View(), "\x1b[31m") {
		t.Fatal("the stored word was drawn with its escape sequence")
	}
	h.focusDetails(details.FieldPhone)
	h.typeText("555")
	h.keys("ctrl+s")
	got := h.m.nb().Therapists[0]
	if got.Status != "waitlisted" || got.FoundVia != "fri\x1b[31mend" || got.Phone != "555" {
		t.Fatalf("saved status %q, found via %q, phone %q", got.Status, got.FoundVia, got.Phone)
	}

	// Once the person picks another step, that is what is saved.
	h.keys("e")
	h.focusDetails(details.FieldStatus)
	h.keys("right")
	h.mustNotSee("waitlisted")
	h.keys("ctrl+s")
	if s := h.m.nb().Therapists[0].Status; s == "waitlisted" || s == "" {
		t.Fatalf("status after changing it = %q", s)
	}
}

func TestDetailsKeepLongFieldsWhole(t *testing.T) {
	nb := notebookWith(strings.Repeat("Ada ", 40))                               // 160 runes, over the name's limit
	nb.Therapists[0].Website = "https://example.com/" + strings.Repeat("x", 400) // over the website's limit of 300
	want := nb.Therapists[0]
	h := detailsOn(t, nb)
	// Over its limit, a text is shown cut with a marker, and the
	// field takes no edits that would save the cut text over the whole.
	if got := h.m.details().Shown(details.FieldName); !field.IsCut(got) || !strings.HasPrefix(want.Name, strings.TrimSuffix(got, field.CutMarker)) {
		t.Fatalf("the form shows the name as %q, want its start and the cut marker", got)
	}
	h.focusDetails(details.FieldName)
	h.typeText("x")
	h.keys("backspace")
	h.mustSee("shown cut and kept whole")
	h.focusDetails(details.FieldPhone)
	h.typeText("555")
	h.keys("ctrl+s")
	got := h.m.nb().Therapists[0]
	if got.Name != want.Name || got.Website != want.Website {
		t.Fatalf("saving cut long fields: name %d runes, website %d runes", len([]rune(got.Name)), len([]rune(got.Website)))
	}
}

func TestDetailsNotDirtyWhenOpened(t *testing.T) {
	odd := notebookWith(" Dr Ada ")
	ta := &odd.Therapists[0]
	ta.Status = ""
	ta.FoundVia = "friend"
	ta.Credentials = "LMFT\tCST"
	ta.Location = "line one\nline two"
	ta.Notes = "Called back\x07\n"
	ta.ContactedOn = "soon"
	for name, nb := range map[string]*store.Notebook{"plain": notebookWith("Dr Ada"), "odd": odd} {
		h := detailsOn(t, nb)
		if h.m.details().Dirty() {
			t.Errorf("%s: the form reports changes as soon as it opens", name)
		}
		h.keys("esc")
		if h.m.kind() != screenRoster {
			t.Errorf("%s: esc on an untouched form asked before leaving", name)
		}
		// Saving an untouched form changes nothing it holds.
		before := nb.Therapists[0]
		h.keys("e", "ctrl+s")
		after := h.m.nb().Therapists[0]
		after.Updated = before.Updated
		if after.Name != before.Name || after.Credentials != before.Credentials || after.Location != before.Location ||
			after.Notes != before.Notes || after.FoundVia != before.FoundVia || after.ContactedOn != before.ContactedOn {
			t.Errorf("%s: saving an untouched form rewrote it:\n before %+v\n after  %+v", name, before, after)
		}
	}
}
