package checkin

import (
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// withCheckIns is the notebook with Ada's check-ins: comfort 4, then 3
// (felt heard), then 2 and not heard, the newest.
func withCheckIns() *store.Notebook {
	nb := notebook()
	ada := &nb.Therapists[0]
	ada.AddCheckIn(checkIn(1, checklist.AfterFirst, "4", "yes"))
	ada.AddCheckIn(checkIn(3, checklist.AfterThird, "3", "yes"))
	worried := checkIn(6, checklist.AfterOther, "2", "no")
	worried.Answers[checklist.CheckCost] = checklist.Answer{Status: checklist.StatusNoted, Note: "an extra \x1b[31mfee"}
	ada.AddCheckIn(worried)
	return nb
}

func newList(nb *store.Notebook, id string, w, h int) screen.Screen {
	return New(common(nb, w, h), id, fixedNow).SetSize(w, h)
}

// The list: the comfort trend oldest first, the check-ins newest first
// with their answers and notes (cleaned), the worrying one marked in
// text, with the advice quoted with its source, and the next therapist of
// the comparison with what they said on the call: never Ada herself.
func TestListShowsTrendWorriesAndRunnerUp(t *testing.T) {
	l := newList(withCheckIns(), "ada", 120, 40)
	v := plain(l)
	for _, want := range []string{
		"Check-ins with Ada Best",
		"comfort 4 → 3 → 2",
		"› 6 Dec 2026 · another time",
		"! worries: Comfort, Felt heard",
		"Comfort: 2/5",
		"Felt heard: ✗ no",
		"Cost as expected: not answered — an extra fee",
		"Next in your comparison: Bea Second, fit ",
		"Safety & fit on their call: Works with people like me: ✓ yes; Suggested contact: ✓ no; My comfort: 4/5",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("missing %q in:\n%s", want, v)
		}
	}
	if !strings.Contains(flat(v), flat(checklist.CheckInAdviceQuote())) || !strings.Contains(checklist.CheckInAdviceQuote(), checklist.SourceLabel(checklist.CheckInAdviceSource)) {
		t.Errorf("advice not quoted whole with its source:\n%s", v)
	}
	newest, first := strings.Index(v, "6 Dec 2026"), strings.Index(v, "1 Dec 2026 · after the first session")
	if newest < 0 || first < 0 || newest > first {
		t.Errorf("not newest first:\n%s", v)
	}
	if strings.Contains(v, "Next in your comparison: Ada") || strings.Contains(v, "\x1b") {
		t.Errorf("the runner-up is the therapist on view, or raw escapes:\n%s", v)
	}
	// Only the worrying check-in is marked.
	if n := strings.Count(v, worriesPrefix); n != 1 {
		t.Errorf("%d worry markers:\n%s", n, v)
	}
}

// The runner-up is worked out without the therapist on view, whoever that
// is: on Bea's check-ins, Ada (who leads) is named, never Bea.
func TestRunnerUpIsNeverTheOneOnView(t *testing.T) {
	nb := notebook()
	nb.Therapists[1].AddCheckIn(checkIn(2, checklist.AfterFirst, "1", ""))
	v := plain(newList(nb, "bea", 120, 40))
	if !strings.Contains(v, "Next in your comparison: Ada Best, fit ") || strings.Contains(v, "comparison: Bea") {
		t.Fatalf("runner-up:\n%s", v)
	}
	// With nobody else who can be chosen, it says so.
	nb.Therapists = nb.Therapists[1:2]
	if v := plain(newList(nb, "bea", 120, 40)); !strings.Contains(v, noNext) {
		t.Fatalf("alone:\n%s", v)
	}
}

// A check-in that does not worry carries no marker, no advice, no
// runner-up; no check-ins says how to start one.
func TestListCalm(t *testing.T) {
	nb := notebook()
	nb.Therapists[0].AddCheckIn(checkIn(1, checklist.AfterFirst, "5", "yes"))
	v := plain(newList(nb, "ada", 80, 24))
	if strings.Contains(v, worriesPrefix) || strings.Contains(v, nextPrefix) || strings.Contains(v, "trust") {
		t.Fatalf("a calm check-in worries:\n%s", v)
	}
	if v := plain(newList(notebook(), "ada", 80, 24)); !strings.Contains(v, noCheckIns) || !strings.Contains(v, noTrend) {
		t.Fatalf("empty list:\n%s", v)
	}
}

