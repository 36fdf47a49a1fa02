// Package model is vetted's Bubble Tea program: the roster of therapists,
// their details, the interview and the preparation list; the comparison
// and priorities screens live in package model/compare.
//
// The root Model alone owns the notebook. Child screens read it through the
// shared common value and send messages up (answerRecordedMsg,
// therapistSavedMsg, backMsg ...); the root changes the notebook, raises its
// revision and returns a command that saves a copy.
package model

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// MinWidth and MinHeight are the smallest terminal the screens are laid out
// for; below them the app shows a "terminal too small" message.
const (
	MinWidth  = 60
	MinHeight = 16
)

// screen names the active child.
type screen int

const (
	screenRoster screen = iota
	screenDetails
	screenInterview
	screenCompare
	screenPriorities
	screenPrep
)

// Options configures New.
type Options struct {
	// File is the opened notebook file; nil runs in memory (demo mode).
	File *store.File
	// Notebook is what File held; nil starts an empty notebook.
	Notebook *store.Notebook
	// Demo marks a built-in fictional notebook: nothing is ever saved.
	Demo bool
	// ExportDir is the folder exports from the comparison are written to,
	// normally the one vetted was started in; empty means the current one.
	ExportDir string
	// ConflictCopies names files beside the notebook that a sync tool may
	// have left (store.ConflictCopies); the app names them once on opening.
	ConflictCopies []string
}

// common is what every screen needs to draw itself. Children read the
// notebook through it but never change it.
type common struct {
	width, height int // the body area a child may draw in
	styles        Styles
	nb            *store.Notebook
}

// Model is the root of the program. Create it with New.
type Model struct {
	common *common
	screen screen

	roster    rosterModel
	details   detailsModel
	interview interviewModel
	compare   compare.Model
	// compareOpened says compare holds the person's view from an earlier
	// visit, to keep rather than rebuild.
	compareOpened bool
	priorities    compare.Priorities
	prep          prepModel

	keys globalKeyMap
	help help.Model

	file *store.File
	nb   *store.Notebook
	demo bool
	now  func() time.Time
	// exportDir is where the comparison's exports go.
	exportDir string

	// rev numbers saves so the store can drop a stale one; pending counts
	// saves still running, so quitting can wait for them.
	rev     uint64
	pending int
	// lastGoodRev is the newest revision known to be on disk: every change
	// up to it is saved. errRev is the newest revision whose save failed
	// and is not yet covered by a later one (0 when none); the error stays
	// on screen until a save of errRev or newer works.
	lastGoodRev uint64
	errRev      uint64
	// dropRev is the revision of the latest delete while the kept previous
	// version may still hold the deleted therapist: until a save of it or
	// later has removed that version, every save does (0 when none).
	// deleted is their name as drawn, for the news that they are gone.
	dropRev uint64
	deleted string
	// unsaved are the revisions of changes not yet known to be on disk,
	// so a failure can say how much would be lost.
	unsaved []uint64
	// quitting is set by ctrl+c or q: the program ends once the newest
	// notebook is on disk. quitAnyway is set after that failed: the next
	// ctrl+c then quits without saving. A save that works, or a quit
	// started over, clears it.
	quitting   bool
	quitAnyway bool

	// conflict is the prompt shown when the file changed on disk, and
	// answerLog the answers not yet on disk, to re-apply on a reload
	// (see conflict.go).
	conflict  conflictPrompt
	answerLog []answerChange

	status    string
	statusErr bool
	// exitNote says what a forced quit left unsaved; the screen is gone
	// by then, so the caller prints it (see ExitNote).
	exitNote string
	// statusH is the status line's height when layout last ran: an error
	// can take more than one line, and the body gives up what it takes.
	statusH int

	width, height int
}

// New returns the root model for a notebook.
func New(opts Options) Model {
	nb := opts.Notebook
	if nb == nil {
		nb = store.New()
	}
	c := &common{styles: DefaultStyles(), nb: nb}
	h := help.New()
	h.ShortSeparator = " · "
	m := Model{
		common: c,
		screen: screenRoster,
		roster: newRoster(c),
		prep:   newPrep(c),
		keys:   defaultGlobalKeyMap(),
		help:   h,
		file:   opts.File,
		nb:     nb,
		demo:   opts.Demo || opts.File == nil,
		now:    time.Now,

		exportDir: opts.ExportDir,
	}
	if m.exportDir == "" {
		m.exportDir = "."
	}
	if note := conflictCopiesNote(opts.ConflictCopies); note != "" {
		m.status, m.statusErr = note, true
	}
	return m
}

// File returns the notebook file the app saves to: the one it was given,
// or the copy it moved to after the file changed on disk (see
// conflict.go). Nil in demo mode. The caller closes it after the program.
func (m Model) File() *store.File { return m.file }

