package compare

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// plain is the view as a person reads it, with every escape removed.
func plain(m Model) string { return ansi.Strip(m.View()) }

// selectedLabel is the label of the row marked "›" in the body, or "".
func selectedLabel(t *testing.T, m Model) string {
	t.Helper()
	for _, line := range strings.Split(plain(m), "\n") {
		if strings.HasPrefix(line, markSelected) && strings.Contains(line, "│") {
			label, _, _ := strings.Cut(strings.TrimPrefix(line, markSelected), "│")
			return strings.TrimSpace(label)
		}
	}
	return ""
}

// headerNames are the names in the header line of the view, in order.
func headerNames(m Model) []string {
	lines := strings.Split(plain(m), "\n")
	for _, line := range lines {
		if strings.Contains(line, " of ") && strings.Contains(line, "│") {
			_, rest, _ := strings.Cut(line, "│")
			if i := strings.Index(rest, "│"); i >= 0 { // side pane
				rest = rest[:i]
			}
			var names []string
			for _, f := range strings.Split(rest, "  ") {
				f = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(f), markSelected))
				f = strings.TrimSpace(strings.TrimPrefix(f, markPinned))
				if f != "" {
					names = append(names, f)
				}
			}
			return names
		}
	}
	return nil
}

// shownNames are the names of the columns the view shows, scrolled or
// not, in order.
func shownNames(m Model) []string {
	var out []string
	for _, c := range m.viewCols {
		out = append(out, m.g.cols[c].name)
	}
	return out
}

func lineWith(t *testing.T, view, label string) string {
	t.Helper()
	for _, line := range strings.Split(view, "\n") {
		if strings.HasPrefix(line, " "+label+" ") || strings.HasPrefix(line, markSelected+label+" ") {
			return line
		}
	}
	t.Fatalf("no line for %q in\n%s", label, view)
	return ""
}

func TestCompareMovesSelectionWithArrowsAndHJKL(t *testing.T) {
	m := sized(makeNotebook(5), 120, 40)
	if got := selectedLabel(t, m); got != "Training" {
		t.Fatalf("first selected row = %q, want Training", got)
	}
	m, _ = press(m, keyDown, runes("j"))
	if got := selectedLabel(t, m); got != "AASECT" {
		t.Errorf("after down, j: row %q, want AASECT", got)
	}
	m, _ = press(m, runes("k"))
	if got := selectedLabel(t, m); got != "State license" {
		t.Errorf("after k: row %q, want State license", got)
	}
	m, _ = press(m, keyRight, runes("l"), runes("h"))
	if m.selCol != 1 || !strings.Contains(plain(m), "column 2 of 5") {
		t.Errorf("after right, l, h: column %d, want 1 (status: column 2 of 5)", m.selCol)
	}
	m, _ = press(m, keyLeft, keyLeft, keyLeft)
	if m.selCol != 0 {
		t.Errorf("left past the first column: column %d, want 0", m.selCol)
	}
	// Above the first row is the header: the pane explains the score.
	m, _ = press(m, keyUp, keyUp, keyUp)
	if m.selRow != -1 || !strings.Contains(plain(m), "Fit score of Dr. Ada Quinn") {
		t.Errorf("up to the header: row %d, pane without the breakdown:\n%s", m.selRow, plain(m))
	}
}

func TestCompareScrollingKeepsSelectionVisible(t *testing.T) {
	nb := makeNotebook(12)
	m := sized(nb, 80, 24)
	rows := len(m.viewRows)
	for i := 1; i < rows; i++ {
		m, _ = press(m, keyDown)
		want := m.g.rows[m.viewRows[m.selRow]].label
		if got := selectedLabel(t, m); got == "" || !strings.HasPrefix(want, strings.TrimSuffix(got, "…")) {
			t.Fatalf("after %d downs the selected row %q is not on screen (got %q)", i, want, got)
		}
	}
	for i := 1; i < len(nb.Therapists); i++ {
		m, _ = press(m, keyRight)
		names := headerNames(m)
		want := m.g.cols[m.viewCols[m.selCol]].name
		found := false
		for _, n := range names {
			found = found || strings.HasPrefix(want, strings.TrimSuffix(n, "…"))
		}
		if !found {
			t.Fatalf("after %d rights column %q is not in the header %q", i, want, names)
		}
	}
	if m.colOff == 0 {
		t.Errorf("12 columns at 80 wide: the view never scrolled sideways")
	}
	if !strings.Contains(plain(m), "◂") {
		t.Errorf("scrolled right but no ◂ marks the hidden columns on the left")
	}
}

