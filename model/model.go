// Package model is vetted's Bubble Tea program: the roster of therapists,
// their details, the interview and the preparation list; the comparison
// and priorities screens live in package model/compare.
//
// The root Model alone owns the notebook. Child screens read it through the
// shared common value and send messages up (answerRecordedMsg,
// therapistSavedMsg, backMsg ...); the root changes the notebook, raises its
// revision and returns a command that saves a copy. Which revisions are on
// disk, and when quitting may end, is kept by the save ledger (ledger.go).
package model

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/statusline"
	"github.com/vetted-tui/vetted/model/theme"
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
	screenWelcome
	screenProfile
	screenOutreach
	// screenForm is a small form: a preparation item or a credential check.
	screenForm
	screenQuestions
)

// Options configures New.
type Options struct {
	// File is the opened notebook file; nil runs in memory (demo mode).
	File *store.File
	// Notebook is what File held; nil starts an empty notebook.
	Notebook *store.Notebook
	// Demo marks a built-in fictional notebook: nothing is ever saved.
	Demo bool
	// FirstRun says there was no notebook file before this start: the app
	// opens on the welcome screen (see welcome.go).
	FirstRun bool
	// ExportDir is the folder exports from the comparison are written to,
	// normally the one vetted was started in; empty means the current one.
	ExportDir string
	// Terminal receives what goes to the terminal outside the drawn
	// screen: the OSC 52 clipboard sequence. Nil means standard output.
	Terminal io.Writer
	// ConflictCopies names files beside the notebook that a sync tool may
	// have left (store.ConflictCopies); the app names them once on opening.
	ConflictCopies []string
}

// common is what every screen needs to draw itself. Children read the
// notebook through it but never change it.
type common struct {
	width, height int // the body area a child may draw in
	styles        *theme.Styles
	nb            *store.Notebook
	// terminal is where the outreach pane copies to; exportDir is where
	// exports, briefs and saved messages go.
	terminal  io.Writer
	exportDir string
}

// Model is the root of the program. Create it with New.
type Model struct {
	common *common
	screen screen

	// The screens. Those open now and then (the details form, the
	// comparison, priorities, My concerns, the outreach pane, the small
	// forms, your questions) and the help are held by pointer, so the
	// Model that Bubble Tea copies on every key stays small (see
	// TestModelSize). Copies of a Model share them: they are changed in
	// place, and nothing keeps an older copy to go back to.
	roster    rosterModel
	details   *detailsModel
	interview interviewModel
	compare   *compare.Model
	// compareOpened says compare holds the person's view from an earlier
	// visit, to keep rather than rebuild.
	compareOpened bool
	priorities    *compare.Priorities
	prep          prepModel
	welcome       welcomeModel
	// own is the person's notebook while the demo, opened from the
	// welcome screen, shows in its place; nil otherwise.
	own      *ownNotebook
	profile  *profileModel
	outreach *outreachModel
	// form is the open preparation item or credential check editor;
	// formFrom is the screen it returns to.
	form      *formModel
	formFrom  screen
	questions *questionsModel
	// questionsFrom is the screen the questions screen was opened from,
	// and returns to; resume is the interview to reopen, when that is it.
	questionsFrom screen
	resume        openQuestionsMsg

	keys globalKeyMap
	help *help.Model
	// queued are keys typed while a key's command (opening a screen) was
	// still running; they go to the screen it opens (see typeahead.go).
	queued []tea.KeyMsg

	file *store.File
	nb   *store.Notebook
	demo bool
	now  func() time.Time
	// exportToldClear is set once the person was told, on this visit to
	// the comparison, that an export of their encrypted notebook is not
	// encrypted.
	exportToldClear bool

	// saves is the ledger of saves and quitting (see ledger.go).
	saves saveLedger

	// conflict is the prompt shown when the file changed on disk (see
	// conflict.go).
	conflict conflictPrompt

	// status is the root's news; on the comparison screen the
	// comparison's own news shows in the same line when the root has none.
	status statusline.Line
	// exitNote says what a forced quit left unsaved; the screen is gone
	// by then, so the caller prints it (see ExitNote).
	exitNote string
	// statusH is the status line's height when layout last ran: an error
	// can take more than one line, and the body gives up what it takes.
	statusH int
	// frame keeps the header, status line and help as last drawn (see
	// frame.go).
	frame *frameCache

	width, height int
}