// ExitNote says what the person should know after the program ended: empty
// when everything committed is on disk, else what may not be. The program's
// screen is gone by then, so the caller prints it.
func (m Model) ExitNote() string { return m.exitNote }

// Init implements tea.Model. The notebook is opened before the program
// starts (a file that cannot be read must stop vetted before the screen is
// taken over), so there is nothing to load here.
func (m Model) Init() tea.Cmd { return nil }

// maxStatusLines bounds an error in the status line. An error wraps rather
// than being cut: its cause (a full disk) and what to do next both matter.
const maxStatusLines = 4

// Update implements tea.Model in three steps: global messages, events that
// children send up, then the active child.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes {
		// Typed text is cleaned as a paste is: the inputs drop control
		// characters but keep bidi overrides and other invisible ones.
		k = cleanRunes(k)
		msg = k
		if !k.Paste && repeated(k.Runes) && !m.childTyping() {
			return m.splitKeys(k)
		}
	}
	// Save results, and keys while the changed-on-disk prompt is up, go
	// through conflict.go (which hands save results on to handleSaved).
	if next, cmd, ok := m.handleConflict(msg); ok {
		return next, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case quitCheckMsg:
		cmd := m.continueQuit()
		return m, cmd
	case statusMsg:
		m.setStatus(string(msg), false)
		return m, nil
	case tea.KeyMsg:
		if m.quitting {
			// A save can hang (a dead network mount): a second ctrl+c
			// must still get the person out.
			if key.Matches(msg, m.keys.ForceQuit) {
				cmd := m.quitNow()
				return m, cmd
			}
			return m, nil
		}
		if next, cmd, ok := m.handleGlobalKey(msg); ok {
			return next, cmd
		}
		// A key press clears old news, but not an unresolved save error.
		if !m.statusErr {
			m.status = ""
		}
	}
	if next, cmd, ok := m.handleChildEvent(msg); ok {
		return next, cmd
	}
	return m.updateChild(msg)
}

// handleGlobalKey handles ctrl+c, q and ?; ok is false for other keys.
func (m Model) handleGlobalKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	if key.Matches(msg, m.keys.ForceQuit) {
		if m.quitAnyway {
			cmd := m.quitNow()
			return m, cmd, true
		}
		cmd := m.startQuit()
		return m, cmd, true
	}
	if m.childTyping() {
		return m, nil, false
	}
	switch {
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
		return m, nil, true
	case key.Matches(msg, m.keys.Quit) && m.topLevel():
		cmd := m.startQuit()
		return m, cmd, true
	}
	return m, nil, false
}

// topLevel reports whether q quits from the active screen.
func (m Model) topLevel() bool { return m.screen == screenRoster }

// childTyping reports whether the active screen takes printable keys as
// text (a field, a confirmation), so q and ? must reach it.
func (m Model) childTyping() bool {
	switch m.screen {
	case screenRoster:
		return m.roster.typing()
	case screenDetails:
		return m.details.typing()
	case screenInterview:
		return m.interview.typing()
	case screenPriorities:
		return m.priorities.Typing()
	case screenPrep:
		return m.prep.typing()
	}
	return false
}

// updateChild hands msg to the active screen.
func (m Model) updateChild(msg tea.Msg) (tea.Model, tea.Cmd) {
	// The full help changes height with the child's keys (typing hides ?
	// and q; an edit has keys of its own): the body must give up or take
	// the room, or the view outgrows the window (found by FuzzModel).
	helpH := 0
	if m.help.ShowAll {
		helpH = lipgloss.Height(m.helpView())
	}
	var cmd tea.Cmd
	switch m.screen {
	case screenRoster:
		m.roster, cmd = m.roster.update(msg)
	case screenDetails:
		m.details, cmd = m.details.update(msg)
	case screenInterview:
		m.interview, cmd = m.interview.update(msg)
	case screenCompare:
		m.compare, cmd = m.compare.Update(msg)
	case screenPriorities:
		m.priorities, cmd = m.priorities.Update(msg)
	case screenPrep:
		m.prep, cmd = m.prep.update(msg)
	}
	if m.help.ShowAll && lipgloss.Height(m.helpView()) != helpH {
		m.layout()
	}
	return m, cmd
}

// layout gives every child the body size left after the header, status
// line and help footer, measured rather than assumed.
func (m *Model) layout() {
	frameW, frameH := m.common.styles.App.GetFrameSize()
	m.help.Width = max(0, m.width-frameW)
	m.statusH = lipgloss.Height(m.statusView())
	used := lipgloss.Height(m.headerView()) + m.statusH + lipgloss.Height(m.helpView())
	m.common.width = max(0, m.width-frameW)
	m.common.height = max(0, m.height-frameH-used)
	m.roster = m.roster.resize()
	m.details = m.details.resize()
	m.interview = m.interview.resize()
	m.compare = m.compare.SetSize(m.common.width, m.common.height)
	m.priorities = m.priorities.SetSize(m.common.width, m.common.height)
	m.prep = m.prep.resize()
}

