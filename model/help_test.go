package model

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// startOn opens the screen of start (see startScreens) on the demo
// notebook at w×h.
func startOn(t testing.TB, start startScreen, w, h int) *harness {
	return startOnNotebook(t, start, demo.Notebook(), w, h)
}

// startOnNotebook opens the screen of start on nb (the welcome on an
// empty notebook of its own) at w×h.
func startOnNotebook(t testing.TB, start startScreen, nb *store.Notebook, w, h int) *harness {
	t.Helper()
	opts := Options{Notebook: nb}
	if start.kind == screenWelcome || start.kind == screenEncrypt {
		f, _, err := disk.Open(filepath.Join(t.TempDir(), "notebook.json"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		opts = Options{File: f, Notebook: store.New(), FirstRun: true}
	}
	hs := &harness{t: t, m: New(opts)}
	hs.send(sizeMsg(w, h))
	hs.keys(start.keys...)
	if hs.m.kind() != start.kind {
		t.Fatalf("%v opened %s, want %s", start.keys, hs.m.kind(), start.kind)
	}
	return hs
}

// helpLines is the part of the view below the body: status and help.
func (h *harness) helpLines() []string {
	lines := strings.Split(h.view(), "\n")
	return lines[min(len(lines), 1+h.m.common.Height):]
}

// TestFullHelpShowsEveryKey: ? on every screen, at 80×24 and 60×16,
// shows every key of the screen and the global ones, on as many pages as
// it takes (? turns them; after the last one the help closes), nothing
// cut off with "…", and the view stays within the window.
func TestFullHelpShowsEveryKey(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}} {
		for _, start := range startScreens {
			h := startOn(t, start, size[0], size[1])
			if h.m.top().Typing() {
				// ? is a character here; its help line is checked below.
				if help := strings.Join(h.helpLines(), "\n"); strings.Contains(help, "…") {
					t.Errorf("%v %s: the help line is cut:\n%s", size, start.kind, help)
				}
				continue
			}
			var want []key.Binding
			for _, g := range h.m.top().FullHelp() {
				want = append(want, g...)
			}
			if h.m.own != nil {
				want = append(want, leaveDemoKey)
			}
			want = append(want, h.m.keys.Help, h.m.keys.ForceQuit)
			if h.m.topLevel() {
				want = append(want, h.m.keys.Quit)
			}
			var shown []string
			for page := 0; ; page++ {
				h.keys("?")
				if !h.m.help.ShowAll {
					break
				}
				if page > 10 {
					t.Fatalf("%v %s: the help never closes", size, start.kind)
				}
				v := h.view()
				if n := strings.Count(v, "\n") + 1; n > size[1] {
					t.Errorf("%v %s page %d: %d lines", size, start.kind, page+1, n)
				}
				help := h.helpLines()
				if strings.Contains(strings.Join(help, "\n"), "…") {
					t.Errorf("%v %s page %d: cut with …:\n%s", size, start.kind, page+1, v)
				}
				shown = append(shown, help...)
				if start.kind == screenCompare && strings.Contains(v, "too small for the comparison") {
					t.Errorf("%v: with the help open the comparison does not draw:\n%s", size, v)
				}
			}
			for _, b := range want {
				if !b.Enabled() {
					continue
				}
				if !helpShows(shown, b.Help().Key, b.Help().Desc) {
					t.Errorf("%v %s: the help never shows %q %q:\n%s", size, start.kind, b.Help().Key, b.Help().Desc, strings.Join(shown, "\n"))
				}
			}
		}
	}
}

// helpShows reports whether a line of the help holds the key and its
// description.
func helpShows(lines []string, k, desc string) bool {
	for _, l := range lines {
		if i := strings.Index(l, k); i >= 0 && strings.Contains(l[i:], desc) {
			return true
		}
	}
	return false
}

// TestHelpClosesWhenTheScreenChanges: the full help lists the keys of the
// screen it was opened on; opening another screen closes it.
func TestHelpClosesWhenTheScreenChanges(t *testing.T) {
	h := newHarness(t, demo.Notebook())
	h.keys("?")
	if !h.m.help.ShowAll {
		t.Fatal("? did not open the help")
	}
	h.keys("p")
	if h.m.kind() != screenPrep || h.m.help.ShowAll {
		t.Fatalf("on %s the help is open: %v", h.m.kind(), h.m.help.ShowAll)
	}
	h.keys("?", "esc")
	if h.m.kind() != screenRoster || h.m.help.ShowAll {
		t.Fatalf("back on %s the help is open: %v", h.m.kind(), h.m.help.ShowAll)
	}
}
