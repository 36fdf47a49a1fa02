package export

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// mdEscaper escapes one line of text for Markdown, in a table cell or
// running text. A strings.Replacer makes one pass and never rescans its own
// output, so the backslash added before a pipe is not itself escaped again:
// the effect is "backslash first, then the rest". It escapes:
//   - backslash, then pipe, so a cell cannot end early or split a row;
//   - the inline markers ` * _ [ ] ~, so an answer cannot turn into code,
//     emphasis, a link or an image;
//   - < > as HTML entities, so no tag reaches a renderer that allows raw
//     HTML (<script> becomes &lt;script&gt;); & is handled by
//     escapeEntities before, so that a plain "&" stays readable.
//
// Line breaks are not its business: md and mdBlock split text into lines
// first.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`,
	`|`, `\|`,
	"`", "\\`",
	`*`, `\*`,
	`_`, `\_`,
	`[`, `\[`,
	`]`, `\]`,
	`~`, `\~`,
	`<`, `&lt;`,
	`>`, `&gt;`,
)

// mdLineBreak joins the lines of a multi-line text in a table cell or a
// heading, where Markdown has no line break of its own: " / " reads the
// same in every renderer and in the plain file. A "<br>" would break the
// line only where raw HTML is allowed; renderers that drop raw HTML (many
// do, for safety) would run the lines together or show the tag.
const mdLineBreak = " / "

// entityStart matches an "&" that a Markdown renderer would read as the
// start of a character reference: "&name;", "&#60;", "&#x3C;" (CommonMark
// needs the semicolon after a name; any "&#" is escaped, to be safe).
var entityStart = regexp.MustCompile(`&(?:#|[A-Za-z][A-Za-z0-9]*;)`)

// escapeEntities escapes the "&" of each would-be character reference as
// "&amp;", so "&lt;" in a note shows as typed rather than as "<", and
// leaves every other "&" alone: "Education & experience" stays readable
// in the Markdown source too.
func escapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entityStart.ReplaceAllStringFunc(s, func(m string) string { return "&amp;" + m[1:] })
}

// mdLines cleans untrusted text (safetext.Clean strips terminal sequences
// and control characters) and returns its lines, each trimmed and escaped:
// "&" first (escapeEntities, on the text as written, so that the entities
// mdEscaper writes are not escaped again), then the rest (mdEscaper). Blank
// lines are dropped.
func mdLines(s string) []string {
	var out []string
	for _, l := range strings.Split(safetext.Clean(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, mdEscaper.Replace(escapeEntities(l)))
		}
	}
	return out
}

// md makes untrusted text safe for Markdown on one line (a table cell, a
// heading, a list item's label): its lines, escaped, joined by
// mdLineBreak.
func md(s string) string {
	return strings.Join(mdLines(s), mdLineBreak)
}

// mdHeading keeps escaped text whole as the end of an ATX heading: a
// trailing "#" would be read as the heading's optional closing sequence
// and vanish, so it is escaped.
func mdHeading(escaped string) string {
	if strings.HasSuffix(escaped, "#") {
		return escaped[:len(escaped)-1] + `\#`
	}
	return escaped
}

// mdBlockBreak ends a line inside a list item with a CommonMark hard line
// break (a backslash before the newline, needing no HTML) and indents the
// next line under the item's "- ".
const mdBlockBreak = "\\\n  "

// orderedStart matches a line that Markdown would read as the start of an
// ordered list: digits, then "." or ")", then a space or the end.
var orderedStart = regexp.MustCompile(`^[0-9]+[.)]( |$)`)

// mdBlock makes untrusted text safe as the rest of a list item ("- " and a
// label come before it) while keeping its lines: they are joined by hard
// line breaks (mdBlockBreak), and each line after the first goes through
// mdLineStart, so a note stays one list item of plain text in any
// CommonMark renderer.
func mdBlock(s string) string {
	lines := mdLines(s)
	for i := 1; i < len(lines); i++ {
		lines[i] = mdLineStart(lines[i])
	}
	return strings.Join(lines, mdBlockBreak)
}

