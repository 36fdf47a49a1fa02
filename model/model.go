// Package model is vetted's Bubble Tea program: the root that holds the
// stack of screens (stack.go), owns the notebook, saves it and quits. The
// screens live in packages of their own under model/ and meet the root
// through the contract of package model/screen.
//
// The root Model alone owns the notebook. Screens read it through the
// shared screen.Common and send messages up (screen.AnswerRecordedMsg,
// details.SavedMsg, screen.BackMsg ...); the root changes the notebook,
// raises its revision and returns a command that saves a copy. Which
// revisions are on disk, and when quitting may end, is kept by the save
// ledger (model/ledger).
package model

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/conflict"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/help"
	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/model/ondisk"
	"github.com/vetted-tui/vetted/model/roster"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/statusline"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/model/typeahead"
	"github.com/vetted-tui/vetted/model/undo"
	"github.com/vetted-tui/vetted/model/welcome"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
	"github.com/vetted-tui/vetted/store/disk"
)

// MinWidth and MinHeight are the smallest terminal the screens are laid out
// for; below them the app shows a "terminal too small" message.
const (
	MinWidth  = 60
	MinHeight = 16
)

// Options configures New.
type Options struct {
	// File is the opened notebook file; nil runs in memory (demo mode).
	File *disk.File
	// Notebook is what File held; nil starts an empty notebook.
	Notebook *store.Notebook
	// Demo marks a built-in fictional notebook: nothing is ever saved.
	Demo bool
	// FirstRun says there was no notebook file before this start: the app
	// opens on the welcome screen (model/welcome).
	FirstRun bool
	// ExportDir is the folder exports from the comparison are written to,
	// normally the one vetted was started in; empty means the current one.
	ExportDir string
	// Terminal receives what goes to the terminal outside the drawn
	// screen: the OSC 52 clipboard sequence. Nil means standard output.
	Terminal io.Writer
	// NewKey makes the key of a new encrypted notebook, for the welcome's
	// encryption choice (screen.Common.NewKey); nil means crypt.NewKey at
	// crypt.DefaultWorkFactor.
	NewKey func(passphrase string) (*crypt.Key, error)
	// ConflictCopies names files beside the notebook that a sync tool may
	// have left (disk.ConflictCopies); the app names them once on opening.
	ConflictCopies []string
}

// defaultNewKey makes a new notebook's key when Options.NewKey is nil.
// Tests lower its work factor, so that choosing encryption stays cheap.
var defaultNewKey = func(pass string) (*crypt.Key, error) { return crypt.NewKey(pass, crypt.DefaultWorkFactor) }

// common is the value every screen reads (screen.Common), under the name
// the screens still in this package use.
type common = screen.Common