// d asks about the selected check-in; y sends the drop of that one (its
// stored index and time), n sends nothing.
func TestListDropAsksFirst(t *testing.T) {
	nb := withCheckIns()
	l := press(newList(nb, "ada", 80, 24), "j") // the second newest: 3 Dec
	l, msgs := send(l, "d")
	if len(msgs) != 0 || !l.Asking() || !l.Typing() {
		t.Fatalf("d: %#v, asking %v", msgs, l.Asking())
	}
	small := press(newList(nb, "ada", 60, 16), "j", "d")
	if v := plain(small); !strings.Contains(v, "! Drop the 3 Dec 2026 check-in? y/n") {
		t.Fatalf("60x16: the question cut:\n%s", v)
	}
	if v := plain(l); !strings.Contains(v, "! Drop the 3 Dec 2026 check-in? y/n") {
		t.Fatalf("no question:\n%s", v)
	}
	if no, msgs := send(l, "n"); len(msgs) != 0 || no.Asking() {
		t.Fatalf("n: %#v", msgs)
	}
	l, msgs = send(l, "y")
	want := DropMsg{TherapistID: "ada", Index: 1, At: nb.Therapists[0].CheckIns[1].At}
	if len(msgs) != 1 || msgs[0] != want {
		t.Fatalf("y sent %#v, want %#v", msgs, want)
	}
	if !want.Apply(nb) || len(nb.Therapists[0].CheckIns) != 2 || assertTrend(nb) != "comfort 4 → 2" {
		t.Fatalf("drop applied: %s", assertTrend(nb))
	}
	// Sent again, it finds another check-in in that place: nothing goes.
	if want.Apply(nb) || len(nb.Therapists[0].CheckIns) != 2 {
		t.Fatal("a stale drop removed a check-in")
	}
	// The list reads the notebook again when told.
	l, _ = l.Update(screen.ChangedMsg{Event: want})
	if v := plain(l); strings.Contains(v, "3 Dec 2026") || !strings.Contains(v, "comfort 4 → 2") {
		t.Fatalf("after the drop:\n%s", v)
	}
}

func assertTrend(nb *store.Notebook) string { return trendText(&nb.Therapists[0]) }

// n opens the check-in form for the same therapist; its AddMsg applied
// makes the newest check-in; esc goes back.
func TestListNewAndBack(t *testing.T) {
	nb := notebook()
	_, msgs := send(newList(nb, "ada", 80, 24), "n")
	if len(msgs) != 1 {
		t.Fatalf("n sent %#v", msgs)
	}
	push, ok := msgs[0].(screen.PushMsg)
	if !ok {
		t.Fatalf("n sent %#v", msgs[0])
	}
	f, ok := push.Screen.(Form)
	if !ok || f.id != "ada" {
		t.Fatalf("n pushed %#v", push.Screen)
	}
	_, msgs = send(f, "ctrl+s")
	add := msgs[0].(AddMsg)
	if !add.Apply(nb) || len(nb.Therapists[0].CheckIns) != 1 || !nb.Therapists[0].CheckIns[0].At.Equal(clock) {
		t.Fatalf("add applied: %#v", nb.Therapists[0].CheckIns)
	}
	if (AddMsg{TherapistID: "gone"}).Apply(nb) {
		t.Fatal("a check-in for nobody was applied")
	}
	if _, msgs := send(newList(nb, "ada", 80, 24), "esc"); len(msgs) != 1 || msgs[0] != (screen.BackMsg{}) {
		t.Fatalf("esc sent %#v", msgs)
	}
}

