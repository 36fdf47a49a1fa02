// Package field holds what every screen's text fields need beyond
// bubbles' textinput and textarea, for model, model/form and model/compare
// alike: vetted's defaults, limits counted in characters that refuse a key
// and say why (Fits, Area), texts cut on loading and read-only (CutForLoad),
// typed and pasted text cleaned (CleanKey), and a mended word delete.
package field

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// Update hands msg to ti, as ti.Update does, but for the one key the
// textinput gets wrong: bubbles v1.0.0 indexes past the end on a word
// delete forward (alt+d, alt+delete) with the cursor on the last
// character, and panics (found by the model's fuzz test). That character
// is the word to delete: Update does it here.
//
// Several runes in one key message (fast typing, a paste) are text: the
// textinput would match "up" or "down" typed fast with its suggestion
// keys and drop them, so Update hands them on as a paste, which matches
// no key.
func Update(ti textinput.Model, msg tea.Msg) (textinput.Model, tea.Cmd) {
	msg = AsText(msg)
	if k, ok := msg.(tea.KeyMsg); ok && ti.Focused() && key.Matches(k, ti.KeyMap.DeleteWordForward) {
		if runes := []rune(ti.Value()); len(runes) > 0 && ti.Position() == len(runes)-1 {
			ti.SetValue(string(runes[:len(runes)-1]))
			return ti, nil
		}
	}
	return ti.Update(msg)
}

// IsText reports whether k is text however it reads: a paste, or several
// runes that arrived together. Such a key is never a binding, whatever
// words it spells: a screen hands it to its field.
func IsText(k tea.KeyMsg) bool {
	return k.Paste || k.Type == tea.KeyRunes && len(k.Runes) > 1
}

// AsText marks a key message of several runes as a paste, so that an
// input inserts it as text and matches none of its keys ("up", "down",
// "home" typed fast are words, not keys). Other messages are unchanged.
func AsText(msg tea.Msg) tea.Msg {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes && IsText(k) {
		k.Paste = true
		return k
	}
	return msg
}
