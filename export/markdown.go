package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/mdtext"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// mdCell is the Markdown table cell for row r of therapist t: the compact
// value, "—" when unanswered, "skipped" when skipped. Free-text answers are
// written out in full (checklist.Display) rather than compacted: the export
// is the record the person keeps, and Compact cuts text to a few words.
func mdCell(r row, t *store.Therapist) string {
	cell := mdAnswer(r, t)
	// A check that overrides the call leaves the call's answer unjudged,
	// as in the comparison: "said yes ✗ not found".
	if a, _ := r.answer(t); a.State() == checklist.StateAnswered {
		if _, why, _ := assess.Checked(t, r.q.ID); why != "" {
			cell = "said " + mdtext.Line(checklist.Display(r.q, a.Value))
		}
	}
	// What the person confirmed themselves, as the comparison marks it.
	if conf, ok := assess.Confirm(t, r.q.ID); ok {
		cell += " " + mdtext.Line(conf.Text)
	}
	return cell
}

// mdAnswer is mdCell without the confirmation mark.
func mdAnswer(r row, t *store.Therapist) string {
	a, _ := r.answer(t)
	switch {
	case a.State() == checklist.StateSkipped:
		return "skipped"
	case a.State() == checklist.StateNoted:
		// Not answered, but a note is kept (under Notes below).
		return "— ✎ note"
	case a.State() != checklist.StateAnswered:
		return "—"
	case r.q.Kind == checklist.KindText:
		return mdtext.Line(checklist.Display(r.q, a.Value))
	}
	return mdtext.Line(checklist.Compact(r.q, a.Value))
}

// mdRow writes one table row of already escaped cells.
func mdRow(b *strings.Builder, cells []string) {
	b.WriteString("|")
	for _, c := range cells {
		if c == "" {
			c = " "
		}
		b.WriteString(" " + c + " |")
	}
	b.WriteString("\n")
}

// mdTableHead writes a table's header row (first column title, then one
// column per therapist) and its delimiter row.
func mdTableHead(b *strings.Builder, first string, names []string) {
	mdRow(b, append([]string{first}, names...))
	delim := make([]string, len(names)+1)
	for i := range delim {
		delim[i] = "---"
	}
	mdRow(b, delim)
}

