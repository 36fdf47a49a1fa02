package priorities

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
)

// The comparison's markers, so both screens mark the same things alike
// (see model/compare's grid.go).
const (
	markFlag     = "✗"
	markSelected = "›"
	markDiffer   = "≠"
)

// prioLabelW is the width of the label column of the priorities list.
const prioLabelW = 28

// View draws the priorities: exactly height lines of width columns.
func (m Model) View() string {
	if m.width < prioritiesMinW || m.height < prioritiesMinH {
		return m.smallView()
	}
	st := m.styles
	out := make([]string, 0, m.height)
	out = append(out, cell.Fit(st.Title.Render("Priorities")+"  "+st.Status.Render("what the fit score weighs; each change is saved"), m.width))
	out = append(out, st.Rule.Render(strings.Repeat("─", m.width)))
	h := m.listHeight()
	for i := m.off; i < m.off+h; i++ {
		if i >= len(m.items) {
			out = append(out, strings.Repeat(" ", m.width))
			continue
		}
		out = append(out, cell.Fit(m.itemLine(i), m.width))
	}
	out = append(out, st.Rule.Render(strings.Repeat("─", m.width)))
	desc := m.description()
	for i := 0; i < 2; i++ {
		line := ""
		if i < len(desc) {
			line = desc[i]
		}
		out = append(out, cell.Fit(line, m.width))
	}
	status := st.Status.Render("Unranked questions count as their brackets show (most: nice to have). A must-have missed is named in the score breakdown.")
	if m.err != "" {
		status = st.Error.Render(markFlag + " " + m.err + " Nothing was saved.")
	}
	out = append(out, cell.Fit(status, m.width))
	return strings.Join(out, "\n")
}

func (m Model) smallView() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	lines := strings.Split(ansi.Wrap("Terminal too small for the priorities.", m.width, " "), "\n")
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	for i := range lines {
		lines[i] = cell.Fit(lines[i], m.width)
	}
	return strings.Join(lines, "\n")
}

// itemLine draws one line of the list.
func (m Model) itemLine(i int) string {
	st := m.styles
	item := m.items[i]
	if item.kind == prioHeading {
		return " " + st.Heading.Render(item.title)
	}
	sel := i == m.sel
	gutter, ls := " ", st.RowLabel
	if sel {
		gutter, ls = markSelected, st.RowLabelSel
	}
	line := gutter + ls.Render(cell.Fit(item.title, prioLabelW-2)) + " "
	if item.kind == prioQuestion {
		return line + m.stepsText(item.q.ID, m.width-prioLabelW)
	}
	if sel && m.editing {
		v := m.input.View()
		if m.err != "" {
			v += " " + st.Error.Render(markFlag)
		}
		return line + v
	}
	return line + m.fieldValue(item.kind)
}

// fieldValue is a field's saved value, or what leaving it empty means.
func (m Model) fieldValue(k prioItemKind) string {
	st := m.styles
	switch k {
	case prioMe:
		if m.me == "" {
			return st.Missing.Render("not set (enter to edit)")
		}
		return m.me
	case prioPartner:
		if m.partner == "" {
			return st.Missing.Render("choosing alone (enter to add a partner)")
		}
		return m.partner
	case prioBudget:
		if m.budget == "" {
			return st.Missing.Render("no budget (enter to set one)")
		}
		fee, _ := checklist.ByID(checklist.QFee)
		return safetext.Line(checklist.Display(fee, cell.Head(m.budget, nameMax)))
	}
	return ""
}

// stepsText draws a question's importance: every step with the current one
// in brackets when there is room, else only the current one between
// arrows. Brackets, not colour, carry the choice.
func (m Model) stepsText(id string, room int) string {
	st := m.styles
	cur := m.importanceOf(id)
	var b strings.Builder
	for i, step := range importanceSteps {
		label := step.Label()
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == cur {
			b.WriteString(st.CellSel.Render("[" + label + "]"))
		} else {
			b.WriteString(st.Missing.Render(" " + label + " "))
		}
	}
	if s := b.String(); ansi.StringWidth(s) <= room {
		return s
	}
	left, right := "◂ ", " ▸"
	if cur == 0 {
		left = "  "
	}
	if cur == len(importanceSteps)-1 {
		right = ""
	}
	return left + st.CellSel.Render("["+importanceSteps[cur].Label()+"]") + right
}

// description explains the selected item in two lines.
func (m Model) description() []string {
	st := m.styles
	item := m.items[m.sel]
	switch item.kind {
	case prioMe:
		return []string{st.PaneFaint.Render("Your name labels your own ratings when a partner rates too.")}
	case prioPartner:
		return []string{st.PaneFaint.Render("With a partner's name, the comparison shows both comfort ratings and marks a gap of two or more with " + markDiffer + ".")}
	case prioBudget:
		return []string{st.PaneFaint.Render("The fee per session scores full points at or under this budget, none above it.")}
	}
	out := []string{st.PaneText.Render(safetext.Line(item.q.Prompt))}
	if cc := m.closeCalls[item.q.ID]; len(cc) > 0 {
		out = append(out, st.CloseCall.Render(strings.Join(cc, " ")))
	} else {
		out = append(out, st.PaneFaint.Render(safetext.Line(item.q.Hint)))
	}
	return out
}
