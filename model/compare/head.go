package compare

import (
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
)

// A hand-edited or damaged file can hold a text of many megabytes; the
// comparison cleans and draws only its start, so opening it costs the same
// whatever the file holds. The file keeps the text whole.

// cellMax bounds the text of a table cell or column name: far wider than
// any column.
const cellMax = 1000

// paneMax bounds a text in the detail pane: a whole answer or note of the
// longest size vetted accepts.
const paneMax = checklist.MaxTextRunes

// head returns the first n characters of s, with " …" when s goes on
// (cell.Head).
func head(s string, n int) string { return cell.Head(s, n) }
