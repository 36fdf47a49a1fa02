package compare

import (
	"slices"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// TestSetNotebookAgreesWithNew checks that a comparison brought up to date
// with SetNotebook, which keeps what unchanged therapists gave (verdicts,
// costs, best marks), draws what a comparison opened afresh on the same
// notebook draws, after each kind of change, on every part of the table
// (walking right and down) and in the score breakdown.
func TestSetNotebookAgreesWithNew(t *testing.T) {
	set := func(i int, id, v string) func(nb *store.Notebook) {
		return func(nb *store.Notebook) {
			nb.Therapists[i].SetAnswer(id, checklist.Answer{Status: checklist.StatusAnswered, Value: v})
		}
	}
	changes := map[string]func(nb *store.Notebook){
		"a yes/no":             set(0, checklist.QInsurance, "yes"),
		"the cheapest fee":     set(2, checklist.QFee, "1.00"),
		"a red flag":           set(3, checklist.QContact, "yes"),
		"an answer cleared":    func(nb *store.Notebook) { nb.Therapists[0].ClearAnswer(checklist.QFee) },
		"an orphan":            set(1, "custom.gone", "kept"),
		"a name":               func(nb *store.Notebook) { nb.Therapists[2].Name = "Dr. New Name" },
		"an importance":        func(nb *store.Notebook) { nb.Importance[checklist.QContact] = checklist.Important },
		"a therapist removed":  func(nb *store.Notebook) { nb.Therapists = slices.Delete(nb.Therapists, 1, 2) },
		"the roster reordered": func(nb *store.Notebook) { slices.Reverse(nb.Therapists[1:]) }, // the selected one stays first
		"a partner's answer": func(nb *store.Notebook) {
			nb.Therapists[0].SetPartnerAnswer(checklist.QComfort, checklist.Answer{Status: checklist.StatusAnswered, Value: "1"})
		},
		"the budget":               func(nb *store.Notebook) { nb.BudgetPerSession = "100.00" },
		"a check of a credential":  func(nb *store.Notebook) { nb.Therapists[0].Verification.License = store.LicenseNotFound },
		"nothing, a second time":   func(nb *store.Notebook) {},
		"a status, declined":       func(nb *store.Notebook) { nb.Therapists[4].Status = store.Declined },
		"a new therapist's column": func(nb *store.Notebook) { nb.Therapists = append(nb.Therapists, makeNotebook(9).Therapists[8]) },
	}
	walk := []tea.KeyMsg{keyRight, keyRight, keyDown, keyDown, keyDown, runes("b"), keyRight, keyRight, keyRight}
	for name, change := range changes {
		t.Run(name, func(t *testing.T) {
			nb := withPartner(makeNotebook(8))
			m := sized(nb, 120, 40)
			_ = m.View()
			change(nb)
			m = m.SetNotebook(nb).SetSize(120, 40)
			fresh := sized(nb, 120, 40)
			for i, k := range walk {
				if got, want := m.View(), fresh.View(); got != want {
					t.Fatalf("after %d keys:\n%s\nwant (opened afresh):\n%s", i, got, want)
				}
				m, _ = press(m, k)
				fresh, _ = press(fresh, k)
			}
		})
	}
}
