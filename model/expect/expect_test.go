package expect

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/internal/viewtest"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

func init() { viewtest.NoColor() }

// sized returns the screen in a body of w×h, through the Screen interface.
func sized(w, h int) screen.Screen {
	c := screen.NewCommon(store.New(), theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = w, h
	return New(c).SetSize(w, h)
}

func press(s screen.Screen, k string) (screen.Screen, tea.Msg) {
	s, cmd := s.Update(viewtest.Key(k))
	if cmd == nil {
		return s, nil
	}
	return s, cmd()
}

func plain(s screen.Screen) string { return ansi.Strip(s.View()) }

// checkFits fails when the view is taller or wider than its room.
func checkFits(t *testing.T, v string, w, h int) {
	t.Helper()
	viewtest.Fits(t, v, w, h)
	for _, l := range strings.Split(v, "\n") {
		if strings.HasSuffix(strings.TrimRight(l, " "), cell.Ellipsis) {
			t.Fatalf("%dx%d: a line was cut: %q", w, h, l)
		}
	}
}

// readAll scrolls from the top to the bottom with j, returning the page's
// lines in order as they came into view (the "more" lines left out) and
// checking every view on the way.
func readAll(t *testing.T, w, h int) (page []string, views []string) {
	t.Helper()
	s := sized(w, h)
	seen := map[int]bool{}
	for step := 0; step < 500; step++ {
		m := s.(Model)
		v := plain(s)
		checkFits(t, v, w, h)
		views = append(views, v)
		body := strings.Split(v, "\n")[1:]
		for i, l := range body {
			if strings.HasPrefix(l, "  ↑ ") && i == 0 && m.offset > 0 || strings.HasPrefix(l, "  ↓ ") && i == len(body)-1 {
				continue
			}
			n := m.offset + i
			if m.offset > 0 {
				n-- // the "↑ more" line takes the first row
			}
			if !seen[n] {
				seen[n] = true
				page = append(page, l)
			}
		}
		next, _ := press(s, "j")
		if next.(Model).offset == m.offset {
			return page, views
		}
		s = next
	}
	t.Fatalf("%dx%d: j never reached the bottom", w, h)
	return nil, nil
}

// flat reads wrapped lines back as one line of words.
func flat(lines []string) string { return viewtest.Flat(strings.Join(lines, "\n")) }

// Every passage, every section title, every source and the
// not-a-replacement line appear whole across the scroll at each size, and
// no line is wider or taller than the room.
func TestEveryPassageWholeAtEverySize(t *testing.T) {
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {120, 40}} {
		w, h := sz[0], sz[1]
		page, _ := readAll(t, w, h)
		text := flat(page)
		want := []string{checklist.NotAReplacement, sourcePrefix + checklist.SourceLabel(checklist.NotAReplacementSource)}
		for _, sec := range checklist.Expect() {
			want = append(want, sec.Title)
			for _, p := range sec.Passages {
				want = append(want, openQuote+p.Quote+closeQuote+" "+sourcePrefix+checklist.SourceLabel(p.Source))
			}
		}
		for _, s := range want {
			if !strings.Contains(text, flat([]string{s})) {
				t.Errorf("%dx%d: missing whole: %q", w, h, s)
			}
		}
		if !strings.HasSuffix(text, flat([]string{checklist.NotAReplacement, sourcePrefix + checklist.SourceLabel(checklist.NotAReplacementSource)})) {
			t.Errorf("%dx%d: the page does not end with the not-a-replacement line: …%s", w, h, text[max(0, len(text)-200):])
		}
	}
}

// Where the page goes on, a "more" line says how far, in text; the first
// view says what is below, the last what is above.
func TestMoreMarkersWithoutColour(t *testing.T) {
	for _, sz := range [][2]int{{60, 16}, {80, 24}} {
		_, views := readAll(t, sz[0], sz[1])
		first, last := views[0], views[len(views)-1]
		if !strings.Contains(first, "↓ ") || !strings.Contains(first, " more") || strings.Contains(first, "↑ ") {
			t.Errorf("%v: first view without its ↓ marker:\n%s", sz, first)
		}
		if !strings.Contains(last, "↑ ") || strings.Contains(last, "↓ ") {
			t.Errorf("%v: last view without its ↑ marker:\n%s", sz, last)
		}
		if v := sized(sz[0], sz[1]).View(); strings.Contains(v, "\x1b[") {
			t.Errorf("%v: styling sequences with NO_COLOR: %q", sz, v)
		}
	}
}

// The page keys: end reaches the last window (as far as j goes), home the
// first, a page moves several lines and comes back, esc goes back.
func TestKeys(t *testing.T) {
	s := sized(80, 24)
	bottom := s
	for {
		next, _ := press(bottom, "down")
		if next.(Model).offset == bottom.(Model).offset {
			break
		}
		bottom = next
	}
	end, _ := press(s, "end")
	if end.(Model).offset != bottom.(Model).offset || plain(end) != plain(bottom) {
		t.Fatalf("end: offset %d, j to the bottom: %d", end.(Model).offset, bottom.(Model).offset)
	}
	if e2, _ := press(end, "G"); e2.(Model).offset != end.(Model).offset {
		t.Fatal("G moved past the end")
	}
	home, _ := press(end, "home")
	if home.(Model).offset != 0 || plain(home) != plain(s) {
		t.Fatal("home: not the top")
	}
	pg, _ := press(s, "pgdown")
	if o := pg.(Model).offset; o < 2 {
		t.Fatalf("pgdown moved %d lines", o)
	}
	back, _ := press(pg, "pgup")
	if back.(Model).offset != 0 {
		t.Fatalf("pgup after pgdown: offset %d", back.(Model).offset)
	}
	up, _ := press(s, "k")
	if up.(Model).offset != 0 {
		t.Fatal("k above the top")
	}
	if _, msg := press(s, "esc"); msg != (screen.BackMsg{}) {
		t.Fatalf("esc sent %#v, want BackMsg", msg)
	}
	if s.Typing() || s.Asking() {
		t.Fatal("the page takes no text and asks nothing")
	}
}

// A resize keeps the scroll within the new page, and a tiny room draws a
// line saying so rather than a broken page.
func TestResize(t *testing.T) {
	s, _ := press(sized(60, 16), "end")
	s = s.SetSize(120, 40)
	if o := s.(Model).offset; o > s.(Model).maxOffset() {
		t.Fatalf("offset %d past %d", o, s.(Model).maxOffset())
	}
	checkFits(t, plain(s), 120, 40)
	if v := plain(sized(60, 1)); strings.Count(v, "\n") != 0 || v == "" {
		t.Fatalf("60x1: %q", v)
	}
	if v := plain(sized(0, 0)); v != "" {
		t.Fatalf("0x0: %q", v)
	}
}
