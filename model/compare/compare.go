// Package compare is vetted's comparison screen: one column per
// therapist, one row per question, with fit scores, flags and a detail
// pane. What the fit score weighs is set on the priorities screen
// (model/priorities), which it opens.
//
// The screen only reads the notebook. Requests travel up as the messages
// below (ExportRequestMsg, OpenPrioritiesMsg, BackMsg ...) to "the root",
// package model's Model, which owns the notebook, saves it and hands the
// saved copy back with SetNotebook (see Screen).
package compare

import (
	"sort"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/model/statusline"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

// BackMsg asks the root to leave the comparison (esc).
type BackMsg struct{}

// OpenPrioritiesMsg asks the root to open the priorities screen from the
// comparison, so the person can change what the fit score weighs. Judged
// is the comparison's judgement of the notebook, which the priorities
// screen starts from (assess.Rejudge) rather than judging everyone again;
// nil judges everyone.
type OpenPrioritiesMsg struct{ Judged *assess.Judgement }

// OpenQuestionsMsg asks the root to open the questions screen (Q), to
// add, edit, reorder or hide questions; the comparison is rebuilt on the
// way back.
type OpenQuestionsMsg struct{}

// ExportRequestMsg asks the root to export the notebook. Format is "md",
// "csv" or "xlsx". The root runs the export as a command, which ends with
// ExportDoneMsg; when the notebook is encrypted, the first request only
// says in the status line that the export would not be.
type ExportRequestMsg struct{ Format string }

// ExportDoneMsg ends the export that ExportRequestMsg asked for: the file
// written, or the error. The root shows it in the status line, on any
// screen.
type ExportDoneMsg struct {
	Path string
	Err  error
	// Warning says that the file is not encrypted when the notebook is
	// (disk.PlaintextWarning); "" otherwise.
	Warning string
}

// cmpLine is one line of the table body: a group heading (row < 0) or a
// row, by index into Model.viewRows.
type cmpLine struct {
	group int
	row   int
}

// Model is the comparison screen: one column per therapist, one row
// per question, with a detail pane for the selected cell. Build it with
// New; the zero value is an empty screen that may only be sized.
type Model struct {
	g      grid
	keymap compareKeyMap
	styles *theme.Styles
	width  int
	height int

	// Choices of the person; hidden and pinned hold therapist IDs so they
	// survive a reload of the notebook.
	diffOnly bool
	byScore  bool
	hidden   map[string]bool
	pinned   []string

	// Derived from the grid and the choices by relayout, never per frame.
	colW     []int // drawn width of each column of g.cols; see growCols
	viewCols []int // indices into g.cols, in display order
	viewRows []int // indices into g.rows, in display order
	lines    []cmpLine
	rowLine  []int      // line of each view row
	best     *bestMarks // see best.go

	// Cursor: selRow indexes viewRows, -1 being the header (the score);
	// selCol indexes viewCols. rowOff and colOff are the first body line
	// and the first view column on screen.
	selRow, selCol int
	rowOff, colOff int

	breakdown bool // the pane shows the score breakdown
	legend    bool // the pane shows what the marks mean (legend.go)
	detailOff int  // first pane line shown

	// news is what the last key did ("Hid Dr Ada."); the root draws it
	// in the app's status line (see News).
	news statusline.Line
}

// New returns the comparison of nb's therapists, drawn with st (the app's
// one set of styles, shared). nb is only read, never changed.
func New(nb *store.Notebook, st *theme.Styles) Model {
	return NewFromJudgement(nb, st, nil)
}

// NewFromJudgement is New starting from judged, a judgement of nb or of
// an earlier state of it (screen.Common.Judged, made off the UI
// goroutine): only the therapists changed since are judged again
// (assess.Rejudge). A nil judged judges everyone.
func NewFromJudgement(nb *store.Notebook, st *theme.Styles, judged *assess.Judgement) Model {
	m := Model{
		keymap: defaultCompareKeyMap(),
		styles: st,
		hidden: map[string]bool{},
	}
	m.g.judged = judged
	return m.SetNotebook(nb)
}

// SetSize gives the screen its area: the whole terminal minus what the root
// draws around it (the help footer).
func (m Model) SetSize(w, h int) Model {
	m.width, m.height = max(w, 0), max(h, 0)
	m.growCols()
	m.scrollToSelection()
	m.refill()
	return m
}

// SetNotebook recomputes every cell, score and flag from nb, keeping the
// person's selection, hidden and pinned columns where they still exist.
func (m Model) SetNotebook(nb *store.Notebook) Model {
	rowID, colID := m.selectedIDs()
	m.g = buildGrid(nb, &m.g)
	for id := range m.hidden {
		if !m.hasTherapist(id) {
			delete(m.hidden, id)
		}
	}
	kept := m.pinned[:0:0]
	for _, id := range m.pinned {
		if m.hasTherapist(id) {
			kept = append(kept, id)
		}
	}
	m.pinned = kept
	m.relayout(rowID, colID)
	return m
}

// Keys returns the comparison's key map for the root's help footer.
func (m Model) Keys() help.KeyMap { return m.keymap }

func (m Model) hasTherapist(id string) bool {
	for _, c := range m.g.cols {
		if c.id == id {
			return true
		}
	}
	return false
}

// selectedIDs names the selected row and column, to find them again after
// the view changes.
func (m Model) selectedIDs() (rowID, colID string) {
	if m.selRow >= 0 && m.selRow < len(m.viewRows) {
		rowID = m.g.rows[m.viewRows[m.selRow]].id
	}
	if m.selCol >= 0 && m.selCol < len(m.viewCols) {
		colID = m.g.cols[m.viewCols[m.selCol]].id
	}
	return rowID, colID
}

// relayout recomputes the visible columns and rows, the body lines and the
// best markers, then puts the cursor back on rowID and colID if they are
// still shown. It runs when the data or a view choice changes.
func (m *Model) relayout(rowID, colID string) {
	m.layoutCols()
	m.growCols()
	m.layoutBest()
	m.layoutRows()

	header := m.selRow < 0
	m.selRow, m.selCol = 0, 0
	if header {
		m.selRow = -1
	}
	for i, r := range m.viewRows {
		if m.g.rows[r].id == rowID {
			m.selRow = i
		}
	}
	for i, c := range m.viewCols {
		if m.g.cols[c].id == colID {
			m.selCol = i
		}
	}
	m.clampCursor()
	m.scrollToSelection()
	m.refill()
}

// layoutCols picks the shown columns: the two pinned ones when two are
// pinned, otherwise every column not hidden, by roster or by score.
func (m *Model) layoutCols() {
	m.viewCols = m.viewCols[:0]
	if len(m.pinned) == 2 {
		for _, id := range m.pinned {
			for i, c := range m.g.cols {
				if c.id == id {
					m.viewCols = append(m.viewCols, i)
				}
			}
		}
	} else {
		for i, c := range m.g.cols {
			if !m.hidden[c.id] {
				m.viewCols = append(m.viewCols, i)
			}
		}
	}
	if m.byScore {
		cols := m.g.cols
		// Dealbreakers go last whatever their score: they are out.
		sort.SliceStable(m.viewCols, func(a, b int) bool {
			ca, cb := cols[m.viewCols[a]], cols[m.viewCols[b]]
			if ca.dealbreaker != cb.dealbreaker {
				return !ca.dealbreaker
			}
			return ca.score.Value > cb.score.Value
		})
	}
}

// layoutRows picks the shown rows (all, or those whose shown answers
// differ) and lays them out under their group headings.
func (m *Model) layoutRows() {
	m.viewRows = m.viewRows[:0]
	for r := range m.g.rows {
		if m.diffOnly && m.rowAllSame(r) {
			continue
		}
		m.viewRows = append(m.viewRows, r)
	}
	m.lines = m.lines[:0]
	m.rowLine = m.rowLine[:0]
	group := -1
	for i, r := range m.viewRows {
		if g := m.g.rows[r].group; g != group {
			group = g
			m.lines = append(m.lines, cmpLine{group: g, row: -1})
		}
		m.rowLine = append(m.rowLine, len(m.lines))
		m.lines = append(m.lines, cmpLine{group: group, row: i})
	}
}

// rowAllSame reports whether every shown column has the same entry in row
// r, counting unanswered and skipped as entries.
func (m *Model) rowAllSame(r int) bool {
	if len(m.viewCols) == 0 {
		return true
	}
	first := m.g.cell(r, m.viewCols[0]).key
	for _, c := range m.viewCols[1:] {
		if m.g.cell(r, c).key != first {
			return false
		}
	}
	return true
}

// clampCursor keeps the cursor on a shown row and column.
func (m *Model) clampCursor() {
	m.selCol = min(max(m.selCol, 0), max(len(m.viewCols)-1, 0))
	m.selRow = min(max(m.selRow, -1), len(m.viewRows)-1)
}

// Update handles keys and the mouse wheel.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg), nil
	}
	return m, nil
}

