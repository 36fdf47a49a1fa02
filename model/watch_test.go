package model

import (
	"reflect"
	"runtime"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/ondisk"
	"github.com/vetted-tui/vetted/store"
)

// A change on disk seen by the watch is announced at once, with the
// reload prompt; ctrl+r then shows the other computer's version.
func TestAChangeOnDiskIsAnnouncedWithTheReloadPrompt(t *testing.T) {
	h, path := fileWithTherapist(t)
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	h.send(ondisk.ChangedMsg{})
	if !h.m.conflict.Open {
		t.Fatal("no reload prompt")
	}
	h.mustSee("✗ The notebook changed on disk just now")
	h.mustSee("ctrl+r reload from disk")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlR})
	if h.m.conflict.Open {
		t.Fatal("the prompt stayed after the reload")
	}
	if got := h.m.nb().Therapists[0].Notes; got != "from the laptop" {
		t.Fatalf("after the reload the notes are %q", got)
	}
	h.mustSee("Reloaded the notebook from disk.")
	// A second change is announced as the first was.
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the phone" })
	h.send(ondisk.ChangedMsg{})
	if !h.m.conflict.Open {
		t.Fatal("no prompt for the second change")
	}
}

// Nothing reloads over an answer being typed: the news waits in the
// status line, the typed text stays, and the answer, once recorded, is
// refused by the changed file and re-applied by the reload.
func TestAChangeOnDiskWaitsForTheAnswerBeingTyped(t *testing.T) {
	h, path := fileWithTherapist(t)
	h.keys("enter")
	h.goToQuestion(checklist.QFee)
	h.typeText("18")
	if !h.m.top().Typing() {
		t.Fatal("setup: not typing")
	}
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	h.send(ondisk.ChangedMsg{})
	if h.m.conflict.Open {
		t.Fatal("the prompt took the keys of an answer being typed")
	}
	h.mustSee("Finish this answer")
	h.typeText("5")
	h.mustSee("changed on disk just now") // a key does not wipe the news
	h.keys("enter")
	if !h.m.conflict.Open {
		t.Fatal("no prompt once the answer was recorded")
	}
	h.send(tea.KeyMsg{Type: tea.KeyCtrlR})
	nb := h.m.nb()
	if got := nb.Therapists[0].Answers[checklist.QFee].Value; got != "185.00" && got != "185" {
		t.Errorf("the typed answer was not re-applied: %q", got)
	}
	if nb.Therapists[0].Notes != "from the laptop" {
		t.Errorf("the other computer's notes are gone: %q", nb.Therapists[0].Notes)
	}
}

// In the demo, and from a watch stopped since, a change is no news.
func TestAChangeOnDiskIgnoredInTheDemoAndFromAStoppedWatch(t *testing.T) {
	h := newHarness(t, store.New())
	h.send(ondisk.ChangedMsg{})
	if h.m.conflict.Open || strings.Contains(h.view(), "changed on disk") {
		t.Error("the demo announced a change on disk")
	}
	f, _ := fileWithTherapist(t)
	f.m.watch = &ondisk.Watcher{}
	f.send(ondisk.ChangedMsg{Watcher: &ondisk.Watcher{}})
	if f.m.conflict.Open {
		t.Error("a stopped watch's news opened the prompt")
	}
}

// With everything saved, ctrl+c at a prompt the watch opened quits as
// ever: there is nothing to lose.
func TestCtrlCAtTheWatchPromptWithNothingUnsavedQuits(t *testing.T) {
	h, path := fileWithTherapist(t)
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	h.send(ondisk.ChangedMsg{})
	h.keys("ctrl+c")
	if !h.quit {
		t.Fatalf("ctrl+c did not quit; status %q", h.m.status.Text())
	}
}

// watchWaits reports whether cmd is the watch's wait for the next change
// (ondisk.Watcher.Next), told by the function it is: test drivers that
// run every command to its end must not run it.
func watchWaits(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	// Inlined into the root, the closure is named after the caller too.
	return strings.Contains(name, "(*Watcher).Next.func")
}

func TestWatchWaitsKnowsTheWait(t *testing.T) {
	w := &ondisk.Watcher{}
	if !watchWaits(w.Next()) || watchWaits(ondisk.StartWatch(nil)) {
		t.Error("watchWaits does not tell the watch's wait from other commands")
	}
}

// Quitting stops the watch without a system call in Update: the close of
// the system's watch comes back as a command batched with the quit (see
// ondisk's TestStopClosesTheSystemWatchInItsCommand), and the watch's
// wait ends.
func TestQuitClosesTheWatchInACommand(t *testing.T) {
	h, _ := fileWithTherapist(t)
	next, _ := h.m.Update(ondisk.StartWatch(h.m.File())()) // its wait is not run
	h.m = next.(Model)
	w := h.m.watch
	if w == nil {
		t.Fatal("setup: no watch")
	}
	next, cmd := h.m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}})
	h.m = next.(Model)
	next, cmd = h.m.Update(cmd()) // the quit check after its grace
	h.m = next.(Model)
	batch, ok := cmd().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("quitting with a watch returned %#v, want the close and the quit", batch)
	}
	var quits, closes int
	for _, c := range batch {
		switch c().(type) {
		case tea.QuitMsg:
			quits++
		case nil:
			closes++
		}
	}
	if quits != 1 || closes != 1 {
		t.Errorf("%d quits and %d closes, want one each", quits, closes)
	}
	if msg := w.Next()(); msg != nil {
		t.Errorf("the stopped watch's wait sent %#v", msg)
	}
}
