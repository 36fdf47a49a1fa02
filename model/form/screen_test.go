package form

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
)

// TestDateFieldStoresCanonicalOrKeeps: a date field shows the stored date
// as every screen does; untouched it gives back what was stored, even a
// date it cannot read; typed, the canonical form; emptied, "".
func TestDateFieldStoresCanonicalOrKeeps(t *testing.T) {
	f := New(theme.DefaultStyles(), "t", "",
		Date("on", "On", "2027-01-12"), Date("odd", "Odd", "soon"), Date("typed", "Typed", ""), Date("gone", "Gone", "2027-01-12")).SetSize(80, 24)
	if got := f.Shown("on"); got != "12 Jan 2027" {
		t.Errorf("shown %q, want 12 Jan 2027", got)
	}
	f = f.Focus("typed")
	f, _ = drive(t, f, "=3/14/2026")
	f = f.Focus("gone")
	for range len("12 Jan 2027") {
		f, _ = drive(t, f, "backspace")
	}
	for k, want := range map[string]string{"on": "2027-01-12", "odd": "soon", "typed": "2026-03-14", "gone": ""} {
		if got := f.Value(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	f = f.Focus("typed")
	f, _ = drive(t, f, "=x")
	f, out := drive(t, f, "ctrl+s")
	if out == Submitted || f.Problem("typed") == "" {
		t.Error("a date it cannot read was saved without a word")
	}
}

// TestOptionsKeepAnUnknownStoredValue: a stored value not among the
// choices is offered last, picked; an empty one stands for empty.
func TestOptionsKeepAnUnknownStoredValue(t *testing.T) {
	label := func(s string) string { return "[" + s + "]" }
	vals, labels, at := Options([]string{"a", "b"}, "lapsed", "", label)
	if len(vals) != 3 || vals[2] != "lapsed" || labels[2] != "[lapsed]" || at != 2 {
		t.Errorf("unknown: %v %v %d", vals, labels, at)
	}
	choices := []string{"a", "b"}
	if vals, _, at := Options(choices, "", "b", label); len(vals) != 2 || at != 1 {
		t.Errorf("empty: %v %d, want b picked", vals, at)
	}
	Options(choices, "z", "", label)
	if len(choices) != 2 || choices[1] != "b" {
		t.Error("the choices given were changed")
	}
}

// TestScreenSendsUpAndLeaves: a form screen sends what submit makes of
// it when saved, goes back when left, and after "Discard your edits? y"
// comes back with them.
func TestScreenSendsUpAndLeaves(t *testing.T) {
	type saved struct{ phone string }
	var s screen.Screen = NewScreen(sample().Focus("phone"), func(f Form) tea.Msg { return saved{f.Value("phone")} })
	s = s.SetSize(80, 24)
	s, _ = s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("555")})
	_, cmd := s.Update(keyOf("ctrl+s"))
	if got, ok := cmd().(saved); !ok || got.phone != "555" {
		t.Fatalf("saving sent %#v", cmd())
	}
	if _, ok := s.(Screen).Discarded(); ok {
		t.Error("an open form says it was left without its edits")
	}
	s, _ = s.Update(keyOf("esc"))
	if !s.Asking() {
		t.Fatal("esc over an edit did not ask")
	}
	s, cmd = s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y")})
	if _, ok := cmd().(screen.BackMsg); !ok {
		t.Fatalf("y sent %#v, want back", cmd())
	}
	again, ok := s.(Screen).Discarded()
	if !ok || again.(Screen).Form().Shown("phone") != "555" || again.Asking() {
		t.Errorf("discarded %v; reopened with %q", ok, again.(Screen).Form().Shown("phone"))
	}
}
