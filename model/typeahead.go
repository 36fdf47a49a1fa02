package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/typeahead"
)

// Fast typing and bursts of runes pass model/typeahead: on a screen of
// commands a burst is split into keys, keys that follow one which opens a
// screen wait in m.queued until its command has run, and a burst is never
// the answer to a yes/no question.

// handleKey cleans a key and passes it through the type-ahead queue.
// ctrl+c never waits in the queue. It has a pointer receiver, as update.
func (m *Model) handleKey(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	if k.Type == tea.KeyRunes {
		// Typed text is cleaned as a paste is: the inputs drop control
		// characters but keep bidi overrides and other invisible ones.
		k = field.CleanKey(k)
	}
	if !field.IsText(k) && key.Matches(k, m.keys.ForceQuit) {
		// Typed runes are never ctrl+c, even when they spell it.
		return m.update(k)
	}
	if len(m.queued) > 0 {
		m.queued = append(m.queued, k)
		return *m, nil
	}
	if k.Paste && !m.top().Typing() {
		// A paste is text, never commands: a pasted "d" on the roster
		// must not ask to delete.
		return *m, nil
	}
	if !typeahead.Splits(k, m.top()) {
		return m.update(typeahead.AsText(k, m.top()))
	}
	return m.typeAhead([]tea.KeyMsg{k})
}

// drainTypeAhead hands the queued keys on, once what held them has run.
func (m Model) drainTypeAhead() (tea.Model, tea.Cmd) {
	keys := m.queued
	m.queued = nil
	return m.typeAhead(keys)
}

// typeAhead acts on keys in order (typeahead.Run).
func (m Model) typeAhead(keys []tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.queued, cmd = typeahead.Run(keyTarget{&m}, keys)
	return m, cmd
}

// keyTarget is the root as typeahead.Run hands it keys.
type keyTarget struct{ m *Model }

// Top implements typeahead.Target.
func (t keyTarget) Top() screen.Screen { return t.m.top() }

// Key implements typeahead.Target.
func (t keyTarget) Key(k tea.KeyMsg) tea.Cmd {
	next, cmd := t.m.update(k)
	*t.m = next.(Model)
	return cmd
}
