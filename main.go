// Command vetted helps a person choose a sex therapist: it walks them through
// the questions worth asking on each call, records every therapist's answers
// in one local file, and lays the answers side by side.
//
// Its commands and options are listed by vetted --help (the usage text
// below) and, one by one, by vetted help COMMAND (cmd_help.go).
package main

import (
	"bytes"
	"io"
	"os"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit status. It takes its
// streams as arguments so tests can drive it without a terminal.
func run(args []string, stdout, stderr io.Writer) int {
	// Messages can quote paths and errors, and a folder name can hold
	// escape sequences: everything bound for stderr is cleaned here, once.
	stderr = cleanWriter{stderr}
	if len(args) > 0 {
		if c, ok := findCommand(args[0]); ok {
			return c.run(args[1:], stdout, stderr)
		}
	}
	return runApp(args, os.Stdin, stdout, stderr)
}

// cleanWriter passes each write through safetext.Clean, which keeps line
// breaks and drops escape sequences and control characters. Every message
// is written by one Fprint call, so no sequence is split across writes.
type cleanWriter struct{ w io.Writer }

// Write cleans p and writes it. It reports all of p as written when the
// cleaned text was, as callers count what they handed over.
func (c cleanWriter) Write(p []byte) (int, error) {
	out := safetext.Clean(string(p))
	if bytes.Contains(p, []byte("\r\n")) {
		// A prompt in raw mode ends its lines with CR LF (the terminal
		// adds no carriage return then); cleaning drops the CR.
		out = strings.ReplaceAll(out, "\n", "\r\n")
	}
	if _, err := io.WriteString(c.w, out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// usage is the text of vetted --help.
const usage = `vetted: questions to ask each sex therapist you call, their answers side by side.

Usage:
  vetted [--file PATH] [--demo] [--no-mouse]
                                    open the app
  vetted --accessible [--file PATH | --demo]
                                    the therapists, the interview and the
                                    preparation list as plain lines, for screen
                                    readers, braille displays and pipes
  vetted questions [--format text|md|json] [--file PATH]
                                    print the question catalogue (with --file,
                                    that notebook's: your own questions marked)
  vetted export [--file PATH | --demo] [--format md|csv|json|xlsx]
                [--out FILE] [--force] [--bom]
                                    write the comparison without opening the app;
                                    the format defaults to --out's extension, else md;
                                    without --out (or with --out -) it goes to stdout,
                                    but xlsx needs --out; text formats are UTF-8;
                                    an existing file is replaced only with --force;
                                    an export is never encrypted
  vetted ask --for THERAPIST [--file PATH | --demo] [--out FILE] [--force]
            [--concerns]            draft a first email with the questions not
                                    answered yet for one therapist (an ID, a name
                                    or a unique part of one); --concerns adds
                                    what you want help with
  vetted brief [--file PATH | --demo] [--for THERAPIST] [--format md|text]
               [--out FILE] [--force] [--concerns]
                                    a one-page brief for a first appointment;
                                    THERAPIST is an ID, a name or a part of a
                                    name matching one therapist only; never
                                    encrypted
  vetted import --from FILE.csv [--file PATH] [--dry-run] [--force]
                                    read a spreadsheet (CSV) of therapists and
                                    answers into the notebook; --dry-run shows
                                    the plan; answers already there are kept
                                    unless --force
  vetted encrypt [--file PATH]      encrypt the notebook with a passphrase
  vetted decrypt [--file PATH]      write it back as plain JSON
  vetted passphrase [--file PATH]   change the passphrase
  vetted help COMMAND               the help of one command, with an example

Options:
  --file PATH   the notebook to use (default: $VETTED_FILE, else
                $XDG_DATA_HOME/vetted/notebook.json, else
                ~/.local/share/vetted/notebook.json)
  --demo        open a built-in notebook of three fictional therapists,
                in memory only; nothing is saved
  --no-mouse    leave the mouse to the terminal (for selecting text);
                by default the wheel scrolls the comparison
  --accessible  plain line-by-line prompts instead of the full-screen app,
                no colour and no escape sequences; also VETTED_ACCESSIBLE=1
  --version     print vetted's version
  -h, --help    show this help

A new notebook asks once whether to encrypt it. VETTED_PASSPHRASE gives the
passphrase to scripts (VETTED_NEW_PASSPHRASE the new one for vetted passphrase).

Examples:
  vetted                            open your notebook
  vetted --demo                     look around with fictional therapists
  printf 'add Dr Rosa Quill\n1\nMasters, CST\nyes\n' | vetted --accessible
                                    add a therapist and answer the first two
                                    questions from a script

Everything stays on this computer, in that one file.
`