func TestCompareJumpsBetweenCategories(t *testing.T) {
	m := sized(makeNotebook(3), 120, 40)
	steps := []struct {
		key  tea.KeyMsg
		want string
	}{
		{keyTab, "Office location"},
		{runes("]"), "Session length"},
		{runes("]"), "Fee per session"},
		{keyTab, "Per month"},
		{keyDown, "Whole course"},
		{keyShiftTab, "Per month"},
		{runes("["), "Fee per session"},
		{keyShiftTab, "Session length"},
	}
	for i, s := range steps {
		m, _ = press(m, s.key)
		if got := selectedLabel(t, m); got != s.want {
			t.Fatalf("step %d (%s): row %q, want %q", i, s.key, got, s.want)
		}
	}
}

func TestCompareDifferencesOnlyHidesEqualRows(t *testing.T) {
	m := sized(makeNotebook(4), 160, 48)
	before := plain(m)
	// Every fixture therapist is licensed: that row is the same throughout.
	if !strings.Contains(before, "State license") {
		t.Fatal("State license row missing before the toggle")
	}
	m, _ = press(m, runes("d"))
	after := plain(m)
	if strings.Contains(after, "State license") {
		t.Errorf("differences only still shows the all-equal State license row")
	}
	for _, label := range []string{"AASECT", "Fee per session", "Suggested contact"} {
		if !strings.Contains(after, label) {
			t.Errorf("differences only hid %q, whose answers differ", label)
		}
	}
	if !strings.Contains(after, "differences only") {
		t.Errorf("title does not say differences only")
	}
	m, _ = press(m, runes("d"))
	if !strings.Contains(plain(m), "State license") {
		t.Errorf("toggling back does not show the equal row again")
	}
}

func TestCompareHidePinAndSortColumns(t *testing.T) {
	nb := makeNotebook(5)
	m := sized(nb, 160, 48)
	m, _ = press(m, keyRight, runes("x"))
	if got := shownNames(m); len(got) != 4 || contains(got, "Sam Rivera") || contains(headerNames(m), "Sam Rivera") {
		t.Fatalf("x on Sam Rivera: shown %q", got)
	}
	m, _ = press(m, runes("X"))
	if got := shownNames(m); len(got) != 5 {
		t.Fatalf("X: shown %q, want all 5", got)
	}
	// Pin the first and the fourth: a head-to-head of those two.
	m, _ = press(m, runes("g"), keyLeft, keyLeft, keyLeft, runes("p"), keyRight, keyRight, keyRight, runes("p"))
	got := shownNames(m)
	if len(got) != 2 || got[0] != "Dr. Ada Quinn" || got[1] != "Priya Natarajan" {
		t.Fatalf("two pinned: shown %q, want Dr. Ada Quinn and Priya Natarajan", got)
	}
	if h := headerNames(m); len(h) != 2 {
		t.Fatalf("two pinned: header %q, want two names", h)
	}
	if !strings.Contains(plain(m), "head-to-head") {
		t.Errorf("title does not say head-to-head")
	}
	m, _ = press(m, runes("p"))
	if got := shownNames(m); len(got) != 5 {
		t.Fatalf("unpinning one: header %q, want all 5 back", got)
	}

	// Sorting: by score, dealbreakers last, as assess scores them.
	m, _ = press(m, runes("s"))
	got = shownNames(m)
	for i := 1; i < len(got); i++ {
		a, b := scoreOf(t, nb, got[i-1]), scoreOf(t, nb, got[i])
		if a.Dealbreaker && !b.Dealbreaker || a.Dealbreaker == b.Dealbreaker && a.Value < b.Value {
			t.Errorf("sorted header %q: %q (%d) before %q (%d)", got, got[i-1], a.Value, got[i], b.Value)
		}
	}
	if got[len(got)-1] != "Sam Rivera" {
		t.Errorf("Sam Rivera has a dealbreaker and should sort last: %q", got)
	}
	m, _ = press(m, runes("s"))
	if got := shownNames(m); got[0] != "Dr. Ada Quinn" || got[1] != "Sam Rivera" {
		t.Errorf("s again: header %q, want roster order", got)
	}
}

