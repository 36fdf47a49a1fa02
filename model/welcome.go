package model

// The welcome screen: shown when vetted starts without a notebook. It says
// what vetted does, where the notebook will live and that nothing leaves
// the computer, and offers a first step. One of them, the demo, swaps the
// person's (still empty) notebook for the fictional one in memory; esc on
// the roster swaps it back.

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// tryDemoMsg asks the root to show the demo notebook in place of the
// person's own, in memory, until they leave it.
type tryDemoMsg struct{}

// welcomeChoice is one first step the welcome screen offers: its label
// and the message choosing it sends up.
type welcomeChoice struct {
	label string
	msg   tea.Msg
}

// welcomeChoices are the first steps, in order.
var welcomeChoices = []welcomeChoice{
	{"Add my first therapist", openDetailsMsg{}},
	{"Look at the demo: fictional therapists, nothing saved", tryDemoMsg{}},
	{"Get ready for an appointment: what to prepare", openPrepMsg{}},
	{"Set my concerns: what I want help with", openProfileMsg{}},
}

// leaveDemoKey, on the roster of a demo opened from the welcome screen,
// returns to the person's own notebook.
var leaveDemoKey = bind("esc", "leave the demo", "esc")

// welcomeKeyMap holds the welcome screen's keys.
type welcomeKeyMap struct {
	Up, Down, Choose, Number key.Binding
}

func defaultWelcomeKeyMap() welcomeKeyMap {
	n := fmt.Sprint(len(welcomeChoices))
	numbers := make([]string, len(welcomeChoices))
	for i := range numbers {
		numbers[i] = fmt.Sprint(i + 1)
	}
	return welcomeKeyMap{
		Up:     bind("↑/k", "up", "up", "k"),
		Down:   bind("↓/j", "down", "down", "j"),
		Choose: bind("enter", "choose", "enter"),
		Number: bind("1-"+n, "pick", numbers...),
	}
}

// ShortHelp implements help.KeyMap. Up stands for both arrows, so that
// ? and q fit 58 columns.
func (k welcomeKeyMap) ShortHelp() []key.Binding {
	move := k.Up
	move.SetHelp("↑/↓", "move")
	return []key.Binding{move, k.Choose, k.Number}
}

// FullHelp implements help.KeyMap.
func (k welcomeKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Choose, k.Number}}
}

// welcomeModel is the welcome screen.
type welcomeModel struct {
	common *common
	keys   welcomeKeyMap
	cursor int
	// where is the notebook's path, made safe to draw; encrypted says it
	// will be written encrypted.
	where     string
	encrypted bool
}

func newWelcome(c *common, f *store.File) welcomeModel {
	w := welcomeModel{common: c, keys: defaultWelcomeKeyMap()}
	if f != nil {
		w.where, w.encrypted = safetext.Line(f.Path()), f.Encrypted()
	}
	return w
}

func (w welcomeModel) update(msg tea.Msg) (welcomeModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return w, nil
	}
	switch {
	case key.Matches(k, w.keys.Up):
		w.cursor = max(0, w.cursor-1)
	case key.Matches(k, w.keys.Down):
		w.cursor = min(len(welcomeChoices)-1, w.cursor+1)
	case key.Matches(k, w.keys.Choose):
		return w, sendMsg(welcomeChoices[w.cursor].msg)
	case key.Matches(k, w.keys.Number):
		i := int(k.Runes[0] - '1')
		w.cursor = i
		return w, sendMsg(welcomeChoices[i].msg)
	}
	return w, nil
}

// view draws the welcome, giving up the introduction and then the blank
// lines when the window is short: the choices must always show.
func (w welcomeModel) view() string {
	s := w.common.styles
	width := w.common.width
	intro := wrap("vetted helps you choose a sex therapist: it gives you the questions worth "+
		"asking on each call, keeps every therapist's answers, and lays them side by side.", width)
	// 002's own disclaimer, quoted: the pages vetted quotes say it of
	// themselves, and it holds for vetted.
	notAdvice := wrap("vetted is not a replacement for advice, diagnosis, or treatment from a health care professional. "+
		"If you have any questions or concerns about your health, please talk to your doctor.", width)
	file := "Your notebook will be one file on this computer"
	if w.encrypted {
		file += ", encrypted with your passphrase"
	}
	where := wrap(file+":", width) + "\n" + cell.Cut("  "+w.where, width) + "\n" +
		wrap("Nothing leaves this computer: nothing is sent anywhere or logged.", width)
	var opts []string
	for i, c := range welcomeChoices {
		line := fmt.Sprintf("  %d. %s", i+1, c.label)
		if i == w.cursor {
			line = s.Selected.Render(fmt.Sprintf("› %d. %s", i+1, c.label))
		}
		opts = append(opts, cell.Cut(line, width))
	}
	choices := s.Subtitle.Render("What would you like to do first?") + "\n" + strings.Join(opts, "\n")
	title := s.Title.Render("Welcome to vetted")
	for _, parts := range [][]string{
		{title, "", intro, "", notAdvice, "", where, "", choices},
		{title, intro, notAdvice, where, choices},
		{title, notAdvice, where, choices},
		{title, where, choices},
	} {
		if v := strings.Join(parts, "\n"); lipgloss.Height(v) <= w.common.height {
			return v
		}
	}
	return choices
}

// handleWelcomeEvent switches to and from the demo: tryDemoMsg from the
// welcome screen, and esc on the demo's roster.
func (m Model) handleWelcomeEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case tryDemoMsg:
		m.own = &ownNotebook{file: m.file, nb: m.nb}
		m.useNotebook(demo.Notebook(), nil, true)
		m.screen = screenRoster
		m.layout()
		m.setStatus("Fictional therapists; nothing is saved. esc: back to yours.", false)
		return m, nil, true
	case tea.KeyMsg:
		if m.own == nil || m.screen != screenRoster || m.roster.typing() || !key.Matches(msg, leaveDemoKey) {
			return m, nil, false
		}
		own := m.own
		m.own = nil
		m.useNotebook(own.nb, own.file, false)
		if len(own.nb.Therapists) == 0 {
			m.screen = screenWelcome
		}
		m.layout()
		m.setStatus("Back to your own notebook; the demo's changes are gone.", false)
		return m, nil, true
	}
	return m, nil, false
}

// ownNotebook is the person's notebook, kept aside while the demo shows.
// The demo is offered only before anything was changed, so no save of the
// person's notebook is due while it is aside.
type ownNotebook struct {
	file *store.File
	nb   *store.Notebook
}

// useNotebook makes nb (saved to file, or in memory when file is nil or
// isDemo) the notebook every screen shows, starting the screens that hold
// a view of it afresh.
func (m *Model) useNotebook(nb *store.Notebook, file *store.File, isDemo bool) {
	m.nb, m.common.nb = nb, nb
	m.file = file
	m.demo = isDemo || file == nil
	m.roster = newRoster(m.common)
	m.prep = newPrep(m.common)
	m.compareOpened = false
}
