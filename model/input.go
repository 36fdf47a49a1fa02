package model

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/safetext"
)

// cleanRunes removes terminal escape sequences, control and invisible
// format characters from typed or pasted text. The bubbles inputs drop the
// ESC byte of a pasted sequence but keep the rest ("[31m"), and keep bidi
// overrides, which would then be drawn and saved as the person's text.
//
// Terminals send a pasted line break as a carriage return, which Clean
// would drop and so run two lines together: make it a newline first.
func cleanRunes(k tea.KeyMsg) tea.KeyMsg {
	text := strings.ReplaceAll(string(k.Runes), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	k.Runes = []rune(safetext.Clean(text))
	return k
}

// splitKeys handles a run of one repeated key that arrived as one message
// ("jjj" when a held key or a slow link batches presses) one press at a
// time. Only a repeat is split: Bubble Tea also batches fast typing, and
// it cuts such a batch at spaces and enters, so the letters of "aDr Andy"
// can reach the roster after "a" asked for a form. Treated as separate
// keys they would run roster commands (d then y deletes). A mixed batch
// therefore stays one message, which no command matches (see Update).
//
// A repeat stops at the first press that starts something (a command, a
// field taking text, a question such as "Delete …? y/n"): the rest is
// dropped, as a held key's repeats after the action are not more actions.
func (m Model) splitKeys(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	var next tea.Model = m
	one := tea.KeyMsg{Type: tea.KeyRunes, Runes: k.Runes[:1], Alt: k.Alt}
	for range k.Runes {
		before := next.(Model).screen
		var cmd tea.Cmd
		next, cmd = next.Update(one)
		after := next.(Model)
		if cmd != nil || after.screen != before || after.childTyping() {
			return next, cmd
		}
	}
	return next, nil
}

// repeated reports whether runes is one key pressed more than once.
func repeated(runes []rune) bool {
	if len(runes) < 2 {
		return false
	}
	for _, r := range runes[1:] {
		if r != runes[0] {
			return false
		}
	}
	return true
}