func scoreOf(t *testing.T, nb *store.Notebook, name string) assess.Score {
	t.Helper()
	for i := range nb.Therapists {
		if nb.Therapists[i].Name == name {
			return assess.FitScore(nb, &nb.Therapists[i])
		}
	}
	t.Fatalf("no therapist %q", name)
	return assess.Score{}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestCompareMarksBestValueWithoutColour(t *testing.T) {
	m := sized(makeNotebook(3), 160, 48)
	v := plain(m)
	// Fees are 120, 155 and 190: the lowest is best.
	fee := lineWith(t, v, "Fee per session")
	if !strings.Contains(fee, "$120 "+markBest) || strings.Count(fee, markBest) != 1 {
		t.Errorf("fee row should star $120 alone: %q", fee)
	}
	// Session length has no order: no star.
	if l := lineWith(t, v, "Session length"); strings.Contains(l, markBest) {
		t.Errorf("session length has no order but is starred: %q", l)
	}
	// The derived monthly cost stars the cheapest estimate.
	if l := lineWith(t, v, "Per month"); strings.Count(l, markBest) != 1 {
		t.Errorf("per month row should star one estimate: %q", l)
	}
}

func TestCompareMarkersSurviveNoColour(t *testing.T) {
	m := sized(makeNotebook(3), 160, 48)
	v := m.View()
	if strings.Contains(v, "\x1b") {
		t.Fatalf("the ASCII profile still drew escapes")
	}
	if !strings.Contains(lineWith(t, v, "Training"), markSelected+"MA, LMFT") {
		t.Errorf("the selected cell has no › marker")
	}
	contact := lineWith(t, v, "Suggested contact")
	if !strings.Contains(contact, "✗ yes (red flag)") {
		t.Errorf("the red flag answer is not marked in words: %q", contact)
	}
	if !strings.Contains(v, markFlag+" 1 red flag") {
		t.Errorf("the header does not mark Sam Rivera's red flag")
	}
	// Skipped and unanswered differ: therapist 4 skipped, 5 was not asked.
	m = sized(makeNotebook(5), 160, 48)
	m, _ = press(m, keyRight, keyRight, keyRight, keyRight) // bring the fifth into view
	v = plain(m)
	if l := lineWith(t, v, "Rescheduling policy"); !strings.Contains(l, textSkipped) {
		t.Errorf("skipped answer not shown as skipped: %q", l)
	}
	if l := lineWith(t, v, "Office hours"); !strings.Contains(l, textUnanswered) || strings.Contains(l, textSkipped) {
		t.Errorf("unanswered answer not shown as —: %q", l)
	}
}

func TestCompareAlignsWideNames(t *testing.T) {
	nb := makeNotebook(4)
	nb.Therapists[0].Name = "王小明 医生"
	nb.Therapists[1].Name = "Zoë 🌈 Park"
	nb.Therapists[2].Name = "👩‍⚕️ Dr. Émilie Château-Longname"
	nb.Therapists[3].Name = "김지은"
	for _, size := range [][2]int{{80, 24}, {160, 48}, {60, 16}, {97, 31}} {
		m := sized(nb, size[0], size[1])
		m, _ = press(m, keyRight, keyDown)
		lines := strings.Split(m.View(), "\n")
		if len(lines) != size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		sep := -1
		for i, line := range lines {
			if w := ansi.StringWidth(line); w != size[0] {
				t.Errorf("%dx%d line %d is %d wide: %q", size[0], size[1], i, w, line)
			}
			// The question column's rule sits at the same column on every
			// table line.
			if j := strings.Index(line, "│"); j >= 0 && strings.Contains(line[:j], " ") {
				col := ansi.StringWidth(line[:j])
				if sep < 0 {
					sep = col
				} else if col != sep && col < size[0]/2 {
					t.Errorf("%dx%d line %d: rule at %d, want %d: %q", size[0], size[1], i, col, sep, line)
				}
			}
		}
	}
}

func TestCompareTinyTerminalsDoNotPanic(t *testing.T) {
	for _, size := range [][2]int{{0, 0}, {1, 1}, {2, 40}, {200, 1}, {59, 15}, {60, 16}} {
		m := sized(makeNotebook(3), size[0], size[1])
		m, _ = press(m, keyDown, keyRight, keyTab, runes("b"), runes("d"), runes("J"))
		m, _ = m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
		v := m.View()
		for _, line := range strings.Split(v, "\n") {
			if ansi.StringWidth(line) > size[0] {
				t.Errorf("%dx%d: line wider than the terminal: %q", size[0], size[1], line)
			}
		}
		if size[0] < compareMinW || size[1] < compareMinH {
			if size[0] >= 20 && size[1] > 0 && !strings.Contains(v, "too small") {
				t.Errorf("%dx%d: no too-small notice: %q", size[0], size[1], v)
			}
		}
	}
	// An empty notebook and a nil one draw, too.
	for _, m := range []Model{sized(nil, 80, 24), sized(makeNotebook(0), 80, 24)} {
		m, _ = press(m, keyDown, keyRight, runes("x"), runes("p"), runes("s"), runes("b"))
		if !strings.Contains(plain(m), "No therapists yet") {
			t.Errorf("empty notebook view: %q", plain(m))
		}
	}
}

func TestCompareShowsBothPartnersRatings(t *testing.T) {
	nb := withPartner(makeNotebook(3))
	m := sized(nb, 160, 48)
	row := lineWith(t, plain(m), "My comfort")
	if strings.Count(row, " · ") != 3 {
		t.Errorf("comfort row should show two ratings per therapist: %q", row)
	}
	want := 0
	for i := range nb.Therapists {
		want += len(assess.Disagreements(&nb.Therapists[i]))
	}
	if want == 0 || strings.Count(row, markDiffer) != want {
		t.Errorf("comfort row marks %d disagreements, assess finds %d: %q", strings.Count(row, markDiffer), want, row)
	}
	m, _ = press(m, runes("G"))
	if v := plain(m); !strings.Contains(v, "for Robin") || !strings.Contains(v, "two or more steps apart") {
		t.Errorf("pane for the comfort row lacks the partner's rating or the gap:\n%s", v)
	}
}

func TestCompareBreakdownShowsPartsAndFlags(t *testing.T) {
	nb := makeNotebook(3)
	nb.Importance = map[string]checklist.Importance{checklist.QAASECT: checklist.MustHave}
	m := sized(nb, 160, 48)
	m, _ = press(m, keyRight, runes("b"))
	v := plain(m)
	sc := assess.FitScore(nb, &nb.Therapists[1])
	for _, want := range []string{
		"Fit score of Sam Rivera",
		"Out, whatever the score:",
		"Must-haves not met: AASECT",
		"Suggested physical or sexual contact",
		checklist.SeedClinic,
		sc.Parts[0].Reason,
	} {
		if !strings.Contains(v, want) {
			t.Errorf("breakdown lacks %q:\n%s", want, v)
		}
	}
	m, _ = press(m, keyEnter)
	if strings.Contains(plain(m), "Fit score of") {
		t.Errorf("enter did not close the breakdown")
	}
}

func TestCompareCostRowsExplainAssumption(t *testing.T) {
	nb := makeNotebook(3)
	m := sized(nb, 100, 40) // the pane below the table: the assumption fits one line
	m, _ = press(m, keyTab, keyTab, keyTab, keyTab)
	if got := selectedLabel(t, m); got != "Per month" {
		t.Fatalf("selected %q, want Per month", got)
	}
	cost, ok := assess.MonthlyCost(&nb.Therapists[0])
	if !ok {
		t.Fatal("fixture therapist 1 has no monthly cost")
	}
	v := plain(m)
	if !strings.Contains(v, "Assumption: "+cost.Assumption) || !strings.Contains(v, checklist.FormatDollars(cost.Cents)) {
		t.Errorf("pane lacks the cost %s and its assumption %q:\n%s", checklist.FormatDollars(cost.Cents), cost.Assumption, v)
	}
}

func TestCompareCloseCallLine(t *testing.T) {
	nb := makeNotebook(5)
	nb.People.Partner = "Robin" // with "sees couples" scored, the fixture has close calls
	calls := assess.CloseCalls(nb)
	if len(calls) == 0 {
		t.Fatal("the fixture has no close call to show")
	}
	v := plain(sized(nb, 160, 48))
	line := strings.Split(v, "\n")[1]
	q, _ := checklist.ByID(calls[0].QuestionID)
	if !strings.HasPrefix(line, "Close call:") || !strings.Contains(line, q.Short) {
		t.Errorf("second line %q, want the close call on %q", line, q.Short)
	}
	one := makeNotebook(1)
	if strings.Contains(plain(sized(one, 160, 48)), "Close call") {
		t.Errorf("one therapist cannot have a close call")
	}
}

// TestCompareSendsMessagesAndNews: the comparison's keys send their
// messages up, and an export key leaves news for the app's status line
// (the root shows the export's result there: see model's
// TestExportResultInTheStatusLine).
func TestCompareSendsMessagesAndNews(t *testing.T) {
	m := sized(makeNotebook(3), 100, 30)
	m, msg := press(m, keyEsc)
	if _, ok := msg.(BackMsg); !ok {
		t.Errorf("esc sent %#v, want BackMsg", msg)
	}
	m, msg = press(m, runes("e"))
	if r, ok := msg.(ExportRequestMsg); !ok || r.Format != "md" {
		t.Errorf("e sent %#v, want ExportRequestMsg md", msg)
	}
	if got := m.News(); got.Text() != "Exporting Markdown…" || got.Err() {
		t.Errorf("e left news %q (error %v), want Exporting Markdown…", got.Text(), got.Err())
	}
	if strings.Contains(plain(m), "Exporting") {
		t.Error("the comparison draws its news itself; the app's status line shows it")
	}
	if _, msg = press(m, runes("E")); msg != (ExportRequestMsg{Format: "csv"}) {
		t.Errorf("E sent %#v, want ExportRequestMsg csv", msg)
	}
	if _, msg = press(m, tea.KeyMsg{Type: tea.KeyCtrlE}); msg != (ExportRequestMsg{Format: "xlsx"}) {
		t.Errorf("ctrl+e sent %#v, want ExportRequestMsg xlsx", msg)
	}
	if _, msg = press(m, runes("i")); msg != (OpenPrioritiesMsg{Judged: m.g.judged}) || m.g.judged == nil {
		t.Errorf("i sent %#v, want OpenPrioritiesMsg with the comparison's judgement", msg)
	}
	if m, _ = press(m, runes("j")); !m.News().Empty() {
		t.Errorf("a key without news kept %q", m.News().Text())
	}
}

func TestCompareMouseWheelScrolls(t *testing.T) {
	m := sized(makeNotebook(3), 80, 24)
	wheel := func(b tea.MouseButton) {
		m, _ = m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: b})
	}
	wheel(tea.MouseButtonWheelDown)
	wheel(tea.MouseButtonWheelDown)
	if m.rowOff != 6 {
		t.Fatalf("two wheel steps down: offset %d, want 6", m.rowOff)
	}
	if selectedLabel(t, m) == "" {
		t.Errorf("the wheel scrolled the selection off screen")
	}
	wheel(tea.MouseButtonWheelUp)
	if m.rowOff != 3 {
		t.Errorf("wheel up: offset %d, want 3", m.rowOff)
	}
}

