package compare

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// updateInput hands msg to ti, as ti.Update does, but for the one key the
// textinput gets wrong. It is model's updateInput (model/limits.go) again:
// this package may not import model.
func updateInput(ti textinput.Model, msg tea.Msg) (textinput.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && ti.Focused() && key.Matches(k, ti.KeyMap.DeleteWordForward) {
		// bubbles v1.0.0 indexes past the end on a word delete forward
		// (alt+d, alt+delete) with the cursor on the last character, and
		// panics (found by FuzzModel). That character is the word to
		// delete: do it here.
		if runes := []rune(ti.Value()); len(runes) > 0 && ti.Position() == len(runes)-1 {
			ti.SetValue(string(runes[:len(runes)-1]))
			return ti, nil
		}
	}
	return ti.Update(msg)
}