// Markdown writes a comparison of nb's therapists for reading or printing:
// who they are, one table per category with a column per therapist, derived
// costs with their assumptions as footnotes, flags with the fact and seed
// document behind each, fit scores with their breakdown, the check-ins
// after sessions (when there are any), and every note.
func Markdown(w io.Writer, nb *store.Notebook) error {
	if nb == nil {
		return errNoNotebook
	}
	var b strings.Builder
	names := make([]string, len(nb.Therapists))
	for i := range nb.Therapists {
		names[i] = mdtext.Line(nb.Therapists[i].DisplayName(i))
	}

	mdIntro(&b, nb)
	if len(nb.Therapists) == 0 {
		b.WriteString("No therapists in this notebook yet.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	mdTherapists(&b, nb, names)
	for _, s := range sections(nb) {
		fmt.Fprintf(&b, "## %s\n\n", mdtext.Line(s.cat.Title))
		mdTableHead(&b, "Question", names)
		for _, r := range s.rows {
			cells := []string{mdtext.Line(r.label)}
			for i := range nb.Therapists {
				cells = append(cells, mdCell(r, &nb.Therapists[i]))
			}
			mdRow(&b, cells)
		}
		b.WriteString("\n")
	}
	mdCosts(&b, nb, names)
	// One judgement for flags and scores alike.
	judged := assess.Judge(nb)
	mdFlags(&b, nb, judged, names)
	mdScores(&b, nb, judged, names)
	mdCheckIns(&b, nb, names)
	mdNotes(&b, nb, names)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdIntro writes the title and who the comparison is for. A line it has
// nothing for is left out, so no blank lines pile up before the first
// table.
func mdIntro(b *strings.Builder, nb *store.Notebook) {
	b.WriteString("# Choosing a sex therapist: comparison\n\n")
	var who []string
	switch me, partner := mdtext.Line(nb.People.MeName()), mdtext.Line(nb.People.PartnerName()); {
	case me != "" && partner != "":
		who = append(who, fmt.Sprintf("For %s and %s.", me, partner))
	case me != "":
		who = append(who, fmt.Sprintf("For %s.", me))
	}
	if c, ok := checklist.Cents(nb.BudgetPerSession); ok {
		who = append(who, fmt.Sprintf("Budget: %s per session.", mdtext.Line(checklist.FormatCents(c, false))))
	}
	if len(who) > 0 {
		b.WriteString(strings.Join(who, " ") + "\n\n")
	}
	b.WriteString("Written by vetted. This file holds private health information: keep it where only you can read it.\n\n")
}

// mdTherapists lists the therapists with credentials and where things
// stand, then every other detail the person entered (Details), one
// indented line each; a detail not set is left out.
func mdTherapists(b *strings.Builder, nb *store.Notebook, names []string) {
	b.WriteString("## Therapists\n\n")
	details := Details()
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		fmt.Fprintf(b, "%d. **%s**", i+1, names[i])
		if c := safetext.Line(t.Credentials); c != "" {
			fmt.Fprintf(b, ", %s", mdtext.Line(c))
		}
		fmt.Fprintf(b, ": %s", mdtext.Line(t.Status.Text()))
		var dates []string
		if d := checklist.DateText(t.ContactedOn); d != "" {
			dates = append(dates, "contacted "+mdtext.Line(d))
		}
		if d := checklist.DateText(t.ConsultOn); d != "" {
			dates = append(dates, "consultation "+mdtext.Line(d))
		}
		if len(dates) > 0 {
			fmt.Fprintf(b, " (%s)", strings.Join(dates, ", "))
		}
		b.WriteString(".\n")
		for _, d := range details {
			switch d.Label {
			case "Credentials", "Status", "Contacted on", "Consultation on":
				continue // on the line above
			}
			if v := mdtext.Block(d.Text(d.Get(t))); v != "" {
				fmt.Fprintf(b, "   - %s: %s\n", d.Label, v)
			}
		}
	}
	b.WriteString("\n")
}

// mdCosts writes the derived monthly and whole-course costs, each with its
// assumption as a numbered footnote under the table.
func mdCosts(b *strings.Builder, nb *store.Notebook, names []string) {
	b.WriteString("## Costs\n\n")
	b.WriteString("Worked out from each therapist's answers, before insurance; the footnotes say how.\n\n")
	mdTableHead(b, "Cost", names)
	var notes []string
	costRow := func(label, kind string, cost func(*store.Therapist) (assess.Cost, bool)) {
		cells := []string{label}
		for i := range nb.Therapists {
			c, ok := cost(&nb.Therapists[i])
			if !ok {
				cells = append(cells, "—")
				continue
			}
			notes = append(notes, fmt.Sprintf("%s, %s: %s", names[i], kind, mdtext.Line(c.Assumption)))
			cells = append(cells, fmt.Sprintf("%s [^%d]", mdtext.Line(checklist.FormatDollars(c.Cents)), len(notes)))
		}
		mdRow(b, cells)
	}
	costRow("Per month", "per month", assess.MonthlyCost)
	costRow("Whole course", "whole course", assess.CourseCost)
	b.WriteString("\n")
	for i, n := range notes {
		fmt.Fprintf(b, "[^%d]: %s\n", i+1, n)
	}
	if len(notes) > 0 {
		b.WriteString("\n")
	}
}

// mdFlags writes each therapist's flags with the fact and seed document
// they rest on. Markers (✗ ! ✓) say the level without colour.
func mdFlags(b *strings.Builder, nb *store.Notebook, judged *assess.Judgement, names []string) {
	b.WriteString("## Flags\n\n")
	for i := range nb.Therapists {
		fmt.Fprintf(b, "### %s\n\n", mdtext.Heading(names[i]))
		flags := judged.Flags(i)
		if len(flags) == 0 {
			b.WriteString("No flags from the answers so far.\n\n")
			continue
		}
		for _, f := range flags {
			fmt.Fprintf(b, "- %s %s: %s (%s). %s Source: %s.\n",
				f.Level.Marker(), f.Level, mdtext.Line(f.Title), mdtext.Line(nb.Catalogue().ShortLabel(f.QuestionID)), mdtext.Line(f.Fact), mdtext.Line(checklist.SourceLabel(f.Source)))
		}
		b.WriteString("\n")
	}
}

// mdScores writes each therapist's fit score with what it is made of.
func mdScores(b *strings.Builder, nb *store.Notebook, judged *assess.Judgement, names []string) {
	b.WriteString("## Fit scores\n\n")
	b.WriteString("Out of 100: how much of what matters to you each therapist is known to offer, weighted by your priorities (must-have 3, important 2, nice to have 1). Unanswered questions earn nothing.\n\n")
	scores := judged.Scores(nb.Importance)
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		sc := scores[i]
		fmt.Fprintf(b, "### %s: %d/100\n\n", names[i], sc.Value)
		if sc.Dealbreaker {
			b.WriteString("- ✗ Out, whatever the score: a red flag on a must-have of yours (see Flags; your priorities can change it).\n")
		}
		if len(sc.MustMissed) > 0 {
			fmt.Fprintf(b, "- ✗ Must-haves not met: %s.\n", mdtext.Line(shortList(nb, sc.MustMissed)))
		}
		if d := assess.Disagreements(t); len(d) > 0 {
			fmt.Fprintf(b, "- ! %s and %s differ by 2 or more on: %s.\n", mdtext.Line(myName(nb)), mdtext.Line(partnerName(nb)), mdtext.Line(shortList(nb, d)))
		}
		for _, p := range sc.Parts {
			fmt.Fprintf(b, "- %s (%s)\n", mdtext.LineStart(mdtext.Line(p.Reason)), p.Importance.Label())
		}
		b.WriteString("\n")
	}
}

// shortList joins the Short labels of question IDs in nb's catalogue.
func shortList(nb *store.Notebook, ids []string) string {
	set := nb.Catalogue()
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = set.ShortLabel(id)
	}
	return strings.Join(out, ", ")
}

