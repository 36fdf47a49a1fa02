package form

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/model/theme"
)

// fuzzKeys are the keys FuzzForm presses, one per input byte.
var fuzzKeys = []tea.KeyMsg{
	{Type: tea.KeyTab}, {Type: tea.KeyShiftTab}, {Type: tea.KeyUp}, {Type: tea.KeyDown},
	{Type: tea.KeyLeft}, {Type: tea.KeyRight}, {Type: tea.KeySpace, Runes: []rune{' '}}, {Type: tea.KeyEnter},
	{Type: tea.KeyEnter, Alt: true}, {Type: tea.KeyBackspace}, {Type: tea.KeyCtrlN}, {Type: tea.KeyCtrlD},
	{Type: tea.KeyEsc}, {Type: tea.KeyRunes, Runes: []rune("n")}, {Type: tea.KeyRunes, Runes: []rune("王")},
	{Type: tea.KeyRunes, Runes: []rune("up down\r\n\x1b[31m"), Paste: true}, {Type: tea.KeyRunes, Runes: []rune("tab")},
	{Type: tea.KeyHome}, {Type: tea.KeyLeft, Alt: true}, {Type: tea.KeyRunes, Runes: []rune("d"), Alt: true},
}

// FuzzForm presses any keys on a form of every kind of field: it never
// panics, always fits its room with the focus in view, and a field the
// focus never reached keeps its stored value byte for byte.
func FuzzForm(f *testing.F) {
	f.Add([]byte{0, 0, 14, 8, 14, 10, 0, 15, 9, 11, 12, 13}, uint8(60), uint8(16))
	f.Add([]byte{6, 6, 4, 5, 7, 1, 1, 16, 17, 18, 19, 12}, uint8(80), uint8(24))
	f.Fuzz(func(t *testing.T, keys []byte, w, h uint8) {
		width, height := 20+int(w)%120, 6+int(h)%50
		stored := map[string]string{"a": "Dr\tAda\x07", "c": "x\ny", "e": strings.Repeat("long ", 30)}
		fm := New(theme.DefaultStyles(), "Title", "An intro.",
			Line("a", "Name", stored["a"], 40).WithRequired("A name."),
			Pick("b", "Pick", []string{"one", "two", "three"}, 1),
			Area("c", "Notes", stored["c"], 60),
			Rows("d", [2]string{"Name", "Dose"}, 20, [][2]string{{"a", "b"}}),
			Line("e", "A much longer label than the column takes", stored["e"], 100)).SetSize(width, height)
		reached := map[string]bool{fm.Focused(): true}
		for _, b := range keys {
			var out Outcome
			fm, _, out = fm.Update(fuzzKeys[int(b)%len(fuzzKeys)])
			if out != Open {
				return
			}
			reached[fm.Focused()] = true
			v := ansi.Strip(fm.View())
			lines := strings.Split(v, "\n")
			if len(lines) > height {
				t.Fatalf("%d lines in %d", len(lines), height)
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > width {
					t.Fatalf("a line %d wide in %d: %q", ansi.StringWidth(l), width, l)
				}
			}
			if !fm.Asking() && !strings.Contains(v, "›") {
				t.Fatalf("the focus is out of view:\n%s", v)
			}
		}
		for k, s := range stored {
			if !reached[k] && fm.Value(k) != s {
				t.Errorf("field %s, never focused, reads %q", k, fm.Value(k))
			}
		}
	})
}