// New returns the root model for a notebook.
func New(opts Options) Model {
	nb := opts.Notebook
	if nb == nil {
		nb = store.New()
	}
	c := &common{styles: theme.DefaultStyles(), nb: nb, terminal: opts.Terminal, exportDir: opts.ExportDir}
	if c.terminal == nil {
		c.terminal = os.Stdout
	}
	if c.exportDir == "" {
		c.exportDir = "."
	}
	h := help.New()
	h.ShortSeparator = " · "
	m := Model{
		common:     c,
		screen:     screenRoster,
		roster:     newRoster(c),
		prep:       newPrep(c),
		compare:    &compare.Model{},
		priorities: &compare.Priorities{},
		profile:    ptr(newProfile(c)),
		details:    &detailsModel{},
		outreach:   &outreachModel{},
		form:       &formModel{},
		questions:  ptr(newQuestions(c)),
		keys:       defaultGlobalKeyMap(),
		help:       &h,
		file:       opts.File,
		nb:         nb,
		demo:       opts.Demo || opts.File == nil,
		now:        time.Now,
		frame:      &frameCache{},
	}
	if opts.FirstRun && opts.File != nil && len(nb.Therapists) == 0 {
		m.welcome = newWelcome(c, opts.File)
		m.screen = screenWelcome
	}
	if opts.File != nil {
		// What opening found and fixed, such as a file others could read.
		m.status = statusline.New(opts.File.Notice(), false)
	}
	if note := conflictCopiesNote(opts.ConflictCopies); note != "" {
		// Both notes matter: the privacy fix first, then the copies.
		if fixed := m.status.Text(); fixed != "" {
			note = fixed + " " + note
		}
		m.status = statusline.New(note, true)
	}
	return m
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }

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

// Update implements tea.Model: keys first pass the type-ahead queue (see
// typeahead.go), then update handles the message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return m.handleKey(msg)
	case typeAheadMsg:
		return m.drainTypeAhead()
	}
	return m.update(msg)
}

// update handles one message in three steps: global messages, events that
// children send up, then the active child. It works on m in place and
// returns one copy: every copy of the large Model costs each key (see
// BenchmarkInterviewKeystroke).
func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// Save results, and keys while the changed-on-disk prompt is up, go
	// through conflict.go (which hands save results on to handleSaved).
	if cmd, ok := m.handleConflict(msg); ok {
		return *m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return *m, nil
	case quitCheckMsg:
		cmd := m.apply(m.saves.check())
		return *m, cmd
	case statusMsg:
		m.setStatus(string(msg), false)
		return *m, nil
	case tea.KeyMsg:
		if m.saves.quitting {
			// A save can hang (a dead network mount): a second ctrl+c
			// must still get the person out.
			if key.Matches(msg, m.keys.ForceQuit) {
				cmd := m.interrupt()
				return *m, cmd
			}
			return *m, nil
		}
		if cmd, ok := m.handleGlobalKey(msg); ok {
			return *m, cmd
		}
		// A key press clears old news, an export's error included, but
		// not the error of a save that has not worked since.
		if !m.status.Err() || !m.saves.failing() {
			m.status = statusline.Line{}
		}
		if m.screen == screenInterview {
			// Typing an answer: no root event handles the interview's
			// keys, so they go straight to it. Each handler on the way
			// copies the large Model, and every key paid for it.
			cmd := m.updateChild(msg)
			return *m, cmd
		}
	}
	if next, cmd, ok := m.handleChildEvent(msg); ok {
		return next, cmd
	}
	cmd := m.updateChild(msg)
	return *m, cmd
}

// handleGlobalKey handles ctrl+c, q and ?; ok is false for other keys.
// It changes m in place rather than returning a copy (see update).
func (m *Model) handleGlobalKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.interrupt(), true
	}
	if m.childTyping() {
		return nil, false
	}
	switch {
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
		return nil, true
	case key.Matches(msg, m.keys.Quit) && m.topLevel():
		return m.startQuit(), true
	}
	return nil, false
}

// topLevel reports whether q quits from the active screen.
func (m *Model) topLevel() bool { return m.screen == screenRoster || m.screen == screenWelcome }

// childTyping reports whether the active screen takes printable keys as
// text (a field, a confirmation), so q and ? must reach it.
func (m *Model) childTyping() bool {
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
	case screenProfile:
		return m.profile.typing()
	case screenForm:
		return m.form.typing()
	case screenQuestions:
		return m.questions.typing()
	}
	return false
}

