package model

// The frame around every screen (header, status line, help) is drawn on
// every View, that is on every key, and changes far more rarely: typing
// an answer changes none of it. Each part is kept with the inputs it was
// drawn from and drawn again only when one of them differs, so nothing
// has to remember to invalidate it.

import (
	"strings"

	"github.com/vetted-tui/vetted/model/statusline"
)

// frameCache keeps the last drawn header and status line (the help keeps
// its own: help.Pager). Copies of the Model share it; an entry is only
// ever read for equal inputs.
type frameCache struct {
	header frameEntry[headerKey]
	status frameEntry[statusKey]
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

// header is headerView, kept while its inputs stay the same.
func (m *Model) header() string {
	k := headerKey{width: m.width, demo: m.demo, own: m.own != nil}
	if m.file != nil {
		k.path, k.encrypted = m.file.Path(), m.common.Encrypted
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
