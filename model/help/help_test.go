package help

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// groups are n groups of three keys, k0a k0b k0c …
func groups(n int) [][]key.Binding {
	var out [][]key.Binding
	for i := range n {
		var g []key.Binding
		for _, c := range "abc" {
			k := fmt.Sprintf("k%d%c", i, c)
			g = append(g, key.NewBinding(key.WithKeys(k), key.WithHelp(k, "does "+k)))
		}
		out = append(out, g)
	}
	return out
}

// TestPagesHoldEveryKeyAndFit: the full help goes on as many pages as it
// takes, each within the width and rows, every enabled key on one of
// them, a disabled one on none.
func TestPagesHoldEveryKeyAndFit(t *testing.T) {
	gs := groups(8)
	gs[0][1].SetEnabled(false)
	for _, size := range [][2]int{{78, 4}, {58, 2}, {200, 10}} {
		p := New()
		p.Width = size[0]
		pages := p.Pages(gs, size[1])
		seen := map[string]int{}
		for _, page := range pages {
			for _, col := range page {
				if len(col) > size[1] {
					t.Errorf("%v: a column of %d keys", size, len(col))
				}
				for _, b := range col {
					seen[b.Help().Key]++
				}
			}
		}
		for _, g := range gs {
			for _, b := range g {
				want := 1
				if !b.Enabled() {
					want = 0
				}
				if seen[b.Help().Key] != want {
					t.Errorf("%v: %s shown %d times, want %d", size, b.Help().Key, seen[b.Help().Key], want)
				}
			}
		}
		if size[0] == 200 && len(pages) != 1 {
			t.Errorf("%v: %d pages where one fits", size, len(pages))
		}
		if size[0] < 200 && len(pages) < 2 {
			t.Errorf("%v: %d page for 24 keys", size, len(pages))
		}
	}
}

// TestFlipTurnsPagesThenCloses: ? opens the first page, turns each next
// one, says which page is on view, and closes after the last.
func TestFlipTurnsPagesThenCloses(t *testing.T) {
	p := New()
	p.Width = 58
	gs := groups(8)
	n := len(p.Pages(gs, 3))
	if n < 2 {
		t.Fatalf("%d pages, want several", n)
	}
	for i := range n {
		p.Flip(n)
		if !p.ShowAll {
			t.Fatalf("closed on page %d of %d", i+1, n)
		}
		v := ansi.Strip(p.View(nil, gs, 3))
		if !strings.Contains(v, fmt.Sprintf("page %d/%d", i+1, n)) || strings.Contains(v, "…") {
			t.Errorf("page %d:\n%s", i+1, v)
		}
		for _, l := range strings.Split(v, "\n") {
			if ansi.StringWidth(l) > p.Width {
				t.Errorf("page %d: a line %d wide", i+1, ansi.StringWidth(l))
			}
		}
	}
	p.Flip(n)
	if p.ShowAll {
		t.Fatal("still open after the last page")
	}
	short := []key.Binding{gs[0][0], gs[1][0]}
	if v := ansi.Strip(p.View(short, nil, 0)); v != "k0a does k0a · k1a does k1a" {
		t.Errorf("short help %q", v)
	}
}

// TestViewDrawsAgainWhenItsKeysChange: the help kept from the last draw
// is shown only for the same keys and texts.
func TestViewDrawsAgainWhenItsKeysChange(t *testing.T) {
	p := New()
	p.Width = 80
	b := key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "first"))
	if v := p.View([]key.Binding{b}, nil, 0); !strings.Contains(ansi.Strip(v), "first") {
		t.Fatalf("view %q", v)
	}
	b.SetHelp("x", "second")
	if v := ansi.Strip(p.View([]key.Binding{b}, nil, 0)); !strings.Contains(v, "second") {
		t.Errorf("after the text changed the view is %q", v)
	}
	b.SetEnabled(false)
	if v := ansi.Strip(p.View([]key.Binding{b}, nil, 0)); v != "" {
		t.Errorf("a disabled key is shown: %q", v)
	}
}
