package checkin

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// page is a therapist's check-ins drawn to a width: built when the
// notebook or the width changes, never per key.
type page struct {
	// head is the title and the comfort trend, always shown.
	head []string
	// lines are the check-ins, newest first, styled; plain the same lines
	// unstyled (the selected heading is drawn again from it).
	lines, plain []string
	// blocks are the check-ins' places in lines, newest first.
	blocks []block
}

// block is one check-in's lines, from (its heading) to to (exclusive),
// and its index in the therapist's stored list (oldest first).
type block struct {
	index, from, to int
}

// buildPage draws t's check-ins to width; t nil draws an empty page.
func buildPage(c *screen.Common, t *store.Therapist, width int) page {
	var p page
	if t == nil || width <= 0 {
		return p
	}
	s := c.Styles
	name := safetext.Line(t.Name)
	p.head = []string{s.Title.Render(cell.Cut(listTitle+name, width)), s.Muted.Render(cell.Cut(trendText(t), width))}
	add := func(text string, indent int, style func(...string) string) {
		for _, l := range cell.Lines(text, width-indent) {
			l = strings.Repeat(" ", indent) + l
			p.plain = append(p.plain, l)
			p.lines = append(p.lines, style(l))
		}
	}
	if len(t.CheckIns) == 0 {
		add(noCheckIns, 0, s.Muted.Render)
		return p
	}
	for i := len(t.CheckIns) - 1; i >= 0; i-- {
		if len(p.blocks) > 0 {
			add("", 0, s.PaneText.Render)
		}
		ci := t.CheckIns[i]
		from := len(p.lines)
		add(Name(ci), 2, s.Subtitle.Render)
		worries := assess.CheckInWorryText(ci)
		if worries != "" {
			add(worriesPrefix+worries, 4, s.Warn.Render)
		}
		for _, l := range answerTexts(ci) {
			add(l, 4, s.PaneText.Render)
		}
		if worries != "" && i == len(t.CheckIns)-1 {
			add("", 0, s.PaneText.Render)
			add(checklist.CheckInAdviceQuote(), 4, s.PaneText.Render)
			for j, l := range nextTexts(c.Notebook(), t.ID) {
				add(l, 4+2*min(j, 1), s.PaneText.Render) // what they said, under their name
			}
		}
		p.blocks = append(p.blocks, block{index: i, from: from, to: len(p.lines)})
	}
	return p
}

// trendText is "comfort 4 → 3 → 2", oldest first (assess.ComfortTrendText),
// or the one rating there is.
func trendText(t *store.Therapist) string {
	if text := assess.ComfortTrendText(t); text != "" {
		return trendPrefix + text
	}
	if trend := assess.ComfortTrend(t); len(trend) == 1 {
		return trendPrefix + strconv.Itoa(trend[0])
	}
	return noTrend
}

// answerTexts are a check-in's answers in the order asked, each with its
// note: "Felt heard: ✓ yes — they listened".
func answerTexts(c store.CheckIn) []string {
	var out []string
	for _, q := range checklist.CheckInQuestions() {
		a, ok := c.Answers[q.ID]
		if !ok {
			continue
		}
		value := notAnswered
		if a.Answered() {
			value = checklist.Compact(q, a.Value)
		}
		line := q.Short + ": " + value
		if note := strings.TrimSpace(safetext.Line(a.Note)); note != "" {
			line += noteDash + note
		} else if !a.Answered() {
			continue
		}
		out = append(out, line)
	}
	if len(out) == 0 {
		out = append(out, nothingNoted)
	}
	return out
}

// nextTexts name the therapist who would lead the comparison without the
// one with ID id, with their fit and what was recorded on their call to
// the safety & fit questions; never the therapist id themselves.
func nextTexts(nb *store.Notebook, id string) []string {
	next, ok := assess.RunnerUp(nb, id)
	i, found := nb.Find(next)
	if !ok || !found || next == id {
		return []string{noNext}
	}
	t := &nb.Therapists[i]
	out := []string{fmt.Sprintf("%s%s%s%d", nextPrefix, t.DisplayName(i), fitPrefix, assess.FitScore(nb, t).Value)}
	cat, _ := checklist.CategoryByID(checklist.Safety)
	var said []string
	for _, q := range nb.Catalogue().InCategory(checklist.Safety) {
		if a := t.Answers[q.ID]; a.Answered() {
			// A question of the person's own can sit in this category,
			// its label as a hand-edited file left it: cleaned like all.
			said = append(said, safetext.Line(q.Short+": "+checklist.Compact(q, a.Value)))
		}
	}
	recorded := nothingCall
	if len(said) > 0 {
		recorded = strings.Join(said, "; ")
	}
	return append(out, cat.Title+onTheirCall+recorded)
}
