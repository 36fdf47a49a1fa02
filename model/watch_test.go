package model

import (
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// A change on disk seen by the watch is announced at once, with the
// reload prompt; ctrl+r then shows the other computer's version.
func TestAChangeOnDiskIsAnnouncedWithTheReloadPrompt(t *testing.T) {
	h, path := fileWithTherapist(t)
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	h.send(diskChangedMsg{})
	if !h.m.conflict.open {
		t.Fatal("no reload prompt")
	}
	h.mustSee("✗ The notebook changed on disk just now")
	h.mustSee("ctrl+r reload from disk")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlR})
	if h.m.conflict.open {
		t.Fatal("the prompt stayed after the reload")
	}
	if got := h.m.nb().Therapists[0].Notes; got != "from the laptop" {
		t.Fatalf("after the reload the notes are %q", got)
	}
	h.mustSee("Reloaded the notebook from disk.")
	// A second change is announced as the first was.
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the phone" })
	h.send(diskChangedMsg{})
	if !h.m.conflict.open {
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
	h.send(diskChangedMsg{})
	if h.m.conflict.open {
		t.Fatal("the prompt took the keys of an answer being typed")
	}
	h.mustSee("Finish this answer")
	h.typeText("5")
	h.mustSee("changed on disk just now") // a key does not wipe the news
	h.keys("enter")
	if !h.m.conflict.open {
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
	h.send(diskChangedMsg{})
	if h.m.conflict.open || strings.Contains(h.view(), "changed on disk") {
		t.Error("the demo announced a change on disk")
	}
	f, _ := fileWithTherapist(t)
	f.m.watch = &diskWatch{done: make(chan struct{})}
	f.send(diskChangedMsg{watch: &diskWatch{done: make(chan struct{})}})
	if f.m.conflict.open {
		t.Error("a stopped watch's news opened the prompt")
	}
}

// watchBound is how long a test waits for the watch: generous, so that a
// slow, shared machine never fails it; a working watch answers within
// about a second.
const watchBound = 60 * time.Second

// watchInBackground runs cmd on its own goroutine, as Bubble Tea does, and
// hands back its message (see received).
func watchInBackground(cmd tea.Cmd) <-chan tea.Msg {
	out := make(chan tea.Msg, 1)
	go func() { out <- cmd() }()
	return out
}

func received(t *testing.T, ch <-chan tea.Msg) tea.Msg {
	t.Helper()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(watchBound):
		t.Fatalf("the watch sent nothing within %v", watchBound)
		return nil
	}
}

// openWatched opens a notebook with one saved version and starts its watch.
func openWatched(t *testing.T) (*disk.File, *store.Notebook, *diskWatch) {
	t.Helper()
	f, nb := openTempNotebook(t)
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: store.NewID(), Name: "Dr Ada"})
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	started, ok := startWatchCmd(f)().(watchStartedMsg)
	if !ok || started.watch == nil {
		t.Fatal("no watch started")
	}
	t.Cleanup(started.watch.stop)
	return f, nb, started.watch
}

// The real watch, over the folder: vetted's own saves send nothing; a
// rename over the notebook by another program is reported.
func TestTheWatchReportsAnOutsideRenameOverNotOwnSaves(t *testing.T) {
	f, nb, w := openWatched(t)
	if w.fs == nil {
		t.Fatal("this system should watch folders (inotify)")
	}
	got := watchInBackground(w.next())
	for rev := uint64(2); rev <= 4; rev++ {
		nb.Therapists[0].Notes = strings.Repeat("x", int(rev))
		if err := f.Save(nb, rev); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case msg := <-got:
		t.Fatalf("vetted's own saves were reported: %#v", msg)
	default:
	}
	otherComputer(t, f.Path(), func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	if msg, ok := received(t, got).(diskChangedMsg); !ok || msg.watch != w {
		t.Fatalf("got %#v, want diskChangedMsg from the watch", msg)
	}
}

// Where folders cannot be watched, a stat on a tick finds a write in place.
func TestThePollingWatchReportsAWriteInPlace(t *testing.T) {
	f, _, w := openWatched(t)
	if w.fs != nil {
		_ = w.fs.Close()
		w.fs = nil
	}
	w.seen, _ = os.Stat(f.Path())
	got := watchInBackground(w.next())
	if err := os.WriteFile(f.Path(), []byte(`{"version": 1, "therapists": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok := received(t, got).(diskChangedMsg); !ok {
		t.Fatal("the polling watch did not report the write")
	}
}

// A stopped watch's command ends with nothing to say.
func TestAStoppedWatchEnds(t *testing.T) {
	_, _, w := openWatched(t)
	got := watchInBackground(w.next())
	w.stop()
	if msg := received(t, got); msg != nil {
		t.Fatalf("a stopped watch sent %#v", msg)
	}
}

// With everything saved, ctrl+c at a prompt the watch opened quits as
// ever: there is nothing to lose.
func TestCtrlCAtTheWatchPromptWithNothingUnsavedQuits(t *testing.T) {
	h, path := fileWithTherapist(t)
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	h.send(diskChangedMsg{})
	h.keys("ctrl+c")
	if !h.quit {
		t.Fatalf("ctrl+c did not quit; status %q", h.m.status.Text())
	}
}

// watchWaits reports whether cmd is the watch's wait for the next change
// (diskWatch.next), told by the function it is: test drivers that run
// every command to its end must not run it.
func watchWaits(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.Contains(name, "(*diskWatch).next")
}

func TestWatchWaitsKnowsTheWait(t *testing.T) {
	w := &diskWatch{done: make(chan struct{})}
	if !watchWaits(w.next()) || watchWaits(startWatchCmd(nil)) {
		t.Error("watchWaits does not tell the watch's wait from other commands")
	}
}
