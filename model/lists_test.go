package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// listCase is one list of the app, opened from the roster with keys, on a
// notebook long enough that it does not fit.
type listCase struct {
	name string
	nb   func() *store.Notebook
	open []string
	// first is a text on the list's first line and nowhere above it.
	first string
	// steps is how many ↓ take the cursor (or the page) from the top to
	// the last row.
	steps int
	// cursor is false for a page with no cursor (the outreach draft).
	cursor bool
	// endsAtBottom is false where the list is followed by more lines in
	// the same window (the medication rows, then the notes field).
	endsAtBottom bool
	// rows is the number of lines the list takes, when the test knows it.
	rows int
	// sizes are the windows tried, when not 80x24 and 60x16.
	sizes [][2]int
}

var (
	moreAbove = regexp.MustCompile(`^\s*↑ (\d+) more\s*$`)
	moreBelow = regexp.MustCompile(`^\s*↓ (\d+) more\s*$`)
)

// longNotebook is the demo with 40 therapists named "Row 01" ... "Row
// 40", 30 medications and every concern ticked in turn.
func longNotebook() *store.Notebook {
	nb := repeatedDemo(40)
	for i := range nb.Therapists {
		nb.Therapists[i].Name = fmt.Sprintf("Row %02d", i+1)
	}
	nb.PrepForm.Medications = nil
	for i := range 30 {
		nb.PrepForm.Medications = append(nb.PrepForm.Medications, store.Medication{Name: fmt.Sprintf("Med %02d", i+1), Dose: "1 a day"})
	}
	return nb
}

// medicationsItem is the index of the preparation item that holds the
// medication rows.
func medicationsItem() int {
	for i, it := range checklist.Prep() {
		if it.Rows {
			return i
		}
	}
	return -1
}

func listCases(t *testing.T) []listCase {
	toMeds := []string{"p"}
	for range medicationsItem() {
		toMeds = append(toMeds, "down")
	}
	toMeds = append(toMeds, "enter")
	questionRows := 0
	h := newHarness(t, longNotebook())
	h.keys("Q")
	for {
		if _, _, ok := h.m.questions().Row(questionRows); !ok {
			break
		}
		questionRows++
	}
	concerns := len(checklist.Concerns()) + 3 // I come, partner, own words
	return []listCase{
		{name: "roster", open: nil, first: "Row 01", steps: 39, cursor: true, endsAtBottom: true, rows: 40},
		{name: "questions", open: []string{"Q"}, steps: questionRows - 1, cursor: true, endsAtBottom: true, rows: questionRows},
		{name: "concerns", open: []string{"m"}, first: "I come:", steps: concerns - 1, cursor: true, endsAtBottom: true, rows: concerns},
		{name: "prep items", open: []string{"p"}, first: checklist.Prep()[0].Text[:20], steps: len(checklist.Prep()) - 1, cursor: true, endsAtBottom: true,
			sizes: [][2]int{{80, 16}, {MinWidth, MinHeight}}}, // all fits at 80x24
		// Done, then the 30 rows: the window is the form's, the notes
		// field below the rows.
		{name: "medication rows", open: toMeds, first: "Done", steps: 30, cursor: true},
		// Row 02 has questions left to ask: a long draft.
		{name: "outreach", open: []string{"down", "o"}, first: "Subject: ", steps: 120, endsAtBottom: true},
	}
}

// TestListsSayWhatTheyHide walks every list of the app, in windows too
// short for it, from the top to the bottom and back: the cursor's row is
// always in view, and the lines shown are the list's lines from the one
// "↑ N more" names, with "↓ N more" counting the rest. The lines are
// checked against the same list drawn whole in a window tall enough.
func TestListsSayWhatTheyHide(t *testing.T) {
	for _, c := range listCases(t) {
		sizes := [][2]int{{80, 24}, {MinWidth, MinHeight}}
		if c.sizes != nil {
			sizes = c.sizes
		}
		for _, size := range sizes {
			t.Run(fmt.Sprintf("%s/%dx%d", c.name, size[0], size[1]), func(t *testing.T) {
				if c.name == "questions" {
					c.first = firstQuestionRow(t)
				}
				t.Parallel()
				short, tall := listHarness(t, c, size[0], size[1]), listHarness(t, c, size[0], 500)
				w := listWalk{c: c, t: t, total: -1}
				w.check(short, tall, "top")
				for i := range c.steps {
					short.keys("down")
					tall.keys("down")
					w.check(short, tall, "down "+strconv.Itoa(i+1))
				}
				w.atBottom()
				for i := range c.steps {
					short.keys("up")
					tall.keys("up")
					w.check(short, tall, "up "+strconv.Itoa(i+1))
				}
				if w.above != 0 {
					t.Errorf("back at the top the window still says ↑ %d more", w.above)
				}
				if !w.sawBoth {
					t.Errorf("no step showed both ↑ and ↓: the middle was never checked")
				}
			})
		}
	}
}

