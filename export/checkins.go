package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/mdtext"
	"github.com/vetted-tui/vetted/store"
)

// This file writes the person's check-ins after sessions (store.CheckIn):
// a group of rows in the sheets, which vetted import reads back, and a
// part of the Markdown comparison.

// CheckInGroup is the title of the sheets' group of check-in rows.
const CheckInGroup = "Check-ins"

// The row labels of one check-in after its number ("Check-in 2: when"):
// the day, the moment (checklist.CheckInWhen), then one row per
// checklist.CheckInQuestions, by its Short label.
const (
	CheckInWhenLabel   = "when"
	CheckInMomentLabel = "moment"
)

// CheckInLabel is the label of check-in n's row of part ("when",
// "moment" or a question's Short): "Check-in 2: Comfort".
func CheckInLabel(n int, part string) string {
	return "Check-in " + strconv.Itoa(n) + ": " + part
}

// mostCheckIns is the most check-ins any therapist of nb has.
func mostCheckIns(nb *store.Notebook) int {
	n := 0
	for i := range nb.Therapists {
		n = max(n, len(nb.Therapists[i].CheckIns))
	}
	return n
}

// checkInRows are the sheet rows of the check-ins: for each number up to
// the most any therapist has, its day (a date cell), its moment and each
// answer with its note, written as a question's answer is (answerCell).
// A therapist with fewer check-ins has empty cells.
func checkInRows(nb *store.Notebook, each func(string, func(*store.Therapist) sheetCell) sheetRow) []sheetRow {
	var rows []sheetRow
	for k := range mostCheckIns(nb) {
		at := func(f func(store.CheckIn) sheetCell) func(*store.Therapist) sheetCell {
			return func(t *store.Therapist) sheetCell {
				if k >= len(t.CheckIns) {
					return sheetCell{}
				}
				return f(t.CheckIns[k])
			}
		}
		rows = append(rows,
			each(CheckInLabel(k+1, CheckInWhenLabel), at(func(c store.CheckIn) sheetCell { return dateCell(assess.CheckInDay(c)) })),
			each(CheckInLabel(k+1, CheckInMomentLabel), at(func(c store.CheckIn) sheetCell { return textCell(checklist.CheckInWhen(c.After)) })))
		for _, q := range checklist.CheckInQuestions() {
			rows = append(rows, each(CheckInLabel(k+1, q.Short), at(func(c store.CheckIn) sheetCell {
				return answerCell(q, c.Answers[q.ID], "")
			})))
		}
	}
	return rows
}

// mdCheckIns writes the check-ins of each therapist who has any: the
// comfort trend, then each check-in's day and moment, its answers with
// their notes, and for one that worries the answers that do and 002's
// advice. Nothing is written when nobody has a check-in.
func mdCheckIns(b *strings.Builder, nb *store.Notebook, names []string) {
	if mostCheckIns(nb) == 0 {
		return
	}
	b.WriteString("## Check-ins\n\n")
	b.WriteString("What you noted after sessions, oldest first.\n\n")
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		if len(t.CheckIns) == 0 {
			continue
		}
		fmt.Fprintf(b, "### %s\n\n", mdtext.Heading(names[i]))
		if trend := assess.ComfortTrendText(t); trend != "" {
			fmt.Fprintf(b, "Comfort over time: %s.\n\n", trend)
		}
		for k, c := range t.CheckIns {
			when := checklist.CheckInWhen(c.After)
			if day := checklist.DateText(assess.CheckInDay(c)); day != "" {
				when = day + ", " + when
			}
			fmt.Fprintf(b, "%d. %s\n", k+1, mdtext.Line(when))
			for _, q := range checklist.CheckInQuestions() {
				if cell := answerCell(q, c.Answers[q.ID], "").text; cell != "" {
					fmt.Fprintf(b, "   - %s: %s\n", mdtext.Line(q.Short), mdtext.Block(cell))
				}
			}
			if worry := assess.CheckInWorryText(c); worry != "" {
				fmt.Fprintf(b, "   - ! Worrying answers: %s.\n", mdtext.Line(worry))
				fmt.Fprintf(b, "   - %s\n", mdtext.Line(checklist.CheckInAdviceQuote()))
			}
		}
		b.WriteString("\n")
	}
}
