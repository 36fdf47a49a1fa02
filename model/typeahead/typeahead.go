// Package typeahead takes keys that arrive faster than the screens they
// open. Bubble Tea v1 delivers the letters that arrive together as one
// KeyMsg ("aDr" when "a" opens the form and "Dr" is the start of a name).
// On a screen that takes commands such a batch is split into its keys,
// acted on in order. When a key starts something that runs as a command
// (opening another screen goes up as a message), the keys after it wait
// in the root's queue until that command has run (DoneMsg), and then go to
// whichever screen it left open; keys that arrive meanwhile join the end
// of the queue, so nothing is dropped or reordered.
//
// A question that asks first (delete, skip over an answer, clear, leave
// with typed text) is the exception: keys that arrived before it was on
// screen are not its answer. When a key opens such a question, the rest of
// its batch and of the queue is dropped, so a fast "dy" or a paste that
// ends its own bracket and goes on "dy" deletes nothing.
//
// Text is always text. Several runes in one key message are typed text
// (fast typing, a paste without brackets, a text expander), and Bubble
// Tea names such a message by its runes: "up", "end", "tab" typed fast
// would match the bindings of those keys. The one rule: on a screen of
// commands a burst is split, each rune one key, as a slow typist's would
// be; where text is typed (Typing) the burst goes whole to the field,
// which takes it as text and matches none of its keys with it
// (field.IsText, field.AsText). A yes/no question is the exception: a
// burst is never its answer (see AsText).
package typeahead

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
)

// Target is the root as the keys reach it, one at a time.
type Target interface {
	// Top is the screen on view now.
	Top() screen.Screen
	// Key handles one key in place and returns its command.
	Key(k tea.KeyMsg) tea.Cmd
}

// DoneMsg says the command that held the queue back has run: the root
// hands the queued keys to Run again.
type DoneMsg struct{}

// Splits reports whether k is a burst of typed runes to take one by one
// on top: it is not a paste, the screen takes commands, not text, and no
// yes/no question is waiting for its answer.
func Splits(k tea.KeyMsg, top screen.Screen) bool {
	return k.Type == tea.KeyRunes && !k.Paste && len(k.Runes) > 1 && !top.Typing() && !top.Asking()
}

// AsText returns k as top must take it: a burst of runes that reaches a
// yes/no question as a paste, whose bracketed name matches no key, so it
// is read as "no" (a fast "yes" or a stray paste is not a considered
// reply); any other key as it is.
func AsText(k tea.KeyMsg, top screen.Screen) tea.KeyMsg {
	if k.Type == tea.KeyRunes && len(k.Runes) > 1 && top.Asking() {
		k.Paste = true
	}
	return k
}

// Run acts on keys in order (see the package comment). It returns the
// keys that must wait for the command it returns, or nil.
func Run(t Target, keys []tea.KeyMsg) (queued []tea.KeyMsg, cmd tea.Cmd) {
	var cmds []tea.Cmd
	lastText := false
	for len(keys) > 0 {
		k := keys[0]
		keys = keys[1:]
		top := t.Top()
		switch {
		case Splits(k, top):
			first := tea.KeyMsg{Type: tea.KeyRunes, Runes: k.Runes[:1], Alt: k.Alt}
			rest := tea.KeyMsg{Type: tea.KeyRunes, Runes: k.Runes[1:], Alt: k.Alt}
			k, keys = first, append([]tea.KeyMsg{rest}, keys...)
		case top.Typing() && !top.Asking():
			// A field takes text: the letters typed in a row go in as
			// one insert, as Bubble Tea would have sent them.
			for len(keys) > 0 && joinable(k, keys[0]) {
				k.Runes = append(k.Runes[:len(k.Runes):len(k.Runes)], keys[0].Runes...)
				keys = keys[1:]
			}
		}
		k = AsText(k, top)
		asked := top.Asking()
		// Text typed into a field cannot open another screen; its
		// command (a cursor blink, which sleeps) need not be waited for.
		text := top.Typing() && (k.Type == tea.KeyRunes || k.Type == tea.KeySpace)
		cmd := t.Key(k)
		if !asked && t.Top().Asking() {
			// What followed was typed before the question was drawn.
			return nil, tea.Batch(append(cmds, cmd)...)
		}
		if cmd != nil && len(keys) > 0 && !text {
			// The rest waits for cmd: it may open another screen.
			done := func() tea.Msg { return DoneMsg{} }
			return keys, tea.Batch(append(cmds, tea.Sequence(cmd, done))...)
		}
		if text && len(cmds) > 0 && lastText {
			// A text key's command restarts the cursor's blink: the
			// last one of a run of text is the one that counts.
			cmds = cmds[:len(cmds)-1]
		}
		lastText = text
		cmds = append(cmds, cmd)
	}
	return nil, tea.Batch(cmds...)
}

// joinable reports whether b continues the typed text of a.
func joinable(a, b tea.KeyMsg) bool {
	return a.Type == tea.KeyRunes && b.Type == tea.KeyRunes && !a.Paste && !b.Paste && a.Alt == b.Alt
}