func TestCompareSanitisesNotebookText(t *testing.T) {
	nb := makeNotebook(2)
	nb.Therapists[0].Name = "Evil\x1b]52;c;aGk=\x07 \x1b[31mRed\u202e"
	a := nb.Therapists[0].Answers[checklist.QFee]
	a.Note = "note\x1b[2J\rover"
	nb.Therapists[0].Answers[checklist.QFee] = a
	nb.Therapists[0].Answers[checklist.QTraining] = answered("text\x1b[1mbold\x07")
	m := sized(nb, 160, 48)
	m, _ = press(m, keyTab, keyTab, keyTab)
	v := m.View()
	for _, bad := range []string{"\x1b", "\x07", "\r", "\u202e"} {
		if strings.Contains(v, bad) {
			t.Errorf("view contains %q", bad)
		}
	}
	if !strings.Contains(v, "Evil Red") || !strings.Contains(v, "Note: noteover") {
		t.Errorf("sanitised text missing:\n%s", v)
	}
}

func TestCompareSetNotebookKeepsCursorAndChoices(t *testing.T) {
	nb := makeNotebook(4)
	m := sized(nb, 160, 48)
	m, _ = press(m, keyRight, keyRight, keyTab, keyDown, runes("x"))
	rowID, colID := m.selectedIDs()
	nb.Therapists[0].Answers[checklist.QFee] = answered("99.00")
	m = m.SetNotebook(nb)
	if r, c := m.selectedIDs(); r != rowID || c != colID {
		t.Errorf("after setNotebook: cursor on %s/%s, want %s/%s", r, c, rowID, colID)
	}
	if !m.hidden["t002"] || len(shownNames(m)) != 3 {
		t.Errorf("hidden column lost on reload: %v %q", m.hidden, shownNames(m))
	}
	if !strings.Contains(lineWith(t, plain(m), "Fee per session"), "$99 "+markBest) {
		t.Errorf("new fee not shown as best")
	}
}

