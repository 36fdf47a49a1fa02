package model

// Regressions that FuzzModel found, each as a plain test.

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

// TestWordBackWithNothingBeforeTheCursorReturns: bubbles' textarea looped
// forever on alt+left in empty notes (found by FuzzModel).
func TestWordBackWithNothingBeforeTheCursorReturns(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e")
	h.focusDetails(details.FieldNotes)
	alt := tea.KeyMsg{Type: tea.KeyLeft, Alt: true}
	h.send(alt) // empty notes
	h.paste("  \n  ")
	h.send(alt) // only spaces before the cursor
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("b"), Alt: true})
	h.paste("word  ")
	h.send(alt) // a word before: the cursor goes to its start
	h.typeText("X")
	if got := h.m.details().Shown(details.FieldNotes); got != "  \n  Xword  " {
		t.Fatalf("notes %q after a word back and X, want the X at the start of the word", got)
	}
}

// TestWordDeleteOnTheLastCharacter: bubbles' textinput panicked on alt+d
// with the cursor on the last character (found by FuzzModel).
func TestWordDeleteOnTheLastCharacter(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys("e") // the name field has the focus
	h.keys("left")
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("d"), Alt: true})
	if got := h.m.details().Shown(details.FieldName); got != "Dr Ad" {
		t.Fatalf("name = %q, want the last character deleted", got)
	}
	h.send(tea.KeyMsg{Type: tea.KeyDelete, Alt: true}) // the cursor at the end now: nothing to delete
	h.keys("home")
	h.send(tea.KeyMsg{Type: tea.KeyDelete, Alt: true}) // elsewhere the textinput does it
	if got := h.m.details().Shown(details.FieldName); got != " Ad" {
		t.Fatalf("name = %q after a word delete at the start", got)
	}
}

// TestFullHelpKeepsTheViewInTheWindow: the full help grows when a field
// stops taking text (? and q come back), and the body did not give up the
// room, so the view outgrew the window (found by FuzzModel).
func TestFullHelpKeepsTheViewInTheWindow(t *testing.T) {
	h := newHarness(t, demo.Notebook())
	h.keys("c", "i")
	h.keys("?")
	for _, k := range []string{"enter", "resize", "esc", "enter", "x", "resize", "esc"} {
		if k == "resize" { // laid out while the field takes text
			h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
			continue
		}
		h.update(keyMsg(k)) // not run: the field's cursor blinks for ever
		if n := strings.Count(h.m.View(), "\n") + 1; n > h.m.height {
			t.Fatalf("after %s the view is %d lines in a window of %d:\n%s", k, n, h.m.height, h.view())
		}
	}
}

// TestWordDeleteOnTheLastCharacterInEveryLineField: the same bubbles
// fault reached the fields added since (a small form's line, your own
// question's form, the profile's words) until they went through
// field.Update too.
func TestWordDeleteOnTheLastCharacterInEveryLineField(t *testing.T) {
	c := screen.NewCommon(store.New(), theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = 80, 24
	altD := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("d"), Alt: true}
	left := tea.KeyMsg{Type: tea.KeyLeft}
	typed := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ab")}

	var f screen.Screen = form.NewScreen(form.New(c.Styles, "t", "", form.Line("name", "Name", "", 40)).SetSize(c.Width, c.Height), nil)
	for _, k := range []tea.KeyMsg{typed, left, altD} {
		f, _ = f.Update(k)
	}
	if got := f.(form.Screen).Form().Shown("name"); got != "a" {
		t.Errorf("small form: %q, want %q", got, "a")
	}

	// Your own question's form: see
	// questions.TestWordDeleteOnTheLastCharacter; the profile's words:
	// profile.TestWordDeleteOnTheLastCharacter.
}
