package plain

// The check-in after sessions: the moment first, then each of
// checklist.CheckInQuestions with its hint, as the interview asks; and the
// list of a therapist's check-ins with the comfort trend.

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// checkInHelp lists the check-in's commands.
const checkInHelp = `Commands in a check-in:
  an answer        save it and go on; a wrong one is explained and not saved
  answer TEXT      save TEXT as the answer, even when it is a command word
  an empty line,
  or next          the next question, without answering
  back             the previous question
  skip             mark the question skipped
  note TEXT        save a note on the question; without an answer the
                   question stays not answered
  done             end the check-in; what is answered is kept
  help             this list
  q                stop (everything answered is already saved)`

// checkIn records a new check-in with the therapist with id: it asks the
// moment, then each check-in question. The check-in is added to the
// notebook with the first thing recorded, and saved after each answer,
// so one left before any answer leaves nothing behind.
func (s *session) checkIn(id string) error {
	t := s.therapist(id)
	if t == nil {
		return nil
	}
	after, ok, err := s.askMoment(t)
	if err != nil || !ok {
		return err
	}
	qs := checklist.CheckInQuestions()
	s.sayf("Check-in with %s, %s: %d questions. Type help for the commands.", name(t), checklist.CheckInWhen(after), len(qs))
	c := &checkInDraft{s: s, id: id, after: after, index: -1}
	if _, err := s.eachQuestion(qs, 0, "check-in question", nil,
		func(i int) { s.showCheckInQuestion(c, qs, i) },
		func(i int, line string) (int, error) { return c.step(qs, i, line), nil }); err != nil {
		return err
	}
	c.summary()
	return nil
}

// askMoment asks when the check-in is made, by number or in words. ok is
// false when the person typed done: no check-in is made.
func (s *session) askMoment(t *store.Therapist) (after string, ok bool, err error) {
	s.sayf("A check-in with %s. When is it?", name(t))
	for i, m := range checklist.CheckInMoments {
		s.sayf("  %d. %s", i+1, checklist.CheckInWhen(m))
	}
	for {
		line, err := s.ask("Type 1, 2 or 3, or done to go back.")
		if err != nil {
			return "", false, err
		}
		if line == "done" {
			return "", false, nil
		}
		if i, ok := itemNumber(line, len(checklist.CheckInMoments)); ok {
			return checklist.CheckInMoments[i], true, nil
		}
		for _, m := range checklist.CheckInMoments {
			if strings.EqualFold(line, checklist.CheckInWhen(m)) {
				return m, true, nil
			}
		}
		s.say("That is not one of the three.")
	}
}

// checkInDraft is a check-in being recorded: where it sits in the
// therapist's list once it is there (index, -1 before), and its moment.
type checkInDraft struct {
	s     *session
	id    string
	after string
	index int
}

// current returns the therapist and the check-in as recorded so far.
func (c *checkInDraft) current() (*store.Therapist, store.CheckIn) {
	t := c.s.therapist(c.id)
	if t == nil || c.index < 0 || c.index >= len(t.CheckIns) {
		return t, store.CheckIn{After: c.after}
	}
	return t, t.CheckIns[c.index]
}

// set records answer a to question id and saves. The check-in is added
// with the first answer; later ones replace it in a copy of the list, its
// answers in a copy of the map, as store.CheckIn asks.
func (c *checkInDraft) set(id string, a checklist.Answer) {
	t, ci := c.current()
	if t == nil {
		return
	}
	now := c.s.now()
	a.At = now
	ci.Answers = maps.Clone(ci.Answers)
	if ci.Answers == nil {
		ci.Answers = map[string]checklist.Answer{}
	}
	ci.Answers[id] = a
	if c.index < 0 {
		ci.At = now
		t.AddCheckIn(ci)
		c.index = len(t.CheckIns) - 1
	} else {
		list := slices.Clone(t.CheckIns)
		list[c.index] = ci
		t.CheckIns = list
	}
	t.Updated = now
	c.s.commit()
}