func (m *Model) setStatus(s string, isErr bool) {
	m.news = statusline.New(s, isErr)
}

// News is what the last key did (a column hidden, an export started), for
// the app's status line; it is empty after any key that brings none.
func (m Model) News() statusline.Line { return m.news }

// ClearStatus forgets the last news (a view change), so that coming back
// to the comparison later does not show it as if it were new.
func (m Model) ClearStatus() Model {
	m.setStatus("", false)
	return m
}

// handleKey moves the cursor or changes a view choice. News is about the
// last action: the next key clears it, unless that key brings its own.
func (m Model) handleKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keymap
	m.setStatus("", false)
	switch {
	case key.Matches(msg, k.Back):
		return m, func() tea.Msg { return BackMsg{} }
	case key.Matches(msg, k.Export):
		m.setStatus("Exporting Markdown…", false)
		return m, func() tea.Msg { return ExportRequestMsg{Format: "md"} }
	case key.Matches(msg, k.ExportCSV):
		m.setStatus("Exporting CSV…", false)
		return m, func() tea.Msg { return ExportRequestMsg{Format: "csv"} }
	case key.Matches(msg, k.ExportXLSX):
		m.setStatus("Exporting xlsx…", false)
		return m, func() tea.Msg { return ExportRequestMsg{Format: "xlsx"} }
	case key.Matches(msg, k.Priorities):
		judged := m.g.judged
		return m, func() tea.Msg { return OpenPrioritiesMsg{Judged: judged} }
	case key.Matches(msg, k.Questions):
		return m, func() tea.Msg { return OpenQuestionsMsg{} }
	case key.Matches(msg, k.Up):
		m.moveRow(-1)
	case key.Matches(msg, k.Down):
		m.moveRow(1)
	case key.Matches(msg, k.Left):
		m.moveCol(-1)
	case key.Matches(msg, k.Right):
		m.moveCol(1)
	case key.Matches(msg, k.PageUp):
		m.moveRow(-max(m.layout().bodyH-1, 1))
	case key.Matches(msg, k.PageDown):
		m.moveRow(max(m.layout().bodyH-1, 1))
	case key.Matches(msg, k.Top):
		m.moveRow(-len(m.viewRows) - 1)
	case key.Matches(msg, k.Bottom):
		m.moveRow(len(m.viewRows) + 1)
	case key.Matches(msg, k.NextGroup):
		m.jumpGroup(1)
	case key.Matches(msg, k.PrevGroup):
		m.jumpGroup(-1)
	case key.Matches(msg, k.DetailDown):
		m.scrollPaneDown()
	case key.Matches(msg, k.DetailUp):
		m.detailOff = max(m.detailOff-1, 0)
	case key.Matches(msg, k.Breakdown):
		if m.selRow < 0 {
			// The header row always shows the breakdown: a toggle there
			// would change nothing visible and surprise on the next row.
			m.setStatus("The score breakdown is shown while the header row is selected.", false)
			break
		}
		m.breakdown = !m.breakdown
		m.legend = false
		m.detailOff = 0
	case key.Matches(msg, k.Legend):
		m.legend = !m.legend
		m.detailOff = 0
	default:
		m.handleViewKey(msg)
	}
	return m, nil
}

