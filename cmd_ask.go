package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/vetted-tui/vetted/outreach"
)

// askUsage is the help text of vetted ask.
const askUsage = `Usage: vetted ask --for THERAPIST [--file PATH | --demo] [--out FILE] [--force] [--concerns]

Drafts a first email to one therapist with the questions not answered yet
for them (skipped ones are left out), grouped by topic, in the words of the
question catalogue, between a short polite opening and closing. It prints
the draft, or writes it to FILE; copy it into your email. The notebook is
only read: mark the therapist "asked by email" in the app (a on the roster
opens the same draft, m marks it).

THERAPIST is their ID, their name, or a part of their name that only one
therapist's name contains (any case).

Options:
  --for THERAPIST  who the message is for (required)
  --file PATH      the notebook to read (default: $VETTED_FILE, else
                   $XDG_DATA_HOME/vetted/notebook.json, else
                   ~/.local/share/vetted/notebook.json)
  --demo           use the built-in notebook of fictional therapists
  --out FILE       write to FILE, readable by you alone (default: print it);
                   never the notebook itself, its .prev or its .lock
  --force          replace FILE if it exists
  --concerns       include what you want help with (your concerns and own
                   words) and whether you come with a partner; left out
                   unless you ask, as they are private

Example:
  vetted ask --for lindqvist --concerns --out lindqvist.txt
`

// runAsk prints or saves the outreach message for one therapist. Like
// vetted export it reads the notebook without locking or changing it.
func runAsk(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("vetted ask", flag.ContinueOnError)
	rf := addReaderFlags(flags)
	who := flags.String("for", "", "the therapist: ID, name or part of a name")
	concerns := flags.Bool("concerns", false, "include your concerns")
	if code, done := rf.parse(flags, "ask", args, askUsage, stdout, stderr); done {
		return code
	}
	if strings.TrimSpace(*who) == "" {
		return usageError(stderr, "ask", "say who the message is for with --for THERAPIST")
	}
	nb, toFile, code, done := rf.open("ask", "message", stderr)
	if done {
		return code
	}
	i, err := nb.Resolve(*who)
	if err != nil {
		return usageError(stderr, "ask", err.Error())
	}
	t := &nb.Therapists[i]
	msg := outreach.Draft(nb, t, outreach.Options{WithConcerns: *concerns})
	if outreach.Count(nb, t) == 0 {
		fmt.Fprintln(stderr, "vetted ask: every question is answered or skipped for this therapist; the draft only thanks them.")
	}
	return rf.emit("ask", toFile, func(w io.Writer) error {
		_, err := io.WriteString(w, msg)
		return err
	}, "", stdout, stderr)
}