// firstQuestionRow is the text of the questions list's first row.
func firstQuestionRow(t *testing.T) string {
	h := newHarness(t, longNotebook())
	h.keys("Q")
	_, text, _ := h.m.questions().Row(0)
	return text
}

func listHarness(t *testing.T, c listCase, w, hgt int) *harness {
	h := &harness{t: t, m: New(Options{Notebook: longNotebook()})}
	h.send(sizeMsg(w, hgt))
	h.keys(c.open...)
	return h
}

// listWalk checks one list step by step.
type listWalk struct {
	c     listCase
	t     *testing.T
	total int // the list's lines, learnt at the top
	// above and below are the last step's counts (-1: no line).
	above, below int
	sawBoth      bool
}

func (w *listWalk) check(short, tall *harness, step string) {
	t := w.t
	t.Helper()
	sv, tv := viewLines(short), viewLines(tall)
	a := lineWith(tv, w.c.first)
	if a < 0 {
		t.Fatalf("%s: the list drawn whole lacks its first line %q:\n%s", step, w.c.first, strings.Join(tv, "\n"))
	}
	up, upAt, down, downAt := 0, -1, -1, -1
	for i, l := range sv {
		if m := moreAbove.FindStringSubmatch(l); m != nil && upAt < 0 {
			up, upAt = atoi(m[1]), i
		}
		if m := moreBelow.FindStringSubmatch(l); m != nil {
			down, downAt = atoi(m[1]), i
		}
	}
	start := upAt + 1
	if upAt < 0 {
		start = lineWith(sv, w.c.first)
		if start < 0 {
			t.Fatalf("%s: no ↑ line and the first line is not in view:\n%s", step, strings.Join(sv, "\n"))
		}
	}
	if w.total < 0 {
		if upAt >= 0 || downAt < 0 {
			t.Fatalf("at the top: want no ↑ line and a ↓ line (a window too short):\n%s", strings.Join(sv, "\n"))
		}
		w.total = downAt - start + down
		if w.c.rows > 0 && w.total != w.c.rows {
			t.Fatalf("at the top: %d shown and ↓ %d more make %d, want the list's %d", downAt-start, down, w.total, w.c.rows)
		}
	}
	shown := w.total - up
	if downAt >= 0 {
		shown = downAt - start
		if up+shown+down != w.total {
			t.Errorf("%s: ↑ %d more, %d shown, ↓ %d more: %d, not the list's %d lines", step, up, shown, down, up+shown+down, w.total)
		}
	}
	if shown <= 0 || start+shown > len(sv) || a+up+shown > len(tv) {
		t.Fatalf("%s: ↑ %d, ↓ %d: %d lines shown of %d:\n%s", step, up, down, shown, w.total, strings.Join(sv, "\n"))
	}
	got, want := sv[start:start+shown], tv[a+up:a+up+shown]
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("%s: after ↑ %d more the window shows\n%s\nwant lines %d-%d of the list:\n%s", step, up, strings.Join(got, "\n"), up, up+shown-1, strings.Join(want, "\n"))
	}
	if w.c.cursor && lineStarting(got, "›") < 0 {
		t.Fatalf("%s: the cursor's row is out of view:\n%s", step, strings.Join(sv, "\n"))
	}
	w.above, w.below = up, down
	if upAt >= 0 && downAt >= 0 {
		w.sawBoth = true
	}
}

// atBottom checks the window at the end of the walk down.
func (w *listWalk) atBottom() {
	if w.above == 0 {
		w.t.Errorf("at the bottom: no ↑ line")
	}
	if w.c.endsAtBottom && w.below >= 0 {
		w.t.Errorf("at the bottom: still ↓ %d more", w.below)
	}
}

func viewLines(h *harness) []string {
	lines := strings.Split(h.view(), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return lines
}

func lineWith(lines []string, s string) int {
	for i, l := range lines {
		if strings.Contains(l, s) {
			return i
		}
	}
	return -1
}

// lineStarting is the first of lines that starts with p, after the
// frame's margin.
func lineStarting(lines []string, p string) int {
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " "), p) {
			return i
		}
	}
	return -1
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