// handleViewKey handles the keys that change which rows and columns show.
func (m *Model) handleViewKey(msg tea.KeyMsg) {
	k := m.keymap
	rowID, colID := m.selectedIDs()
	switch {
	case key.Matches(msg, k.Differences):
		m.diffOnly = !m.diffOnly
	case key.Matches(msg, k.Sort):
		m.byScore = !m.byScore
	case key.Matches(msg, k.ShowAll):
		clear(m.hidden)
		m.pinned = nil
		m.setStatus("Showing every therapist.", false)
	case key.Matches(msg, k.Hide):
		if colID == "" {
			return
		}
		if len(m.viewCols) <= 1 {
			m.setStatus("The last column stays: X shows every therapist.", true)
			return
		}
		m.hidden[colID] = true
		m.unpin(colID)
		m.setStatus("Hid "+m.colName(colID)+". X shows every therapist.", false)
		colID = m.neighbourCol()
	case key.Matches(msg, k.Pin):
		if colID == "" {
			return
		}
		m.togglePin(colID)
	default:
		return
	}
	m.detailOff = 0
	m.relayout(rowID, colID)
}

// neighbourCol is the column to select when the selected one is hidden:
// the next one, or the previous one at the end.
func (m *Model) neighbourCol() string {
	i := m.selCol + 1
	if i >= len(m.viewCols) {
		i = m.selCol - 1
	}
	if i < 0 || i >= len(m.viewCols) {
		return ""
	}
	return m.g.cols[m.viewCols[i]].id
}

func (m *Model) togglePin(id string) {
	if m.unpin(id) {
		m.setStatus("Unpinned "+m.colName(id)+".", false)
		return
	}
	if len(m.pinned) == 2 {
		m.pinned = m.pinned[1:]
	}
	m.pinned = append(m.pinned, id)
	delete(m.hidden, id)
	if len(m.pinned) == 2 {
		m.setStatus("Head-to-head: "+m.colName(m.pinned[0])+" and "+m.colName(m.pinned[1])+". p unpins.", false)
	} else {
		m.setStatus("Pinned "+m.colName(id)+": pin one more for head-to-head.", false)
	}
}

// unpin removes id from the pinned columns and reports whether it was one.
func (m *Model) unpin(id string) bool {
	for i, p := range m.pinned {
		if p == id {
			m.pinned = append(m.pinned[:i:i], m.pinned[i+1:]...)
			return true
		}
	}
	return false
}

func (m *Model) isPinned(id string) bool {
	for _, p := range m.pinned {
		if p == id {
			return true
		}
	}
	return false
}

func (m *Model) colName(id string) string {
	for _, c := range m.g.cols {
		if c.id == id {
			return c.name
		}
	}
	return ""
}