func TestCompareRefillsColumnsAfterGrowing(t *testing.T) {
	m := sized(makeNotebook(3), 160, 48)
	m, _ = press(m, keyRight, keyRight) // the third therapist
	m = m.SetSize(62, 20)               // too narrow for all three
	if m.colOff == 0 {
		t.Fatalf("at 62 columns the third therapist should have scrolled the view")
	}
	m = m.SetSize(160, 48)
	if m.colOff != 0 {
		t.Fatalf("back at 160 columns the view starts at column %d, want 0 (all shown)", m.colOff)
	}
	if v := plain(m); !strings.Contains(v, "Dr. Ada Quinn") {
		t.Errorf("the first therapist is missing after growing:\n%s", v)
	}
}

func TestCompareDetailScrollStopsAtTheEnd(t *testing.T) {
	m := sized(makeNotebook(3), 80, 24)
	m, _ = press(m, runes("b")) // the breakdown is longer than the pane
	for range 200 {
		m, _ = press(m, runes("J"))
	}
	top := m.detailOff
	if top == 0 || top >= 200 {
		t.Fatalf("detail offset %d after 200 J: want it stopped at the last page", top)
	}
	m, _ = press(m, runes("K"))
	if m.detailOff != top-1 {
		t.Fatalf("K after over-scrolling moved the pane to %d, want %d", m.detailOff, top-1)
	}
}

