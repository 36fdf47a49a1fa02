package field

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/runeutil"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
)

// MaxAreaLines bounds the lines of a text answer or notes (the area says
// so rather than ignoring the key).
const MaxAreaLines = 200

// CursorMode is how every input's cursor behaves. Tests set it static:
// a blinking cursor's commands sleep, which would slow every key they send.
var CursorMode = cursor.CursorBlink

// NewTextInput returns a one-line input with vetted's defaults.
func NewTextInput() textinput.Model {
	ti := textinput.New()
	ti.Prompt = ""
	ti.Cursor.SetMode(CursorMode)
	// ctrl+v would read the system clipboard; a terminal paste (bracketed
	// paste) already arrives as typed text.
	ti.KeyMap.Paste.SetEnabled(false)
	return ti
}

// NewTextArea returns a multi-line input with vetted's limits: enter is
// left to the screen (commit or save), alt+enter starts a new line.
func NewTextArea(placeholder string) textarea.Model {
	ta := textarea.New()
	// No CharLimit: the textarea counts it in columns and cuts silently;
	// the screens keep the limit in characters instead.
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

// The bubbles inputs cut a paste that does not fit and drop a rune typed
// at the limit, silently. vetted checks first, refuses the whole key and
// says why, so no text is ever lost without the person knowing.

// lineSanitizer is the one the bubbles textinput applies before
// inserting, so the count below is what it would insert.
var lineSanitizer = runeutil.NewSanitizer(runeutil.ReplaceTabs(" "), runeutil.ReplaceNewlines(" "))

// Fits reports whether the text k would insert fits in ti.
func Fits(ti textinput.Model, k tea.KeyMsg) bool {
	if ti.CharLimit <= 0 || len(k.Runes) == 0 {
		return true
	}
	in := lineSanitizer.Sanitize(slices.Clone(k.Runes))
	return utf8.RuneCountInString(ti.Value())+len(in) <= ti.CharLimit
}

// LimitMessage says why key k was refused by a field of limit characters.
// Several runes in one key message are a paste or fast typing; a paste is
// named as such.
func LimitMessage(k tea.KeyMsg, limit int) string {
	if k.Paste {
		return fmt.Sprintf("That paste would go over the %s-character limit, so it was not added.", checklist.Thousands(int64(limit)))
	}
	return fmt.Sprintf("The field is full (%s characters).", checklist.Thousands(int64(limit)))
}
