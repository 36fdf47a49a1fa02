package compare

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/vetted-tui/vetted/model/internal/fixture"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

func init() {
	// Tests and goldens compare plain text: no colour codes whatever the
	// terminal.
	lipgloss.SetColorProfile(termenv.Ascii)
}

// The shared notebooks (package fixture), under this package's names.
var (
	makeNotebook = fixture.MakeNotebook
	answered     = fixture.Answered
	withPartner  = fixture.WithPartner
)

// Keys for the update-driven tests.
var (
	keyDown     = tea.KeyMsg{Type: tea.KeyDown}
	keyUp       = tea.KeyMsg{Type: tea.KeyUp}
	keyLeft     = tea.KeyMsg{Type: tea.KeyLeft}
	keyRight    = tea.KeyMsg{Type: tea.KeyRight}
	keyTab      = tea.KeyMsg{Type: tea.KeyTab}
	keyShiftTab = tea.KeyMsg{Type: tea.KeyShiftTab}
	keyEsc      = tea.KeyMsg{Type: tea.KeyEsc}
	keyEnter    = tea.KeyMsg{Type: tea.KeyEnter}
)

// runes is a key press of printable characters.
func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// sized returns a comparison of nb at w×h.
func sized(nb *store.Notebook, w, h int) Model {
	return New(nb, testStyles).SetSize(w, h)
}

// press feeds keys to m one by one and returns the model and the message
// of the last command, if any.
func press(m Model, keys ...tea.KeyMsg) (Model, tea.Msg) {
	var msg tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(k)
		msg = nil
		if cmd != nil {
			msg = cmd()
		}
	}
	return m, msg
}

// testStyles is the app's one set of styles, built once for the tests as
// the root builds it once for the app.
var testStyles = theme.DefaultStyles()
