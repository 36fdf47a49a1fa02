package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
)

// TestUnnamedPersonReadsYourNotes checks that with no names set the notes
// are headed "Your notes" in every export, never "Me's notes", and that a
// partner name that cleans to nothing counts as no partner.
func TestUnnamedPersonReadsYourNotes(t *testing.T) {
	nb := demo.Notebook()
	nb.People.Me, nb.People.Partner = "", " \x07 "
	for i := range nb.Therapists {
		nb.Therapists[i].Notes = "a note"
		nb.Therapists[i].PartnerNotes = ""
		nb.Therapists[i].PartnerAnswers = nil
	}
	var csvOut, mdOut bytes.Buffer
	if err := CSV(&csvOut, nb); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&mdOut, nb); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"csv": csvOut.String(), "md": mdOut.String()} {
		if !strings.Contains(out, "Your notes") {
			t.Errorf("%s: no \"Your notes\" heading", name)
		}
		for _, bad := range []string{"Me's notes", "Partner's notes"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: says %q", name, bad)
			}
		}
	}
}

// TestNotedAnswerIsMarkedInTheTable: a question with only a note reads
// "— ✎ note" in the Markdown table (the note itself is under Notes).
func TestNotedAnswerIsMarkedInTheTable(t *testing.T) {
	nb := demo.Notebook()
	nb.Therapists[0].SetAnswer(checklist.QHours, checklist.Answer{Status: checklist.StatusNoted, Note: "it depends"})
	var out bytes.Buffer
	if err := Markdown(&out, nb); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(l, "| Office hours |") {
			if !strings.Contains(l, "| — ✎ note |") {
				t.Errorf("the noted cell is not marked: %q", l)
			}
			return
		}
	}
	t.Fatal("no Office hours row")
}