func TestCompareNamesAMissedMustHave(t *testing.T) {
	nb := makeNotebook(3)
	nb.Importance[checklist.QPartners] = checklist.MustHave
	nb.People.Partner = "Robin" // "sees couples" counts only with a partner
	m := sized(nb, 160, 48)
	// Dr. Ada Quinn answered "unsure": not the yes a must-have needs.
	if l := lineWith(t, plain(m), "Sees couples"); !strings.Contains(l, "? unsure ! must-have") {
		t.Errorf("the missed must-have is not named in its cell: %q", l)
	}
	if l := lineWith(t, plain(m), "Fit score"); !strings.Contains(l, "! must: Sees") {
		t.Errorf("the header does not name the must-have that was missed: %q", l)
	}
	// Two missed: the header counts them and names the first.
	nb.Importance[checklist.QInsurance] = checklist.MustHave
	nb.Therapists[0].SetAnswer(checklist.QInsurance, answered("no"))
	m = sized(nb, 160, 48)
	if got := scoreText(&m.g.cols[0]); !strings.Contains(got, "! 2 musts: ") {
		t.Errorf("two missed must-haves: header %q, want a count of 2", got)
	}
}

// The legend is one key away: L opens it in the pane with every mark the
// grid draws, L closes it, and the full help lists the key.
func TestCompareLegend(t *testing.T) {
	m := sized(makeNotebook(3), 120, 40)
	m, _ = press(m, runes("L"))
	if !strings.Contains(plain(m), "What the marks mean") {
		t.Fatalf("L did not open the legend:\n%s", plain(m))
	}
	var view string // the whole pane, as J scrolls through it
	for _, p := range m.paneParagraphs() {
		view += p.text + "\n"
	}
	for _, mark := range []string{"What the marks mean", "fit 72", "! must", markFlag + " out", markBest, markDiffer, "(red flag)", "✓ confirmed", markPinned} {
		if !strings.Contains(view, mark) {
			t.Errorf("the legend does not explain %q:\n%s", mark, view)
		}
	}
	m, _ = press(m, runes("L"))
	if strings.Contains(plain(m), "What the marks mean") {
		t.Error("L did not close the legend")
	}
	found := false
	for _, col := range m.Keys().FullHelp() {
		for _, b := range col {
			if b.Help().Key == "L" {
				found = true
			}
		}
	}
	if !found {
		t.Error("the full help does not list the legend's key")
	}
}

