package model

// The root's side of the watch (model/ondisk): it holds the watch, re-arms
// it after each message, and offers a reload when it saw a change.

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/conflict"
	"github.com/vetted-tui/vetted/model/ondisk"
	"github.com/vetted-tui/vetted/store/disk"
)

// handleWatch takes the watch's messages; ok is false for any other.
func (m *Model) handleWatch(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case ondisk.WatchStartedMsg:
		if !m.watching(msg.Watcher.File()) {
			// The app moved to another file (a copy) meanwhile.
			return msg.Watcher.Stop(), true
		}
		stop := m.watch.Stop()
		m.watch = msg.Watcher
		return tea.Batch(stop, m.watch.Next()), true
	case ondisk.ChangedMsg:
		if msg.Watcher != nil && msg.Watcher != m.watch {
			return nil, true // a watch stopped since
		}
		var cmd tea.Cmd
		if msg.Watcher != nil {
			cmd = msg.Watcher.Next()
		}
		if !m.demo && !m.conflict.Open && !m.diskChanged {
			m.diskChanged = true
			m.setStatus(conflict.ChangedNote(m.top().Typing()), true)
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
	return ondisk.StartWatch(m.file)
}

// offerReload opens the changed-on-disk prompt for a change the watch saw,
// once no answer is being typed: the prompt takes every key, and a reload
// rebuilds the screens, which would drop what is typed. Until then the
// status line says what happened; an answer recorded meanwhile is saved,
// refused (the file changed), and re-applied by a reload like any other.
func (m *Model) offerReload() {
	if !m.diskChanged || m.conflict.Open || m.demo || m.top().Typing() {
		return
	}
	m.diskChanged = false
	m.conflict.Open = true
	m.setStatus(conflict.ChangedNote(false), true)
	m.layout()
}
