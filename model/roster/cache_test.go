package roster

import (
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

// TestCachedRowsFollowEveryChange: after each change a row can show
// (name, credentials, status, contact date, an answer, a flag, the
// credential check, a question of the person's own, a deleted therapist,
// the cursor, the width), the roster drawn with the
// rows it kept is the roster drawn afresh.
func TestCachedRowsFollowEveryChange(t *testing.T) {
	nb := demo.Notebook()
	c := screen.NewCommon(nb, theme.DefaultStyles(), nil, "")
	c.Width, c.Height = 120, 20
	kept := New(c)
	answered := func(v string) checklist.Answer {
		return checklist.Answer{Status: checklist.StatusAnswered, Value: v}
	}
	changes := []struct {
		name   string
		change func()
	}{
		{"nothing", func() {}},
		{"a name", func() { nb.Therapists[0].Name = "Dr Someone Else Entirely" }},
		{"credentials", func() { nb.Therapists[1].Credentials = "PhD, CST, LMFT, and more" }},
		{"the status", func() { nb.Therapists[1].Status = store.Chosen }},
		{"the contact date", func() { nb.Therapists[2].ContactedOn = "2026-03-02" }},
		{"an answer cleared", func() { nb.Therapists[1].ClearAnswer(checklist.QTraining) }},
		{"an answer", func() { nb.Therapists[1].SetAnswer(checklist.QTraining, answered("Master's")) }},
		{"a red flag", func() { nb.Therapists[1].SetAnswer(checklist.QContact, answered("yes")) }},
		{"the credential check", func() { nb.Therapists[0].Verification.License = store.LicenseRestricted }},
		{"a question of one's own", func() {
			if _, err := nb.AddQuestion(checklist.Question{Category: checklist.Safety, Kind: checklist.KindYesNo, Prompt: "Evenings?"}); err != nil {
				t.Fatal(err)
			}
		}},
		{"a deleted therapist", func() { nb.DeleteTherapist(nb.Therapists[0].ID, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)) }},
		{"the cursor", func() { kept.rows = kept.rows.Select(1) }},
		{"the width", func() { c.Width = 90 }},
	}
	for _, ch := range changes {
		before := kept.View()
		ch.change()
		kept = kept.resize()
		fresh := kept
		fresh.drawn = &viewCache{}
		got, want := kept.View(), fresh.View()
		if got != want {
			t.Errorf("after %s changed the roster drew:\n%s\nwant:\n%s", ch.name, got, want)
		}
		if ch.name != "nothing" && got == before {
			t.Errorf("%s: the change shows nothing on the roster, so the test proves nothing", ch.name)
		}
	}
}

// TestOnlyCredentialsGrow: the widths kept for shareRoom are measured
// again only when a name or credentials change, so a column that grows
// must show nothing else.
func TestOnlyCredentialsGrow(t *testing.T) {
	a := store.Therapist{Name: "A", Credentials: "PhD, CST", Status: store.Chosen, ContactedOn: "2026-01-02",
		Answers: map[string]checklist.Answer{checklist.QTraining: {Status: checklist.StatusAnswered, Value: "x"}}}
	b := store.Therapist{Name: "B", Credentials: "PhD, CST"}
	tl := newTally(checklist.Builtin())
	grows := 0
	for _, set := range columnSets {
		for _, c := range set {
			if !c.grows {
				continue
			}
			grows++
			if c.cell(tl, &a) != c.cell(tl, &b) {
				t.Errorf("column %s grows and shows more than the credentials", c.title)
			}
		}
	}
	if grows == 0 {
		t.Fatal("no column grows: the test checks nothing")
	}
}
