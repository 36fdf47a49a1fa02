package compare

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// paneText is one paragraph of the detail pane with its style.
type paneText struct {
	text  string
	style lipgloss.Style
}

// paneLines draws the detail pane as exactly n lines of l.paneW columns,
// starting at the person's scroll offset.
func (m Model) paneLines(l cmpLayout, n int) []string {
	w := max(l.paneW-2, 1) // one column of margin each side
	all := m.paneWrapped(w)
	off := min(m.detailOff, max(len(all)-n, 0))
	all = all[off:]
	out := make([]string, n)
	for i := range out {
		switch {
		case i == n-1 && len(all) > n:
			out[i] = " " + m.styles.PaneFaint.Render(cell.Fit("↓ more: J scrolls, K goes back", w)) + " "
		case i < len(all):
			out[i] = " " + cell.Fit(all[i], w) + " "
		default:
			out[i] = strings.Repeat(" ", l.paneW)
		}
		out[i] = cell.Fit(out[i], l.paneW)
	}
	return out
}

// paneWrapped is every line of the pane's text wrapped to w columns.
func (m Model) paneWrapped(w int) []string {
	var all []string
	for _, p := range m.paneParagraphs() {
		if p.text == "" {
			all = append(all, "")
			continue
		}
		for _, line := range strings.Split(ansi.Wrap(p.text, w, " "), "\n") {
			all = append(all, p.style.Render(cell.Fit(line, w)))
		}
	}
	return all
}

// scrollPaneDown moves the pane one line down, never past its last page,
// so that K answers at once after J was pressed too often.
func (m *Model) scrollPaneDown() {
	l := m.layout()
	if m.detailOff < len(m.paneWrapped(max(l.paneW-2, 1)))-l.paneH {
		m.detailOff++
	}
}

// paneParagraphs says what the pane shows: the legend when it is open, the
// score breakdown on the header row or when asked for, else the selected
// cell in full.
func (m Model) paneParagraphs() []paneText {
	if len(m.viewCols) == 0 {
		return nil
	}
	if m.legend {
		return m.legendParagraphs()
	}
	col := &m.g.cols[m.viewCols[m.selCol]]
	if m.breakdown || m.selRow < 0 || len(m.viewRows) == 0 {
		return m.breakdownParagraphs(col)
	}
	r := m.viewRows[m.selRow]
	row := &m.g.rows[r]
	if row.kind != rowQuestion {
		return m.costParagraphs(row, col)
	}
	return m.cellParagraphs(r, col)
}

// cellParagraphs shows the whole answer, the notes, any flag and why the
// question matters.
func (m Model) cellParagraphs(r int, col *cmpCol) []paneText {
	st := m.styles
	row := &m.g.rows[r]
	q := row.q
	out := []paneText{
		{m.g.groups[row.group].title + " › " + row.label, st.PaneTitle},
		{"Ask: " + safetext.Line(q.Prompt), st.PaneFaint},
	}
	a, ok := col.th.Answers[q.ID]
	who := col.name
	if q.Personal && m.g.partner != "" {
		who = col.name + ", for " + m.personName()
	}
	out = append(out, paneText{who + ": " + answerWords(q, a, ok), st.PaneText})
	if ok && a.Note != "" {
		out = append(out, paneText{"Note: " + safetext.Line(head(a.Note, paneMax)), st.PaneText})
	}
	if q.Personal && m.g.partner != "" {
		pa, pok := col.th.PartnerAnswers[q.ID]
		out = append(out, paneText{col.name + ", for " + m.g.partner + ": " + answerWords(q, pa, pok), st.PaneText})
		if pok && pa.Note != "" {
			out = append(out, paneText{"Note (" + m.g.partner + "): " + safetext.Line(head(pa.Note, paneMax)), st.PaneText})
		}
		if m.g.cell(r, m.viewCols[m.selCol]).differ {
			out = append(out, paneText{markDiffer + " You rated this two or more steps apart: worth talking over before choosing.", st.Differ})
		}
	}
	if checked := checkedWords(q.ID, col.th.Verification); checked != "" {
		out = append(out, paneText{checked, st.PaneText})
	}
	for _, f := range col.flags {
		if f.QuestionID == q.ID {
			out = append(out, paneText{flagWords(f), flagStyle(st, f.Level)})
		}
	}
	if m.isBest(r, m.selCol) {
		out = append(out, paneText{markBest + " Best in this row among the therapists shown (" + betterWords(q) + ").", st.Best})
	}
	out = append(out, paneText{}, paneText{safetext.Line(checklist.WhyText(q)), st.PaneFaint},
		paneText{"Source: " + safetext.Line(checklist.SourceText(q)), st.PaneFaint})
	return out
}