// updateChild hands msg to the active screen, in place.
func (m *Model) updateChild(msg tea.Msg) tea.Cmd {
	// The full help changes height with the child's keys (typing hides ?
	// and q; an edit has keys of its own): the body must give up or take
	// the room, or the view outgrows the window (found by FuzzModel).
	helpH := 0
	if m.help.ShowAll {
		helpH = lipgloss.Height(m.helpLine())
	}
	var cmd tea.Cmd
	switch m.screen {
	case screenRoster:
		m.roster, cmd = m.roster.update(msg)
	case screenDetails:
		*m.details, cmd = m.details.update(msg)
	case screenInterview:
		m.interview, cmd = m.interview.update(msg)
	case screenCompare:
		*m.compare, cmd = m.compare.Update(msg)
	case screenPriorities:
		*m.priorities, cmd = m.priorities.Update(msg)
	case screenPrep:
		m.prep, cmd = m.prep.update(msg)
	case screenWelcome:
		m.welcome, cmd = m.welcome.update(msg)
	case screenProfile:
		*m.profile, cmd = m.profile.update(msg)
	case screenOutreach:
		*m.outreach, cmd = m.outreach.update(msg)
	case screenForm:
		*m.form, cmd = m.form.update(msg)
	case screenQuestions:
		*m.questions, cmd = m.questions.update(msg)
	}
	if m.help.ShowAll && lipgloss.Height(m.helpLine()) != helpH {
		m.layout()
	}
	return cmd
}

// layout gives every child the body size left after the header, status
// line and help footer, measured rather than assumed.
func (m *Model) layout() {
	frameW, frameH := m.common.styles.App.GetFrameSize()
	m.help.Width = max(0, m.width-frameW)
	m.statusH = lipgloss.Height(m.statusLine())
	used := lipgloss.Height(m.header()) + m.statusH + lipgloss.Height(m.helpLine())
	m.common.width = max(0, m.width-frameW)
	m.common.height = max(0, m.height-frameH-used)
	// Only the screen on view: every way to another screen sets m.screen
	// and lays out again, and a hidden one (the outreach draft, the
	// comparison's grid) would redo its work for nothing.
	switch m.screen {
	case screenRoster:
		m.roster = m.roster.resize()
	case screenDetails:
		*m.details = m.details.resize()
	case screenInterview:
		m.interview = m.interview.resize()
	case screenCompare:
		*m.compare = m.compare.SetSize(m.common.width, m.common.height)
	case screenPriorities:
		*m.priorities = m.priorities.SetSize(m.common.width, m.common.height)
	case screenPrep:
		m.prep = m.prep.resize()
	case screenProfile:
		*m.profile = m.profile.resize()
	case screenOutreach:
		*m.outreach = m.outreach.resize()
	case screenForm:
		*m.form = m.form.resize()
	case screenQuestions:
		*m.questions = m.questions.resize()
	}
}

// setStatus shows s in the status line. Everything shown there passes the
// sanitiser here, errors included: an error can quote a path, and a folder
// name can hold escape sequences that set the title or write the clipboard.
func (m *Model) setStatus(s string, isErr bool) {
	m.showStatus(statusline.New(s, isErr))
}

// showStatus shows l in the status line.
func (m *Model) showStatus(l statusline.Line) {
	m.status = l
	m.fitStatus()
}

// fitStatus lays the screen out again when the status line changed height
// (an error wraps), so the body gives up or takes back the room. Call it
// after changing status or quitting.
func (m *Model) fitStatus() {
	if lipgloss.Height(m.statusLine()) != m.statusH {
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
	case screenWelcome:
		body = m.welcome.view()
	case screenProfile:
		body = m.profile.view()
	case screenOutreach:
		body = m.outreach.view()
	case screenForm:
		body = m.form.view()
	case screenQuestions:
		body = m.questions.view()
	}
	// Composed by hand rather than with the App style and JoinVertical:
	// both pad every line of a full screen on each keystroke, which cost
	// more than the rest of View together at large sizes. The body is cut
	// or padded to exactly its height, so the footer stays put.
	pad := strings.Repeat(" ", m.common.styles.App.GetPaddingLeft())
	header, status, help := m.header(), m.statusLine(), m.helpLine()
	var b strings.Builder
	b.Grow(len(header) + len(body) + len(status) + len(help) + m.height*(len(pad)+1))
	writePadded(&b, header, pad, -1)
	writePadded(&b, body, pad, m.common.height)
	writePadded(&b, status, pad, -1)
	writePadded(&b, help, pad, -1)
	return b.String()
}

