package questions

import (
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
)

// View implements screen.Screen: the list, or the open form, and under
// the list the selected question's hint, or the pending question or
// notice.
func (qm Model) View() string {
	w, h := qm.common.Width, qm.common.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	s := qm.common.Styles
	if qm.form != nil {
		return cell.CutLines(strings.Join(fitLines(qm.form.view(w), h), "\n"), w)
	}
	set := qm.common.Notebook().Catalogue()
	count := len(set.Questions())
	header := s.Title.Render("Your questions") + s.Muted.Render(" · "+screen.Plural(count, "question")+" to ask")
	out := []string{cell.Cut(header, w), ""}
	// Only the rows in the window are drawn, with a line that says how
	// many rows it hides above and below.
	out = append(out, qm.window.View(func(i int) string {
		r := qm.rows[i]
		indent := "    "
		if r.kind == rowCategory || r.kind == rowHeading {
			indent = "  "
		}
		line := indent + r.text
		switch {
		case i == qm.window.Cursor():
			return s.Selected.Render(cell.Cut("› "+line[2:], w))
		case r.kind == rowCategory || r.kind == rowHeading:
			return s.Subtitle.Render(cell.Cut(line, w))
		case r.kind == rowQuestion && set.Hidden(r.q.ID), r.kind == rowOrphan, r.kind == rowArchived:
			return s.Muted.Render(cell.Cut(line, w))
		}
		return cell.Cut(line, w)
	}, s.Muted)...)
	for len(out) < h-2 {
		out = append(out, "")
	}
	out = append(out, qm.footer(w)...)
	return cell.CutLines(strings.Join(fitLines(out, h), "\n"), w)
}

// footer is two lines under the list: the pending yes/no question, news,
// or the selected question's hint.
func (qm Model) footer(w int) []string {
	s := qm.common.Styles
	var text string
	style := s.Muted
	switch {
	case qm.ask.Asking():
		text, style = "! "+qm.ask.Prompt()+" y/n", s.Warn
	case qm.notice != "":
		text = qm.notice
	default:
		if r, ok := qm.selected(); ok && r.kind == rowQuestion {
			text = hintOf(r.q)
		}
	}
	lines := cell.WrapMost(text, max(1, w), 2)
	for len(lines) < 2 {
		lines = append(lines, "")
	}
	for i := range lines {
		lines[i] = style.Render(lines[i])
	}
	return lines
}

// hintOf is a question's answer shape and why it is asked, as the list's
// footer shows it.
func hintOf(q checklist.Question) string {
	shape := checklist.AnswerShape(q)
	if checklist.IsOwn(q.ID) {
		if strings.TrimSpace(q.Hint) == "" {
			return "Answer: " + shape + ". Your own question."
		}
		return "Answer: " + shape + ". Your note: " + safetext.Line(q.Hint)
	}
	return "Answer: " + shape + ". " + safetext.Line(q.Hint)
}

// fitLines keeps at most h lines.
func fitLines(lines []string, h int) []string {
	if len(lines) > h {
		return lines[:h]
	}
	return lines
}
