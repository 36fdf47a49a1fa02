package compare

import (
	"testing"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// TestKeptBestMarksFollowChanges: best marks kept across notebook changes,
// a changed row compared again from its kept values with the changed
// columns read again, are those of a comparison built afresh: after one
// change, after two changes between frames, after changes to several
// therapists at once and after a change back.
func TestKeptBestMarksFollowChanges(t *testing.T) {
	nb := makeNotebook(12)
	m := sized(nb, 160, 60)
	fee := func(i int, v string) {
		nb.Therapists[i].SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusAnswered, Value: v})
	}
	insurance := func(i int, v string) {
		nb.Therapists[i].SetAnswer(checklist.QInsurance, checklist.Answer{Status: checklist.StatusAnswered, Value: v})
	}
	steps := []struct {
		name   string
		change func()
		frame  bool // draw before the next step
	}{
		{"a fee far below the others", func() { fee(3, "$5") }, true},
		{"that fee back up", func() { fee(3, "$500") }, true},
		{"two fees, no frame between", func() { fee(5, "$4") }, false},
		{"and a second", func() { fee(7, "$3") }, true},
		{"insurance for several", func() {
			for i := range nb.Therapists {
				insurance(i, "no")
			}
			insurance(9, "yes")
		}, true},
		{"a cleared fee", func() { nb.Therapists[7].ClearAnswer(checklist.QFee) }, true},
	}
	marked := 0
	for _, st := range steps {
		st.change()
		m = m.SetNotebook(nb).SetSize(160, 60)
		if !st.frame {
			continue
		}
		fresh := sized(nb, 160, 60)
		if len(fresh.viewRows) != len(m.viewRows) || len(fresh.viewCols) != len(m.viewCols) {
			t.Fatalf("%s: the kept comparison lays out %dx%d, a fresh one %dx%d", st.name,
				len(m.viewRows), len(m.viewCols), len(fresh.viewRows), len(fresh.viewCols))
		}
		for r := range m.viewRows {
			for vc := range m.viewCols {
				got, want := m.isBest(m.viewRows[r], vc), fresh.isBest(fresh.viewRows[r], vc)
				if got != want {
					t.Errorf("%s: row %s, column %d: kept best %v, fresh %v", st.name, m.g.rows[m.viewRows[r]].id, vc, got, want)
				}
				if got {
					marked++
				}
			}
		}
	}
	if marked == 0 {
		t.Fatal("no best mark anywhere: the test compared nothing")
	}
}

// TestNewFromAnEarlierJudgement: the comparison opened from a judgement
// made before answers, a budget or the roster changed (the one the root
// makes off the UI goroutine after the first key) draws what one judged
// afresh does.
func TestNewFromAnEarlierJudgement(t *testing.T) {
	nb := withPartner(makeNotebook(8))
	changes := []struct {
		name   string
		change func()
	}{
		{"nothing", func() {}},
		{"an answer", func() {
			nb.Therapists[2].SetAnswer(checklist.QInsurance, checklist.Answer{Status: checklist.StatusAnswered, Value: "no"})
		}},
		{"a fee", func() {
			nb.Therapists[4].SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusAnswered, Value: "$20"})
		}},
		{"the budget", func() { nb.BudgetPerSession = "$95" }},
		{"a therapist gone", func() { nb.Therapists = nb.Therapists[1:] }},
	}
	for _, c := range changes {
		earlier := assess.Judge(nb)
		c.change()
		got := NewFromJudgement(nb, testStyles, earlier).SetSize(160, 50).View()
		if want := sized(nb, 160, 50).View(); got != want {
			t.Errorf("after %s changed, the comparison drew:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}

// TestKeptBestMarksFollowTheCheck: a credential check recorded while the
// comparison is kept (the answers unchanged) moves the license row's ★ as
// it does in a comparison built afresh (TestCompareBestFollowsTheCheck):
// the kept marks used to miss it.
func TestKeptBestMarksFollowTheCheck(t *testing.T) {
	nb := makeNotebook(2)
	// Not must-haves: a red flag then rules nobody out.
	nb.Importance[checklist.QLicense] = checklist.Important
	nb.Importance[checklist.QContact] = checklist.Important
	for i := range nb.Therapists {
		nb.Therapists[i].SetAnswer(checklist.QLicense, answered(checklist.Yes))
	}
	m := sized(nb, 160, 48)
	r := rowIndex(t, m, checklist.QLicense)
	_ = m.isBest(r, 0) // the row's marks worked out, and kept
	nb.Therapists[0].Verification = store.Verification{License: store.LicenseNotFound}
	m = m.SetNotebook(nb).SetSize(160, 48)
	fresh := sized(nb, 160, 48)
	if !fresh.isBest(r, 1) {
		t.Fatal("the test needs the license said and not contradicted to hold the ★")
	}
	for vc := range m.viewCols {
		if got, want := m.isBest(r, vc), fresh.isBest(r, vc); got != want {
			t.Errorf("column %d: kept ★ %v, afresh %v", vc, got, want)
		}
	}
}
