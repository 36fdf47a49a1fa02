// Package export writes a notebook out for reading, printing or keeping
// outside vetted: a Markdown comparison, a CSV sheet for spreadsheets, or the
// notebook's own JSON. Every writer works over an io.Writer and has no
// terminal code, so exports run in pipes and tests alike.
//
// All text that came from the person (names, answers, notes) is untrusted:
// each writer strips terminal escape sequences and control characters with
// safetext, then escapes what its format needs (Markdown table syntax and
// HTML; spreadsheet formulas in CSV).
package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/vetted-tui/vetted/store"
)

// The export formats, as given to Write, ToFile and DefaultName.
const (
	FormatMarkdown = "md"
	FormatCSV      = "csv"
	FormatJSON     = "json"
)

// Formats lists the export formats in the order help text shows them.
var Formats = []string{FormatMarkdown, FormatCSV, FormatJSON}

// ErrFormat is wrapped by the error of Write, ToFile and DefaultName for a
// format that is not one of Formats, so a command can tell a usage mistake
// from a failed write.
var ErrFormat = errors.New("unknown export format")

// formatError says which formats exist. The format is a command-line
// argument, not notebook content, so quoting it back is safe; %q also
// escapes any control characters in it.
func formatError(format string) error {
	return fmt.Errorf("%w %q: use md, csv or json", ErrFormat, format)
}

// Write writes nb to w in the given format: "md", "csv" or "json".
func Write(w io.Writer, nb *store.Notebook, format string) error {
	switch format {
	case FormatMarkdown:
		return Markdown(w, nb)
	case FormatCSV:
		return CSV(w, nb)
	case FormatJSON:
		return JSON(w, nb)
	}
	return formatError(format)
}

// DefaultName returns the file name an export of the given format gets
// when the person names none, such as "vetted-comparison.md". It returns
// "" for an unknown format.
func DefaultName(format string) string {
	switch format {
	case FormatMarkdown, FormatCSV:
		return "vetted-comparison." + format
	case FormatJSON:
		// The JSON export is the whole notebook, not a comparison.
		return "vetted-notebook.json"
	}
	return ""
}

// FormatFor guesses the export format from a file name's extension: ".md"
// or ".markdown", ".csv", ".json". It returns "" when the extension says
// nothing.
func FormatFor(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".csv":
		return FormatCSV
	case ".json":
		return FormatJSON
	}
	return ""
}

// ToFile writes nb to the file at path in the given format, readable by
// the owner alone (mode 0600): an export holds the same intimate notes as
// the notebook. It never replaces an existing file unless force is set;
// without it, an existing file gives an error matching fs.ErrExist and is
// left as it was. With force the export is written to a temp file in the same folder
// and renamed over path (store.WriteFile), so a crash leaves the old file
// or the new one whole, never half an export.
//
// The export is rendered in memory first, so a format error never leaves
// an empty or half-written file behind.
func ToFile(path string, nb *store.Notebook, format string, force bool) error {
	var buf bytes.Buffer
	if err := Write(&buf, nb, format); err != nil {
		return err
	}
	if force {
		return store.WriteFile(path, buf.Bytes())
	}
	return store.CreateFile(path, buf.Bytes())
}
