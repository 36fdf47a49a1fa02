package ondisk

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/fsnotify/fsnotify"

	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

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
func openWatched(t *testing.T) (*disk.File, *store.Notebook, *Watcher) {
	t.Helper()
	f, nb, err := disk.Open(filepath.Join(t.TempDir(), "notebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: store.NewID(), Name: "Dr Ada"})
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	started, ok := StartWatch(f)().(WatchStartedMsg)
	if !ok || started.Watcher == nil {
		t.Fatal("no watch started")
	}
	t.Cleanup(func() {
		if closeWatch := started.Watcher.Stop(); closeWatch != nil {
			closeWatch()
		}
	})
	return f, nb, started.Watcher
}

// renameOver writes data over path as a sync tool does: a file beside it,
// renamed over it.
func renameOver(t *testing.T, path string, data []byte) {
	t.Helper()
	tmp := path + ".sync-tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// The real watch, over the folder: vetted's own saves send nothing; a
// rename over the notebook by another program is reported.
func TestTheWatchReportsAnOutsideRenameOverNotOwnSaves(t *testing.T) {
	f, nb, w := openWatched(t)
	if w.fs == nil {
		t.Fatal("this system should watch folders (inotify)")
	}
	got := watchInBackground(w.Next())
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
	renameOver(t, f.Path(), []byte(`{"version": 1, "therapists": []}`))
	if msg, ok := received(t, got).(ChangedMsg); !ok || msg.Watcher != w {
		t.Fatalf("got %#v, want ChangedMsg from the watch", msg)
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
	got := watchInBackground(w.Next())
	if err := os.WriteFile(f.Path(), []byte(`{"version": 1, "therapists": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok := received(t, got).(ChangedMsg); !ok {
		t.Fatal("the polling watch did not report the write")
	}
}

// A stopped watch's command ends with nothing to say.
func TestAStoppedWatchEnds(t *testing.T) {
	_, _, w := openWatched(t)
	got := watchInBackground(w.Next())
	closeWatch := w.Stop()
	if msg := received(t, got); msg != nil {
		t.Fatalf("a stopped watch sent %#v", msg)
	}
	closeWatch()
}

// Stopping a watch makes no system call on the caller's goroutine, which
// is Bubble Tea's Update: Stop only tells the wait to end and returns the
// command that closes the system's watch. Run, it closes it, and the
// system watch's reader goroutine ends (its Events channel closes). Run
// with -race: the close and the wait are on other goroutines.
func TestStopClosesTheSystemWatchInItsCommand(t *testing.T) {
	_, _, w := openWatched(t)
	if w.fs == nil {
		t.Fatal("this system should watch folders (inotify)")
	}
	got := watchInBackground(w.Next())
	closeWatch := w.Stop()
	if err := w.fs.Add(t.TempDir()); err != nil {
		t.Fatalf("Stop closed the system watch itself: %v", err)
	}
	if msg := received(t, got); msg != nil {
		t.Fatalf("a stopped watch sent %#v", msg)
	}
	if closeWatch == nil {
		t.Fatal("Stop returned no command to close the system watch")
	}
	if w.Stop() != nil {
		t.Error("a second Stop would close the system watch again")
	}
	ended := watchInBackground(func() tea.Msg {
		closeWatch()
		for range w.fs.Events { // drained until the reader goroutine ends
		}
		return "ended"
	})
	if received(t, ended) != "ended" {
		t.Fatal("the system watch's goroutine did not end")
	}
	if err := w.fs.Add(t.TempDir()); !errors.Is(err, fsnotify.ErrClosed) {
		t.Errorf("after its command the system watch is open: Add gave %v", err)
	}
}
