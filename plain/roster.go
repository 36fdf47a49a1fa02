package plain

// The list of therapists: the first thing said, and where every other
// part of the session returns to.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/pick"
)

// rosterHelp lists the commands of the therapist list.
const rosterHelp = `Commands here:
  a number, or part of a name   interview that therapist
  add, or add NAME              add a therapist
  checkin THERAPIST             record a check-in after sessions with a
                                therapist (a number or part of a name)
  checkins THERAPIST            say a therapist's check-ins
  prep                          the preparation list for a first appointment
  list                          say the list of therapists again
  help                          this list
  q                             stop (everything answered is already saved)`

// roster lists the therapists and takes commands until q or the end of
// the input (errQuit) or a read error.
func (s *session) roster() error {
	s.listTherapists()
	for {
		line, err := s.ask("Type a therapist's number to interview them, add, prep, help, or q to stop.")
		if err != nil {
			return err
		}
		word, rest := splitCommand(line)
		switch {
		case line == "":
			continue
		case word == "add":
			err = s.add(rest)
		case word == "checkin" || word == "checkins":
			i, problem := s.pick(rest)
			if rest == "" {
				problem = "Type " + word + " and a therapist's number or part of a name, like " + word + " 1."
			}
			if problem != "" {
				s.say(problem)
				continue
			}
			if word == "checkins" {
				s.listCheckIns(s.nb.Therapists[i].ID)
				continue
			}
			err = s.checkIn(s.nb.Therapists[i].ID)
		case line == "prep":
			err = s.prep()
		case line == "list":
			s.listTherapists()
			continue
		case line == "help" || line == "?":
			s.say(rosterHelp)
			continue
		case word == "done" && rest == "":
			// After the last question the interview ends by itself; a
			// done typed to end it lands here, and is no mistake.
			s.say("The interview is over: this is the list of therapists. Type a number to interview someone, or q to stop.")
			continue
		default:
			i, problem := s.pick(line)
			if problem != "" {
				s.say(problem)
				continue
			}
			err = s.interview(s.nb.Therapists[i].ID)
		}
		if err != nil {
			return err
		}
		s.listTherapists()
	}
}

// listTherapists says every therapist with a number, their outreach step,
// how many questions are answered and their flags.
func (s *session) listTherapists() {
	ts := s.nb.Therapists
	if len(ts) == 0 {
		s.say("No therapists yet. Type add to add the first one you plan to call, or prep for what to prepare before a first appointment.")
		return
	}
	qs := s.nb.Catalogue().Questions()
	s.sayf("Therapists: %d.", len(ts))
	for i := range ts {
		t := &ts[i]
		s.sayf("  %d. %s: %s; %d of %d questions answered%s.",
			i+1, name(t), t.Status.Text(), answered(qs, t), len(qs), flagWords(t))
	}
}

// name is a therapist's name, made safe and never empty.
func name(t *store.Therapist) string {
	if n := strings.TrimSpace(safetext.Line(t.Name)); n != "" {
		return n
	}
	return "(no name)"
}

// answered counts t's answered questions.
func answered(qs []checklist.Question, t *store.Therapist) int {
	n := 0
	for _, q := range qs {
		if t.Answers[q.ID].Answered() {
			n++
		}
	}
	return n
}

// flagWords says t's flags in words: "; 1 red flag (ruled out), 2 amber
// flags", or nothing.
func flagWords(t *store.Therapist) string {
	red, amber, green := assess.Counts(assess.Flags(t))
	var parts []string
	if red > 0 {
		parts = append(parts, count(red, "red flag")+" (ruled out)")
	}
	if amber > 0 {
		parts = append(parts, count(amber, "amber flag"))
	}
	if green > 0 {
		parts = append(parts, count(green, "green flag"))
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, ", ")
}

// count says "1 red flag" or "2 red flags".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// pick finds the therapist that word names: a number from the list, or
// part of one name only (any case). problem says why none was picked.
func (s *session) pick(word string) (int, string) {
	ts := s.nb.Therapists
	if n, err := strconv.Atoi(word); err == nil {
		if n >= 1 && n <= len(ts) {
			return n - 1, ""
		}
		if len(ts) == 0 {
			return -1, "There are no therapists yet: type add to add one."
		}
		return -1, fmt.Sprintf("Type a number from 1 to %d.", len(ts))
	}
	// Otherwise as THERAPIST means on the command line (an ID, a name, a
	// part of one name only).
	i, err := pick.Therapist(s.nb, word)
	if err == nil {
		return i, ""
	}
	var re *pick.Error
	if !errors.As(err, &re) || !errors.Is(err, pick.ErrAmbiguous) {
		return -1, "That is not a command, and no therapist's name holds it. Type help for the commands."
	}
	names := make([]string, len(re.Candidates))
	for k, i := range re.Candidates {
		names[k] = fmt.Sprintf("%d. %s", i+1, name(&ts[i]))
	}
	return -1, "Several names hold that: " + strings.Join(names, "; ") + ". Type a number."
}

// add adds a therapist called given, or asks for the name. A name is
// checked as the details form checks it; a wrong one is explained and
// asked for again.
func (s *session) add(given string) error {
	n := given
	for {
		if n == "" {
			line, err := s.ask("The therapist's name (a full name, a first name or the practice's name):")
			if err != nil {
				return err
			}
			n = line
		}
		n = strings.TrimSpace(safetext.Line(n))
		switch {
		case n == "":
			s.say(store.ErrNameMissing)
		case tooLong(n, store.NameLimit):
			s.sayf("A name holds up to %d characters; that one is longer. Type a shorter one.", store.NameLimit)
			n = ""
		default:
			now := s.now()
			s.nb.Therapists = append(s.nb.Therapists, store.Therapist{
				ID: store.NewID(), Name: n, Status: store.ToContact, Created: now, Updated: now,
			})
			s.commit()
			s.sayf("Added %s as number %d. Type %d to start the interview.", n, len(s.nb.Therapists), len(s.nb.Therapists))
			return nil
		}
	}
}

// therapist returns the therapist with id, or nil when there is none.
func (s *session) therapist(id string) *store.Therapist {
	if i, ok := s.nb.Find(id); ok {
		return &s.nb.Therapists[i]
	}
	return nil
}
