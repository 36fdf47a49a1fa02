// Package statusline is the app's one status line: the news of the last
// action (an export written, a column hidden, a save that failed), drawn
// above the help. The root keeps one for its own news and the comparison
// screen one for its view changes; the root draws either in the same place
// (the root's news first), so there is one line on screen, one wording of
// an export's result and one way an error looks.
package statusline

import (
	"strings"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/safetext"
)

// Line is one piece of news, or none. The zero Line is empty.
type Line struct {
	text  string
	isErr bool
}

// New returns the news text, an error when isErr. Everything shown passes
// the sanitiser here, errors included: an error can quote a path, and a
// folder name can hold escape sequences that set the title or write the
// clipboard.
func New(text string, isErr bool) Line {
	return Line{text: safetext.Line(text), isErr: isErr}
}

// Exported is the news of an export's result: where the file went, or why
// it was not written, and the warning of a file written in clear from an
// encrypted notebook (disk.PlaintextWarning), if any.
func Exported(path string, err error, warning string) Line {
	if err != nil {
		return New("Export failed: "+err.Error(), true)
	}
	if warning != "" {
		// The path first: the person was told before the export (the
		// comparison asks once), and where the file went is the news.
		return New("Exported to "+path+". "+warning, false)
	}
	return New("Exported to "+path, false)
}

// Text is the sanitised news, "" when there is none.
func (l Line) Text() string { return l.text }

// Err reports whether the news is an error.
func (l Line) Err() bool { return l.isErr }

// Empty reports whether there is no news.
func (l Line) Empty() bool { return l.text == "" }

// View draws the news in width columns: an error with its ✗ marker,
// wrapped rather than cut (its cause and what to do next both matter) to
// at most maxLines lines, the last ending in "…" when more was cut; other
// news on one line, cut. No news is one blank line, so that the layout
// does not jump.
func (l Line) View(st *theme.Styles, width, maxLines int) string {
	switch {
	case l.text == "":
		return " "
	case l.isErr:
		return st.Error.Render(strings.Join(cell.WrapMost("✗ "+l.text, width, maxLines), "\n"))
	}
	return st.Status.Render(cell.Cut(l.text, width))
}
