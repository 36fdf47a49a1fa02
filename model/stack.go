package model

// The stack of screens. Opening a screen pushes it (screen.PushMsg, or an
// open message such as screen.OpenDetailsMsg); esc or back pops it
// (screen.BackMsg); the bottom one is the top level, where q quits. The
// root knows no screen by kind: it builds the bottom one (the roster, or
// the welcome on a first run) and the details form, and hands every key
// to whatever is on top.

import (
	"github.com/charmbracelet/lipgloss"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/roster"
	"github.com/vetted-tui/vetted/model/screen"
)

// top is the screen on view.
func (m *Model) top() screen.Screen { return m.stack[len(m.stack)-1] }

// setTop replaces the screen on view by its next state.
func (m *Model) setTop(s screen.Screen) { m.stack[len(m.stack)-1] = s }

// topLevel reports whether q quits: the bottom screen is on view.
func (m *Model) topLevel() bool { return len(m.stack) == 1 }

// news is the screen on top's own news for the status line, or nil.
func (m *Model) news() screen.Reporter {
	r, _ := m.top().(screen.Reporter)
	return r
}

// updateTop hands msg to the screen on top, in place.
func (m *Model) updateTop(msg tea.Msg) tea.Cmd {
	// The full help changes height with the screen's keys (typing hides
	// ? and q; an edit has keys of its own): the body must give up or
	// take the room, or the view outgrows the window (found by
	// FuzzModel).
	helpH := 0
	if m.help.ShowAll {
		helpH = lipgloss.Height(m.helpLine())
	}
	next, cmd := m.top().Update(msg)
	m.setTop(next)
	if m.help.ShowAll && lipgloss.Height(m.helpLine()) != helpH {
		m.layout()
	}
	return cmd
}

// push opens s on top. The stack is copied rather than appended to in
// place, so an older copy of the Model keeps its own.
func (m *Model) push(s screen.Screen) {
	m.stack = append(m.stack[:len(m.stack):len(m.stack)], s)
	m.screenChanged()
}

// pop closes the screen on top, unless it is the bottom one, lets the
// one below read the notebook again (screen.Refresher), and then hands
// it what the closed one had to say (screen.Leaver).
func (m *Model) pop() tea.Cmd {
	var after tea.Cmd
	if n := len(m.stack); n > 1 {
		left := m.stack[n-1]
		m.stack = m.stack[: n-1 : n-1]
		m.rememberLeft(left)
		if l, ok := left.(screen.Leaver); ok {
			after = l.Left()
		}
	}
	cmd := m.refreshTop()
	m.screenChanged()
	return tea.Batch(cmd, after)
}

// home leaves every screen for s, the new bottom of the stack.
func (m *Model) home(s screen.Screen) {
	m.stack = []screen.Screen{s}
	m.screenChanged()
}

// screenChanged closes the help, which listed the keys of the screen
// that was on view, and lays the new one out.
func (m *Model) screenChanged() {
	m.help.Close()
	m.layout()
}

// refreshTop asks the screen on top to read the notebook again, dropping
// it (and going on down) when what it showed is gone.
func (m *Model) refreshTop() tea.Cmd {
	for {
		r, ok := m.top().(screen.Refresher)
		if !ok {
			return nil
		}
		next, cmd, ok := r.Refresh()
		if ok {
			m.setTop(next)
			return cmd
		}
		if len(m.stack) == 1 {
			m.stack[0] = roster.New(m.common)
			return nil
		}
		m.stack = m.stack[: len(m.stack)-1 : len(m.stack)-1]
	}
}

// refreshStack rebuilds the stack for a notebook that replaced the one on
// view (a reload from disk): every screen from the bottom up reads it
// again, as far as each still shows something that exists; the person is
// back on the screen they were on where it does.
func (m *Model) refreshStack() tea.Cmd {
	kept := make([]screen.Screen, 0, len(m.stack))
	var cmds []tea.Cmd
	for _, s := range m.stack {
		r, ok := s.(screen.Refresher)
		if !ok {
			break
		}
		next, cmd, ok := r.Refresh()
		if !ok {
			break
		}
		kept = append(kept, next)
		cmds = append(cmds, cmd)
	}
	if len(kept) == 0 {
		kept = append(kept, roster.New(m.common))
	}
	m.stack = kept
	m.layout()
	return tea.Batch(cmds...)
}
