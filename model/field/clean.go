package field

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/safetext"
)

// CleanKey removes terminal escape sequences, control and invisible
// format characters from typed or pasted text. The bubbles inputs drop the
// ESC byte of a pasted sequence but keep the rest ("[31m"), and keep bidi
// overrides, which would then be drawn and saved as the person's text.
//
// Terminals send a pasted line break as a carriage return, which Clean
// would drop and so run two lines together: make it a newline first.
func CleanKey(k tea.KeyMsg) tea.KeyMsg {
	text := strings.ReplaceAll(string(k.Runes), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	k.Runes = []rune(safetext.Clean(text))
	return k
}
