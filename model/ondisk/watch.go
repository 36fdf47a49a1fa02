// Package ondisk is what the app does with the notebook file on disk, all
// of it as commands (nothing in Update touches the disk): saving it
// (save.go), reloading it or saving a copy after it changed behind the
// app's back (reload.go), and watching it for other programs' writes
// (watch.go).
package ondisk

// Watching the notebook for changes made by other programs while the app
// is open (a sync tool bringing another computer's version, an editor),
// so that the person hears of it within about a second rather than at
// the next save, with stale answers on screen until then.
//
// The watch is the folder, not the file: sync tools and editors replace a
// file by writing another and renaming it over, which a watch on the file
// itself would miss. Where the system offers no watching (or it fails),
// the file is looked at on a tick instead: a stat, and a read only when
// the stat changed.
//
// All of it is I/O in commands: a command waits for the next change that
// matters, asks the store whether the file still holds what vetted last
// read or wrote (disk.File.ChangedOnDisk: vetted's own saves never
// count), and only then sends ChangedMsg; the root re-arms the wait after
// each. No goroutine of ours touches the model.

import (
	"os"
	"path/filepath"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/fsnotify/fsnotify"
	"github.com/vetted-tui/vetted/store/disk"
)

// PollEvery is how often the file is looked at where it cannot be
// watched: "within about a second".
const PollEvery = time.Second

// Watcher watches one notebook file. Only the command waiting on it
// touches its fields; the root holds it to re-arm and to stop it.
type Watcher struct {
	file *disk.File
	base string            // the notebook's file name, in events
	fs   *fsnotify.Watcher // nil: polling
	done chan struct{}     // closed by stop
	seen os.FileInfo       // polling: the file as last looked at
}

// WatchStartedMsg hands the root a watch just set up (by StartWatch).
type WatchStartedMsg struct{ Watcher *Watcher }

// ChangedMsg says that the notebook file no longer holds what vetted last
// read or wrote. Watcher is the watch that saw it, to re-arm (nil in tests
// that feed the message).
type ChangedMsg struct{ Watcher *Watcher }

// StartWatch sets up the watch of f's folder (or polling, where the
// system cannot watch it) and hands it to the root.
func StartWatch(f *disk.File) tea.Cmd {
	return func() tea.Msg {
		path := filepath.Clean(f.Path())
		w := &Watcher{file: f, base: filepath.Base(path), done: make(chan struct{})}
		if fw, err := fsnotify.NewWatcher(); err == nil {
			if err := fw.Add(filepath.Dir(path)); err == nil {
				w.fs = fw
			} else {
				_ = fw.Close()
			}
		}
		if w.fs == nil {
			w.seen, _ = os.Stat(path)
		}
		return WatchStartedMsg{Watcher: w}
	}
}

// Next waits for the next change of the notebook that is not vetted's
// own and reports it; nil once the watch is stopped.
func (w *Watcher) Next() tea.Cmd {
	return func() tea.Msg {
		if w.fs != nil {
			return w.nextEvent()
		}
		return w.nextPoll()
	}
}

// nextEvent waits on the folder's events. A burst of them (a save is a
// temp file, a link and a rename) is drained before the one check.
func (w *Watcher) nextEvent() tea.Msg {
	for {
		select {
		case <-w.done:
			return nil
		case _, ok := <-w.fs.Errors:
			if !ok {
				return nil
			}
			// An overflowed queue lost events: look, in case one was ours.
			if w.file.ChangedOnDisk() {
				return ChangedMsg{Watcher: w}
			}
		case ev, ok := <-w.fs.Events:
			if !ok {
				return nil
			}
			if filepath.Base(ev.Name) != w.base || !w.drain() {
				continue
			}
			if w.file.ChangedOnDisk() {
				return ChangedMsg{Watcher: w}
			}
		}
	}
}

// drain takes the events already queued, so that one check covers a
// burst; false when the watch was stopped meanwhile.
func (w *Watcher) drain() bool {
	for {
		select {
		case <-w.done:
			return false
		case _, ok := <-w.fs.Events:
			if !ok {
				return false
			}
		default:
			return true
		}
	}
}

// nextPoll looks at the file every PollEvery: a stat, and the store's
// check only when size, time or identity changed.
func (w *Watcher) nextPoll() tea.Msg {
	t := time.NewTicker(PollEvery)
	defer t.Stop()
	for {
		select {
		case <-w.done:
			return nil
		case <-t.C:
		}
		now, _ := os.Stat(w.file.Path())
		if sameStat(w.seen, now) {
			continue
		}
		w.seen = now
		if w.file.ChangedOnDisk() {
			return ChangedMsg{Watcher: w}
		}
	}
}

// sameStat reports whether two looks at a file (nil: not there) saw the
// same file, unchanged as far as a stat can tell.
func sameStat(a, b os.FileInfo) bool {
	if a == nil || b == nil {
		return a == b
	}
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// Stop ends the watch: the command waiting on it returns nil. It makes
// no system call, so that Update never waits on one: closing the system's
// watch is the command it returns (nil when there is none to close, or
// the watch was stopped already). The root batches it with what it does
// next, never in sequence before quitting: a close that hangs must not
// keep the person in the app.
func (w *Watcher) Stop() tea.Cmd {
	if w == nil || w.done == nil { // a zero Watcher watches nothing
		return nil
	}
	select {
	case <-w.done:
		return nil
	default:
	}
	close(w.done)
	fs := w.fs
	if fs == nil {
		return nil
	}
	return func() tea.Msg {
		_ = fs.Close()
		return nil
	}
}

// File is the notebook file w watches.
func (w *Watcher) File() *disk.File { return w.file }
