package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/vetted-tui/vetted/model/field"
)

// Fast typing. Bubble Tea v1 delivers the letters that arrive together as
// one KeyMsg ("aDr" when "a" opens the form and "Dr" is the start of a
// name). On a screen that takes commands such a batch is split into its
// keys, acted on in order. When a key starts something that runs as a
// command (opening another screen goes up as a message), the keys after
// it wait in the root's queue until that command has run, and then go to
// whichever screen it left open; keys that arrive meanwhile join the end
// of the queue, so nothing is dropped or reordered.
//
// A question that asks first (delete, skip over an answer, clear, leave
// with typed text) is the exception: keys that arrived before it was on
// screen are not its answer. When a key opens such a question, the rest of
// its batch and of the queue is dropped, so a fast "dy" or a paste that
// ends its own bracket and goes on "dy" deletes nothing.

// Text is always text. Several runes in one key message are typed text
// (fast typing, a paste without brackets, a text expander), and Bubble
// Tea names such a message by its runes: "up", "end", "tab" typed fast
// would match the bindings of those keys. The one rule: on a screen of
// commands a burst is split, each rune one key, as a slow typist's would
// be; where text is typed (Typing) the burst goes whole to the field,
// which takes it as text and matches none of its keys with it
// (field.IsText, field.AsText). A yes/no question is the exception: a
// burst is never its answer (see asText).

// typeAheadMsg says the command that held the queue back has run.
type typeAheadMsg struct{}

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
	if !m.splits(k) {
		return m.update(m.asText(k))
	}
	return m.typeAhead([]tea.KeyMsg{k})
}

// asText returns k as the screen on top must take it: a burst of runes
// that reaches a yes/no question as a paste, whose bracketed name matches
// no key, so it is read as "no" (a fast "yes" or a stray paste is not a
// considered reply); any other key as it is.
func (m *Model) asText(k tea.KeyMsg) tea.KeyMsg {
	if k.Type == tea.KeyRunes && len(k.Runes) > 1 && m.top().Asking() {
		k.Paste = true
	}
	return k
}

// drainTypeAhead hands the queued keys on, once what held them has run.
func (m Model) drainTypeAhead() (tea.Model, tea.Cmd) {
	keys := m.queued
	m.queued = nil
	return m.typeAhead(keys)
}

// splits reports whether k is a burst of typed runes to take one by one:
// it is not a paste, the screen on top takes commands, not text, and no
// yes/no question is waiting for its answer.
func (m *Model) splits(k tea.KeyMsg) bool {
	return k.Type == tea.KeyRunes && !k.Paste && len(k.Runes) > 1 && !m.top().Typing() && !m.top().Asking()
}

// typeAhead acts on keys in order. See the comment at the top of the file.
func (m Model) typeAhead(keys []tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	lastText := false
	for len(keys) > 0 {
		k := keys[0]
		keys = keys[1:]
		switch {
		case m.splits(k):
			first := tea.KeyMsg{Type: tea.KeyRunes, Runes: k.Runes[:1], Alt: k.Alt}
			rest := tea.KeyMsg{Type: tea.KeyRunes, Runes: k.Runes[1:], Alt: k.Alt}
			k, keys = first, append([]tea.KeyMsg{rest}, keys...)
		case m.top().Typing() && !m.top().Asking():
			// A field takes text: the letters typed in a row go in as
			// one insert, as Bubble Tea would have sent them.
			for len(keys) > 0 && joinable(k, keys[0]) {
				k.Runes = append(k.Runes[:len(k.Runes):len(k.Runes)], keys[0].Runes...)
				keys = keys[1:]
			}
		}
		k = m.asText(k)
		asked := m.confirming()
		// Text typed into a field cannot open another screen; its
		// command (a cursor blink, which sleeps) need not be waited for.
		text := m.top().Typing() && (k.Type == tea.KeyRunes || k.Type == tea.KeySpace)
		next, cmd := m.update(k)
		m = next.(Model)
		if !asked && m.confirming() {
			// What followed was typed before the question was drawn.
			return m, tea.Batch(append(cmds, cmd)...)
		}
		if cmd != nil && len(keys) > 0 && !text {
			// The rest waits for cmd: it may open another screen.
			m.queued = keys
			done := func() tea.Msg { return typeAheadMsg{} }
			return m, tea.Batch(append(cmds, tea.Sequence(cmd, done))...)
		}
		if text && len(cmds) > 0 && lastText {
			// A text key's command restarts the cursor's blink: the
			// last one of a run of text is the one that counts.
			cmds = cmds[:len(cmds)-1]
		}
		lastText = text
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// joinable reports whether b continues the typed text of a.
func joinable(a, b tea.KeyMsg) bool {
	return a.Type == tea.KeyRunes && b.Type == tea.KeyRunes && !a.Paste && !b.Paste && a.Alt == b.Alt
}

// confirming reports whether the screen on top is asking a yes/no
// question that type-ahead must not answer.
func (m *Model) confirming() bool { return m.top().Asking() }