func (m *Model) setStatus(s string, isErr bool) {
	m.status, m.statusErr = s, isErr
	m.fitStatus()
}

// fitStatus lays the screen out again when the status line changed height
// (an error wraps), so the body gives up or takes back the room. Call it
// after changing status, statusErr or quitting.
func (m *Model) fitStatus() {
	if lipgloss.Height(m.statusView()) != m.statusH {
		m.layout()
	}
}

// View implements tea.Model.
func (m Model) View() string {
	if m.width < MinWidth || m.height < MinHeight {
		return m.tooSmallView()
	}
	var body string
	switch m.screen {
	case screenRoster:
		body = m.roster.view()
	case screenDetails:
		body = m.details.view()
	case screenInterview:
		body = m.interview.view()
	case screenCompare:
		body = m.compare.View()
	case screenPriorities:
		body = m.priorities.View()
	case screenPrep:
		body = m.prep.view()
	}
	body = fitHeight(body, m.common.height)
	// Composed by hand rather than with the App style and JoinVertical:
	// both pad every line of a full screen on each keystroke, which cost
	// more than the rest of View together at large sizes.
	pad := strings.Repeat(" ", m.common.styles.App.GetPaddingLeft())
	var b strings.Builder
	for _, part := range []string{m.headerView(), body, m.statusView(), m.helpView()} {
		for _, line := range strings.Split(part, "\n") {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(pad)
			b.WriteString(line)
		}
	}
	return b.String()
}

func (m Model) headerView() string {
	s := m.common.styles
	title := s.Title.Render("vetted")
	switch {
	case m.demo:
		title += s.Muted.Render(" · demo: fictional therapists, nothing is saved")
	case m.file != nil:
		title += s.Muted.Render(" · " + truncate(safetext.Line(m.file.Path()), max(0, m.width-12)))
	}
	return truncate(title, max(0, m.width-2))
}

// statusView has a pointer receiver: the Model is large, and fitStatus
// runs it on every change of status.
func (m *Model) statusView() string {
	s := m.common.styles
	w := max(0, m.width-2)
	switch {
	case m.quitting:
		return s.Status.Render(truncate("Saving, then quitting… (ctrl+c again quits without waiting)", w))
	case m.status == "":
		return " "
	case m.statusErr:
		lines := strings.Split(wrap("✗ "+m.status, w), "\n")
		if len(lines) > maxStatusLines {
			lines = lines[:maxStatusLines]
			lines[maxStatusLines-1] = truncate(strings.TrimRight(lines[maxStatusLines-1], " ")+" …", w)
		}
		return s.Error.Render(truncateLines(strings.Join(lines, "\n"), w))
	}
	return s.Status.Render(truncate(m.status, w))
}

func (m Model) helpView() string {
	if m.conflict.open {
		return m.conflictPromptView()
	}
	var short []key.Binding
	var full [][]key.Binding
	switch m.screen {
	case screenRoster:
		short, full = m.roster.shortHelp(), m.roster.fullHelp()
	case screenDetails:
		short, full = m.details.shortHelp(), m.details.fullHelp()
	case screenInterview:
		short, full = m.interview.shortHelp(), m.interview.fullHelp()
	case screenCompare:
		short, full = m.compare.Keys().ShortHelp(), m.compare.Keys().FullHelp()
	case screenPriorities:
		short, full = m.priorities.Keys().ShortHelp(), m.priorities.Keys().FullHelp()
	case screenPrep:
		short, full = m.prep.shortHelp(), m.prep.fullHelp()
	}
	g := m.keys
	typing := m.childTyping()
	g.Help.SetEnabled(!typing)
	g.Quit.SetEnabled(!typing && m.topLevel())
	globals := []key.Binding{g.Help, g.Quit, g.ForceQuit}
	// bubbles/help can overrun its width by one item when the ellipsis does
	// not fit, and its full view is never cut: clamp every line.
	if m.help.ShowAll {
		return truncateLines(m.help.FullHelpView(append(full, globals)), m.help.Width)
	}
	return truncateLines(m.help.ShortHelpView(append(short, g.Help, g.Quit)), m.help.Width)
}

func (m Model) tooSmallView() string {
	msg := fmt.Sprintf("Terminal too small: vetted needs at least %d×%d. Make the window larger, or press ctrl+c to quit.", MinWidth, MinHeight)
	if m.width <= 0 {
		return ""
	}
	return m.common.styles.TooSmall.Render(lipgloss.NewStyle().Width(m.width).MaxHeight(max(1, m.height)).Render(msg))
}