// Moving left inside the window should not scroll it.
func TestCompareLeftDoesNotScrollInsideTheWindow(t *testing.T) {
	m := sized(makeNotebook(10), 80, 24)
	for range 9 {
		m, _ = press(m, keyRight)
	}
	off := m.colOff // 7: columns 7, 8, 9 shown, selection on 9
	m, _ = press(m, keyLeft)
	if m.colOff != off {
		t.Fatalf("one step left inside the window scrolled it from %d to %d", off, m.colOff)
	}
}

func TestCompareHeadToHeadFollowsTheSort(t *testing.T) {
	nb := makeNotebook(5)
	m := sized(nb, 160, 48)
	names := shownNames(m)
	// Pin the lower scorer of the first and fourth first, then sort by fit
	// score: the pair must follow the sort the title announces, not the
	// order of pinning.
	first, second := []tea.KeyMsg{}, []tea.KeyMsg{keyRight, keyRight, keyRight}
	if scoreOf(t, nb, names[0]).Value > scoreOf(t, nb, names[3]).Value {
		first, second = []tea.KeyMsg{keyRight, keyRight, keyRight}, []tea.KeyMsg{keyLeft, keyLeft, keyLeft}
	}
	m, _ = press(m, runes("g"), keyLeft, keyLeft, keyLeft)
	m, _ = press(m, first...)
	m, _ = press(m, runes("p"))
	m, _ = press(m, second...)
	m, _ = press(m, runes("p"), runes("s"))
	got := shownNames(m)
	if len(got) != 2 {
		t.Fatalf("head-to-head shows %q", got)
	}
	a, b := scoreOf(t, nb, got[0]), scoreOf(t, nb, got[1])
	if a.Dealbreaker && !b.Dealbreaker || a.Dealbreaker == b.Dealbreaker && a.Value < b.Value {
		t.Errorf("sorted head-to-head %q: %d before %d", got, a.Value, b.Value)
	}
}

func TestCompareBreakdownKeyOnTheHeaderRow(t *testing.T) {
	m := sized(makeNotebook(3), 160, 48)
	m, _ = press(m, keyUp, keyUp, keyUp, runes("g"), keyUp) // the header row
	if m.selRow >= 0 {
		t.Fatalf("selected row %d, want the header", m.selRow)
	}
	m, _ = press(m, runes("b"))
	if m.breakdown {
		t.Fatal("b on the header row switched the breakdown on silently")
	}
	if !strings.Contains(m.News().Text(), "breakdown is shown") {
		t.Error("b on the header row says nothing")
	}
}

// TestNotedAnswerIsMarkedInItsCell: a question with only a note reads
// "— ✎ note" in the comparison, apart from one never asked.
func TestNotedAnswerIsMarkedInItsCell(t *testing.T) {
	nb := makeNotebook(2)
	nb.Therapists[0].SetAnswer(checklist.QHours, checklist.Answer{Status: checklist.StatusNoted, Note: "it depends"})
	nb.Therapists[1].ClearAnswer(checklist.QHours)
	v := plain(sized(nb, 160, 48))
	l := lineWith(t, v, "Office hours")
	if strings.Count(l, textNoted) != 1 {
		t.Errorf("the noted cell is not marked once: %q", l)
	}
}
