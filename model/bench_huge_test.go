package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/interview"
	"github.com/vetted-tui/vetted/model/prep"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// hugeNotebook is a notebook near the file's size cap: a 50 MB note, and
// megabytes in every other kind of text (name, contact fields, partner's
// notes, a text answer, an answer's note, the partner's answer, both
// people's names, the budget), as a hand-edited or hostile file may hold.
func hugeNotebook() *store.Notebook {
	big := func(mb int) string { return strings.Repeat("All of this is one note. ", mb<<20/25) }
	nb := notebookWith("Dr Ada", "Dr Bo")
	t := &nb.Therapists[0]
	t.Notes = big(50)
	t.Name = "Dr " + big(1)
	t.Credentials = big(1)
	t.PartnerNotes = big(2)
	t.Answers[checklist.QTraining] = checklist.Answer{Status: checklist.StatusAnswered, Value: big(2), Note: big(2)}
	t.PartnerAnswers = map[string]checklist.Answer{
		checklist.QTraining: {Status: checklist.StatusAnswered, Value: big(1), Note: big(1)},
	}
	nb.People = store.People{Me: "Sam " + big(1), Partner: "Alex " + big(1)}
	nb.BudgetPerSession = big(1)
	t.Phone, t.Email, t.Website, t.Location = big(1), big(1), big(1), big(1)
	return nb
}

// BenchmarkOpenScreenHugeText measures opening each screen (the Update
// that opens it plus the first View) on hugeNotebook. The target is under
// 100 ms per open whatever the file holds; the ms/open metric reports it.
func BenchmarkOpenScreenHugeText(b *testing.B) {
	nb := hugeNotebook()
	id := nb.Therapists[0].ID
	screens := []struct {
		name string
		open func(Model) tea.Msg
	}{
		{"roster", nil},
		{"details", func(Model) tea.Msg { return screen.OpenDetailsMsg{ID: id} }},
		{"interview", func(m Model) tea.Msg { return screen.PushMsg{Screen: interview.New(m.common, id)} }},
		{"compare", func(m Model) tea.Msg {
			return screen.PushMsg{Screen: compare.NewScreen(m.common, ptrTo(compare.New(nb, m.common.Styles)))}
		}},
		{"priorities", func(Model) tea.Msg { return compare.OpenPrioritiesMsg{} }},
		{"prep", func(m Model) tea.Msg { return screen.PushMsg{Screen: prep.New(m.common)} }},
	}
	for _, s := range screens {
		b.Run(s.name, func(b *testing.B) {
			base := New(Options{Notebook: nb})
			next, _ := base.Update(tea.WindowSizeMsg{Width: 160, Height: 50})
			base = next.(Model)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				var m tea.Model = base
				if s.open != nil {
					m, _ = m.Update(s.open(base))
				}
				_ = m.View()
			}
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/open")
		})
	}
}

// ptrTo returns a pointer to a copy of v.
func ptrTo[T any](v T) *T { return &v }
