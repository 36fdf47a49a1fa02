package compare

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// The comparison tells "said yes on the call" from "confirmed": a
// confirmed license reads "yes ✓ confirmed", a claimed one the person's
// check did not find reads "said yes", without the ✓ of a good answer,
// and raises a red flag; one found with limits says so.
func TestCompareMarksConfirmedCredentials(t *testing.T) {
	nb := makeNotebook(4)
	nb.Therapists[0].Verification = store.Verification{License: store.LicenseActive, AASECT: store.AASECTCertified}
	nb.Therapists[2].Verification = store.Verification{License: store.LicenseNotFound}
	nb.Therapists[3].Verification = store.Verification{License: store.LicenseRestricted}
	nb.Therapists[0].Answers[checklist.QAASECT] = answered(checklist.AASECTCertified)

	lic := screenCells(t, nb, question(t, checklist.QLicense))
	for i, want := range []string{"yes ✓ confirmed", "yes", "said yes ✗ not found (red flag) ! must-have", "yes ! with limits (flag)"} {
		if !strings.HasSuffix(lic[i], want) {
			t.Errorf("license cell %d = %q, want it to end %q", i, lic[i], want)
		}
	}
	if strings.Contains(lic[2], "✓") {
		t.Errorf("a license the check did not find keeps the ✓ of a good answer: %q", lic[2])
	}
	if strings.Contains(lic[1], "confirmed") {
		t.Errorf("a claim nobody checked reads as confirmed: %q", lic[1])
	}
	if got := screenCells(t, nb, question(t, checklist.QAASECT))[0]; !strings.Contains(got, "✓ confirmed") {
		t.Errorf("AASECT cell = %q, want a confirmed mark", got)
	}

	m := New(nb, testStyles)
	if !m.g.cols[2].dealbreaker {
		t.Error("a claimed license the look-up did not find must rule the therapist out")
	}
	if m.g.cols[3].dealbreaker || m.g.cols[3].amber == 0 {
		t.Errorf("restricted: dealbreaker %v, amber %d; want an amber flag only", m.g.cols[3].dealbreaker, m.g.cols[3].amber)
	}
}

// "Differences only" sees a confirmation: two "yes" answers, one confirmed,
// are not the same.
func TestCompareConfirmationIsADifference(t *testing.T) {
	nb := makeNotebook(2)
	nb.Therapists[1].Answers[checklist.QContact] = answered("no") // no dealbreaker in the way
	m := New(nb, testStyles)
	r := rowIndex(t, m, checklist.QLicense)
	if m.g.cell(r, 0).key != m.g.cell(r, 1).key {
		t.Fatalf("fixture: license answers differ already")
	}
	nb.Therapists[0].Verification.License = store.LicenseActive
	m = New(nb, testStyles)
	if m.g.cell(r, 0).key == m.g.cell(r, 1).key {
		t.Error("a confirmed and an unconfirmed yes compare equal")
	}
}

func rowIndex(t *testing.T, m Model, id string) int {
	t.Helper()
	for r, row := range m.g.rows {
		if row.kind == rowQuestion && row.q.ID == id {
			return r
		}
	}
	t.Fatalf("no row %s", id)
	return -1
}

func question(t *testing.T, id string) checklist.Question {
	t.Helper()
	q, ok := checklist.ByID(id)
	if !ok {
		t.Fatalf("no question %s", id)
	}
	return q
}

// The detail pane of the license row says what the person checked, with
// the red flag and its advice.
func TestCompareDetailShowsTheCheck(t *testing.T) {
	nb := makeNotebook(2)
	nb.Therapists[0].Verification = store.Verification{License: store.LicenseNotFound, LicenseType: "LMFT", LicenseNumber: "10442", LicenseCheckedOn: "2026-11-21"}
	m := sized(nb, 120, 50)
	m, _ = press(m, keyDown) // Training → State license
	v := strings.Join(strings.Fields(plain(m)), " ")
	for _, want := range []string{
		"You checked the license (21 Nov 2026): not found · LMFT · 10442",
		"Said they hold a license; your check did not find it",
		"(AASECT) website offers a directory",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("detail pane lacks %q:\n%s", want, plain(m))
		}
	}
}

// A license the person's check did not find never earns the row's ★, even
// where the call said yes and the license is no longer a must-have (so the
// therapist is still in the running): best-in-row reads the same checked
// answer as the cell and the score.
func TestCompareBestFollowsTheCheck(t *testing.T) {
	nb := makeNotebook(2)
	// Neither is a must-have: a red flag then rules nobody out.
	nb.Importance[checklist.QLicense] = checklist.Important
	nb.Importance[checklist.QContact] = checklist.Important
	for i := range nb.Therapists {
		nb.Therapists[i].Answers[checklist.QLicense] = answered(checklist.Yes)
	}
	nb.Therapists[0].Verification = store.Verification{License: store.LicenseNotFound}
	m := New(nb, testStyles).SetSize(160, 48)
	r := rowIndex(t, m, checklist.QLicense)
	if m.g.cols[0].dealbreaker || m.g.cols[1].dealbreaker {
		t.Fatal("the test needs both therapists still in the running")
	}
	if m.isBest(r, 0) {
		t.Error("a license the check did not find has the row's ★")
	}
	if !m.isBest(r, 1) {
		t.Error("the license said and not contradicted lost the row's ★")
	}
}
