package export

import (
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// sheetGroup is one block of the spreadsheet exports (CSV and xlsx): a
// title ("Summary", a category, "Notes") and its rows. The CSV repeats the
// title in a first column on every row; the xlsx gives it a row of its own.
type sheetGroup struct {
	title string
	rows  []sheetRow
}

// sheetRow is one row of a spreadsheet export: its label and one cell per
// therapist. The text is as the notebook holds it, not yet cleaned: each
// writer cleans it (and CSV guards formulas), so that a leading tab or CR
// that cleaning removes can still be seen.
type sheetRow struct {
	label string
	cells []string
}

// sheetHeader returns the therapists' names for the header row, raw, with
// a stand-in for an empty or blank one so that no column is left without a heading.
func sheetHeader(nb *store.Notebook) []string {
	names := make([]string, len(nb.Therapists))
	for i := range nb.Therapists {
		names[i] = nb.Therapists[i].Name
		if strings.TrimSpace(safetext.Line(names[i])) == "" {
			names[i] = nb.Therapists[i].DisplayName(i)
		}
	}
	return names
}

// sheetGroups lays nb out as the spreadsheet exports show it: the fit
// score and flags first, so they are seen before scrolling; then who each
// therapist is; one group per category, one row per question in interview
// order (a partner row follows each personal question when there is a
// partner); the derived costs; and the notes on each therapist.
func sheetGroups(nb *store.Notebook) []sheetGroup {
	each := func(label string, cell func(t *store.Therapist) string) sheetRow {
		r := sheetRow{label: label, cells: make([]string, len(nb.Therapists))}
		for i := range nb.Therapists {
			r.cells[i] = cell(&nb.Therapists[i])
		}
		return r
	}
	cost := func(f func(*store.Therapist) (assess.Cost, bool)) func(t *store.Therapist) string {
		return func(t *store.Therapist) string {
			c, ok := f(t)
			if !ok {
				return ""
			}
			return fmt.Sprintf("%s (%s)", checklist.FormatDollars(c.Cents), c.Assumption)
		}
	}

	// One judgement for the whole roster: scoring each therapist on its
	// own would rescan the roster for each, and grow with its square.
	judged := assess.Judge(nb)
	scores := judged.Scores(nb.Importance)
	fit, flags := sheetRow{label: "Fit score"}, sheetRow{label: "Flags"}
	for i := range nb.Therapists {
		fit.cells = append(fit.cells, fitText(nb, scores[i]))
		flags.cells = append(flags.cells, flagsText(judged.Flags(i)))
	}
	groups := []sheetGroup{
		{title: "Summary", rows: []sheetRow{fit, flags}},
		{title: "Therapist", rows: []sheetRow{
			each("Credentials", func(t *store.Therapist) string { return t.Credentials }),
			each("Status", func(t *store.Therapist) string { return t.Status.Text() }),
		}},
	}
	for _, s := range sections(nb) {
		g := sheetGroup{title: s.cat.Title}
		for _, r := range s.rows {
			g.rows = append(g.rows, each(r.label, func(t *store.Therapist) string { return sheetValue(r, t) }))
		}
		groups = append(groups, g)
	}
	groups = append(groups, sheetGroup{title: "Costs", rows: []sheetRow{
		each("Cost per month", cost(assess.MonthlyCost)),
		each("Cost of whole course", cost(assess.CourseCost)),
	}})
	notes := sheetGroup{title: "Notes", rows: []sheetRow{
		each(notesLabel(nb.People.MeName()), func(t *store.Therapist) string { return t.Notes }),
	}}
	if nb.People.HasPartner() || anyPartnerNotes(nb) {
		notes.rows = append(notes.rows, each(notesLabel(partnerName(nb)), func(t *store.Therapist) string { return t.PartnerNotes }))
	}
	return append(groups, notes)
}

// fitText is the fit score cell: "72/100", then the dealbreaker and the
// must-haves not met, if any.
func fitText(nb *store.Notebook, sc assess.Score) string {
	v := fmt.Sprintf("%d/100", sc.Value)
	if sc.Dealbreaker {
		v += "; out: a red flag on a must-have"
	}
	if len(sc.MustMissed) > 0 {
		v += "; must-haves not met: " + shortList(nb, sc.MustMissed)
	}
	return v
}

// flagsText is the flags cell: each flag's marker, level and title, so the
// level reads without colour.
func flagsText(flags []assess.Flag) string {
	var out []string
	for _, f := range flags {
		out = append(out, fmt.Sprintf("%s %s: %s", f.Level.Marker(), f.Level, f.Title))
	}
	return strings.Join(out, "; ")
}

// sheetValue is the cell for row r of therapist t: the full value
// (checklist.Display), then " — " and the note when there is one. An
// unanswered question is an empty cell; a skipped one reads "skipped"
// (checklist.StatusSkipped).
// The mark the person's own check adds sits right after the value, before
// the note: "yes ✓ confirmed — LMFT". A note without an answer follows an
// empty value: "— she will call back", so that vetted import reads it back
// as a note and not as an answer.
func sheetValue(r row, t *store.Therapist) string {
	a, _ := r.answer(t)
	var v string
	switch a.State() {
	case checklist.StateSkipped:
		v = string(checklist.StatusSkipped)
	case checklist.StateAnswered:
		v = checklist.Display(r.q, a.Value)
	}
	// What the person confirmed themselves, as the comparison marks it.
	if conf, ok := assess.Confirm(t, r.q.ID); ok {
		v = strings.TrimSpace(v + " " + conf.Text)
	}
	if n := strings.TrimSpace(safetext.Clean(a.Note)); n != "" {
		if v == "" {
			return "— " + n
		}
		v += " — " + n
	}
	return v
}

// anyPartnerNotes reports whether any therapist has notes from the partner.
func anyPartnerNotes(nb *store.Notebook) bool {
	for i := range nb.Therapists {
		if nb.Therapists[i].PartnerNotes != "" {
			return true
		}
	}
	return false
}
