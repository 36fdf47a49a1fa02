package prep

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/model/internal/viewtest"
	"github.com/vetted-tui/vetted/model/screen"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

// prepSized returns a preparation screen on nb with a body of w×h.
func prepSized(nb *store.Notebook, w, h int) Model {
	c := screen.NewCommon(nb, theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = w, h
	return New(c)
}

// keyMsg is a key named as in the root's tests: "esc", "space", or text.
func keyMsg(k string) tea.KeyMsg {
	switch k {
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// prepPress feeds keys (named as in keyMsg) and returns the message of the
// last key's command, nil if it had none.
func prepPress(p Model, keys ...string) (Model, tea.Msg) {
	var msg tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		p, cmd = p.update(keyMsg(k))
		msg = nil
		if cmd != nil {
			msg = cmd()
		}
	}
	return p, msg
}

func prepPlain(p Model) string { return ansi.Strip(p.View()) }

// flat drops the hint box's border and all spacing, so that wrapped text
// (which may break after a hyphen) can be searched whole with flat(want).
func flat(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), "")
}

func TestPrepToggleSendsTheItem(t *testing.T) {
	nb := store.New()
	nb.Prep[checklist.PrepFindNames] = true
	p := prepSized(nb, 80, 24)

	p, msg := prepPress(p, "space")
	want := screen.PrepToggledMsg{ID: checklist.PrepPhysicalCheck}
	if msg != want {
		t.Fatalf("space on an open item sent %#v, want %#v", msg, want)
	}
	if nb.Prep[checklist.PrepPhysicalCheck] {
		t.Fatal("the screen changed the notebook itself; only the root may")
	}

	_, msg = prepPress(p, "down", "x")
	want = screen.PrepToggledMsg{ID: checklist.PrepFindNames}
	if msg != want {
		t.Fatalf("x on a ticked item sent %#v, want %#v", msg, want)
	}
}

func TestPrepReflectsNotebook(t *testing.T) {
	nb := store.New()
	nb.Prep["goals"] = true // a stray key from a hand-edited file
	p := prepSized(nb, 80, 24)
	if v := prepPlain(p); !strings.Contains(v, "Before the first appointment · 0 of 7 ready") {
		t.Fatalf("header wrong:\n%s", v)
	}
	// The root stores the toggle; the screen draws what the notebook holds.
	nb.Prep[checklist.PrepMedications] = true
	nb.Prep[checklist.PrepOwnQuestions] = true
	v := prepPlain(p)
	if !strings.Contains(v, "2 of 7 ready") {
		t.Fatalf("header does not count the ticks:\n%s", v)
	}
	if got := strings.Count(v, "[x]"); got != 2 {
		t.Fatalf("%d [x] markers, want 2:\n%s", got, v)
	}
	if got := strings.Count(v, "[ ]"); got != 5 {
		t.Fatalf("%d [ ] markers, want 5:\n%s", got, v)
	}
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "List every medication") && !strings.Contains(l, "[x]") {
			t.Fatalf("ticked item drawn without [x]: %q", l)
		}
	}
}

func TestPrepNavigationClampsAtTheEnds(t *testing.T) {
	items := checklist.Prep()
	p := prepSized(store.New(), 120, 40)
	first, last := items[0], items[len(items)-1]

	p, _ = prepPress(p, "up", "k")
	if l := viewtest.SelectedLine(t, prepPlain(p)); !strings.Contains(l, first.Text) {
		t.Fatalf("up at the top left the first item: %q", l)
	}
	p, _ = prepPress(p, "j", "down")
	if l := viewtest.SelectedLine(t, prepPlain(p)); !strings.Contains(l, items[2].Text) {
		t.Fatalf("two downs selected %q, want the third item", l)
	}
	for range len(items) + 3 {
		p, _ = prepPress(p, "down")
	}
	if l := viewtest.SelectedLine(t, prepPlain(p)); !strings.Contains(l, last.Text) {
		t.Fatalf("down past the end left the last item: %q", l)
	}
	if _, msg := prepPress(p, "space"); msg != (screen.PrepToggledMsg{ID: last.ID}) {
		t.Fatalf("toggle after clamping sent %#v", msg)
	}
}

func TestPrepShowsSelectedHintAndSource(t *testing.T) {
	items := checklist.Prep()
	p := prepSized(store.New(), 60, 16)
	v := flat(prepPlain(p))
	if !strings.Contains(v, flat("Why: "+items[0].Hint)) {
		t.Fatalf("first item's hint missing:\n%s", prepPlain(p))
	}
	if !strings.Contains(v, flat("Source: "+checklist.SourceLabel(items[0].Source))) {
		t.Fatalf("first item's source missing:\n%s", prepPlain(p))
	}

	p, _ = prepPress(p, "down", "down", "down")
	v = flat(prepPlain(p))
	if !strings.Contains(v, flat("Why: "+items[3].Hint)) {
		t.Fatalf("fourth item's hint missing:\n%s", prepPlain(p))
	}
	if strings.Contains(v, flat(items[0].Hint)) {
		t.Fatal("the first item's hint is still shown")
	}
}

func TestPrepBackSendsBackMsg(t *testing.T) {
	p := prepSized(store.New(), 80, 24)
	if _, msg := prepPress(p, "esc"); msg != (screen.BackMsg{}) {
		t.Fatalf("esc sent %#v, want screen.BackMsg", msg)
	}
	if p.Typing() {
		t.Fatal("the list has no text field, so it must not claim the keyboard")
	}
}

func TestPrepFitsEverySize(t *testing.T) {
	items := checklist.Prep()
	sizes := [][2]int{{0, 0}, {1, 1}, {2, 2}, {10, 3}, {30, 6}, {60, 16}, {80, 24}, {120, 40}}
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		nb := store.New()
		nb.Prep[checklist.PrepFindNames] = true
		p := prepSized(nb, w, h)
		for i := range items {
			v := prepPlain(p)
			lines := strings.Split(v, "\n")
			if v == "" {
				lines = nil
			}
			if len(lines) > h {
				t.Fatalf("%dx%d item %d: %d lines, over the height:\n%s", w, h, i, len(lines), v)
			}
			for _, l := range lines {
				if n := ansi.StringWidth(l); n > w {
					t.Fatalf("%dx%d item %d: line %q is %d wide", w, h, i, l, n)
				}
			}
			// From two lines up there is room for the header and the
			// selected item, which must stay in view while scrolling.
			if h >= 2 && w >= 12 {
				l := viewtest.SelectedLine(t, v)
				if word := strings.Fields(items[i].Text)[0]; !strings.Contains(l, word) {
					t.Fatalf("%dx%d: selected line %q is not item %d", w, h, l, i)
				}
			}
			if w >= 80 && h >= 24 && !strings.Contains(v, "[x]") {
				t.Fatalf("%dx%d: ticked item lacks [x]:\n%s", w, h, v)
			}
			p, _ = prepPress(p, "down")
		}
	}
}

func TestPrepScrollsBackUp(t *testing.T) {
	items := checklist.Prep()
	p := prepSized(store.New(), 60, 8)
	for range items {
		p, _ = prepPress(p, "down")
	}
	if strings.Contains(prepPlain(p), items[0].Text) {
		t.Fatal("a body of 8 lines should have scrolled the first item away")
	}
	for range items {
		p, _ = prepPress(p, "up")
	}
	if l := viewtest.SelectedLine(t, prepPlain(p)); !strings.Contains(l, items[0].Text) {
		t.Fatalf("after going back up, selected %q", l)
	}
}
