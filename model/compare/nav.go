package compare

import tea "github.com/charmbracelet/bubbletea"

// Moving the cursor and scrolling the comparison. The window follows the
// cursor, never the other way round, except for the mouse wheel, which
// scrolls and then pulls the cursor into view.

// moveRow moves the selection by d rows; above the first row is the
// header, whose pane is the score breakdown.
func (m *Model) moveRow(d int) {
	m.selRow = min(max(m.selRow+d, -1), len(m.viewRows)-1)
	m.detailOff = 0
	m.scrollToSelection()
}

func (m *Model) moveCol(d int) {
	m.selCol = min(max(m.selCol+d, 0), max(len(m.viewCols)-1, 0))
	m.detailOff = 0
	m.scrollToSelection()
}

// jumpGroup selects the first row of the next (d > 0) or previous group,
// or of the current group when the selection is inside it.
func (m *Model) jumpGroup(d int) {
	if len(m.viewRows) == 0 {
		return
	}
	cur := -1
	if m.selRow >= 0 {
		cur = m.g.rows[m.viewRows[m.selRow]].group
	}
	if d > 0 {
		for i := max(m.selRow, 0); i < len(m.viewRows); i++ {
			if m.g.rows[m.viewRows[i]].group != cur {
				m.moveRow(i - m.selRow)
				return
			}
		}
		return
	}
	// Backwards: the start of this group, or of the previous one when the
	// selection already sits on the start.
	start := m.groupStart(m.selRow)
	if start == m.selRow && start > 0 {
		start = m.groupStart(start - 1)
	}
	m.moveRow(start - m.selRow)
}

// groupStart is the first view row of the group holding view row i.
func (m *Model) groupStart(i int) int {
	if i < 0 {
		return 0
	}
	g := m.g.rows[m.viewRows[i]].group
	for i > 0 && m.g.rows[m.viewRows[i-1]].group == g {
		i--
	}
	return i
}

// handleMouse scrolls with the wheel, then pulls the selection into view so
// the pane always describes a cell on screen.
func (m Model) handleMouse(msg tea.MouseMsg) Model {
	if msg.Action != tea.MouseActionPress {
		return m
	}
	l := m.layout()
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		m.rowOff = max(m.rowOff-3, 0)
	case tea.MouseButtonWheelDown:
		m.rowOff = max(min(m.rowOff+3, len(m.lines)-l.bodyH), 0)
	case tea.MouseButtonWheelLeft:
		m.colOff = max(m.colOff-1, 0)
	case tea.MouseButtonWheelRight:
		m.colOff = min(m.colOff+1, max(len(m.viewCols)-1, 0))
	default:
		return m
	}
	if m.selRow >= 0 && len(m.rowLine) > 0 {
		line := m.rowLine[m.selRow]
		switch {
		case line < m.rowOff:
			m.selRow = m.firstRowAtOrAfter(m.rowOff)
		case line >= m.rowOff+l.bodyH:
			m.selRow = m.lastRowBefore(m.rowOff + l.bodyH)
		}
	}
	n := m.visibleColCount(l, m.colOff)
	m.selCol = min(max(m.selCol, m.colOff), m.colOff+max(n-1, 0))
	m.clampCursor()
	return m
}

func (m *Model) firstRowAtOrAfter(line int) int {
	for i, l := range m.rowLine {
		if l >= line {
			return i
		}
	}
	return len(m.rowLine) - 1
}

func (m *Model) lastRowBefore(line int) int {
	for i := len(m.rowLine) - 1; i >= 0; i-- {
		if m.rowLine[i] < line {
			return i
		}
	}
	return 0
}

// scrollToSelection moves the window so the selected cell is on screen,
// with its group heading when it is the group's first row.
func (m *Model) scrollToSelection() {
	l := m.layout()
	if m.selRow >= 0 && m.selRow < len(m.rowLine) && l.bodyH > 0 {
		line := m.rowLine[m.selRow]
		top := line
		if line > 0 && m.lines[line-1].row < 0 {
			top = line - 1
		}
		if top < m.rowOff {
			m.rowOff = top
		}
		if line >= m.rowOff+l.bodyH {
			m.rowOff = line - l.bodyH + 1
		}
	} else if m.selRow < 0 {
		m.rowOff = 0
	}
	m.rowOff = max(min(m.rowOff, len(m.lines)-l.bodyH), 0)

	if m.selCol < m.colOff {
		m.colOff = m.selCol
	}
	for m.colOff < m.selCol && m.selCol >= m.colOff+m.visibleColCount(l, m.colOff) {
		m.colOff++
	}
	m.colOff = max(m.colOff, 0)
}

// refill scrolls columns back in while that still shows the selection, so
// a window made larger (or a column hidden) fills with columns instead of
// blank space. Moving left does not call it: the view then stays put until
// the selection reaches its edge.
func (m *Model) refill() {
	l := m.layout()
	for m.colOff > 0 && m.selCol < m.colOff-1+m.visibleColCount(l, m.colOff-1) {
		m.colOff--
	}
}
