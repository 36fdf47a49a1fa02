package main

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/brief"
	"github.com/vetted-tui/vetted/store/pick"
)

// newBriefCmd is vetted brief.
func newBriefCmd(s *streams) *cobra.Command {
	var forWho, format string
	var concerns, expect bool
	c := &cobra.Command{
		Use:   "brief [--file PATH | --demo] [--for THERAPIST] [--format md|text] [--out FILE] [--force] [--concerns] [--expect]",
		Short: "a one-page brief to bring to a first appointment",
		Long: `Writes a one-page brief to bring to a first appointment: with --concerns,
what you want help with (My concerns); what you prepared (the details of
your concern, key personal information, your medications and doses, your
questions, what the therapist may ask about, whether a physician has looked
at physical causes) and, with --for, the therapist's practical details
(location, office, hours, fee, first opening), your questions still open
for them and, once you have check-ins after sessions with them, those too.
The notebook is only read.

The brief holds private health notes and is never encrypted, even when the
notebook is: keep it safe.`,
		Example:               "  vetted brief --for lindq --format text --out brief.txt",
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
	}
	rf := addReaderFlags(c, "the notebook to read")
	c.Flags().StringVar(&forWho, "for", "", "the therapist: `THERAPIST`'s ID, name, or a part of a name that matches one therapist only")
	c.Flags().StringVar(&format, "format", "", "output `FORMAT`: md or text (default: text for an --out name ending in .txt, else md)")
	c.Flags().BoolVar(&concerns, "concerns", false, "include My concerns: the concerns you ticked, your own words and whether you come with a partner")
	c.Flags().BoolVar(&expect, "expect", false, "include what to expect: what the source pages say about sessions, quoted with their pages")
	completeTherapists(c)
	completeFormats(c, brief.Formats)
	c.RunE = func(*cobra.Command, []string) error {
		return status(runBrief(rf, forWho, format, briefParts{concerns: concerns, expect: expect}, s.out, s.err))
	}
	return c
}

// briefParts are the parts of a brief that come only when asked.
type briefParts struct{ concerns, expect bool }

// runBrief prints or writes the first-appointment brief. Like vetted
// export it reads the notebook without locking or creating anything.
func runBrief(rf *readerFlags, forWho, format string, parts briefParts, stdout, stderr io.Writer) int {
	if code, done := rf.check("brief", stderr); done {
		return code
	}
	f := briefFormat(format, rf.out)
	if !slices.Contains(brief.Formats, f) {
		return usageError(stderr, "brief", fmt.Sprintf("unknown format %q: use md or text", f))
	}
	nb, toFile, code, done := rf.open("brief", "brief", stderr)
	if done {
		return code
	}

	opts := brief.Options{Therapist: -1, Expect: parts.expect}
	if parts.concerns {
		opts.Concerns = brief.ConcernsOf(nb)
	}
	if forWho != "" {
		i, err := pick.Therapist(nb, forWho)
		if err != nil {
			return usageError(stderr, "brief", err.Error())
		}
		opts.Therapist = i
	}

	return rf.emit("brief", toFile, func(w io.Writer) error {
		return brief.Write(w, nb, f, opts)
	}, " "+brief.NotEncrypted, stdout, stderr)
}

// briefFormat settles the format from --format, else the --out name's
// extension (.txt means text), else Markdown.
func briefFormat(format, out string) string {
	switch {
	case format != "":
		return format
	case strings.EqualFold(filepath.Ext(out), ".txt"):
		return brief.FormatText
	}
	return brief.FormatMarkdown
}
