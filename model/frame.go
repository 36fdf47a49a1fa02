package model

// The frame around every screen (header, status line, help) is drawn on
// every View, that is on every key, and changes far more rarely: typing
// an answer changes none of it. Each part is kept with the inputs it was
// drawn from and drawn again only when one of them differs, so nothing
// has to remember to invalidate it.

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"github.com/vetted-tui/vetted/model/statusline"
)

// frameCache keeps the last drawn header, status line and help. Copies of
// the Model share it; an entry is only ever read for equal inputs.
type frameCache struct {
	header     frameEntry[headerKey]
	status     frameEntry[statusKey]
	help       frameEntry[helpKey]
	helpSigBuf []byte
}

// frameEntry is one drawn part and what it was drawn from.
type frameEntry[K comparable] struct {
	ok    bool
	key   K
	drawn string
}

// get returns the part drawn for k, drawing it only when k differs from
// the inputs of the part kept.
func (e *frameEntry[K]) get(k K, draw func() string) string {
	if !e.ok || e.key != k {
		e.ok, e.key, e.drawn = true, k, draw()
	}
	return e.drawn
}

// headerKey is what headerView shows.
type headerKey struct {
	width     int
	demo      bool
	own       bool // the demo was opened from the person's own notebook
	path      string
	encrypted bool
}

// statusKey is what statusView shows.
type statusKey struct {
	width    int
	quitting bool
	status   statusline.Line
	// news is the comparison's own news, shown when the root has none.
	news statusline.Line
}

// helpKey is what helpView shows: the active screen's keys as their help
// texts (sig), and how they are laid out.
type helpKey struct {
	showAll bool
	width   int
	// page and rows say which page of the full help, of how many rows.
	page, rows int
	sig        string
}

// header is headerView, kept while its inputs stay the same.
func (m *Model) header() string {
	k := headerKey{width: m.width, demo: m.demo, own: m.own != nil}
	if m.file != nil {
		k.path, k.encrypted = m.file.Path(), m.file.Encrypted()
	}
	return m.frame.header.get(k, m.headerView)
}

// statusLine is statusView, kept while its inputs stay the same.
func (m *Model) statusLine() string {
	k := statusKey{width: m.width, quitting: m.saves.Quitting(), status: m.status}
	if r := m.news(); r != nil {
		k.news = r.News()
	}
	return m.frame.status.get(k, m.statusView)
}

// helpLine is helpView, kept while the keys it lists, their help texts
// and the room for them stay the same.
func (m *Model) helpLine() string {
	// The changed-on-disk prompt takes the help's place, rarely and
	// briefly: it is drawn afresh.
	if m.conflict.Open {
		return m.helpView()
	}
	short, full := m.helpBindings(m.help.ShowAll)
	buf := m.frame.helpSigBuf[:0]
	if m.help.ShowAll {
		for _, group := range full {
			buf = appendBindingSig(buf, group...)
			buf = append(buf, '\n')
		}
	} else {
		buf = appendBindingSig(buf, short...)
	}
	m.frame.helpSigBuf = buf
	k := helpKey{showAll: m.help.ShowAll, width: m.help.Width}
	if m.help.ShowAll {
		k.page, k.rows = m.helpPage, m.helpRows()
	}
	if e := &m.frame.help; e.ok && e.key.showAll == k.showAll && e.key.width == k.width &&
		e.key.page == k.page && e.key.rows == k.rows && e.key.sig == string(buf) {
		// Compared without building a string: the common case.
		return e.drawn
	}
	k.sig = string(buf)
	return m.frame.help.get(k, m.helpView)
}

// appendBindingSig appends what help draws of each binding: nothing for
// a disabled one, else its key and description.
func appendBindingSig(buf []byte, bindings ...key.Binding) []byte {
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		buf = append(buf, h.Key...)
		buf = append(buf, 0)
		buf = append(buf, h.Desc...)
		buf = append(buf, 0)
	}
	return buf
}

// writePadded writes the lines of part to b, each after pad, and a line
// break before each but the very first line of b. With lines >= 0 it
// writes exactly that many lines: the first ones of part, then empty ones.
func writePadded(b *strings.Builder, part, pad string, lines int) {
	written := 0
	for rest, more := part, true; more && (lines < 0 || written < lines); written++ {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
		writeLine(b, pad, line)
	}
	for ; written < lines; written++ {
		writeLine(b, pad, "")
	}
}

func writeLine(b *strings.Builder, pad, line string) {
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	b.WriteString(pad)
	b.WriteString(line)
}
