// Package welcome is the welcome screen, shown when vetted starts
// without a notebook: what vetted does, where the notebook will live,
// that nothing leaves the computer, and a first step to take.
package welcome

// One of the first steps, the demo, swaps the person's (still empty)
// notebook for the fictional one in memory (screen.TryDemoMsg); esc on the
// roster swaps it back.

import (
	"github.com/vetted-tui/vetted/model/expect"
	"github.com/vetted-tui/vetted/model/prep"
	"github.com/vetted-tui/vetted/model/profile"
	"github.com/vetted-tui/vetted/model/screen"

	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store/disk"
)

// welcomeChoice is one first step the welcome screen offers: its label
// and what choosing it does.
type welcomeChoice struct {
	label string
	cmd   func(w *Model) tea.Cmd
}

// welcomeChoices are the first steps, in order.
var welcomeChoices = []welcomeChoice{
	{"Add my first therapist", func(*Model) tea.Cmd { return screen.Send(screen.OpenDetailsMsg{}) }},
	{"Look at the demo: fictional therapists, nothing saved", func(*Model) tea.Cmd { return screen.Send(screen.TryDemoMsg{}) }},
	{"Get ready for an appointment: what to prepare", func(w *Model) tea.Cmd { return screen.Push(prep.New(w.common)) }},
	{"Set my concerns: what I want help with", func(w *Model) tea.Cmd { return screen.Push(profile.New(w.common)) }},
	// A page to read, not a first step: the welcome comes back after it.
	{expect.Choice, func(w *Model) tea.Cmd {
		w.reading = true
		return screen.Push(expect.New(w.common))
	}},
	// Last, so that enter on the first choice keeps today's default: a
	// plain notebook (see encrypt.go).
	{encryptLabel, func(w *Model) tea.Cmd {
		w.encrypting = true
		return chooseEncryption(w.common, w.encrypted)
	}},
}

// ChoiceLabels are the first steps offered, as they read.
func ChoiceLabels() []string {
	out := make([]string, len(welcomeChoices))
	for i, c := range welcomeChoices {
		out[i] = c.label
	}
	return out
}

// LeaveDemoKey, on the roster of a demo opened from the welcome screen,
// returns to the person's own notebook (the root handles it).
var LeaveDemoKey = screen.Bind("esc", "leave the demo", "esc")

// KeyMap holds the welcome screen's keys.
type KeyMap struct {
	Up, Down, Choose, Number key.Binding
	// Expect opens the "What to expect" page, one of the choices.
	Expect key.Binding
}

func DefaultKeyMap() KeyMap {
	n := fmt.Sprint(len(welcomeChoices))
	numbers := make([]string, len(welcomeChoices))
	for i := range numbers {
		numbers[i] = fmt.Sprint(i + 1)
	}
	return KeyMap{
		Up:     screen.Bind("↑/k", "up", "up", "k"),
		Down:   screen.Bind("↓/j", "down", "down", "j"),
		Choose: screen.Bind("enter", "choose", "enter"),
		Number: screen.Bind("1-"+n, "pick", numbers...),
		Expect: expect.OpenKey,
	}
}

// ShortHelp implements help.KeyMap. Up stands for both arrows, so that
// ? and q fit 58 columns.
func (k KeyMap) ShortHelp() []key.Binding {
	move := k.Up
	move.SetHelp("↑/↓", "move")
	return []key.Binding{move, k.Choose, k.Number}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Choose, k.Number, k.Expect}}
}

// Model is the welcome screen.
type Model struct {
	common *screen.Common
	keys   KeyMap
	cursor int
	// reading says the page on top is "What to expect", opened to read,
	// so the welcome stays when it closes (see Refresh).
	reading bool
	// where is the notebook's path, made safe to draw; encrypted says it
	// will be written encrypted.
	where     string
	encrypted bool
	// file is the notebook file, asked again whether it is encrypted
	// when the welcome comes back from the encryption choice.
	file *disk.File
	// encrypting says the step taken was the encryption choice: the
	// welcome comes back after it, whether it was made or given up.
	encrypting bool
}

// New returns the welcome screen for the notebook file f.
func New(c *screen.Common, f *disk.File) Model {
	w := Model{common: c, keys: DefaultKeyMap(), file: f}
	if f != nil {
		w.where, w.encrypted = safetext.Line(f.Path()), f.Encrypted()
	}
	return w
}

// Typing is false: the screen takes commands.
func (w Model) Typing() bool { return false }

// Asking is false: it asks no yes/no question.
func (w Model) Asking() bool { return false }

// SetSize implements screen.Screen: the screen reads its room from common.
func (w Model) SetSize(int, int) screen.Screen { return w }

// Refresh implements screen.Refresher: the welcome offers a first step,
// and once one was taken and closed, the roster takes its place (ok is
// false, and the root puts the roster at the bottom). The encryption
// choice is no such step: the welcome comes back after it, saying
// whether the notebook is now encrypted.
//
// "What to expect", a page to read, is no step either: the welcome comes
// back as it was.
func (w Model) Refresh() (screen.Screen, tea.Cmd, bool) {
	if w.reading {
		w.reading = false
		return w, nil, true
	}
	if !w.encrypting {
		return w, nil, false
	}
	// Back on the first choice, so that enter keeps today's default and
	// does not open the passphrase form again.
	w.encrypting, w.cursor = false, 0
	w.encrypted = w.file != nil && w.file.Encrypted()
	return w, nil, true
}

// ShortHelp implements screen.Screen.
func (w Model) ShortHelp() []key.Binding { return w.keys.ShortHelp() }

// FullHelp implements screen.Screen.
func (w Model) FullHelp() [][]key.Binding { return w.keys.FullHelp() }

// Update implements screen.Screen.
func (w Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	w, cmd := w.update(msg)
	return w, cmd
}

func (w Model) update(msg tea.Msg) (Model, tea.Cmd) {
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
		cmd := welcomeChoices[w.cursor].cmd(&w) // it may mark w: call it first
		return w, cmd
	case key.Matches(k, w.keys.Number):
		i := int(k.Runes[0] - '1')
		w.cursor = i
		cmd := welcomeChoices[i].cmd(&w)
		return w, cmd
	case key.Matches(k, w.keys.Expect):
		w.cursor = slices.IndexFunc(welcomeChoices, func(c welcomeChoice) bool { return c.label == expect.Choice })
		cmd := welcomeChoices[w.cursor].cmd(&w)
		return w, cmd
	}
	return w, nil
}

// view draws the welcome, giving up the introduction and then the blank
// lines when the window is short: the choices must always show.
// View implements screen.Screen.
func (w Model) View() string {
	s := w.common.Styles
	width := w.common.Width
	intro := cell.Wrap("vetted helps you choose a sex therapist: it gives you the questions worth "+
		"asking on each call, keeps every therapist's answers, and lays them side by side.", width)
	// 002's own disclaimer, quoted: the pages vetted quotes say it of
	// themselves, and it holds for vetted.
	notAdvice := cell.Wrap("vetted is not a replacement for advice, diagnosis, or treatment from a health care professional. "+
		"If you have any questions or concerns about your health, please talk to your doctor.", width)
	file := "Your notebook will be one file on this computer"
	if w.encrypted {
		file += ", encrypted with your passphrase"
	}
	where := cell.Wrap(file+":", width) + "\n" + cell.Cut("  "+w.where, width) + "\n" +
		cell.Wrap("Nothing leaves this computer: nothing is sent anywhere or logged.", width)
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
		if v := strings.Join(parts, "\n"); lipgloss.Height(v) <= w.common.Height {
			return v
		}
	}
	return choices
}
