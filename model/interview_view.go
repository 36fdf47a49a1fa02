package model

// Drawing the interview: the question with its category tabs and progress
// above the answer widget, the note and the hint below it.

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

func (iv interviewModel) view() string {
	if len(iv.widgets) == 0 {
		return ""
	}
	top, bottom, h, gap := iv.layout()
	widget := iv.widget().view(iv.common.styles, iv.common.width, h)
	return top + "\n" + gap + widget + "\n" + gap + bottom
}

// layout draws the parts around the answer widget and returns the height
// left for it. The hint always shows; blank lines around the widget go
// first when space is short.
func (iv interviewModel) layout() (top, bottom string, widgetH int, gap string) {
	natural := iv.widget().naturalHeight()
	for _, compact := range []bool{false, true} {
		top, bottom = iv.topView(compact), iv.bottomView(compact)
		spare := iv.common.height - lipgloss.Height(top) - lipgloss.Height(bottom)
		if compact || spare >= min(natural, 3) {
			if spare-2 >= natural {
				spare -= 2
				gap = "\n"
			}
			return top, bottom, max(1, spare), gap
		}
	}
	return top, bottom, 1, ""
}

// topView is the title, the category tabs, the progress line, the prompt
// and what is stored for the question. Compact, for small terminals, puts
// the title and progress on one line and leaves out the tabs.
func (iv interviewModel) topView(compact bool) string {
	s := iv.common.styles
	w := iv.common.width
	t := iv.therapist()
	name := ""
	var answers map[string]checklist.Answer
	if t != nil {
		name, answers = safetext.Line(shown(t.Name)), t.Answers
	}
	q := iv.current()
	prompt := s.Prompt.Render(wrap(safetext.Line(q.Prompt), w))
	state := cell.Cut(iv.stateLine(answers[q.ID]), w)
	if iv.canSwitch() {
		// Whose answer the keys go to, then both stored answers.
		state = iv.recordingLine(w) + "\n" + state
	}
	if compact {
		return strings.Join([]string{
			cell.Cut(s.Title.Render(name)+s.Muted.Render(" · "+iv.progress(answers)), w),
			prompt, state,
		}, "\n")
	}
	return strings.Join([]string{
		s.Title.Render(cell.Cut("Interview · "+name, w)),
		cell.Cut(iv.tabsView(answers), w),
		s.Muted.Render(cell.Cut(iv.progress(answers), w)),
		"", prompt, state,
	}, "\n")
}

// tabsView shows each category's answered count; the current one is in
// brackets, so it is visible without colour.
func (iv interviewModel) tabsView(answers map[string]checklist.Answer) string {
	s := iv.common.styles
	cur := iv.current().Category
	t := &store.Therapist{Answers: answers}
	parts := make([]string, 0, len(categoryCounts))
	for _, c := range categoryCounts {
		label := fmt.Sprintf("%s %d/%d", c.letter, answeredIn(t, c.id), c.total)
		if c.id == cur {
			parts = append(parts, s.TabActive.Render("["+label+"]"))
		} else {
			parts = append(parts, s.Tab.Render(" "+label+" "))
		}
	}
	return strings.Join(parts, " ")
}

// progress reads "Fees & insurance 2/4 · 17/24 answered · 1 skipped".
func (iv interviewModel) progress(answers map[string]checklist.Answer) string {
	q := iv.current()
	cat, _ := checklist.CategoryByID(q.Category)
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
	out := fmt.Sprintf("%s %d/%d · %d/%d answered", cat.Title, pos, inCat, answered, len(iv.questions))
	if skipped > 0 {
		out += fmt.Sprintf(" · %d skipped", skipped)
	}
	return out
}

// stateLine says what is stored for the question, and whether the widget
// holds an edit not yet saved.
func (iv interviewModel) stateLine(a checklist.Answer) string {
	s := iv.common.styles
	q := iv.current()
	var out string
	switch {
	case iv.canSwitch():
		out = iv.bothAnswersLine()
	case a.State() == checklist.StateAnswered:
		out = s.OK.Render("✓ answered: " + safetext.Line(checklist.Display(q, a.Value)))
	case a.State() == checklist.StateSkipped:
		out = s.Muted.Render("↷ skipped")
	case a.State() == checklist.StateNoted:
		out = s.Muted.Render("✎ not answered yet (a note is saved)")
	default:
		out = s.Muted.Render("· not answered yet")
	}
	if iv.widget().dirty() {
		out += s.Warn.Render("  ! edited, enter saves")
	}
	return out
}

// bottomView is the problem or notice line, the note, and the hint with
// its source. Compact leaves out the blank line and runs the source on.
func (iv interviewModel) bottomView(compact bool) string {
	s := iv.common.styles
	w := iv.common.width
	q := iv.current()
	msg := " "
	switch {
	case iv.confirm.asking():
		msg = iv.confirm.view(s, w)
	case iv.problem != "":
		msg = s.Error.Render(cell.Cut("✗ "+iv.problem, w))
	case iv.notice != "" && iv.noticeLevel == noticeRed:
		msg = s.Error.Render(cell.Cut(iv.notice, w))
	case iv.notice != "" && iv.noticeLevel == noticeAmber:
		msg = s.Warn.Render(cell.Cut(iv.notice, w))
	case iv.notice != "":
		msg = s.OK.Render(cell.Cut(iv.notice, w))
	}
	var note string
	noteLabel, addLabel := "Note", "add a note"
	if iv.forPartner() {
		p := cell.Cut(iv.partnerName(), nameWidth)
		noteLabel, addLabel = p+"'s note", "add a note for "+p
	}
	switch n := *iv.note(); {
	case iv.noteFocus:
		note = s.Focused.Render("› "+noteLabel+" (ctrl+n): ") + n.View()
	case n.Value() == "":
		// Without colour a placeholder looks typed; say it is an offer.
		lead := "  + " + addLabel + " (ctrl+n): "
		note = s.Label.Render(lead + cell.CutWords(notePlaceholder(q), w-cell.Width(lead)))
	default:
		note = s.Label.Render("  "+noteLabel+" (ctrl+n): ") + n.View()
	}
	note = cell.Cut(note, w)
	hintW := max(1, w-s.Hint.GetHorizontalFrameSize())
	why := "Why ask: " + safetext.Line(q.Hint)
	source := "Source: " + safetext.Line(checklist.SourceLabel(q.Source))
	if compact {
		return strings.Join([]string{msg, note, s.Hint.Render(wrap(why+" "+source, hintW))}, "\n")
	}
	hint := s.Hint.Render(wrap(why, hintW) + "\n" + wrap(source, hintW))
	return strings.Join([]string{msg, note, "", hint}, "\n")
}
