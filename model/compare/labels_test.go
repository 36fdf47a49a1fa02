package compare

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/store"
)

// TestOneLabelOnEverySurface answers every choice of every yes/no, choice
// and multi question (one therapist per choice) and reads the answer back
// from the comparison's cells, the Markdown export and the CSV export: all
// three must call it by the same label, the one checklist.Display gives.
// Only the judgement marks the screen and Markdown add (✓ ✗ ? and a flag
// suffix) may differ; once "video", "Telehealth" and "2-weekly", "Every two
// weeks" named one answer on different surfaces.
func TestOneLabelOnEverySurface(t *testing.T) {
	for _, q := range checklist.Catalogue() {
		var values []string
		switch q.Kind {
		case checklist.KindYesNo:
			values = []string{"yes", "no", "unsure"}
		case checklist.KindChoice, checklist.KindMulti:
			var all []string
			for _, c := range q.Choices {
				values = append(values, c.ID)
				all = append(all, c.ID)
			}
			if q.Kind == checklist.KindMulti {
				values = append(values, strings.Join(all, ","))
			}
		default:
			continue
		}
		t.Run(q.ID, func(t *testing.T) {
			nb := labelNotebook(q, values)
			screen := screenCells(t, nb, q)
			md := markdownCells(t, nb, q)
			sheet := csvCells(t, nb, q)
			for i, v := range values {
				want := checklist.Display(q, v)
				got := map[string]string{
					"screen":   stripMarks(screen[i]),
					"markdown": stripMarks(strings.ReplaceAll(md[i], `\`, "")),
					"csv":      sheet[i],
				}
				for surface, label := range got {
					if label != want {
						t.Errorf("%s %q: %s says %q, want %q (screen %q, markdown %q, csv %q)",
							q.ID, v, surface, label, want, screen[i], md[i], sheet[i])
					}
				}
			}
		})
	}
}

// labelNotebook has one therapist per value, each answering only q.
func labelNotebook(q checklist.Question, values []string) *store.Notebook {
	nb := store.New()
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	for i, v := range values {
		nb.Therapists = append(nb.Therapists, store.Therapist{
			ID: fmt.Sprintf("t%03d", i), Name: fmt.Sprintf("T%d", i), Status: store.Interviewed,
			Answers: map[string]checklist.Answer{q.ID: {Status: checklist.StatusAnswered, Value: v, At: at}},
			Created: at, Updated: at,
		})
	}
	return nb
}

// stripMarks removes the judgement a cell adds around the label: a leading
// ✓, ✗, ? or ! and a trailing flag or must-have note.
func stripMarks(s string) string {
	for _, m := range []string{"✓ ", "✗ ", "? ", "! "} {
		s = strings.TrimPrefix(s, m)
	}
	for _, suffix := range []string{" ! must-have", " (red flag)", " (flag)"} {
		s = strings.TrimSuffix(s, suffix)
	}
	return s
}

// screenCells returns the comparison's cell text for q, therapist by
// therapist in roster order.
func screenCells(t *testing.T, nb *store.Notebook, q checklist.Question) []string {
	t.Helper()
	m := New(nb, testStyles)
	for r, row := range m.g.rows {
		if row.kind != rowQuestion || row.q.ID != q.ID {
			continue
		}
		out := make([]string, len(nb.Therapists))
		for c, col := range m.g.cols {
			out[col.ti] = m.g.cell(r, c).text
		}
		return out
	}
	t.Fatalf("no comparison row for %s", q.ID)
	return nil
}

// markdownCells returns the Markdown export's cells of q's row.
func markdownCells(t *testing.T, nb *store.Notebook, q checklist.Question) []string {
	t.Helper()
	var b bytes.Buffer
	if err := export.Markdown(&b, nb); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) == len(nb.Therapists)+1 && cells[0] == q.Short {
			return cells[1:]
		}
	}
	t.Fatalf("no Markdown row for %s in:\n%s", q.Short, b.String())
	return nil
}

// csvCells returns the CSV export's cells of q's row.
func csvCells(t *testing.T, nb *store.Notebook, q checklist.Question) []string {
	t.Helper()
	var b bytes.Buffer
	if err := export.CSV(&b, nb); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&b)
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range records {
		// Category, Question, then one column per therapist (what the
		// person set about the question follows).
		if len(rec) >= len(nb.Therapists)+2 && rec[1] == q.Short {
			return rec[2 : 2+len(nb.Therapists)]
		}
	}
	t.Fatalf("no CSV row for %s", q.Short)
	return nil
}

// TestBestMarkSkipsTheRuledOutAndSoloCouples: a therapist with a red flag
// never gets ★, even with the best value of a row; "sees couples" gets no
// ★ when the person names no partner.
func TestBestMarkSkipsTheRuledOutAndSoloCouples(t *testing.T) {
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	ans := func(pairs ...string) map[string]checklist.Answer {
		m := map[string]checklist.Answer{}
		for i := 0; i < len(pairs); i += 2 {
			m[pairs[i]] = checklist.Answer{Status: checklist.StatusAnswered, Value: pairs[i+1], At: at}
		}
		return m
	}
	nb := store.New()
	nb.Therapists = []store.Therapist{
		{ID: "a", Name: "Cheap but out", Status: store.Interviewed, Created: at, Updated: at,
			Answers: ans(checklist.QFee, "90.00", checklist.QContact, "yes", checklist.QPartners, "yes")},
		{ID: "b", Name: "Mid", Status: store.Interviewed, Created: at, Updated: at,
			Answers: ans(checklist.QFee, "120.00", checklist.QPartners, "yes")},
		{ID: "c", Name: "Dear", Status: store.Interviewed, Created: at, Updated: at,
			Answers: ans(checklist.QFee, "150.00", checklist.QPartners, "no")},
	}
	best := func(nb *store.Notebook, id string) []bool {
		m := New(nb, testStyles)
		m.layoutBest()
		for r, row := range m.g.rows {
			if row.kind == rowQuestion && row.q.ID == id {
				out := make([]bool, len(m.viewCols))
				for i, c := range m.viewCols {
					out[m.g.cols[c].ti] = m.isBest(r, i)
				}
				return out
			}
		}
		t.Fatalf("no row %s", id)
		return nil
	}
	if got := best(nb, checklist.QFee); got[0] || !got[1] || got[2] {
		t.Errorf("fee ★ = %v, want only the second (the first is ruled out)", got)
	}
	if got := best(nb, checklist.QPartners); got[0] || got[1] || got[2] {
		t.Errorf("sees couples ★ without a partner = %v, want none", got)
	}
	nb.People.Partner = "Kai"
	if got := best(nb, checklist.QPartners); got[0] || !got[1] || got[2] {
		t.Errorf("sees couples ★ with a partner = %v, want only the second", got)
	}
}
