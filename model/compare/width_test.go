package compare

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/store"
)

// wideNotebook has names and answers in CJK and emoji, which fill two
// columns a character and so can be cut in the middle of one.
func wideNotebook() *store.Notebook {
	nb := makeNotebook(4)
	nb.Therapists[0].Name = "王小明 医生"
	nb.Therapists[1].Name = "Zoë 🌈 Park-Nakamura"
	nb.Therapists[2].Name = "👩‍⚕️ Dr. 李 Château"
	nb.Therapists[3].Name = "김지은 🙂🙂🙂🙂🙂🙂"
	return nb
}

// At every width from the smallest to 200, every line is exactly the
// screen's width and the question column's rule stays in one place.
func TestCompareWideCharactersAtEveryWidth(t *testing.T) {
	nb := wideNotebook()
	for w := 60; w <= 200; w++ {
		m := sized(nb, w, 30)
		m, _ = press(m, keyRight, keyDown)
		lines := strings.Split(m.View(), "\n")
		sep := -1
		for i, line := range lines {
			if got := ansi.StringWidth(line); got != w {
				t.Fatalf("width %d: line %d is %d wide: %q", w, i, got, line)
			}
			j := strings.Index(line, "│")
			if j < 0 || !strings.Contains(line[:j], " ") {
				continue
			}
			if col := ansi.StringWidth(line[:j]); sep < 0 {
				sep = col
			} else if col != sep && col < w/2 {
				t.Fatalf("width %d line %d: rule at %d, want %d: %q", w, i, col, sep, line)
			}
		}
	}
}

// A therapist's name is cut in the header only when the line has no room
// left for it.
func TestCompareHeaderNamesUseSpareRoom(t *testing.T) {
	nb := wideNotebook()
	for w := 60; w <= 200; w++ {
		m := sized(nb, w, 30)
		l := m.layout()
		var nameLine string
		for _, line := range strings.Split(plain(m), "\n") {
			if strings.Contains(line, " of ") && strings.Contains(line, "│") {
				nameLine = ansi.Truncate(line, l.tableW, "")
				break
			}
		}
		if nameLine == "" {
			t.Fatalf("width %d: no header line", w)
		}
		cols := m.viewCols[m.colOff : m.colOff+m.visibleColCount(l, m.colOff)]
		spare := l.tableW - l.labelW
		for _, cw := range m.shownWidths(l, cols) {
			spare -= cw + 2
		}
		for _, ci := range cols {
			if name := m.g.cols[ci].name; !strings.Contains(nameLine, name) && spare > 0 {
				t.Errorf("width %d: %q is cut while the line has %d columns spare: %q", w, name, spare, nameLine)
			}
		}
	}
}