// mdNotes writes the therapists' notes, the partner's notes and every
// answer's note, under each therapist.
func mdNotes(b *strings.Builder, nb *store.Notebook, names []string) {
	b.WriteString("## Notes\n\n")
	secs := sections(nb)
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		fmt.Fprintf(b, "### %s\n\n", mdtext.Heading(names[i]))
		var lines []string
		if n := mdtext.Block(t.Notes); n != "" {
			lines = append(lines, fmt.Sprintf("%s: %s", mdtext.Line(notesLabel(nb.People.MeName())), n))
		}
		if n := mdtext.Block(t.PartnerNotes); n != "" {
			lines = append(lines, fmt.Sprintf("%s: %s", mdtext.Line(notesLabel(partnerName(nb))), n))
		}
		for _, s := range secs {
			for _, r := range s.rows {
				a, ok := r.answer(t)
				n := mdtext.Block(a.Note)
				if !ok || n == "" {
					continue
				}
				label := mdtext.Line(r.label)
				if a.State() == checklist.StateSkipped {
					label += " (skipped)"
				}
				lines = append(lines, label+": "+n)
			}
		}
		if len(lines) == 0 {
			b.WriteString("No notes.\n\n")
			continue
		}
		for _, l := range lines {
			b.WriteString("- " + mdtext.LineStart(l) + "\n")
		}
		b.WriteString("\n")
	}
}
