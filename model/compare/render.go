package compare

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/model/cell"
)

// The comparison needs this much room for its body (the terminal less the
// root's header, status and help lines); below it a short notice is drawn
// instead of a broken table. The root's minimum terminal
// (model.MinWidth×MinHeight) leaves this much with the short help; the
// full help (?) can take more and bring the notice up.
const (
	compareMinW = 56
	compareMinH = MinHeight
	// sidePaneMinW is the width from which the detail pane moves beside
	// the table instead of under it.
	sidePaneMinW = 130
	headerLines  = 3 // names, fit score, flags
)

// cmpLayout is the geometry of one frame, derived from the size alone.
type cmpLayout struct {
	tableW, labelW int
	bodyH          int
	side           bool
	paneW, paneH   int
}

// layout measures the frame. Every size is clamped at zero so that no
// terminal size can make a negative repeat count or slice bound.
func (m Model) layout() cmpLayout {
	var l cmpLayout
	top := 1 + headerLines + 1 // title, header, rule
	if m.g.closeCall != "" {
		top++
	}
	const status = 1 // the position line (row, column)
	l.tableW = m.width
	if m.width >= sidePaneMinW {
		l.side = true
		l.paneW = min(max(m.width/3, 40), 56)
		l.tableW = m.width - l.paneW - 1
		l.paneH = max(m.height-1-status-boolInt(m.g.closeCall != ""), 0)
		l.bodyH = max(m.height-top-status, 0)
	} else {
		l.paneW = m.width
		l.paneH = min(max((m.height-top-status)/3, 3), 10)
		l.bodyH = max(m.height-top-status-l.paneH-1, 0)
	}
	l.labelW = min(m.g.labelWidth+3, max(16, l.tableW/3))
	// Shorter question labels are worth it when they let every therapist
	// show at once: three names at 80 columns rather than two.
	need := 0
	for _, ci := range m.viewCols {
		need += m.g.column(ci).width + 2 // the base width: growCols uses this layout
		if need > l.tableW {
			break // the labels get their narrowest whatever the rest needs
		}
	}
	if l.tableW-l.labelW < need {
		l.labelW = max(compareMinLabelW, min(l.labelW, l.tableW-need))
	}
	return l
}

// compareMinLabelW is the narrowest the question label column gets.
const compareMinLabelW = 22

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// visibleColCount is how many view columns, starting at from, fit beside
// the labels. At least one shows, cut if it must be.
func (m Model) visibleColCount(l cmpLayout, from int) int {
	room := l.tableW - l.labelW
	n := 0
	for i := from; i < len(m.viewCols); i++ {
		room -= m.colWidth(m.viewCols[i]) + 2
		if room < 0 {
			break
		}
		n++
	}
	if n == 0 && from < len(m.viewCols) {
		n = 1
	}
	return n
}

// MinHeight is the smallest body the comparison draws its table in;
// the root keeps that much room for it when the full help is open.
const MinHeight = 11

// View draws the screen: exactly height lines of exactly width columns.
func (m Model) View() string {
	if m.width < compareMinW || m.height < compareMinH {
		return m.smallView()
	}
	l := m.layout()
	out := make([]string, 0, m.height)
	out = append(out, cell.Fit(m.titleLine(), m.width))
	if m.g.closeCall != "" {
		out = append(out, cell.Fit(m.styles.CloseCall.Render(m.g.closeCall), m.width))
	}
	table := m.tableLines(l)
	if l.side {
		pane := m.paneLines(l, len(table))
		sep := m.styles.Rule.Render("│")
		for i, t := range table {
			out = append(out, t+sep+pane[i])
		}
	} else {
		out = append(out, table...)
		out = append(out, m.styles.Rule.Render(strings.Repeat("─", m.width)))
		out = append(out, m.paneLines(l, l.paneH)...)
	}
	out = append(out, cell.Fit(m.positionLine(), m.width))
	for len(out) < m.height {
		out = append(out, strings.Repeat(" ", m.width))
	}
	return strings.Join(out[:m.height], "\n")
}

// smallView says the terminal is too small, in as much of it as there is.
func (m Model) smallView() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	msg := "The window is too small for the comparison: make it larger."
	lines := strings.Split(ansi.Wrap(msg, m.width, " "), "\n")
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	for i := range lines {
		lines[i] = cell.Fit(lines[i], m.width)
	}
	return strings.Join(lines, "\n")
}

// titleLine names the screen and the view choices in force.
func (m Model) titleLine() string {
	n := len(m.g.cols)
	tags := []string{fmt.Sprintf("%d therapist%s", n, plural(n))}
	if len(m.pinned) == 2 {
		tags = append(tags, "head-to-head")
	} else if h := len(m.hidden); h > 0 {
		tags = append(tags, fmt.Sprintf("%d hidden", h))
	}
	if m.diffOnly {
		tags = append(tags, "differences only")
	}
	if m.byScore {
		tags = append(tags, "by fit score")
	}
	if m.g.partner != "" {
		tags = append(tags, "ratings: "+m.personName()+" · "+m.g.partner)
	}
	return m.styles.Title.Render("Compare") + "  " + m.styles.Tag.Render(strings.Join(tags, " · "))
}

