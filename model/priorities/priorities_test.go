package priorities

import (
	"reflect"
	"runtime"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/internal/fixture"
	"github.com/vetted-tui/vetted/store"
)

// pressP feeds keys to a priorities model and returns the message of the
// last command.
func pressP(m Model, keys ...tea.KeyMsg) (Model, tea.Msg) {
	var msg tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(k)
		msg = quickMsg(cmd)
	}
	return m, msg
}

// quickMsg runs cmd and returns the message it sends, leaving out the text
// input's cursor blinks: a blink command waits for the blink interval and
// is not what the tests look for. Blinks are recognised by what they are (a
// function of the bubbles cursor package), never by how long they take, so
// a loaded machine cannot turn a real message into "no message".
func quickMsg(cmd tea.Cmd) tea.Msg {
	if cmd == nil || isCursorCmd(cmd) {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var last tea.Msg
		for _, c := range batch {
			if m := quickMsg(c); m != nil {
				last = m
			}
		}
		return last
	}
	return msg
}

// cursorPkg prefixes the names of the bubbles cursor's functions, its
// blink command among them.
const cursorPkg = "github.com/charmbracelet/bubbles/cursor."

// isCursorCmd reports whether cmd is a closure made by the bubbles cursor
// package (BlinkCmd's timer, Blink's first message).
func isCursorCmd(cmd tea.Cmd) bool {
	fn := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer())
	return fn != nil && strings.HasPrefix(fn.Name(), cursorPkg)
}

// typeText types s one rune at a time, as a person would.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = pressP(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return m
}

// toQuestion selects the question with the given ID.
func toQuestion(t *testing.T, m Model, id string) Model {
	t.Helper()
	for i := 0; i < len(m.items); i++ {
		if it := m.items[m.sel]; it.kind == prioQuestion && it.q.ID == id {
			return m
		}
		m, _ = pressP(m, keyDown)
	}
	t.Fatalf("question %s not reachable", id)
	return m
}

func TestPrioritiesChangeImportance(t *testing.T) {
	nb := fixture.MakeNotebook(3)
	nb.Importance[checklist.QFee] = checklist.Important
	m := New(nb, testStyles, nil).SetSize(100, 30)
	m = toQuestion(t, m, checklist.QFee)
	if !strings.Contains(ansi.Strip(m.View()), "[important]") {
		t.Fatalf("fee's importance not shown in brackets:\n%s", ansi.Strip(m.View()))
	}
	steps := []struct {
		key  tea.KeyMsg
		want tea.Msg
	}{
		{keyRight, SetImportanceMsg{checklist.QFee, checklist.MustHave}},
		{runes("l"), nil}, // already the top step: nothing sent
		{keyLeft, SetImportanceMsg{checklist.QFee, checklist.Important}},
		{runes("h"), SetImportanceMsg{checklist.QFee, checklist.Nice}},
		{runes("1"), SetImportanceMsg{checklist.QFee, checklist.Ignore}},
		{keyLeft, nil},
		{runes("4"), SetImportanceMsg{checklist.QFee, checklist.MustHave}},
		{runes("3"), SetImportanceMsg{checklist.QFee, checklist.Important}},
	}
	for i, s := range steps {
		var msg tea.Msg
		m, msg = pressP(m, s.key)
		if msg != s.want {
			t.Errorf("step %d (%s): sent %#v, want %#v", i, s.key, msg, s.want)
		}
	}
	// The screen shows the change before the save comes back.
	if v := ansi.Strip(m.View()); !strings.Contains(lineOf(v, "Fee per session"), "[important]") {
		t.Errorf("fee row does not show [important]:\n%s", v)
	}
	if nb.Importance[checklist.QFee] != checklist.Important {
		t.Errorf("the screen changed the notebook itself")
	}
}

func lineOf(view, label string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, label) {
			return l
		}
	}
	return ""
}

func TestPrioritiesBudgetRefusesBadInputInPlace(t *testing.T) {
	m := New(fixture.MakeNotebook(2), testStyles, nil).SetSize(100, 30)
	m, _ = pressP(m, keyDown, keyDown) // Your name, Partner, Budget
	if m.items[m.sel].kind != prioBudget {
		t.Fatalf("third field is %v, want the budget", m.items[m.sel].kind)
	}
	m, _ = pressP(m, keyEnter)
	if !m.Typing() {
		t.Fatal("enter on the budget did not start editing")
	}
	m = typeText(m, "a lot")
	m, msg := pressP(m, keyEnter)
	if msg != nil {
		t.Errorf("invalid budget sent %#v", msg)
	}
	v := ansi.Strip(m.View())
	if !m.Typing() || !strings.Contains(v, "Enter an amount") || !strings.Contains(v, "Nothing was saved") {
		t.Errorf("invalid budget: editing %v, view without the reason:\n%s", m.Typing(), v)
	}
	if strings.Contains(lineOf(v, "Nothing was saved"), "a lot") {
		t.Errorf("the error repeats the input back")
	}
	// Fix it: clear and type a real amount.
	for range "a lot" {
		m, _ = pressP(m, tea.KeyMsg{Type: tea.KeyBackspace})
	}
	m = typeText(m, "$1,150")
	m, msg = pressP(m, keyEnter)
	if msg != (SetBudgetMsg{Value: "1150.00"}) {
		t.Errorf("valid budget sent %#v, want SetBudgetMsg 1150.00", msg)
	}
	if m.Typing() || !strings.Contains(ansi.Strip(m.View()), "$1,150.00") {
		t.Errorf("after saving: editing %v, view:\n%s", m.Typing(), ansi.Strip(m.View()))
	}
	// Emptying the field clears the budget.
	m, _ = pressP(m, keyEnter)
	for range "1150.00" {
		m, _ = pressP(m, tea.KeyMsg{Type: tea.KeyBackspace})
	}
	if _, msg = pressP(m, keyEnter); msg != (SetBudgetMsg{}) {
		t.Errorf("empty budget sent %#v, want an empty SetBudgetMsg", msg)
	}
}