// Model is the root of the program. Create it with New.
type Model struct {
	// common holds what every screen reads, the notebook among them:
	// the root's one reference to it (see nb).
	common *common
	// stack holds the open screens, the one on view last; the bottom one
	// is the top level, where q quits (see stack.go).
	stack []screen.Screen
	// undo holds what u can take back, newest last (model/undo).
	undo undo.Stack
	// quitAsked says the last key was a ctrl+c that asked first, because
	// an answer was typed and not recorded: the next ctrl+c quits.
	quitAsked bool
	// own is the person's notebook while the demo, opened from the
	// welcome screen, shows in its place; nil otherwise.
	own *ownNotebook

	keys globalKeyMap
	help *help.Pager
	// queued are keys typed while a key's command (opening a screen) was
	// still running; they go to the screen it opens (see typeahead.go).
	queued []tea.KeyMsg

	file *disk.File
	demo bool
	now  func() time.Time
	// exportToldClear is set once the person was told, on this visit to
	// the comparison, that an export of their encrypted notebook is not
	// encrypted.
	exportToldClear bool
	// judging is set once the notebook's judgement started (judge.go).
	judging bool

	// saves is the ledger of saves and quitting (model/ledger).
	saves ledger.Ledger

	// conflict is the prompt shown when the file changed on disk (see
	// conflict.go).
	conflict conflict.Prompt
	// watch watches the notebook file for other programs' writes (see
	// watch.go); nil until it is set up, and in the demo. diskChanged is
	// set when it saw one and the prompt waits for typing to end.
	watch       *ondisk.Watcher
	diskChanged bool

	// status is the root's news; on the comparison screen the
	// comparison's own news shows in the same line when the root has none.
	status statusline.Line
	// exitNote says what a forced quit left unsaved; the screen is gone
	// by then, so the caller prints it (see ExitNote).
	exitNote string
	// statusH is the status line's height when layout last ran: an error
	// can take more than one line, and the body gives up what it takes.
	statusH int
	// frame keeps the header and status line as last drawn (see
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
	terminal, dir := opts.Terminal, opts.ExportDir
	if terminal == nil {
		terminal = os.Stdout
	}
	if dir == "" {
		dir = "."
	}
	c := screen.NewCommon(nb, theme.DefaultStyles(), terminal, dir)
	c.NewKey = opts.NewKey
	if c.NewKey == nil {
		c.NewKey = defaultNewKey
	}
	c.Encrypted = opts.File != nil && !opts.Demo && opts.File.Encrypted()
	m := Model{
		common: c,
		keys:   defaultGlobalKeyMap(),
		help:   help.New(),
		file:   opts.File,
		demo:   opts.Demo || opts.File == nil,
		now:    time.Now,
		frame:  &frameCache{},
	}
	m.stack = []screen.Screen{roster.New(c)}
	if opts.FirstRun && opts.File != nil && len(nb.Therapists) == 0 {
		m.stack = []screen.Screen{welcome.New(c, opts.File)}
	}
	if opts.File != nil {
		// What opening found and fixed, such as a file others could read.
		m.status = statusline.New(opts.File.Notice(), false)
	}
	if note := conflict.CopiesNote(opts.ConflictCopies); note != "" {
		// Both notes matter: the privacy fix first, then the copies.
		if fixed := m.status.Text(); fixed != "" {
			note = fixed + " " + note
		}
		m.status = statusline.New(note, true)
	}
	return m
}

// nb is the notebook: the one the root owns, and every screen reads
// through common.
func (m *Model) nb() *store.Notebook { return m.common.Notebook() }

// File returns the notebook file the app saves to: the one it was given,
// or the copy it moved to after the file changed on disk (see
// conflict.go). Nil in demo mode. The caller closes it after the program.
func (m Model) File() *disk.File { return m.file }

// ExitNote says what the person should know after the program ended: empty
// when everything committed is on disk, else what may not be. The program's
// screen is gone by then, so the caller prints it.
func (m Model) ExitNote() string { return m.exitNote }

// Init implements tea.Model. The notebook is opened before the program
// starts (a file that cannot be read must stop vetted before the screen is
// taken over), so there is nothing to load here.
func (m Model) Init() tea.Cmd { return m.watchCmd() }

// maxStatusLines bounds an error in the status line. An error wraps rather
// than being cut: its cause (a full disk) and what to do next both matter.
const maxStatusLines = 4

// Update implements tea.Model: keys first pass the type-ahead queue (see
// typeahead.go), then update handles the message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return m.handleKey(msg)
	case typeahead.DoneMsg:
		return m.drainTypeAhead()
	}
	return m.update(msg)
}

// update handles one message in three steps: global messages, events that
// screens send up, then the screen on top. It works on m in place and
// returns one copy: every copy of the Model costs each key (see
// BenchmarkInterviewKeystroke).
func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// Save results, and keys while the changed-on-disk prompt is up, go
	// through conflict.go (which hands save results on to handleSaved).
	if cmd, ok := m.handleConflict(msg); ok {
		return *m, cmd
	}
	if cmd, ok := m.handleWatch(msg); ok {
		return *m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return *m, nil
	case quitCheckMsg:
		cmd := m.apply(m.saves.Check())
		return *m, cmd
	case judgedMsg:
		m.common.Judged = msg.judged
		return *m, nil
	case screen.StatusMsg:
		m.setStatus(msg.Text, msg.Err)
		return *m, nil
	case tea.KeyMsg:
		cmd := m.handleKeyMsg(msg)
		return *m, tea.Batch(cmd, m.judgeOnce())
	}
	if next, cmd, ok := m.handleChildEvent(msg); ok {
		next.offerReload()
		return next, cmd
	}
	cmd := m.updateTop(msg)
	m.offerReload()
	return *m, cmd
}