// personName is the name of the person choosing, or "you" when the
// notebook names nobody (never "me" or "Me" as if it were a name).
func (m Model) personName() string {
	if m.g.me != "" {
		return m.g.me
	}
	return "you"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// positionLine says where the cursor is. The news of the last key goes to
// the app's status line instead (see News).
func (m Model) positionLine() string {
	if len(m.viewCols) == 0 {
		return ""
	}
	row := "scores"
	if m.selRow >= 0 {
		row = fmt.Sprintf("row %d of %d", m.selRow+1, len(m.viewRows))
	}
	return m.styles.Status.Render(fmt.Sprintf("%s · column %d of %d", row, m.selCol+1, len(m.viewCols)))
}

// tableLines draws the fixed header and the visible window of the body:
// only the rows and columns on screen are drawn, so a frame costs the same
// for 5 therapists or 500.
func (m Model) tableLines(l cmpLayout) []string {
	out := make([]string, 0, headerLines+1+l.bodyH)
	if len(m.g.cols) == 0 {
		out = append(out, cell.Fit(" No therapists yet: add some in the roster, then compare.", l.tableW))
		for len(out) < headerLines+1+l.bodyH {
			out = append(out, strings.Repeat(" ", l.tableW))
		}
		return out
	}
	ncols := m.visibleColCount(l, m.colOff)
	cols := m.viewCols[m.colOff : m.colOff+ncols]
	widths := m.shownWidths(l, cols)
	out = append(out, m.headerLines(l, cols, widths)...)
	out = append(out, m.styles.Rule.Render(strings.Repeat("─", l.tableW)))
	for i := 0; i < l.bodyH; i++ {
		li := m.rowOff + i
		switch {
		case li < len(m.lines) && m.lines[li].row < 0:
			out = append(out, m.headingLine(l, m.lines[li].group))
		case li < len(m.lines):
			out = append(out, m.rowLineText(l, m.lines[li].row, cols, widths))
		case i == 0 && len(m.lines) == 0:
			out = append(out, cell.Fit(" No differences among the shown therapists: d shows every row.", l.tableW))
		default:
			out = append(out, strings.Repeat(" ", l.tableW))
		}
	}
	return out
}

// headerLines draws the names, fit scores and flag counts of cols, each
// widths[i] wide.
func (m Model) headerLines(l cmpLayout, cols, widths []int) []string {
	st := m.styles
	var name, score, flags strings.Builder
	more := ""
	if m.colOff > 0 {
		more = "◂ "
	}
	more += fmt.Sprintf("%d–%d of %d", m.colOff+1, m.colOff+len(cols), len(m.viewCols))
	if m.colOff+len(cols) < len(m.viewCols) {
		more += " ▸"
	}
	name.WriteString(m.labelCell(l, more, false))
	score.WriteString(m.labelCell(l, "Fit score (0-100)", m.selRow < 0))
	flags.WriteString(m.labelCell(l, "Flags", false))
	for i, ci := range cols {
		c := &m.g.cols[ci]
		sel := m.colOff+i == m.selCol
		gutter := " "
		if sel {
			gutter = markSelected
		}
		n := c.name
		if m.isPinned(c.id) {
			n = markPinned + " " + n
		}
		ns := st.Name
		if sel {
			ns = st.NameSel
		}
		w := widths[i]
		name.WriteString(gutter + ns.Render(cell.Fit(n, w)) + " ")

		ss := st.Score
		if sel && m.selRow < 0 {
			ss = st.CellSel
		}
		score.WriteString(gutter + ss.Render(cell.Fit(scoreText(c), w)) + " ")

		ft, fs := colFlagSummary(c), st.Cell
		if c.red > 0 {
			fs = st.Dealbreaker
		} else if c.amber > 0 {
			fs = st.Differ
		}
		flags.WriteString(gutter + fs.Render(cell.Fit(ft, w)) + " ")
	}
	return []string{cell.Fit(name.String(), l.tableW), cell.Fit(score.String(), l.tableW), cell.Fit(flags.String(), l.tableW)}
}

// scoreText is a column's fit score for the header. A dealbreaker is marked
// out whatever its score, and a missed must-have is named, not hidden in
// the number (the breakdown lists them all when there are several).
func scoreText(c *cmpCol) string {
	switch {
	case c.dealbreaker:
		return fmt.Sprintf("%s out (fit %d)", markFlag, c.score.Value)
	case len(c.score.MustMissed) == 1:
		return fmt.Sprintf("fit %d ! must: %s", c.score.Value, c.mustMissed)
	case len(c.score.MustMissed) > 1:
		return fmt.Sprintf("fit %d ! %d musts: %s, …", c.score.Value, len(c.score.MustMissed), c.mustMissed)
	}
	return fmt.Sprintf("fit %d", c.score.Value)
}

// colWidth is the drawn width of column ci of the grid.
func (m Model) colWidth(ci int) int {
	if ci < len(m.colW) && m.colW[ci] > 0 {
		return m.colW[ci]
	}
	return m.g.column(ci).width
}

// shownWidths are the drawn widths of the shown columns cols: their laid
// out widths, plus the room the line has left (when the columns scroll,
// less than one more column). That room goes first to names that would be
// cut, so a name that fits is shown whole, then to entries that want more.
func (m Model) shownWidths(l cmpLayout, cols []int) []int {
	room := l.tableW - l.labelW
	floor := make([]int, len(cols))
	named := make([]int, len(cols))
	natural := make([]int, len(cols))
	for i, ci := range cols {
		c := m.g.column(ci)
		floor[i] = m.colWidth(ci)
		room -= 2 // the gutter and the space after the cell
		need := cell.Width(c.name)
		if m.isPinned(c.id) {
			need += cell.Width(markPinned) + 1
		}
		named[i] = max(floor[i], min(need, colNaturalMax))
		natural[i] = max(named[i], c.natural)
	}
	return cell.Share(room, cell.Share(room, floor, named), natural)
}

// growCols shares the room left over when every shown column fits among
// the columns that want more, so a wide terminal shows whole answers
// instead of blank space: first to names that would be cut, then to
// entries. Columns that do not all fit keep their base width and scroll
// (shownWidths then shares what is left of the line).
func (m *Model) growCols() {
	if cap(m.colW) < len(m.g.cols) {
		m.colW = make([]int, len(m.g.cols))
	}
	m.colW = m.colW[:len(m.g.cols)]
	clear(m.colW) // 0: the column's base width (colWidth)
	l := m.layout()
	room := l.tableW - l.labelW
	need := 0
	for _, ci := range m.viewCols {
		room -= 2
		need += m.colWidth(ci)
		if room <= need {
			return // they scroll: measuring the rest would build them all
		}
	}
	grown := m.shownWidths(l, m.viewCols)
	for i, ci := range m.viewCols {
		m.colW[ci] = grown[i]
	}
}

// colFlagSummary is a column's flag count in words, red first.
func colFlagSummary(c *cmpCol) string {
	switch {
	case c.red > 0:
		return fmt.Sprintf("%s %d red flag%s", markFlag, c.red, plural(c.red))
	case c.amber > 0:
		return fmt.Sprintf("! %d flag%s", c.amber, plural(c.amber))
	case c.green > 0:
		return fmt.Sprintf("✓ %d good sign%s", c.green, plural(c.green))
	}
	return "no flags"
}

// labelCell draws the question column: a selection gutter, the label, and
// a rule that separates it from the answers.
func (m Model) labelCell(l cmpLayout, text string, sel bool) string {
	gutter, st := " ", m.styles.RowLabel
	if sel {
		gutter, st = markSelected, m.styles.RowLabelSel
	}
	return gutter + st.Render(cell.Fit(text, max(l.labelW-3, 0))) + " " + m.styles.Rule.Render("│")
}

// headingLine draws a group heading across the table.
func (m Model) headingLine(l cmpLayout, g int) string {
	title := m.g.groups[g].title
	w := ansi.StringWidth(title)
	rest := max(l.tableW-w-3, 0)
	return cell.Fit(" "+m.styles.Heading.Render(title)+" "+m.styles.Rule.Render(strings.Repeat("─", rest)), l.tableW)
}

// rowLineText draws view row vi across the shown columns, each widths[i]
// wide.
func (m Model) rowLineText(l cmpLayout, vi int, cols, widths []int) string {
	st := m.styles
	r := m.viewRows[vi]
	row := &m.g.rows[r]
	var b strings.Builder
	b.WriteString(m.labelCell(l, row.label, vi == m.selRow))
	for i, ci := range cols {
		c := m.g.cell(r, ci)
		w := widths[i]
		sel := vi == m.selRow && m.colOff+i == m.selCol
		isBest := m.isBest(r, m.colOff+i)
		var text string
		if isBest {
			// The marker follows the value and survives any cut.
			if c.width+2 > w {
				text = cell.FitKnown(c.text, c.width, w-2) + " " + markBest
			} else {
				text = cell.FitKnown(c.text+" "+markBest, c.width+2, w)
			}
		} else {
			text = cell.FitKnown(c.text, c.width, w)
		}
		style, styled := st.Cell, false
		switch {
		case sel:
			style, styled = st.CellSel, true
		case c.flagged:
			style, styled = st.Flag, true
		case isBest:
			style, styled = st.Best, true
		case c.differ:
			style, styled = st.Differ, true
		case c.state != cellAnswered:
			style, styled = st.Missing, true
		}
		if sel {
			b.WriteString(markSelected)
		} else {
			b.WriteByte(' ')
		}
		if styled {
			text = style.Render(text)
		}
		b.WriteString(text)
		b.WriteByte(' ')
	}
	return cell.Fit(b.String(), l.tableW)
}
