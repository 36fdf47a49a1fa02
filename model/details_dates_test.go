package model

import (
	"testing"

	"github.com/vetted-tui/vetted/model/details"
)

// TestDetailsShowDatesInTheOneForm: the details form shows a stored date
// as every other surface does ("12 Jan 2027"); saved untouched it keeps
// the stored value, and a date typed in that form is stored canonical.
func TestDetailsShowDatesInTheOneForm(t *testing.T) {
	nb := notebookWith("Dr Ada")
	nb.Therapists[0].ContactedOn = "2027-01-12"
	h := detailsOn(t, nb)
	if got := h.m.details().Shown(details.FieldContacted); got != "12 Jan 2027" {
		t.Fatalf("the form shows the date as %q, want 12 Jan 2027", got)
	}
	if h.m.details().Dirty() {
		t.Error("the form is dirty when opened")
	}
	h.focusDetails(details.FieldConsult)
	h.typeText("19 Jan 2027")
	h.keys("ctrl+s")
	got := h.m.nb().Therapists[0]
	if got.ContactedOn != "2027-01-12" || got.ConsultOn != "2027-01-19" {
		t.Fatalf("saved contacted %q, consultation %q", got.ContactedOn, got.ConsultOn)
	}
}
