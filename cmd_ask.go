package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/outreach"
	"github.com/vetted-tui/vetted/store/pick"
)

// newAskCmd is vetted ask.
func newAskCmd(s *streams) *cobra.Command {
	var who string
	var concerns bool
	c := &cobra.Command{
		Use:   "ask --for THERAPIST [--file PATH | --demo] [--out FILE] [--force] [--concerns]",
		Short: "draft a first email with the questions not answered yet for one therapist",
		Long: `Drafts a first email to one therapist with the questions not answered yet
for them (skipped ones are left out), grouped by topic, in the words of the
question catalogue, between a short polite opening and closing. It prints
the draft, or writes it to FILE; copy it into your email. The notebook is
only read: mark the therapist "asked by email" in the app (o on the roster
opens the same draft, m there marks it).

THERAPIST is their ID, their name, or a part of their name that only one
therapist's name contains (any case).`,
		Example:               "  vetted ask --for lindqvist --concerns --out lindqvist.txt",
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
	}
	rf := addReaderFlags(c, "the notebook to read")
	c.Flags().StringVar(&who, "for", "", "who the message is for: `THERAPIST`'s ID, name or a unique part of it (required)")
	c.Flags().BoolVar(&concerns, "concerns", false, "include what you want help with (your concerns and own words) and whether you come with a partner; left out unless you ask, as they are private")
	completeTherapists(c)
	c.RunE = func(*cobra.Command, []string) error {
		return status(runAsk(rf, who, concerns, s.out, s.err))
	}
	return c
}

// runAsk prints or saves the outreach message for one therapist. Like
// vetted export it reads the notebook without locking or changing it.
func runAsk(rf *readerFlags, who string, concerns bool, stdout, stderr io.Writer) int {
	if code, done := rf.check("ask", stderr); done {
		return code
	}
	if strings.TrimSpace(who) == "" {
		return usageError(stderr, "ask", "say who the message is for with --for THERAPIST")
	}
	nb, toFile, code, done := rf.open("ask", "message", stderr)
	if done {
		return code
	}
	i, err := pick.Therapist(nb, who)
	if err != nil {
		return usageError(stderr, "ask", err.Error())
	}
	t := &nb.Therapists[i]
	msg := outreach.Draft(nb, t, outreach.Options{WithConcerns: concerns})
	if outreach.Count(nb, t) == 0 {
		fmt.Fprintln(stderr, "vetted ask: every question is answered or skipped for this therapist; the draft only thanks them.")
	}
	return rf.emit("ask", toFile, func(w io.Writer) error {
		_, err := io.WriteString(w, msg)
		return err
	}, "", stdout, stderr)
}
