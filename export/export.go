// Package export writes a notebook out for reading, printing or keeping
// outside vetted: a Markdown comparison, a CSV or xlsx sheet for
// spreadsheets, or the notebook's own JSON. Every writer works over an io.Writer and has no
// terminal code, so exports run in pipes and tests alike.
//
// All text that came from the person (names, answers, notes) is untrusted:
// each writer strips terminal escape sequences and control characters with
// safetext, then escapes what its format needs (Markdown table syntax and
// HTML; spreadsheet formulas in CSV; the xlsx writes text as strings,
// fees, costs and dates as numbers, and never a formula).
package export

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/vetted-tui/vetted/store"
)

// The export formats, as given to Write and DefaultName.
const (
	FormatMarkdown = "md"
	FormatCSV      = "csv"
	FormatJSON     = "json"
	FormatXLSX     = "xlsx"
)

// Formats lists the export formats in the order help text shows them.
var Formats = []string{FormatMarkdown, FormatCSV, FormatJSON, FormatXLSX}

// Options are the choices of an export beyond its format.
type Options struct {
	// BOM puts a UTF-8 byte-order mark before a CSV export, for
	// spreadsheet programs that need one to read UTF-8. Other formats
	// ignore it.
	BOM bool
}

// ErrFormat is wrapped by the error of Write and DefaultName for a
// format that is not one of Formats, so a command can tell a usage mistake
// from a failed write.
var ErrFormat = errors.New("unknown export format")

// formatError says which formats exist. The format is a command-line
// argument, not notebook content, so quoting it back is safe; %q also
// escapes any control characters in it.
func formatError(format string) error {
	return fmt.Errorf("%w %q: use md, csv, json or xlsx", ErrFormat, format)
}

// Write writes nb to w in the given format: "md", "csv", "json" or "xlsx".
func Write(w io.Writer, nb *store.Notebook, format string) error {
	return WriteWith(w, nb, format, Options{})
}

// WriteWith is Write with options (a byte-order mark for CSV).
func WriteWith(w io.Writer, nb *store.Notebook, format string, opts Options) error {
	switch format {
	case FormatMarkdown:
		return Markdown(w, nb)
	case FormatCSV:
		if opts.BOM {
			return CSVWithBOM(w, nb)
		}
		return CSV(w, nb)
	case FormatJSON:
		return JSON(w, nb)
	case FormatXLSX:
		return XLSX(w, nb)
	}
	return formatError(format)
}

// DefaultName returns the file name an export of the given format gets
// when the person names none, such as "vetted-comparison.md". It returns
// "" for an unknown format.
func DefaultName(format string) string {
	switch format {
	case FormatMarkdown, FormatCSV, FormatXLSX:
		return "vetted-comparison." + format
	case FormatJSON:
		// The JSON export is the whole notebook, not a comparison.
		return "vetted-notebook.json"
	}
	return ""
}

// FormatFor guesses the export format from a file name's extension: ".md"
// or ".markdown", ".csv", ".json", ".xlsx". It returns "" when the
// extension says nothing.
func FormatFor(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".csv":
		return FormatCSV
	case ".json":
		return FormatJSON
	case ".xlsx":
		return FormatXLSX
	}
	return ""
}
