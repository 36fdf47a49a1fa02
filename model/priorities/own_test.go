package priorities

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/internal/fixture"
)

// TestOwnQuestionsOnThePrioritiesScreen: a question of one's own with a
// better answer can be weighed; one without is not listed, like a
// built-in one without; a hidden built-in is not listed.
func TestOwnQuestionsOnThePrioritiesScreen(t *testing.T) {
	nb := fixture.MakeNotebook(2)
	q, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindYesNo, Better: "yes", Prompt: "Weekends?", Short: "Weekends"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindText, Prompt: "Parking?", Short: "Parking"}); err != nil {
		t.Fatal(err)
	}
	if err := nb.SetHidden(checklist.QFirstOpening, true); err != nil {
		t.Fatal(err)
	}
	m := New(nb, testStyles, nil).SetSize(100, 30)
	m = toQuestion(t, m, q.ID)
	if !strings.Contains(lineOf(ansi.Strip(m.View()), "Weekends"), "[nice to have]") {
		t.Errorf("own question not weighed:\n%s", ansi.Strip(m.View()))
	}
	m, msg := pressP(m, keyRight)
	if msg != (SetImportanceMsg{q.ID, checklist.Important}) {
		t.Errorf("→ sent %#v", msg)
	}
	for _, it := range m.items {
		if it.kind == prioQuestion && (it.q.Short == "Parking" || it.q.ID == checklist.QFirstOpening) {
			t.Errorf("%s is listed", it.q.ID)
		}
	}
}
