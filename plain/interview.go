package plain

// The interview: one question at a time, each with why it matters, its
// source and the forms of answer it takes.

import (
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// interviewHelp lists the interview's commands.
const interviewHelp = `Commands in the interview:
  an answer        save it and go on; a wrong one is explained and not saved
  answer TEXT      save TEXT as the answer, even when it is a command word
  an empty line,
  or next          the next question, without answering
  back             the previous question
  go N             question number N
  skip             mark the question skipped (not asked on purpose)
  note TEXT        save a note on the question; without an answer the
                   question stays not answered
  clear            remove what is saved for the question
  done             back to the list of therapists
  help             this list
  q                stop (everything answered is already saved)`

// interview walks the therapist with id through the catalogue, from the
// first question not answered yet. It returns nil when the person is done
// (done, or past the last question), errQuit to stop.
func (s *session) interview(id string) error {
	qs := s.nb.Catalogue().Questions()
	t := s.therapist(id)
	if t == nil {
		return nil
	}
	if len(qs) == 0 {
		s.say("There are no questions to ask: every built-in question is hidden and there are none of your own. Show some again in the full-screen app (Q on the roster).")
		return nil
	}
	i := checklist.ResumeIndex(qs, t.Answers)
	s.sayf("Interview with %s: %d questions, starting at question %d. Type help for the commands.",
		name(t), len(qs), i+1)
	next, err := s.eachQuestion(qs, i, "question",
		func() bool { t = s.therapist(id); return t != nil },
		func(i int) { s.showQuestion(t, qs, i) },
		func(i int, line string) (int, error) { return s.interviewStep(t, qs, i, line) })
	if err == nil && next == len(qs) {
		s.say("That was the last question; back to the list of therapists.")
	}
	return err
}

// eachQuestion is the question loop the interview and the check-in share.
// From question i on, fresh (nil for none) re-reads what the steps work on
// and reports false when it is gone; show draws a question the first time
// it comes up, and a line that stays on it (a refused answer, a note)
// repeats only its prompt, named by label. step carries out each line and
// returns where to go: len(qs) past the last, -1 to stop. eachQuestion
// returns where it stopped.
func (s *session) eachQuestion(qs []checklist.Question, i int, label string, fresh func() bool,
	show func(i int), step func(i int, line string) (int, error)) (int, error) {
	shown := -1
	for i >= 0 && i < len(qs) {
		if fresh != nil && !fresh() {
			return -1, nil
		}
		if i != shown {
			show(i)
			shown = i
		} else {
			s.sayf("Still %s %d: %s", label, i+1, qs[i].Prompt)
		}
		line, err := s.ask("")
		if err != nil {
			return i, err
		}
		if i, err = step(i, line); err != nil {
			return i, err
		}
	}
	return i, nil
}

// interviewStep carries out one line typed at question i and returns the
// question to go to: len(qs) past the last, -1 for done.
func (s *session) interviewStep(t *store.Therapist, qs []checklist.Question, i int, line string) (int, error) {
	q := qs[i]
	if next, ok := s.navigate(line, i, interviewHelp); ok {
		return next, nil
	}
	word, rest := splitCommand(line)
	switch {
	case line == "skip":
		return s.skip(t, q, i)
	case line == "clear":
		return i, s.clear(t, q)
	case word == "note":
		s.note(t, q, rest)
		return i, nil
	case word == "go" && isNumber(rest):
		n, _ := strconv.Atoi(rest)
		if n < 1 || n > len(qs) {
			s.sayf("Type go and a number from 1 to %d.", len(qs))
			return i, nil
		}
		return n - 1, nil
	case word == "answer":
		line = rest
	}
	if !s.record(t, q, line) {
		return i, nil
	}
	return i + 1, nil
}

// navigate carries out the lines the interview and the check-in read
// alike at question i: an empty line or next (i+1), back, done (-1) and
// help (which says help). ok is false for any other line.
func (s *session) navigate(line string, i int, help string) (next int, ok bool) {
	switch line {
	case "", "next":
		return i + 1, true
	case "back":
		if i == 0 {
			s.say("This is the first question.")
		}
		return max(0, i-1), true
	case "done":
		return -1, true
	case "help", "?":
		s.say(help)
		return i, true
	}
	return 0, false
}

// showQuestion says question i: where it stands, the question, why it
// matters with its source, the answers it takes and what is saved.
func (s *session) showQuestion(t *store.Therapist, qs []checklist.Question, i int) {
	q := qs[i]
	cat, _ := s.nb.Catalogue().CategoryByID(q.Category)
	pos, inCat := 0, 0
	for k, other := range qs {
		if other.Category == q.Category {
			inCat++
			if k <= i {
				pos++
			}
		}
	}
	s.say("")
	s.sayf("Question %d of %d (%s, %d of %d):", i+1, len(qs), cat.Title, pos, inCat)
	s.say(q.Prompt)
	s.say(checklist.WhyText(q))
	s.say("Source: " + checklist.SourceText(q))
	s.say("Answer with " + answerForms(q))
	for k, c := range q.Choices {
		s.sayf("  %d. %s", k+1, c.Label)
	}
	s.sayAnswer(q, t.Answers[q.ID])
}

// sayAnswer says what is saved for q: the answer, skipped or not yet, and
// the note.
func (s *session) sayAnswer(q checklist.Question, a checklist.Answer) {
	switch a.State() {
	case checklist.StateAnswered:
		s.say("Saved answer: " + checklist.Display(q, a.Value) + ".")
	case checklist.StateSkipped:
		s.say("Skipped.")
	case checklist.StateNoted:
		s.say("Not answered yet; a note is saved.")
	default:
		s.say("Not answered yet.")
	}
	if note := strings.TrimSpace(a.Note); note != "" {
		s.say("Note: " + note)
	}
}

// answerForms says in words what answers question q takes.
func answerForms(q checklist.Question) string {
	switch q.Kind {
	case checklist.KindYesNo:
		return "yes, no or unsure (y, n or u)."
	case checklist.KindChoice:
		return "one option, by number or name:"
	case checklist.KindMulti:
		return "one or more options, by number or name, separated by commas:"
	case checklist.KindMoney:
		return "an amount in dollars, like $185 or 1,200.50."
	case checklist.KindMinutes:
		return checklist.AnswerShape(q) + ", like 50, 50 min or 1h 30m."
	case checklist.KindDate:
		return "a date, like 2026-12-03 or 12/03/2026."
	case checklist.KindDuration:
		return "a length, like 12 sessions, 10-12 sessions, 8 to 10 weeks or about 4 months."
	case checklist.KindText:
		return "free text, on one line."
	}
	return checklist.AnswerShape(q) + "."
}

// record parses raw as the answer to q and saves it, keeping the note
// already saved. A value Parse refuses is explained and not saved.
func (s *session) record(t *store.Therapist, q checklist.Question, raw string) bool {
	v, err := checklist.Parse(q, raw)
	if err != nil {
		s.say("Not saved: " + err.Error())
		return false
	}
	now := s.now()
	t.SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: v, Note: t.Answers[q.ID].Note, At: now})
	t.Updated = now
	s.commit()
	said := "Saved " + q.Short + ": " + checklist.Display(q, v) + "."
	for _, f := range assess.Flags(t) {
		if f.QuestionID == q.ID && f.Level != assess.Green {
			// The flag first, as in the app; then the seed's words.
			s.sayf("%s flag: %s. %s", capital(f.Level.String()), f.Title, said)
			s.say(f.Fact + " (Source: " + checklist.SourceLabel(f.Source) + ".)")
			return true
		}
	}
	s.say(said)
	return true
}