// step carries out one line typed at check-in question i and returns the
// question to go to: len(qs) past the last, -1 for done.
func (c *checkInDraft) step(qs []checklist.Question, i int, line string) int {
	s, q := c.s, qs[i]
	if next, ok := s.navigate(line, i, checkInHelp); ok {
		return next
	}
	_, ci := c.current()
	old := ci.Answers[q.ID]
	word, rest := splitCommand(line)
	switch {
	case line == "skip":
		c.set(q.ID, checklist.Answer{Status: checklist.StatusSkipped, Note: old.Note})
		s.say("Skipped " + q.Short + ".")
		return i + 1
	case word == "note":
		if a, ok := s.withNote(old, rest); ok {
			c.set(q.ID, a)
			s.say("Saved the note on " + q.Short + ".")
		}
		return i
	case word == "answer":
		line = rest
	}
	v, err := checklist.Parse(q, line)
	if err != nil {
		s.say("Not saved: " + err.Error())
		return i
	}
	c.set(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: v, Note: old.Note})
	s.say("Saved " + q.Short + ": " + checklist.Display(q, v) + ".")
	return i + 1
}

// showCheckInQuestion says check-in question i with its hint, its source
// and the answers it takes, and what is saved for it.
func (s *session) showCheckInQuestion(c *checkInDraft, qs []checklist.Question, i int) {
	q := qs[i]
	s.say("")
	s.sayf("Check-in question %d of %d:", i+1, len(qs))
	s.say(q.Prompt)
	s.say(checklist.WhyText(q))
	s.say("Source: " + checklist.SourceText(q))
	s.say("Answer with " + answerForms(q))
	if q.NotePrompt != "" {
		s.say("For a note, type note and then: " + q.NotePrompt)
	}
	_, ci := c.current()
	s.sayAnswer(q, ci.Answers[q.ID])
}

// summary ends a check-in: what was saved, and for one that worries the
// worrying answers, 002's advice and who would lead the comparison
// without this therapist.
func (c *checkInDraft) summary() {
	s := c.s
	t, ci := c.current()
	if t == nil || c.index < 0 {
		s.say("Nothing was answered, so no check-in was saved.")
		return
	}
	s.sayf("Check-in %d with %s saved: %s.", c.index+1, name(t), checkInWhen(ci))
	if trend := assess.ComfortTrendText(t); trend != "" {
		s.say("Comfort over time: " + trend + ".")
	}
	s.sayWorry(t, ci)
}

// sayWorry says, for a check-in that worries, which answers do, 002's
// advice and the runner-up of the comparison with their fit score.
func (s *session) sayWorry(t *store.Therapist, ci store.CheckIn) {
	worry := assess.CheckInWorryText(ci)
	if worry == "" {
		return
	}
	s.say("Worrying answers: " + worry + ".")
	s.say(checklist.CheckInAdviceQuote())
	if id, ok := assess.RunnerUp(s.nb, t.ID); ok {
		if i, found := s.nb.Find(id); found {
			other := &s.nb.Therapists[i]
			s.sayf("Next in your comparison: %s (fit %d).", name(other), assess.FitScore(s.nb, other).Value)
		}
	}
}

// checkInWhen is a check-in's day and moment: "12 Jan 2027, after the
// first session".
func checkInWhen(c store.CheckIn) string {
	when := checklist.CheckInWhen(c.After)
	if day := checklist.DateText(assess.CheckInDay(c)); day != "" {
		when = day + ", " + when
	}
	return when
}

// listCheckIns says the check-ins of the therapist with id, oldest first,
// each answer with its note, the comfort trend, and for the last one
// that worries what sayWorry says.
func (s *session) listCheckIns(id string) {
	t := s.therapist(id)
	if t == nil {
		return
	}
	if len(t.CheckIns) == 0 {
		s.sayf("No check-ins with %s yet. Type checkin %s to record one.", name(t), strconv.Itoa(s.indexOf(id)+1))
		return
	}
	s.sayf("Check-ins with %s: %d, oldest first.", name(t), len(t.CheckIns))
	for k, c := range t.CheckIns {
		s.sayf("  %d. %s.", k+1, checkInWhen(c))
		for _, q := range checklist.CheckInQuestions() {
			a, ok := c.Answers[q.ID]
			if !ok {
				continue
			}
			v := "not answered"
			switch a.State() {
			case checklist.StateAnswered:
				v = checklist.Display(q, a.Value)
			case checklist.StateSkipped:
				v = string(checklist.StatusSkipped)
			}
			if note := strings.TrimSpace(safetext.Line(a.Note)); note != "" {
				v += "; note: " + note
			}
			s.sayf("     %s: %s.", q.Short, v)
		}
	}
	if trend := assess.ComfortTrendText(t); trend != "" {
		s.say("Comfort over time: " + trend + ".")
	}
	s.sayWorry(t, t.CheckIns[len(t.CheckIns)-1])
}

// indexOf is the position of the therapist with id in the list, or -1.
func (s *session) indexOf(id string) int {
	i, ok := s.nb.Find(id)
	if !ok {
		return -1
	}
	return i
}
