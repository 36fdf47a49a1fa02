// Package csvimport reads a spreadsheet, saved as CSV or as an xlsx
// workbook, into a notebook: a sheet laid out like vetted's own exports
// (one column per therapist, one row per question) or its transpose (one
// row per therapist). Known question labels map to the notebook's
// catalogue; the others become questions of the person's own. It has no
// terminal code.
package csvimport

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/safetext"
)

// MaxSheetBytes bounds the file read: a sheet of hundreds of therapists
// is far smaller, and reading a huge file whole could exhaust memory.
const MaxSheetBytes = 16 << 20

// MaxCellRunes is the longest cell read, in characters: the longest text
// answer or note vetted keeps. A longer cell is reported and skipped.
const MaxCellRunes = checklist.MaxTextRunes

// pos is where a cell sits in the file: its line and its column as a
// spreadsheet counts them, both 1-based.
type pos struct{ line, col int }

// cell is one cell's text with its place.
type cell struct {
	text string
	at   pos
}

// item is one question's worth of the sheet, whatever the layout: its
// group (category) title when the sheet has one, its label, one cell per
// therapist column, and the cells under export.QuestionColumns when the
// sheet has them.
type item struct {
	group string
	label cell
	cells []cell
	about []cell
}

// sheet is the file read into items and therapist names.
type sheet struct {
	// transposed is true for one row per therapist.
	transposed bool
	// vettedLayout is true when the sheet starts "Category","Question",
	// as vetted's export does.
	vettedLayout bool
	names        []cell
	items        []item
}

// ErrNotASheet is returned for a file that is neither CSV text nor an xlsx
// workbook vetted can read.
var ErrNotASheet = errors.New("this is not a sheet vetted can read (CSV or xlsx)")

// readSheet parses data, CSV text or an xlsx workbook (told apart by
// their content: see isXLSX), into a sheet. known reports whether a label
// names a question of the notebook, to tell the layouts apart.
func readSheet(data []byte, known func(string) bool) (*sheet, error) {
	if len(data) > MaxSheetBytes {
		return nil, fmt.Errorf("the file is larger than %d MB; this does not look like a sheet of therapists", MaxSheetBytes>>20)
	}
	var rows [][]cell
	var err error
	if isXLSX(data) {
		rows, err = readXLSX(data)
	} else {
		rows, err = readCSV(data)
	}
	if err != nil {
		return nil, err
	}
	return layOut(rows, known)
}

// readCSV reads CSV text (UTF-8, with or without a byte-order mark) into
// rows of cells.
func readCSV(data []byte) ([][]cell, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w: it is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"", ErrNotASheet)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	var rows [][]cell
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%w: line %d: %s", ErrNotASheet, pe.Line, problemOf(pe.Err))
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrNotASheet, err)
		}
		row := make([]cell, len(rec))
		for i, text := range rec {
			// The line the cell starts on, and its column as a
			// spreadsheet counts them (the fourth cell is column 4).
			line, _ := r.FieldPos(i)
			row[i] = cell{text: unguard(text), at: pos{line, i + 1}}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// layOut tells the layouts apart and reads rows as items: vetted's own
// (a header starting "Category", "Question", optionally ending with
// export.QuestionColumns), one column per therapist, or one row per
// therapist.
func layOut(rows [][]cell, known func(string) bool) (*sheet, error) {
	if len(rows) < 2 || len(rows[0]) < 2 {
		return nil, fmt.Errorf("%w: it needs a header row and at least one more, each with two columns or more", ErrNotASheet)
	}
	head := rows[0]
	s := &sheet{}
	if norm(head[0].text) == norm(export.HeadCategory) && norm(head[1].text) == norm(export.HeadQuestion) {
		s.vettedLayout = true
		s.names = head[2:]
		about := aboutColumns(head)
		if about > 0 {
			s.names = head[2:about]
		}
		for _, row := range rows[1:] {
			if len(row) < 2 {
				continue
			}
			it := item{group: row[0].text, label: row[1], cells: row[2:]}
			if about > 0 {
				it.cells = row[2:min(about, len(row))]
				if len(row) > about {
					it.about = row[about:]
				}
			}
			s.items = append(s.items, it)
		}
		return s, nil
	}
	// Which way round: count known labels down the first column and along
	// the header row.
	down, across := 0, 0
	for _, row := range rows[1:] {
		if known(row[0].text) {
			down++
		}
	}
	for _, c := range head[1:] {
		if known(c.text) {
			across++
		}
	}
	if across > down {
		s.transposed = true
		for _, row := range rows[1:] {
			s.names = append(s.names, row[0])
		}
		for j, label := range head[1:] {
			it := item{label: label}
			for _, row := range rows[1:] {
				c := cell{at: pos{row[0].at.line, j + 2}}
				if j+1 < len(row) {
					c = row[j+1]
				}
				it.cells = append(it.cells, c)
			}
			s.items = append(s.items, it)
		}
		return s, nil
	}
	s.names = head[1:]
	for _, row := range rows[1:] {
		s.items = append(s.items, item{label: row[0], cells: row[1:]})
	}
	return s, nil
}

// aboutColumns returns where export.QuestionColumns start in a header
// that ends with exactly them, or 0 when it does not.
func aboutColumns(head []cell) int {
	at := len(head) - len(export.QuestionColumns)
	if at < 2 {
		return 0
	}
	for i, h := range export.QuestionColumns {
		if norm(head[at+i].text) != norm(h) {
			return 0
		}
	}
	return at
}

// problemOf names a CSV syntax problem in words.
func problemOf(err error) string {
	switch {
	case errors.Is(err, csv.ErrBareQuote):
		return "a quote mark inside a cell that is not in quotes"
	case errors.Is(err, csv.ErrQuote):
		return "a quoted cell that does not end"
	}
	return "the CSV cannot be read here"
}

// norm is a label as compared: cleaned, trimmed, lower case, spaces
// folded, a trailing question mark and a spreadsheet's formula guard
// dropped.
func norm(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(safetext.Line(unguard(s))), " "))
	return strings.TrimSpace(strings.TrimSuffix(s, "?"))
}

// unguard removes the quote that vetted's CSV export (and spreadsheets)
// put before a cell that would otherwise read as a formula. readCSV takes
// it off every cell; an xlsx cell has none to take (the quote is a style
// there, not text).
func unguard(s string) string {
	if rest, ok := strings.CutPrefix(s, "'"); ok && export.NeedsFormulaGuard(rest) {
		return rest
	}
	return s
}
