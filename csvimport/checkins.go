package csvimport

import (
	"fmt"
	"github.com/vetted-tui/vetted/assess"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/store"
)

// This file reads back the check-in rows the exports write
// ("Check-in 2: when", "Check-in 2: Comfort", …; export.CheckInLabel).
// The rows of one check-in are gathered for each therapist column while
// the sheet is read, and the check-ins are added once it is all read.

// maxCheckInNumber bounds the number in a check-in row's label: far more
// than anyone records, small enough that a hand-edited label cannot ask
// for a huge list.
const maxCheckInNumber = 9999

// checkInLabel reads a label of the form "Check-in N: part" and returns N
// and the part, normalised; ok is false for any other label.
func checkInLabel(label string) (n int, part string, ok bool) {
	rest, found := strings.CutPrefix(norm(label), "check-in ")
	if !found {
		return 0, "", false
	}
	num, part, found := strings.Cut(rest, ": ")
	if !found {
		return 0, "", false
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || n > maxCheckInNumber || len(num) > 4 {
		return 0, "", false
	}
	return n, strings.TrimSpace(part), true
}

// checkInQuestionByLabel finds the check-in question a row's part names,
// by its Short label, prompt or ID.
func checkInQuestionByLabel(part string) (checklist.Question, bool) {
	for _, q := range checklist.CheckInQuestions() {
		if part == norm(q.Short) || part == norm(q.Prompt) || part == norm(q.ID) {
			return q, true
		}
	}
	return checklist.Question{}, false
}

// checkInMoment reads a moment as the exports write it
// (checklist.CheckInWhen), its stored word, or CheckInMoment's words.
func checkInMoment(text string) (string, bool) {
	n := norm(text)
	for _, m := range checklist.CheckInMoments {
		if n == norm(checklist.CheckInWhen(m)) || n == norm(checklist.CheckInMoment(m)) || (m != "" && n == m) {
			return m, true
		}
	}
	return "", false
}

// checkInsRead are the check-ins read so far: for each therapist column,
// by their number in the sheet.
type checkInsRead map[int]map[int]*store.CheckIn

// at returns check-in n of column col, made on first use.
func (r checkInsRead) at(col, n int) *store.CheckIn {
	if r[col] == nil {
		r[col] = map[int]*store.CheckIn{}
	}
	if r[col][n] == nil {
		r[col][n] = &store.CheckIn{}
	}
	return r[col][n]
}

// checkInRow reads one row of check-in n into the check-ins read: its
// day, its moment or an answer. A cell that is not what its row holds is
// reported and skipped, the rest of the check-in kept.
func (im *importer) checkInRow(it item, n int, part string) {
	q, isQuestion := checkInQuestionByLabel(part)
	if !isQuestion && part != export.CheckInWhenLabel && part != export.CheckInMomentLabel {
		im.problem(it.label.at, "not a part of a check-in vetted knows; row skipped")
		return
	}
	for j, c := range it.cells {
		text := strings.TrimSpace(c.text)
		if text == "" || j >= len(im.cols) {
			continue
		}
		if len([]rune(text)) > MaxCellRunes {
			im.problem(c.at, fmt.Sprintf("a cell over %d characters; skipped", MaxCellRunes))
			continue
		}
		ci := im.checkIns.at(j, n)
		switch {
		case part == export.CheckInWhenLabel:
			d, err := checklist.ParseDate(text)
			day, ok := checklist.Date(d)
			if err != nil || !ok {
				im.problem(c.at, "not a date; the check-in is kept without its day")
				continue
			}
			ci.At = day // a sheet holds no hour: midnight UTC of the day
		case part == export.CheckInMomentLabel:
			m, ok := checkInMoment(text)
			if !ok {
				im.problem(c.at, "not a moment vetted knows (after the first session, after the third session, another time); read as another time")
			}
			ci.After = m
		default:
			a, problem := answerOf(q, text)
			if problem != "" {
				im.problem(c.at, problem)
			}
			a.At = im.now
			if ci.Answers == nil {
				ci.Answers = map[string]checklist.Answer{}
			}
			ci.Answers[q.ID] = a
		}
	}
	// Cells past the last therapist column are reported once, as
	// eachCell reports them.
	for j := len(im.cols); j < len(it.cells); j++ {
		if strings.TrimSpace(it.cells[j].text) != "" {
			im.problem(it.cells[j].at, "a cell past the last therapist column; skipped")
		}
	}
}

// addCheckIns gives each therapist the check-ins read for their column,
// in the order of their numbers: the k-th of them against the therapist's
// k-th check-in. One the therapist has already is the same when its day,
// moment and answers are; one that differs is kept unless Force; one
// beyond the therapist's list is added.
func (im *importer) addCheckIns() {
	for _, col := range slices.Sorted(maps.Keys(im.checkIns)) {
		t := &im.nb.Therapists[im.cols[col]]
		read := im.checkIns[col]
		for k, n := range slices.Sorted(maps.Keys(read)) {
			c := *read[n]
			switch {
			case k >= len(t.CheckIns):
				t.AddCheckIn(c)
			case sameCheckIn(t.CheckIns[k], c):
				im.rep.Same++
				continue
			case !im.opts.Force:
				im.rep.Kept++
				continue
			default:
				list := slices.Clone(t.CheckIns)
				list[k] = c
				t.CheckIns = list
			}
			t.Updated = im.now
			im.rep.Written++
			im.rep.CheckIns++
		}
	}
}

// sameCheckIn reports whether a and b say the same in a sheet: the same
// day, moment and answers (their times aside).
func sameCheckIn(a, b store.CheckIn) bool {
	if assess.CheckInDay(a) != assess.CheckInDay(b) || a.After != b.After || len(a.Answers) != len(b.Answers) {
		return false
	}
	for id, x := range a.Answers {
		y, ok := b.Answers[id]
		if !ok || x.Status != y.Status || x.Value != y.Value || x.Note != y.Note {
			return false
		}
	}
	return true
}
