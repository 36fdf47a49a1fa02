package viewtest

// This file holds what the tests of the scrolled pages (model/expect,
// model/checkin) share: keys by name, the room check, wrapped text read
// back as one line, and the plain colour profile.

import (
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/vetted-tui/vetted/model/cell"
)

// NoColor draws as with NO_COLOR set, for a test package's init: every
// marker must then show as text, without colour or bold.
func NoColor() {
	os.Setenv("NO_COLOR", "1")
	lipgloss.SetColorProfile(termenv.Ascii)
}

// keys are the named keys Key knows; any other name is typed as runes.
var keys = map[string]tea.KeyType{
	"esc": tea.KeyEsc, "enter": tea.KeyEnter, "tab": tea.KeyTab,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
	"ctrl+s": tea.KeyCtrlS,
}

// Key is the key message named k: "esc", "pgdown", "ctrl+s", or text.
func Key(k string) tea.KeyMsg {
	if t, ok := keys[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// Fits fails t when view is taller than h lines or a line is wider than w
// columns.
func Fits(t testing.TB, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Fatalf("%dx%d: %d lines:\n%s", w, h, len(lines), view)
	}
	for _, l := range lines {
		if cell.Width(l) > w {
			t.Fatalf("%dx%d: line of %d columns: %q", w, h, cell.Width(l), l)
		}
	}
}

// Flat joins wrapped lines into one line of words, so a text can be
// searched whole however it was wrapped; a line that ends in a hyphen was
// wrapped after it (action-based) and joins without a space.
func Flat(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
