package interview

// Drawing the interview: the question with its category tabs and progress
// above the answer widget, the note and the hint below it.

import (
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/profile"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

func (iv Model) view() string {
	if len(iv.inputs) == 0 {
		return ""
	}
	c := iv.chrome()
	state := c.saved
	if iv.widget().dirty() {
		state = c.edited
	}
	widget := iv.widget().view(iv.common.Styles, iv.common.Width, c.widgetH)
	return c.top + "\n" + state + "\n" + c.gap + widget + "\n" + c.gap + iv.bottom(c)
}

// topView is the title, the category tabs, the progress line and the
// prompt: what is drawn above the state line (see stateLines). Compact,
// for small terminals, puts the title and progress on one line and leaves
// out the tabs.
func (iv Model) topView(compact bool) string {
	s := iv.common.Styles
	w := iv.common.Width
	t := iv.therapist()
	name := ""
	var answers map[string]checklist.Answer
	if t != nil {
		name, answers = safetext.Line(field.Shown(t.Name)), t.Answers
	}
	q := iv.current()
	prompt := s.Prompt.Render(cell.Wrap(safetext.Line(q.Prompt), w))
	var parts []string
	if compact {
		parts = []string{
			cell.Cut(s.Title.Render(name)+s.Muted.Render(" · "+iv.progress(answers)), w),
			prompt,
		}
	} else {
		parts = []string{
			s.Title.Render(cell.Cut("Interview · "+name, w)),
			cell.Cut(iv.tabsView(answers), w),
			s.Muted.Render(cell.Cut(iv.progress(answers), w)),
			"", prompt,
		}
	}
	if iv.canSwitch() {
		// Whose answer the keys go to, above both stored answers.
		parts = append(parts, iv.recordingLine(w))
	}
	return strings.Join(parts, "\n")
}

// tabsView shows each category's answered count; the current one is in
// brackets, so it is visible without colour.
func (iv Model) tabsView(answers map[string]checklist.Answer) string {
	s := iv.common.Styles
	cur := iv.current().Category
	t := &store.Therapist{Answers: answers}
	set := iv.common.Notebook().Catalogue()
	counts := assess.CategoryCounts(set)
	parts := make([]string, 0, len(counts))
	for _, c := range counts {
		label := fmt.Sprintf("%s %d/%d", c.Letter, assess.AnsweredIn(set, t, c.ID), c.Total)
		if c.ID == cur {
			parts = append(parts, s.TabActive.Render("["+label+"]"))
		} else {
			parts = append(parts, s.Tab.Render(" "+label+" "))
		}
	}
	return strings.Join(parts, " ")
}

// progress reads "Fees & insurance 2/4 · 17/24 answered · 1 skipped".
func (iv Model) progress(answers map[string]checklist.Answer) string {
	q := iv.current()
	cat, _ := iv.common.Notebook().Catalogue().CategoryByID(q.Category)
	pos, inCat := 0, 0
	answered, skipped := 0, 0
	for i, other := range iv.questions {
		if other.Category == q.Category {
			inCat++
			if i <= iv.index {
				pos++
			}
		}
		switch answers[other.ID].State() {
		case checklist.StateAnswered:
			answered++
		case checklist.StateSkipped:
			skipped++
		}
	}
	out := fmt.Sprintf("%s %d/%d · %d/%d answered", safetext.Line(cat.Title), pos, inCat, answered, len(iv.questions))
	if skipped > 0 {
		out += fmt.Sprintf(" · %d skipped", skipped)
	}
	return out
}

// stateLines say what is stored for the question, on one line: saved is
// drawn while the widget holds what is stored, edited while it holds an
// edit not yet saved.
func (iv Model) stateLines() (saved, edited string) {
	s := iv.common.Styles
	w := iv.common.Width
	q := iv.current()
	var a checklist.Answer
	if t := iv.therapist(); t != nil {
		a = t.Answers[q.ID]
	}
	var out string
	switch {
	case iv.canSwitch():
		out = iv.bothAnswersLine()
	case a.State() == checklist.StateAnswered:
		said := safetext.Line(checklist.Display(q, a.Value))
		// ✓ is good news elsewhere: an answer that raises a flag is
		// marked as the flag is, never with ✓.
		switch f, flagged := iv.flagRaised(q, a.Value); {
		case flagged && f.Level == assess.Red:
			out = s.Error.Render("✗ answered: " + said + " (red flag)")
		case flagged:
			out = s.Warn.Render("! answered: " + said + " (flag)")
		default:
			out = s.OK.Render("✓ answered: " + said)
		}
	case a.State() == checklist.StateSkipped:
		out = s.Muted.Render("↷ skipped")
	case a.State() == checklist.StateNoted:
		out = s.Muted.Render("✎ not answered yet (a note is saved)")
	default:
		out = s.Muted.Render("· not answered yet")
	}
	return cell.Cut(out, w), cell.Cut(out+s.Warn.Render("  ! edited, enter saves"), w)
}

// messageLine is the problem, notice or question line below the widget;
// a space when there is none, so the layout does not jump.
func (iv Model) messageLine() string {
	s := iv.common.Styles
	w := iv.common.Width
	switch {
	case iv.confirm.Asking():
		return iv.confirm.View(s, w)
	case iv.problem != "":
		return s.Error.Render(twoLines("✗ "+iv.problem, w))
	case iv.notice != "" && iv.noticeLevel == noticeRed:
		return s.Error.Render(twoLines(iv.notice, w))
	case iv.notice != "" && iv.noticeLevel == noticeAmber:
		return s.Warn.Render(twoLines(iv.notice, w))
	case iv.notice != "":
		return s.OK.Render(twoLines(iv.notice, w))
	}
	return " "
}

// twoLines wraps a problem or notice to w columns, at most two lines (the
// second cut with "…"): one line cut the answer's echo, or what to do
// next ("esc returns to the roster"), at 80 columns.
func twoLines(s string, w int) string {
	return strings.Join(cell.WrapMost(s, max(1, w), 2), "\n")
}

// noteLine is the note of the question on one line: the input, or an
// offer to add one.
func (iv Model) noteLine() string {
	s := iv.common.Styles
	w := iv.common.Width
	noteLabel, addLabel := "Note", "add a note"
	if iv.forPartner() {
		p := cell.Cut(iv.partnerName(), nameWidth)
		noteLabel, addLabel = p+"'s note", "add a note for "+p
	}
	var note string
	switch n := iv.note(); {
	case iv.noteFocus:
		note = s.Focused.Render("› "+noteLabel+" (ctrl+n): ") + n.View()
	case n.Value() == "":
		// Without colour a placeholder looks typed; say it is an offer.
		lead := "  + " + addLabel + " (ctrl+n): "
		note = s.Label.Render(lead + cell.CutWords(NotePlaceholder(iv.current()), w-cell.Width(lead)))
	default:
		note = s.Label.Render("  "+noteLabel+" (ctrl+n): ") + n.View()
	}
	return cell.Cut(note, w)
}

// hintView is why to ask the question and the seed it comes from, after
// a blank line. Compact leaves out the blank line and runs the source on.
func (iv Model) hintView(compact bool) string {
	s := iv.common.Styles
	q := iv.current()
	hintW := max(1, iv.common.Width-s.Hint.GetHorizontalFrameSize())
	// An own question's hint is the person's words, not a seed's fact:
	// WhyText and SourceText say so.
	why := safetext.Line(checklist.WhyText(q))
	if q.ID == checklist.QExperience {
		if mine := profile.ConcernsHint(iv.common.Notebook()); mine != "" {
			why += " " + mine
		}
	}
	source := "Source: " + safetext.Line(checklist.SourceText(q))
	if compact {
		return s.Hint.Render(cell.Wrap(why+" "+source, hintW))
	}
	return "\n" + s.Hint.Render(cell.Wrap(why, hintW)+"\n"+cell.Wrap(source, hintW))
}