// headerView has a pointer receiver, as statusView.
func (m *Model) headerView() string {
	s := m.common.styles
	title := s.Title.Render("vetted")
	switch {
	case m.demo:
		if m.own != nil {
			// Opened from the welcome screen: say the way back first.
			title += s.Muted.Render(" · demo, nothing saved · esc: back to yours")
		} else {
			title += s.Muted.Render(" · demo: fictional therapists, nothing is saved")
		}
	case m.file != nil:
		where := safetext.Line(m.file.Path())
		if m.file.Encrypted() {
			// Before the path, which is what a narrow window cuts.
			where = "encrypted · " + where
		}
		title += s.Muted.Render(" · " + cell.Cut(where, max(0, m.width-12)))
	}
	return cell.Cut(title, max(0, m.width-2))
}

// statusView has a pointer receiver: the Model is large, and fitStatus
// runs it on every change of status.
func (m *Model) statusView() string {
	s := m.common.styles
	w := max(0, m.width-2)
	switch {
	case m.saves.quitting:
		return s.Status.Render(cell.Cut("Saving, then quitting… (ctrl+c again quits without waiting)", w))
	case m.status.Empty() && m.screen == screenCompare:
		// One line: the comparison's news changes without a new layout.
		return m.compare.News().View(s, w, 1)
	}
	return m.status.View(s, w, maxStatusLines)
}

// helpView has a pointer receiver, as statusView.
func (m *Model) helpView() string {
	if m.conflict.open {
		return m.conflictPromptView()
	}
	short, full := m.helpBindings(m.help.ShowAll)
	// bubbles/help can overrun its width by one item when the ellipsis does
	// not fit, and its full view is never cut: clamp every line.
	if m.help.ShowAll {
		return cell.CutLines(m.help.FullHelpView(full), m.help.Width)
	}
	return cell.CutLines(m.help.ShortHelpView(short), m.help.Width)
}

// helpBindings are the keys the help lists, the active screen's and the
// global ones: short for one line, or with all set full for the columns
// of ? (and short nil).
func (m *Model) helpBindings(all bool) (short []key.Binding, full [][]key.Binding) {
	switch m.screen {
	case screenRoster:
		short, full = m.roster.shortHelp(), m.roster.fullHelp()
	case screenDetails:
		short, full = m.details.shortHelp(), m.details.fullHelp()
	case screenInterview:
		// The interview's help is drawn on every key typed: only the
		// one it shows.
		if all {
			full = m.interview.fullHelp()
		} else {
			short = m.interview.shortHelp()
		}
	case screenCompare:
		short, full = m.compare.Keys().ShortHelp(), m.compare.Keys().FullHelp()
	case screenPriorities:
		short, full = m.priorities.Keys().ShortHelp(), m.priorities.Keys().FullHelp()
	case screenPrep:
		short, full = m.prep.shortHelp(), m.prep.fullHelp()
	case screenWelcome:
		short, full = m.welcome.keys.ShortHelp(), m.welcome.keys.FullHelp()
	case screenProfile:
		short, full = m.profile.shortHelp(), m.profile.fullHelp()
	case screenOutreach:
		short, full = m.outreach.shortHelp(), m.outreach.fullHelp()
	case screenForm:
		short, full = m.form.shortHelp(), m.form.fullHelp()
	case screenQuestions:
		short, full = m.questions.shortHelp(), m.questions.fullHelp()
	}
	if m.own != nil && m.screen == screenRoster {
		// The full help only: the short line must keep q in 78 columns,
		// and the header already says how to leave.
		full = append(full, []key.Binding{leaveDemoKey})
	}
	g := m.keys
	typing := m.childTyping()
	g.Help.SetEnabled(!typing)
	g.Quit.SetEnabled(!typing && m.topLevel())
	if all {
		return nil, append(full, []key.Binding{g.Help, g.Quit, g.ForceQuit})
	}
	return append(short, g.Help, g.Quit), nil
}

func (m Model) tooSmallView() string {
	msg := fmt.Sprintf("Terminal too small: vetted needs at least %d×%d. Make the window larger, or press ctrl+c to quit.", MinWidth, MinHeight)
	if m.width <= 0 {
		return ""
	}
	return m.common.styles.TooSmall.Render(lipgloss.NewStyle().Width(m.width).MaxHeight(max(1, m.height)).Render(msg))
}
