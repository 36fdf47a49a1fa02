package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vetted-tui/vetted/brief"
)

// briefUsage is the help text of vetted brief.
const briefUsage = `Usage: vetted brief [--file PATH | --demo] [--for THERAPIST] [--format md|text] [--out FILE] [--force] [--concerns]

Writes a one-page brief to bring to a first appointment: with --concerns,
what you want help with (My concerns); what you prepared (the details of your concern, key personal
information, your medications and doses, your questions, what the
therapist may ask about, whether a physician has looked at physical
causes) and, with --for, the therapist's practical details (location,
office, hours, fee, first opening) and your questions still open for them.
The notebook is only read.

Options:
  --file PATH        the notebook to read (default: $VETTED_FILE, else
                     $XDG_DATA_HOME/vetted/notebook.json, else
                     ~/.local/share/vetted/notebook.json)
  --demo             use the built-in notebook of fictional therapists
  --for THERAPIST    an ID, a name, or a part of a name that matches one
                     therapist only
  --format FORMAT    md or text (default: text for an --out name ending in
                     .txt, else md)
  --out FILE         write to FILE, readable by you alone (default: print
                     it); never the notebook itself, its .prev or its .lock
  --force            replace FILE if it exists
  --concerns         include My concerns: the concerns you ticked, your own
                     words and whether you come with a partner

Example:
  vetted brief --for lindq --format text --out brief.txt

The brief holds private health notes and is never encrypted, even when the
notebook is: keep it safe.
`

// runBrief prints or writes the first-appointment brief. Like vetted
// export it reads the notebook without locking or creating anything.
func runBrief(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("vetted brief", flag.ContinueOnError)
	rf := addReaderFlags(flags)
	forWho := flags.String("for", "", "the therapist the brief is for")
	format := flags.String("format", "", "md or text")
	withConcerns := flags.Bool("concerns", false, "include My concerns")
	if code, done := rf.parse(flags, "brief", args, briefUsage, stdout, stderr); done {
		return code
	}
	f := briefFormat(*format, *rf.out)
	if !slices.Contains(brief.Formats, f) {
		return usageError(stderr, "brief", fmt.Sprintf("unknown format %q: use md or text", f))
	}
	nb, toFile, code, done := rf.open("brief", "brief", stderr)
	if done {
		return code
	}

	opts := brief.Options{Therapist: -1}
	if *withConcerns {
		opts.Concerns = brief.ConcernsOf(nb)
	}
	if *forWho != "" {
		i, err := nb.Resolve(*forWho)
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