// costParagraphs shows a derived cost with the assumption it rests on.
func (m Model) costParagraphs(row *cmpRow, col *cmpCol) []paneText {
	st := m.styles
	out := []paneText{{costGroupTitle + " › " + row.label, st.PaneTitle}}
	cost, ok, what := col.monthly, col.hasMonthly, "a month"
	needs := "the fee per session and how often you would meet (weekly, every two weeks or monthly)"
	if row.kind == rowCourse {
		cost, ok, what = col.course, col.hasCourse, "for the whole course"
		needs = "the fee per session and how long therapy will last (and, for a length in weeks, months or years, how often you would meet)"
	}
	if !ok {
		out = append(out, paneText{col.name + ": " + textUnanswered + " no estimate yet: it needs " + needs + ".", st.PaneText})
		return out
	}
	out = append(out,
		paneText{col.name + ": about " + checklist.FormatDollars(cost.Cents) + " " + what + ".", st.PaneText},
		paneText{"Assumption: " + safetext.Line(cost.Assumption) + ".", st.PaneFaint},
		paneText{"An estimate from the answers, not a quote.", st.PaneFaint},
	)
	return out
}

// breakdownParagraphs explains a fit score: what it weighed, what each
// question earned, the must-haves missed and every flag with its source.
func (m Model) breakdownParagraphs(col *cmpCol) []paneText {
	st := m.styles
	sc := m.g.fullScore(col)
	out := []paneText{{fmt.Sprintf("Fit score of %s: %d out of 100", col.name, sc.Value), st.PaneTitle}}
	if sc.Dealbreaker {
		out = append(out, paneText{markFlag + " Out, whatever the score: a red flag below is on a must-have of yours. That is your setting (i changes it); each flag quotes its page.", st.Flag})
	}
	if len(sc.MustMissed) > 0 {
		names := make([]string, len(sc.MustMissed))
		for i, id := range sc.MustMissed {
			names[i] = m.g.set.ShortLabel(id)
		}
		out = append(out, paneText{"! Must-haves not met: " + strings.Join(names, ", ") + ".", st.Flag})
	}
	if len(sc.Parts) == 0 {
		out = append(out, paneText{"Nothing carries weight yet: set your priorities (i).", st.PaneFaint})
	} else {
		out = append(out, paneText{"Each question's share (points × importance), largest first:", st.PaneFaint})
		for _, p := range sc.Parts {
			out = append(out, paneText{"  " + safetext.Line(p.Reason) + " [" + p.Importance.Label() + "]", st.PaneText})
		}
	}
	if len(col.flags) > 0 {
		out = append(out, paneText{}, paneText{"Flags", st.PaneTitle})
		for _, f := range col.flags {
			out = append(out, paneText{flagWords(f), flagStyle(st, f.Level)})
		}
	}
	return out
}

// flagWords is a flag in one paragraph: marker, title, fact and the seed
// document it comes from.
func flagWords(f assess.Flag) string {
	return fmt.Sprintf("%s %s: %s (source: %s)", f.Level.Marker(), f.Title, f.Fact, checklist.SourceLabel(f.Source))
}

func flagStyle(st *theme.Styles, l assess.Level) lipgloss.Style {
	switch l {
	case assess.Red:
		return st.Flag
	case assess.Amber:
		return st.Differ
	}
	return st.Best
}

// answerWords is an answer in full, or what is missing.
func answerWords(q checklist.Question, a checklist.Answer, ok bool) string {
	if !ok {
		return "not asked yet"
	}
	switch a.State() {
	case checklist.StateAnswered:
		return safetext.Line(checklist.Display(q, head(a.Value, paneMax)))
	case checklist.StateSkipped:
		return "skipped (you chose not to ask)"
	case checklist.StateNoted:
		return "not answered yet (a note is saved)"
	}
	return "not asked yet"
}

// betterWords says which way a question's order runs.
func betterWords(q checklist.Question) string {
	switch q.Better {
	case checklist.Yes, checklist.No:
		return "\"" + q.Better + "\" is the better answer"
	case "lower":
		return "lower is better"
	case "higher":
		return "higher is better"
	case "earlier":
		return "earlier is better"
	case "first":
		return "earlier in the list is better"
	}
	return "lower is better"
}

// checkedWords is what the person's credential check recorded for the
// license or AASECT question, "" when nothing: "You checked the license
// (21 Nov 2026): active · LMFT · 10442".
func checkedWords(id string, v store.Verification) string {
	var where, date string
	var parts []string
	switch {
	case id == checklist.QLicense && (v.License != "" || v.LicenseNumber != "" || v.LicenseType != ""):
		where, date = "the license", v.LicenseCheckedOn
		parts = []string{v.License.Text(), v.LicenseType, v.LicenseNumber}
	case id == checklist.QAASECT && v.AASECT != "":
		where, date = "AASECT", v.AASECTCheckedOn
		parts = []string{v.AASECT.Text()}
	default:
		return ""
	}
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(safetext.Line(head(p, paneMax))); p != "" {
			keep = append(keep, p)
		}
	}
	if date = checklist.DateText(head(date, 40)); date != "" {
		where += " (" + date + ")"
	}
	return "You checked " + where + ": " + strings.Join(keep, " · ")
}
