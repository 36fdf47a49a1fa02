// Package help is the help under every screen: one line of the screen's
// main keys, and with ? all of its keys and the global ones, in columns.
// Columns that do not fit the width, or rows that would take the room the
// screen needs, go on further pages: ? shows the next page, and closes the
// help after the last. Nothing is hidden behind "…".
//
// The help is drawn on every View, that is on every key, and changes far
// more rarely: the pager keeps what it drew with what it drew it from,
// and draws again only when one of them differs.
package help

import (
	"fmt"
	"slices"

	bubbles "github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/cell"
)

// Pager is the help with its pages. It is bubbles' help model, whose
// Width, ShowAll (the full help is open) and Styles are the pager's, and
// the page on view. Copies of the root share one Pager (a pointer).
type Pager struct {
	bubbles.Model
	page int
	// drawn is the help as last drawn, from the inputs in drawnFrom.
	drawn     string
	drawnFrom drawnKey
	sigBuf    []byte
}

// drawnKey is what View draws from: the keys as their help texts (sig),
// and how they are laid out.
type drawnKey struct {
	ok      bool
	showAll bool
	width   int
	// page and rows say which page of the full help, of how many rows.
	page, rows int
	sig        string
}

// New returns the pager, closed.
func New() *Pager {
	h := bubbles.New()
	h.ShortSeparator = " · "
	return &Pager{Model: h}
}

// Flip is ?: it opens the full help, shows its next page, or closes it
// after the last page; pages is how many it has now (Pages).
func (p *Pager) Flip(pages int) {
	switch {
	case !p.ShowAll:
		p.ShowAll, p.page = true, 0
	case p.page+1 < pages:
		p.page++
	default:
		p.Close()
	}
}

// Close closes the full help: it listed the keys of a screen that is no
// longer on view.
func (p *Pager) Close() { p.ShowAll, p.page = false, 0 }

// Pages is the full help of groups in pages that fit the width and rows
// rows.
func (p *Pager) Pages(groups [][]key.Binding, rows int) [][][]key.Binding {
	// Measured as drawn without a width: bubbles cuts a view wider than
	// its width with "…", which would always seem to fit.
	unbounded := p.Model
	unbounded.Width = 0
	pages := pack(unbounded.FullHelpView, groups, p.Width, rows)
	if len(pages) > 1 {
		// A line goes to saying which page this is.
		pages = pack(unbounded.FullHelpView, groups, p.Width, max(1, rows-1))
	}
	return pages
}

// pack splits groups into columns of at most rows keys, and the columns
// into pages as wide as draw makes them fit in width.
func pack(draw func([][]key.Binding) string, groups [][]key.Binding, width, rows int) [][][]key.Binding {
	var cols [][]key.Binding
	for _, g := range groups {
		var on []key.Binding
		for _, b := range g {
			if b.Enabled() {
				on = append(on, b)
			}
		}
		for len(on) > rows {
			cols = append(cols, on[:rows])
			on = on[rows:]
		}
		if len(on) > 0 {
			cols = append(cols, on)
		}
	}
	var pages [][][]key.Binding
	var page [][]key.Binding
	for _, c := range cols {
		with := append(slices.Clip(page), c)
		if len(page) > 0 && lipgloss.Width(draw(with)) > width {
			pages = append(pages, page)
			with = [][]key.Binding{c}
		}
		page = with
	}
	if len(page) > 0 {
		pages = append(pages, page)
	}
	return pages
}

// View is the help: the one line of short, or while the full help is
// open the page on view of full, in rows rows. Only the one shown need be
// given. It is drawn again only when the keys, their help texts or the
// room for them changed.
func (p *Pager) View(short []key.Binding, full [][]key.Binding, rows int) string {
	buf := p.sigBuf[:0]
	if p.ShowAll {
		for _, group := range full {
			buf = appendSig(buf, group...)
			buf = append(buf, '\n')
		}
	} else {
		buf = appendSig(buf, short...)
		rows = 0
	}
	p.sigBuf = buf
	k := drawnKey{ok: true, showAll: p.ShowAll, width: p.Width, page: p.page, rows: rows}
	if d := p.drawnFrom; d.ok && d.showAll == k.showAll && d.width == k.width &&
		d.page == k.page && d.rows == k.rows && d.sig == string(buf) {
		// Compared without building a string: the common case.
		return p.drawn
	}
	k.sig = string(buf)
	p.drawn, p.drawnFrom = p.draw(short, full, rows), k
	return p.drawn
}

// draw draws what View shows.
func (p *Pager) draw(short []key.Binding, full [][]key.Binding, rows int) string {
	if !p.ShowAll {
		// bubbles/help can overrun its width by one item when the
		// ellipsis does not fit: clamp every line.
		return cell.CutLines(p.ShortHelpView(short), p.Width)
	}
	pages := p.Pages(full, rows)
	if len(pages) == 0 {
		return ""
	}
	// Drawn without a width: pack made every page fit, and bubbles would
	// otherwise end a page it thinks too wide with "…".
	unbounded := p.Model
	unbounded.Width = 0
	page := min(p.page, len(pages)-1)
	out := unbounded.FullHelpView(pages[page])
	if len(pages) > 1 {
		next := "? next page"
		if page == len(pages)-1 {
			next = "? closes"
		}
		out += "\n" + p.Styles.ShortDesc.Render(fmt.Sprintf("page %d/%d · %s", page+1, len(pages), next))
	}
	return cell.CutLines(out, p.Width)
}

// appendSig appends what help draws of each binding: nothing for a
// disabled one, else its key and description.
func appendSig(buf []byte, bindings ...key.Binding) []byte {
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