func TestPrioritiesNamesAndBack(t *testing.T) {
	nb := fixture.MakeNotebook(2)
	m := New(nb, testStyles, nil).SetSize(80, 24)
	m, _ = pressP(m, keyDown, keyEnter)
	m = typeText(m, "Robin q?")
	if !strings.Contains(m.input.Value(), "q?") {
		t.Errorf("q and ? did not reach the field while typing")
	}
	m, msg := pressP(m, keyEnter)
	if msg != (SetPeopleMsg{Me: "Alex", Partner: "Robin q?"}) {
		t.Errorf("partner sent %#v", msg)
	}
	// esc while editing cancels, sending nothing; esc again goes back.
	m, _ = pressP(m, keyUp, keyEnter)
	m = typeText(m, "zzz")
	m, msg = pressP(m, keyEsc)
	if msg != nil || m.Typing() || m.me != "Alex" {
		t.Errorf("esc while editing: sent %#v, editing %v, me %q", msg, m.Typing(), m.me)
	}
	if _, msg = pressP(m, keyEsc); msg != (BackMsg{}) {
		t.Errorf("esc sent %#v, want BackMsg", msg)
	}
	// A saved notebook replaces what the screen showed.
	nb.People = store.People{Me: "Sam"}
	m = m.SetNotebook(nb)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Sam") || !strings.Contains(v, "choosing alone") {
		t.Errorf("setNotebook not shown:\n%s", v)
	}
}

func TestPrioritiesViewFitsAndScrolls(t *testing.T) {
	for _, size := range [][2]int{{0, 0}, {1, 1}, {49, 11}, {50, 12}, {80, 24}, {160, 48}} {
		m := New(fixture.MakeNotebook(3), testStyles, nil).SetSize(size[0], size[1])
		for i := 0; i < 40; i++ {
			m, _ = pressP(m, keyDown)
		}
		lines := strings.Split(m.View(), "\n")
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%dx%d line %d is %d wide", size[0], size[1], i, w)
			}
		}
		if size[0] >= prioritiesMinW && size[1] >= prioritiesMinH {
			if len(lines) != size[1] {
				t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
			}
			if !strings.Contains(m.View(), markSelected+"My comfort") {
				t.Errorf("%dx%d: the last question is selected but not on screen", size[0], size[1])
			}
		}
	}
}

// TestPrioritiesReweighMatchesAFreshJudgement checks that close calls
// worked out by Reweigh from the kept judgement are the ones a screen
// built afresh from the changed notebook shows, for every importance step
// of every scoring question.
func TestPrioritiesReweighMatchesAFreshJudgement(t *testing.T) {
	nb := fixture.MakeNotebook(6)
	m := New(nb, testStyles, nil)
	trialsWithCloseCalls := 0
	for _, item := range m.items {
		if item.kind != prioQuestion {
			continue
		}
		for _, imp := range importanceSteps {
			nb.Importance[item.q.ID] = imp
			got := m.Reweigh(nb).closeCalls
			want := New(nb, testStyles, nil).closeCalls
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s as %s: reweighed %v, fresh %v", item.q.ID, imp, got, want)
			}
			if len(want) > 0 {
				trialsWithCloseCalls++
			}
		}
	}
	if trialsWithCloseCalls == 0 {
		t.Fatal("no trial of the fixture had a close call, so the test compared nothing")
	}
}

// TestQuickMsgKnowsBlinksByWhatTheyAre checks the helper above: a focused
// input's blink command is recognised without being run, and any other
// command is run to its end however long it takes.
func TestQuickMsgKnowsBlinksByWhatTheyAre(t *testing.T) {
	m := New(fixture.MakeNotebook(1), testStyles, nil).SetSize(100, 30)
	blink := m.input.Focus()
	if blink == nil || !isCursorCmd(blink) {
		t.Fatal("the focused input's blink command is not recognised")
	}
	release := make(chan struct{})
	slow := func() tea.Msg { <-release; return SetImportanceMsg{} }
	if isCursorCmd(slow) {
		t.Fatal("an ordinary command is taken for a blink")
	}
	go close(release)
	if got := quickMsg(tea.Batch(blink, slow)); got != (SetImportanceMsg{}) {
		t.Fatalf("got %#v, want the slow command's message", got)
	}
}

// Keys for the update-driven tests.
var (
	keyDown  = tea.KeyMsg{Type: tea.KeyDown}
	keyUp    = tea.KeyMsg{Type: tea.KeyUp}
	keyLeft  = tea.KeyMsg{Type: tea.KeyLeft}
	keyRight = tea.KeyMsg{Type: tea.KeyRight}
	keyEsc   = tea.KeyMsg{Type: tea.KeyEsc}
	keyEnter = tea.KeyMsg{Type: tea.KeyEnter}
)

// runes is a key press of printable characters.
func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }
