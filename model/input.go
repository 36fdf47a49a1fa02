package model

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/safetext"
)

// cleanPaste removes terminal escape sequences and control characters from
// a bracketed paste. Bubble Tea drops the ESC byte of a pasted sequence but
// keeps the rest ("[31m"), which would then be saved as the person's text.
// Terminals send a pasted line break as a carriage return, which Clean
// would drop and so run two lines together: make it a newline first.
func cleanPaste(k tea.KeyMsg) tea.KeyMsg {
	text := strings.ReplaceAll(string(k.Runes), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	k.Runes = []rune(safetext.Clean(text))
	return k
}

// splitKeys handles keys that arrived together as one message ("jjj" when
// a terminal or a slow link batches key presses) one at a time, as if they
// had been pressed slowly. A key that starts something (opening a screen,
// say) answers with a command whose message must land before the keys
// after it, so the rest waits behind that command; once a field takes
// text, the rest goes to it in one piece, as typing does.
func (m Model) splitKeys(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	var next tea.Model = m
	for i, r := range k.Runes {
		one := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: k.Alt}
		var cmd tea.Cmd
		next, cmd = next.Update(one)
		rest := k.Runes[i+1:]
		if len(rest) == 0 {
			return next, cmd
		}
		restMsg := tea.KeyMsg{Type: tea.KeyRunes, Runes: rest, Alt: k.Alt}
		switch {
		case cmd != nil:
			return next, tea.Sequence(cmd, sendMsg(restMsg))
		case next.(Model).childTyping():
			return next.Update(restMsg)
		}
	}
	return next, nil
}
