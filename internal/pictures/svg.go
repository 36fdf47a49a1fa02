package main

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The picture's geometry, in pixels: a cell of a monospace font at 14 px,
// and the margin around the text.
const (
	cellWidth  = 8.4
	lineHeight = 18
	fontSize   = 14
	margin     = 12
)

// renderSVG draws a text view as an SVG picture: light text on a dark
// terminal-like background, one <text> a line. Each run of text starts at
// its own column, so a double-width character (陈) cannot shift the
// columns after it whatever the font. It is text, so it can be searched,
// copied and read by a screen reader; title is its accessible name.
func renderSVG(title, view string) []byte {
	lines := strings.Split(strings.TrimRight(view, "\n"), "\n")
	w := float64(width)*cellWidth + 2*margin
	h := len(lines)*lineHeight + 2*margin
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.1f" height="%d" viewBox="0 0 %.1f %d" role="img" aria-label="%s">`+"\n", w, h, w, h, escape(title))
	fmt.Fprintf(&b, "<title>%s</title>\n", escape(title))
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" rx="6" fill="#1d1f21"/>`+"\n")
	fmt.Fprintf(&b, `<g font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="%d" fill="#e6e6e6" xml:space="preserve">`+"\n", fontSize)
	for i, line := range lines {
		runs := columnRuns(strings.TrimRight(line, " "))
		if len(runs) == 0 {
			continue
		}
		y := margin + (i+1)*lineHeight - 5
		fmt.Fprintf(&b, `<text y="%d">`, y)
		for _, r := range runs {
			fmt.Fprintf(&b, `<tspan x="%.1f">%s</tspan>`, margin+float64(r.col)*cellWidth, escape(r.text))
		}
		b.WriteString("</text>\n")
	}
	b.WriteString("</g>\n</svg>\n")
	return []byte(b.String())
}

// run is text that starts at screen column col.
type run struct {
	col  int
	text string
}

// columnRuns cuts a line where a character is wider than one column, and
// after it, so that each run is placed at its column. The line's leading
// spaces become the first run's column.
func columnRuns(line string) []run {
	var runs []run
	col, start := 0, 0
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			runs = append(runs, run{start, cur.String()})
			cur.Reset()
		}
	}
	for _, r := range line {
		rw := ansi.StringWidth(string(r))
		switch {
		case r == ' ' && len(runs) == 0 && cur.Len() == 0:
			col++
			continue
		case rw > 1:
			flush()
			runs = append(runs, run{col, string(r)})
			col += rw
			continue
		}
		if cur.Len() == 0 {
			start = col
		}
		cur.WriteRune(r)
		col += rw
	}
	flush()
	return runs
}

// escape makes text safe inside an XML element or a quoted attribute.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
