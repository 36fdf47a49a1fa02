// Package plain is vetted's plain-line mode (vetted --accessible): the
// therapists, the interview and the preparation list as line-by-line
// prompts on a reader and a writer, for screen readers, braille displays
// and pipes.
//
// It draws nothing full screen and uses no colour, and it never writes an
// escape sequence or any other control character but the line break:
// every line passes safetext.Clean on its way out. It changes the notebook
// as the app does (checklist.Parse and its messages, the same flags from
// assess) and saves after every change, so a session ended by q, by the
// end of the input or by a closed terminal keeps what was answered.
package plain

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// Options configures Run.
type Options struct {
	// In gives the person's lines; Out receives everything said.
	In  io.Reader
	Out io.Writer
	// Notebook is the notebook to work on; nil starts an empty one.
	Notebook *store.Notebook
	// Save writes the notebook after each change. Nil keeps every change
	// in memory (the demo).
	Save func(*store.Notebook) error
	// Where names the notebook's file for the opening lines; empty says
	// nothing about a file.
	Where string
	// Now gives the time of each change; nil means time.Now.
	Now func() time.Time
}

// maxLine bounds one line of input. A text answer holds 4,000 characters,
// which is at most 16,000 bytes of UTF-8; a longer line ends the session
// rather than being cut.
const maxLine = 64 << 10

// errQuit ends the session: q was typed, or the input ended.
var errQuit = errors.New("quit")

// session is one run of the plain-line mode.
type session struct {
	in   *bufio.Scanner
	out  io.Writer
	nb   *store.Notebook
	save func(*store.Notebook) error
	now  func() time.Time
	// unsaved is the error of the last save when it failed: the next
	// change saves again, and Run reports it if the last one failed.
	unsaved error
}

// Run talks with the person until they type q or the input ends, then
// returns nil, or an error when the last change could not be saved (it
// was said at the time, and once more at the end).
func Run(opts Options) error {
	s := &session{
		in:   bufio.NewScanner(opts.In),
		out:  opts.Out,
		nb:   opts.Notebook,
		save: opts.Save,
		now:  opts.Now,
	}
	s.in.Buffer(make([]byte, 0, 4096), maxLine)
	if s.nb == nil {
		s.nb = store.New()
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.say("vetted, plain-line mode. Type help at any prompt for the commands, and q to stop.")
	switch {
	case opts.Save == nil:
		s.say("This is the demo: fictional therapists, and nothing you type is saved.")
	case opts.Where != "":
		s.say("Notebook: " + opts.Where + ". Every answer is saved as you give it, on this computer only.")
	}
	err := s.roster()
	if err != nil && !errors.Is(err, errQuit) {
		s.say("The input could not be read: " + err.Error())
	}
	if s.unsaved != nil {
		s.commit()
	}
	if s.unsaved != nil {
		return s.unsaved
	}
	if opts.Save != nil {
		s.say("Goodbye. Everything you answered is saved.")
	} else {
		s.say("Goodbye.")
	}
	return nil
}

// say writes text and a line break, cleaned of every escape sequence and
// control character. Write errors are not fatal: the person may still be
// typing into a pipe whose reader went away, and every change is saved
// whether or not it was seen.
func (s *session) say(text string) {
	_, _ = io.WriteString(s.out, safetext.Clean(text)+"\n")
}

// sayf is say with formatting.
func (s *session) sayf(format string, args ...any) { s.say(fmt.Sprintf(format, args...)) }

// ask shows prompt, if any, then "> ", and reads one line. It returns
// errQuit for q, quit or the end of the input. The line comes back as
// typed, less a trailing carriage return and surrounding spaces.
func (s *session) ask(prompt string) (string, error) {
	if prompt != "" {
		s.say(prompt)
	}
	_, _ = io.WriteString(s.out, "> ")
	if !s.in.Scan() {
		// Finish the prompt's line, so whatever follows starts clean.
		_, _ = io.WriteString(s.out, "\n")
		if err := s.in.Err(); errors.Is(err, bufio.ErrTooLong) {
			s.sayf("That line is longer than %d characters; vetted stops here. What was saved before it stays saved.", maxLine)
			return "", errQuit
		} else if err != nil {
			return "", err
		}
		return "", errQuit
	}
	line := strings.TrimSpace(strings.TrimSuffix(s.in.Text(), "\r"))
	switch strings.ToLower(line) {
	case "q", "quit":
		return "", errQuit
	}
	return line, nil
}

// confirm asks a yes-or-no question; only y or yes means yes.
func (s *session) confirm(question string) (bool, error) {
	line, err := s.ask(question + " Type y to confirm, anything else to keep it.")
	if err != nil {
		return false, err
	}
	return checklist.IsYes(line), nil
}

// commit saves the notebook after a change and says so when that fails.
func (s *session) commit() {
	if s.save == nil {
		return
	}
	if err := s.save(s.nb); err != nil {
		s.unsaved = err
		s.say("Not saved: " + sentence(strings.TrimPrefix(err.Error(), "vetted: ")) + " vetted saves again at the next change, and when you stop.")
		return
	}
	s.unsaved = nil
}

// splitCommand splits a line into its first word, lower-cased, and the
// rest.
func splitCommand(line string) (word, rest string) {
	word, rest, _ = strings.Cut(line, " ")
	return strings.ToLower(word), strings.TrimSpace(rest)
}

// tooLong reports whether s has more than limit characters.
func tooLong(s string, limit int) bool { return utf8.RuneCountInString(s) > limit }

// sentence ends s with a full stop unless it has one.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}
