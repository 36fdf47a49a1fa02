package model

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
// count), and only then sends diskChangedMsg; the root re-arms the wait
// after each. No goroutine of ours touches the model.

import (
	"os"
	"path/filepath"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/fsnotify/fsnotify"

	"github.com/vetted-tui/vetted/store/disk"
)

// pollEvery is how often the file is looked at where it cannot be
// watched: "within about a second".
const pollEvery = time.Second

// diskWatch watches one notebook file. Only the command waiting on it
// touches its fields; the root holds it to re-arm and to close it.
type diskWatch struct {
	file *disk.File
	base string            // the notebook's file name, in events
	fs   *fsnotify.Watcher // nil: polling
	done chan struct{}     // closed by stop
	seen os.FileInfo       // polling: the file as last looked at
}

// watchStartedMsg hands the root a watch just set up (by startWatchCmd).
type watchStartedMsg struct{ watch *diskWatch }

// diskChangedMsg says that the notebook file no longer holds what vetted
// last read or wrote. watch is the watch that saw it, to re-arm (nil in
// tests that feed the message).
type diskChangedMsg struct{ watch *diskWatch }

// startWatchCmd sets up the watch of f's folder (or polling, where the
// system cannot watch it) and hands it to the root.
func startWatchCmd(f *disk.File) tea.Cmd {
	return func() tea.Msg {
		path := filepath.Clean(f.Path())
		w := &diskWatch{file: f, base: filepath.Base(path), done: make(chan struct{})}
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
		return watchStartedMsg{watch: w}
	}
}

// next waits for the next change of the notebook that is not vetted's
// own and reports it; nil once the watch is stopped.
func (w *diskWatch) next() tea.Cmd {
	return func() tea.Msg {
		if w.fs != nil {
			return w.nextEvent()
		}
		return w.nextPoll()
	}
}

// nextEvent waits on the folder's events. A burst of them (a save is a
// temp file, a link and a rename) is drained before the one check.
func (w *diskWatch) nextEvent() tea.Msg {
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
				return diskChangedMsg{watch: w}
			}
		case ev, ok := <-w.fs.Events:
			if !ok {
				return nil
			}
			if filepath.Base(ev.Name) != w.base || !w.drain() {
				continue
			}
			if w.file.ChangedOnDisk() {
				return diskChangedMsg{watch: w}
			}
		}
	}
}

// drain takes the events already queued, so that one check covers a
// burst; false when the watch was stopped meanwhile.
func (w *diskWatch) drain() bool {
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

// nextPoll looks at the file every pollEvery: a stat, and the store's
// check only when size, time or identity changed.
func (w *diskWatch) nextPoll() tea.Msg {
	t := time.NewTicker(pollEvery)
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
			return diskChangedMsg{watch: w}
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

// stop ends the watch: the command waiting on it returns nil.
func (w *diskWatch) stop() {
	if w == nil {
		return
	}
	select {
	case <-w.done:
		return
	default:
	}
	close(w.done)
	if w.fs != nil {
		_ = w.fs.Close()
	}
}

// handleWatch takes the watch's messages; ok is false for any other.
func (m *Model) handleWatch(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case watchStartedMsg:
		if !m.watching(msg.watch.file) {
			// The app moved to another file (a copy) meanwhile.
			msg.watch.stop()
			return nil, true
		}
		m.watch.stop()
		m.watch = msg.watch
		return m.watch.next(), true
	case diskChangedMsg:
		if msg.watch != nil && msg.watch != m.watch {
			return nil, true // a watch stopped since
		}
		var cmd tea.Cmd
		if msg.watch != nil {
			cmd = msg.watch.next()
		}
		if !m.demo && !m.conflict.open && !m.diskChanged {
			m.diskChanged = true
			m.setStatus(diskChangedNote(m.top().Typing()), true)
			m.offerReload()
		}
		return cmd, true
	}
	return nil, false
}

// watching reports whether f is the person's notebook file: the one saved
// to, or the one kept aside while the demo shows.
func (m *Model) watching(f *disk.File) bool {
	return f != nil && (f == m.file || m.own != nil && f == m.own.file)
}

// watchCmd starts watching the notebook file, if there is one to watch.
func (m *Model) watchCmd() tea.Cmd {
	if m.demo || m.file == nil {
		return nil
	}
	return startWatchCmd(m.file)
}

// offerReload opens the changed-on-disk prompt for a change the watch saw,
// once no answer is being typed: the prompt takes every key, and a reload
// rebuilds the screens, which would drop what is typed. Until then the
// status line says what happened; an answer recorded meanwhile is saved,
// refused (the file changed), and re-applied by a reload like any other.
func (m *Model) offerReload() {
	if !m.diskChanged || m.conflict.open || m.demo || m.top().Typing() {
		return
	}
	m.diskChanged = false
	m.conflict.open = true
	m.setStatus(diskChangedNote(false), true)
	m.layout()
}

// diskChangedNote says that the notebook changed on disk, and what to do,
// while an answer is being typed or not.
func diskChangedNote(typing bool) string {
	const changed = "The notebook changed on disk just now (another computer or a sync tool?); vetted has not written over it."
	if typing {
		return changed + " Finish this answer (enter) or leave it (esc); then ctrl+r reloads the file, ctrl+o keeps your version as a copy."
	}
	return changed + " ctrl+r reloads it (your unsaved answers are re-applied); ctrl+o keeps your version as a copy."
}