// skip marks q skipped, asking first when it would replace an answer.
func (s *session) skip(t *store.Therapist, q checklist.Question, i int) (int, error) {
	old := t.Answers[q.ID]
	if old.Answered() {
		ok, err := s.confirm("Replace the saved answer with skipped?")
		if err != nil || !ok {
			if err == nil {
				s.say("Kept the saved answer.")
			}
			return i, err
		}
	}
	now := s.now()
	t.SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusSkipped, Note: old.Note, At: now})
	t.Updated = now
	s.commit()
	s.say("Skipped " + q.Short + ".")
	return i + 1, nil
}

// note saves text as q's note: beside the answer, or alone ("it
// depends"), when the question stays not answered.
func (s *session) note(t *store.Therapist, q checklist.Question, text string) {
	a, ok := s.withNote(t.Answers[q.ID], text)
	if !ok {
		return
	}
	a.At = s.now()
	t.SetAnswer(q.ID, a)
	t.Updated = a.At
	s.commit()
	if a.Answered() {
		s.say("Saved the note on " + q.Short + ".")
		return
	}
	s.say("Saved a note on " + q.Short + "; it stays not answered. Type an answer, or next.")
}

// withNote returns a with the note typed after the word note, cleaned. As
// in the app, a note without an answer is kept and the question (skipped
// or not) reads as not answered. An empty or too long note is explained,
// and ok is false.
func (s *session) withNote(a checklist.Answer, text string) (checklist.Answer, bool) {
	text = strings.TrimSpace(safetext.Clean(text))
	switch {
	case text == "":
		s.say("Type the note after the word note, on the same line.")
		return a, false
	case tooLong(text, checklist.MaxTextRunes):
		s.sayf("A note holds up to %s characters; that one is longer, so it was not saved.", checklist.Thousands(checklist.MaxTextRunes))
		return a, false
	}
	a.Note = text
	if !a.Answered() {
		a.Status, a.Value = checklist.StatusNoted, ""
	}
	return a, true
}

// clear removes what is saved for q, asking first.
func (s *session) clear(t *store.Therapist, q checklist.Question) error {
	if _, ok := t.Answers[q.ID]; !ok {
		s.say("Nothing is saved for this question, so there is nothing to clear.")
		return nil
	}
	ok, err := s.confirm("Clear what is saved here (answer and note), back to not asked yet?")
	if err != nil || !ok {
		if err == nil {
			s.say("Kept what is saved.")
		}
		return err
	}
	t.ClearAnswer(q.ID)
	t.Updated = s.now()
	s.commit()
	s.say("Cleared " + q.Short + ": not asked yet.")
	return nil
}

// isNumber reports whether s is a short run of digits.
func isNumber(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// capital upper-cases an ASCII first letter.
func capital(s string) string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
