package brief

import (
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// checkInSection shows the person's check-ins with t, oldest first: the
// comfort trend, each check-in's day and moment with its comfort and the
// answers that worry (checkInField); and when the last one worries, 002's advice and who
// would lead the comparison without t, with their fit score. ok is false
// when t has no check-in: the brief then has no such section.
func checkInSection(nb *store.Notebook, t *store.Therapist, name string) (s Section, ok bool) {
	if len(t.CheckIns) == 0 {
		return Section{}, false
	}
	s = Section{Title: "My check-ins with " + name}
	if trend := assess.ComfortTrendText(t); trend != "" {
		s.Fields = append(s.Fields, Field{"Comfort over time", trend})
	}
	for _, c := range t.CheckIns {
		s.Fields = append(s.Fields, checkInField(c))
	}
	last := t.CheckIns[len(t.CheckIns)-1]
	if assess.CheckInWorryText(last) == "" {
		return s, true
	}
	s.Fields = append(s.Fields, Field{"Advice from a page", checklist.CheckInAdviceQuote()})
	if id, found := assess.RunnerUp(nb, t.ID); found {
		if i, ok := nb.Find(id); ok {
			other := &nb.Therapists[i]
			s.Fields = append(s.Fields, Field{"Next in your comparison",
				fmt.Sprintf("%s (fit %d)", other.DisplayName(i), assess.FitScore(nb, other).Value)})
		}
	}
	return s, true
}

// checkInField is one check-in as a field: its day and moment, then its
// comfort and the answers that worry ("2 May 2025, another time: comfort
// 2 out of 5; worrying: Comfort, Goals agreed").
func checkInField(c store.CheckIn) Field {
	label := checklist.CheckInWhen(c.After)
	if day := checklist.DateText(assess.CheckInDay(c)); day != "" {
		label = day + ", " + label
	}
	var parts []string
	if a := c.Answers[checklist.CheckComfort]; a.Answered() {
		q, _ := checklist.CheckInQuestion(checklist.CheckComfort)
		parts = append(parts, "comfort "+checklist.Display(q, a.Value))
	}
	if worry := assess.CheckInWorryText(c); worry != "" {
		parts = append(parts, "worrying: "+worry)
	}
	if len(parts) == 0 {
		return Field{label, "no comfort rating, nothing worrying"}
	}
	return Field{label, strings.Join(parts, "; ")}
}
