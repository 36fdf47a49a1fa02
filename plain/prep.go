package plain

// The preparation list: what to do and write down before a first
// appointment, ticked off one item at a time.

import (
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
)

// prepHelp lists the preparation list's commands.
const prepHelp = `Commands in the preparation list:
  a number    tick that item, or untick it
  why N       why item N helps, and its source
  list        say the list again
  done        back to the list of therapists
  q           stop (every tick is already saved)`

// prep says the preparation list and ticks items until done (nil) or q
// (errQuit).
func (s *session) prep() error {
	items := checklist.Prep()
	s.listPrep(items)
	for {
		line, err := s.ask("Type an item's number to tick or untick it, why and a number, done, or q.")
		if err != nil {
			return err
		}
		word, rest := splitCommand(line)
		switch {
		case line == "":
			continue
		case line == "done":
			return nil
		case line == "list":
			s.listPrep(items)
		case line == "help" || line == "?":
			s.say(prepHelp)
		case word == "why":
			if i, ok := itemNumber(rest, len(items)); ok {
				s.say(items[i].Hint)
				s.say("Source: " + checklist.SourceLabel(items[i].Source))
			} else {
				s.sayf("Type why and a number from 1 to %d.", len(items))
			}
		default:
			i, ok := itemNumber(line, len(items))
			if !ok {
				s.sayf("Type a number from 1 to %d, or help for the commands.", len(items))
				continue
			}
			s.toggle(items, i)
		}
	}
}

// listPrep says every item with its number and whether it is ticked.
func (s *session) listPrep(items []checklist.PrepItem) {
	s.sayf("Preparation list: %d of %d done.", s.prepDone(items), len(items))
	for i, it := range items {
		mark := "[ ]"
		if s.nb.Prep[it.ID] {
			mark = "[x] done:"
		}
		s.sayf("  %d. %s %s", i+1, mark, it.Text)
	}
}

// toggle ticks or unticks item i and saves.
func (s *session) toggle(items []checklist.PrepItem, i int) {
	if s.nb.Prep == nil {
		s.nb.Prep = map[string]bool{}
	}
	id := items[i].ID
	s.nb.Prep[id] = !s.nb.Prep[id]
	s.commit()
	what := "Ticked"
	if !s.nb.Prep[id] {
		what = "Unticked"
	}
	s.sayf("%s item %d: %s %d of %d done.", what, i+1, strings.TrimSuffix(items[i].Text, ".")+".", s.prepDone(items), len(items))
}

// prepDone counts the ticked items.
func (s *session) prepDone(items []checklist.PrepItem) int {
	n := 0
	for _, it := range items {
		if s.nb.Prep[it.ID] {
			n++
		}
	}
	return n
}

// itemNumber reads an item number from 1 to n and returns its index.
func itemNumber(word string, n int) (int, bool) {
	k, err := strconv.Atoi(word)
	if err != nil || k < 1 || k > n {
		return 0, false
	}
	return k - 1, true
}