// handleKeyMsg takes one key: the global keys, then the screen on top. No
// root event is a key (but leaving the demo), so keys go straight to the
// screen: each handler on the way would copy the Model, and every key
// typed into an answer paid for it.
func (m *Model) handleKeyMsg(msg tea.KeyMsg) tea.Cmd {
	if m.saves.Quitting() {
		// A save can hang (a dead network mount): a second ctrl+c
		// must still get the person out.
		if key.Matches(msg, m.keys.ForceQuit) {
			return m.interrupt()
		}
		return nil
	}
	if cmd, ok := m.handleGlobalKey(msg); ok {
		return cmd
	}
	// A key press clears old news, an export's error included, but
	// not the error of a save that has not worked since, nor the news of
	// a change on disk not yet dealt with.
	if !m.status.Err() || !m.saves.Failing() && !m.diskChanged {
		m.status = statusline.Line{}
	}
	if m.leavingDemo(msg) {
		m.leaveDemo()
		return nil
	}
	cmd := m.updateTop(msg)
	m.offerReload()
	return cmd
}

// handleGlobalKey handles ctrl+c, q and ?; ok is false for other keys.
// It changes m in place rather than returning a copy (see update).
func (m *Model) handleGlobalKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	if field.IsText(msg) || !key.Matches(msg, m.keys.ForceQuit) {
		m.quitAsked = false // a ctrl+c that asked counts only when the next key is one
	}
	if field.IsText(msg) {
		// Typed runes are never a global key, even when they spell one.
		return nil, false
	}
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.interruptTyped(), true
	}
	if m.isUndoKey(msg) {
		return m.takeBack(), true
	}
	if m.top().Typing() {
		return nil, false
	}
	switch {
	case key.Matches(msg, m.keys.Help):
		m.flipHelp()
		return nil, true
	case key.Matches(msg, m.keys.Quit) && m.topLevel():
		return m.startQuit(), true
	}
	return nil, false
}

// layout gives the screen on top the body size left after the header,
// status line and help footer, measured rather than assumed. Only the
// screen on view: every change of the stack lays out again, and a hidden
// one (the outreach draft, the comparison's grid) would redo its work
// for nothing.
func (m *Model) layout() {
	frameW, frameH := m.common.Styles.App.GetFrameSize()
	m.help.Width = max(0, m.width-frameW)
	m.statusH = lipgloss.Height(m.statusLine())
	used := lipgloss.Height(m.header()) + m.statusH + lipgloss.Height(m.helpLine())
	m.common.Width = max(0, m.width-frameW)
	m.common.Height = max(0, m.height-frameH-used)
	m.setTop(m.top().SetSize(m.common.Width, m.common.Height))
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
	body := m.top().View()
	// Composed by hand rather than with the App style and JoinVertical:
	// both pad every line of a full screen on each keystroke, which cost
	// more than the rest of View together at large sizes. The body is cut
	// or padded to exactly its height, so the footer stays put.
	pad := strings.Repeat(" ", m.common.Styles.App.GetPaddingLeft())
	header, status, help := m.header(), m.statusLine(), m.helpLine()
	var b strings.Builder
	b.Grow(len(header) + len(body) + len(status) + len(help) + m.height*(len(pad)+1))
	writePadded(&b, header, pad, -1)
	writePadded(&b, body, pad, m.common.Height)
	writePadded(&b, status, pad, -1)
	writePadded(&b, help, pad, -1)
	return b.String()
}

// headerView has a pointer receiver, as statusView.
func (m *Model) headerView() string {
	s := m.common.Styles
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
		if m.common.Encrypted {
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
	s := m.common.Styles
	w := max(0, m.width-2)
	switch {
	case m.saves.Quitting():
		return s.Status.Render(cell.Cut("Saving, then quitting… (ctrl+c again quits without waiting)", w))
	case m.status.Empty() && m.news() != nil:
		// One line: the comparison's news changes without a new layout.
		return m.news().News().View(s, w, 1)
	}
	return m.status.View(s, w, maxStatusLines)
}

func (m Model) tooSmallView() string {
	msg := fmt.Sprintf("Terminal too small: vetted needs at least %d×%d. Make the window larger, or press ctrl+c to quit.", MinWidth, MinHeight)
	if m.width <= 0 {
		return ""
	}
	return m.common.Styles.TooSmall.Render(lipgloss.NewStyle().Width(m.width).MaxHeight(max(1, m.height)).Render(msg))
}
