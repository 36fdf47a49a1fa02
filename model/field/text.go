package field

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/runeutil"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
)

// The bubbles inputs cut a paste that does not fit and drop a rune typed
// at the limit, silently. vetted checks first, refuses the whole key and
// says why, so no text is ever lost without the person knowing.

// MaxAreaLines bounds the lines of a text answer or notes (see Area, which
// says so rather than ignoring the key).
const MaxAreaLines = 200

// CursorMode is how every input's cursor behaves. Tests set it static:
// a blinking cursor's commands sleep, which would slow every key they send.
var CursorMode = cursor.CursorBlink

// NewLine returns a one-line input with vetted's defaults.
func NewLine() textinput.Model {
	ti := textinput.New()
	ti.Prompt = ""
	ti.Cursor.SetMode(CursorMode)
	// ctrl+v would read the system clipboard; a terminal paste (bracketed
	// paste) already arrives as typed text.
	ti.KeyMap.Paste.SetEnabled(false)
	return ti
}

// NewArea returns a multi-line input with vetted's limits: enter is left
// to the screen (commit or save), alt+enter starts a new line.
func NewArea(placeholder string) textarea.Model {
	ta := textarea.New()
	// No CharLimit: the textarea counts it in columns and cuts silently;
	// Area keeps the limit in characters instead.
	ta.CharLimit = 0
	ta.MaxHeight = MaxAreaLines
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.Placeholder = placeholder
	ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("alt+enter"))
	ta.KeyMap.Paste.SetEnabled(false)
	ta.Cursor.SetMode(CursorMode)
	return ta
}

// The same sanitisers the bubbles inputs apply before inserting, so the
// count below is what they would insert.
var (
	lineSanitizer = runeutil.NewSanitizer(runeutil.ReplaceTabs(" "), runeutil.ReplaceNewlines(" "))
	areaSanitizer = runeutil.NewSanitizer()
)

// Fits reports whether the text k would insert fits in ti.
func Fits(ti textinput.Model, k tea.KeyMsg) bool {
	if ti.CharLimit <= 0 || len(k.Runes) == 0 {
		return true
	}
	in := lineSanitizer.Sanitize(slices.Clone(k.Runes))
	return utf8.RuneCountInString(ti.Value())+len(in) <= ti.CharLimit
}

// LimitMessage explains a refused key: a paste that would overflow, or
// typing past a full field. Fast typing can arrive as several letters in
// one key; that is still typing, not a paste.
func LimitMessage(k tea.KeyMsg, limit int) string {
	if k.Paste {
		return fmt.Sprintf("That paste would go over the %s-character limit, so it was not added.", checklist.Thousands(int64(limit)))
	}
	return fmt.Sprintf("The field is full (%s characters).", checklist.Thousands(int64(limit)))
}

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