// Coming back on top, the list reads the notebook again; a therapist who
// is gone closes it.
func TestListRefresh(t *testing.T) {
	nb := notebook()
	l := newList(nb, "ada", 80, 24)
	nb.Therapists[0].AddCheckIn(checkIn(1, checklist.AfterFirst, "3", ""))
	next, _, ok := l.(screen.Refresher).Refresh()
	if !ok || !strings.Contains(plain(next), "comfort 3") {
		t.Fatalf("refresh: ok %v\n%s", ok, plain(next))
	}
	nb.Therapists = nb.Therapists[1:]
	if _, _, ok := l.(screen.Refresher).Refresh(); ok {
		t.Fatal("a gone therapist's list stays")
	}
}

// At each size every line fits; scrolling to the end shows the oldest
// check-in and the "more" markers say where the list goes on.
func TestListFitsAndScrolls(t *testing.T) {
	nb := withCheckIns()
	for i := range 6 {
		nb.Therapists[0].AddCheckIn(checkIn(10+i, checklist.AfterOther, "4", "yes"))
	}
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {120, 40}} {
		l := newList(nb, "ada", sz[0], sz[1])
		checkFits(t, plain(l), sz[0], sz[1])
		if sz[1] < 40 && !strings.Contains(plain(l), "↓ ") {
			t.Fatalf("%v: no ↓ marker:\n%s", sz, plain(l))
		}
		for range len(nb.Therapists[0].CheckIns) {
			l = press(l, "j")
			checkFits(t, plain(l), sz[0], sz[1])
		}
		if v := plain(l); !strings.Contains(v, "› 1 Dec 2026 · after the first session") {
			t.Fatalf("%v: the oldest not selected in view:\n%s", sz, v)
		}
		if e := press(newList(nb, "ada", sz[0], sz[1]), "end"); !strings.Contains(plain(e), "1 Dec 2026") {
			t.Fatalf("%v: end does not reach the oldest:\n%s", sz, plain(e))
		}
	}
}

// Open opens the list for a chosen therapist (or one with check-ins), and
// for another says how to choose them.
func TestOpen(t *testing.T) {
	nb := notebook()
	c := common(nb, 80, 24)
	msgs := run(Open(c, "ada", fixedNow))
	if p, ok := msgs[0].(screen.PushMsg); !ok || p.Screen.(List).id != "ada" {
		t.Fatalf("chosen: %#v", msgs)
	}
	msgs = run(Open(c, "bea", fixedNow))
	if st, ok := msgs[0].(screen.StatusMsg); !ok || st.Text != notChosen {
		t.Fatalf("not chosen: %#v", msgs)
	}
	nb.Therapists[1].AddCheckIn(checkIn(1, checklist.AfterFirst, "3", ""))
	if _, ok := run(Open(c, "bea", fixedNow))[0].(screen.PushMsg); !ok {
		t.Fatal("a therapist with check-ins whose status moved on")
	}
	if Open(c, "gone", fixedNow) != nil {
		t.Fatal("a gone therapist")
	}
}

// The short help and the status line's message fit 80 columns with the
// root's "· ? help" after them: esc must not be the part cut off.
func TestWordsFitEighty(t *testing.T) {
	var parts []string
	for _, b := range newList(notebook(), "ada", 80, 24).ShortHelp() {
		parts = append(parts, b.Help().Key+" "+b.Help().Desc)
	}
	if line := strings.Join(parts, " · ") + " · ? help"; len([]rune(line)) > 78 {
		t.Fatalf("help of %d columns: %s", len([]rune(line)), line)
	}
	if n := len([]rune(notChosen)); n > 78 {
		t.Fatalf("status of %d columns", n)
	}
}

// A question of the person's own in the safety & fit category, its label
// holding escape sequences (a hand-edited file), reaches the runner-up's
// line cleaned: no clipboard write, no bidi override.
func TestRunnerUpCleansOwnLabels(t *testing.T) {
	nb := withCheckIns()
	q, err := nb.AddQuestion(checklist.Question{Category: checklist.Safety, Kind: checklist.KindText,
		Prompt: "Evil?", Short: "Ev\x1b]52;c;aGk=\x07il\u202e"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range nb.Therapists {
		nb.Therapists[i].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "x"})
	}
	v := newList(nb, "ada", 120, 40).View()
	if strings.Contains(v, "\x1b]52") || strings.ContainsRune(v, '\u202e') {
		t.Errorf("an own label's escape sequence reached the screen: %q", v)
	}
}