// mdLineStart escapes the character that would make escaped text start a
// block when it begins a line or a list item: a heading ("#" or "###"
// then a space), a bullet ("-" or "+" then a space), a rule or setext
// underline (a line of "-" or "=" alone), an ordered list ("1." or "1)").
// Text that only looks alike ("+3.0", "#2", "--x") is left as written.
// The other block starts are escaped everywhere by mdEscaper (* _ ` ~ |)
// or turned into entities (< >), and mdLines trims the indentation that
// would make code.
func mdLineStart(l string) string {
	if l == "" {
		return l
	}
	c := l[0]
	afterRun := strings.TrimLeft(l, string(c))
	onlyRun := strings.Trim(l, string(c)+" ") == ""
	var block bool
	switch c {
	case '#':
		block = afterRun == "" || afterRun[0] == ' '
	case '-', '+':
		block = len(l) == 1 || l[1] == ' ' || c == '-' && onlyRun
	case '=':
		block = onlyRun
	default:
		if orderedStart.MatchString(l) {
			n := strings.IndexAny(l, ".)")
			return l[:n] + `\` + l[n:]
		}
	}
	if block {
		return `\` + l
	}
	return l
}

// mdCell is the Markdown table cell for row r of therapist t: the compact
// value, "—" when unanswered, "skipped" when skipped. Free-text answers are
// written out in full (checklist.Display) rather than compacted: the export
// is the record the person keeps, and Compact cuts text to a few words.
func mdCell(r row, t *store.Therapist) string {
	cell := mdAnswer(r, t)
	// What the person confirmed themselves, as the comparison marks it.
	if conf, ok := assess.Confirm(t, r.q.ID); ok {
		cell += " " + md(conf.Text)
	}
	return cell
}

// mdAnswer is mdCell without the confirmation mark.
func mdAnswer(r row, t *store.Therapist) string {
	a, ok := r.answer(t)
	switch {
	case !ok:
		return "—"
	case a.Status == checklist.StatusSkipped:
		return "skipped"
	case !a.Answered():
		return "—"
	case r.q.Kind == checklist.KindText:
		return md(checklist.Display(r.q, a.Value))
	}
	return md(checklist.Compact(r.q, a.Value))
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
// document behind each, fit scores with their breakdown, and every note.
func Markdown(w io.Writer, nb *store.Notebook) error {
	if nb == nil {
		return errNoNotebook
	}
	var b strings.Builder
	names := make([]string, len(nb.Therapists))
	for i := range nb.Therapists {
		names[i] = md(therapistName(&nb.Therapists[i], i))
	}

	mdIntro(&b, nb)
	if len(nb.Therapists) == 0 {
		b.WriteString("No therapists in this notebook yet.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	mdTherapists(&b, nb, names)
	for _, s := range sections(nb) {
		fmt.Fprintf(&b, "## %s\n\n", md(s.cat.Title))
		mdTableHead(&b, "Question", names)
		for _, r := range s.rows {
			cells := []string{md(r.label)}
			for i := range nb.Therapists {
				cells = append(cells, mdCell(r, &nb.Therapists[i]))
			}
			mdRow(&b, cells)
		}
		b.WriteString("\n")
	}
	mdCosts(&b, nb, names)
	mdFlags(&b, nb, names)
	mdScores(&b, nb, names)
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
	switch me, partner := md(nb.People.MeName()), md(nb.People.PartnerName()); {
	case me != "" && partner != "":
		who = append(who, fmt.Sprintf("For %s and %s.", me, partner))
	case me != "":
		who = append(who, fmt.Sprintf("For %s.", me))
	}
	if c, ok := checklist.Cents(nb.BudgetPerSession); ok {
		who = append(who, fmt.Sprintf("Budget: %s per session.", md(checklist.FormatCents(c, false))))
	}
	if len(who) > 0 {
		b.WriteString(strings.Join(who, " ") + "\n\n")
	}
	b.WriteString("Written by vetted. This file holds private health information: keep it where only you can read it.\n\n")
}

// mdTherapists lists the therapists with credentials and where things stand.
func mdTherapists(b *strings.Builder, nb *store.Notebook, names []string) {
	b.WriteString("## Therapists\n\n")
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		fmt.Fprintf(b, "%d. **%s**", i+1, names[i])
		if c := safetext.Line(t.Credentials); c != "" {
			fmt.Fprintf(b, ", %s", md(c))
		}
		fmt.Fprintf(b, ": %s", md(t.Status.Text()))
		var dates []string
		if d := safetext.Line(t.ContactedOn); d != "" {
			dates = append(dates, "contacted "+md(d))
		}
		if d := safetext.Line(t.ConsultOn); d != "" {
			dates = append(dates, "consultation "+md(d))
		}
		if len(dates) > 0 {
			fmt.Fprintf(b, " (%s)", strings.Join(dates, ", "))
		}
		b.WriteString(".\n")
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
			notes = append(notes, fmt.Sprintf("%s, %s: %s", names[i], kind, md(c.Assumption)))
			cells = append(cells, fmt.Sprintf("%s [^%d]", md(checklist.FormatDollars(c.Cents)), len(notes)))
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
func mdFlags(b *strings.Builder, nb *store.Notebook, names []string) {
	b.WriteString("## Flags\n\n")
	for i := range nb.Therapists {
		fmt.Fprintf(b, "### %s\n\n", mdHeading(names[i]))
		flags := assess.Flags(&nb.Therapists[i])
		if len(flags) == 0 {
			b.WriteString("No flags from the answers so far.\n\n")
			continue
		}
		for _, f := range flags {
			fmt.Fprintf(b, "- %s %s: %s (%s). %s Source: %s.\n",
				f.Level.Marker(), f.Level, md(f.Title), md(checklist.ShortLabel(f.QuestionID)), md(f.Fact), md(checklist.SourceLabel(f.Source)))
		}
		b.WriteString("\n")
	}
}

// mdScores writes each therapist's fit score with what it is made of.
func mdScores(b *strings.Builder, nb *store.Notebook, names []string) {
	b.WriteString("## Fit scores\n\n")
	b.WriteString("Out of 100: how much of what matters to you each therapist is known to offer, weighted by your priorities (must-have 3, important 2, nice to have 1). Unanswered questions earn nothing.\n\n")
	// FitScores ranges the roster once; a FitScore each would grow with
	// the square of the roster.
	scores := assess.FitScores(nb)
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		sc := scores[i]
		fmt.Fprintf(b, "### %s: %d/100\n\n", names[i], sc.Value)
		if sc.Dealbreaker {
			b.WriteString("- ✗ Dealbreaker: a red flag was raised (see Flags).\n")
		}
		if len(sc.MustMissed) > 0 {
			fmt.Fprintf(b, "- ✗ Must-haves not met: %s.\n", md(shortList(nb, sc.MustMissed)))
		}
		if d := assess.Disagreements(t); len(d) > 0 {
			fmt.Fprintf(b, "- ! %s and %s differ by 2 or more on: %s.\n", md(myName(nb)), md(partnerName(nb)), md(shortList(nb, d)))
		}
		for _, p := range sc.Parts {
			fmt.Fprintf(b, "- %s (%s)\n", mdLineStart(md(p.Reason)), p.Importance.Label())
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
		fmt.Fprintf(b, "### %s\n\n", mdHeading(names[i]))
		var lines []string
		if n := mdBlock(t.Notes); n != "" {
			lines = append(lines, fmt.Sprintf("%s: %s", md(notesLabel(nb.People.MeName())), n))
		}
		if n := mdBlock(t.PartnerNotes); n != "" {
			lines = append(lines, fmt.Sprintf("%s: %s", md(notesLabel(partnerName(nb))), n))
		}
		for _, s := range secs {
			for _, r := range s.rows {
				a, ok := r.answer(t)
				n := mdBlock(a.Note)
				if !ok || n == "" {
					continue
				}
				label := md(r.label)
				if a.Status == checklist.StatusSkipped {
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
			b.WriteString("- " + mdLineStart(l) + "\n")
		}
		b.WriteString("\n")
	}
}
