// Command vetted helps a person choose a sex therapist: it walks them through
// the questions worth asking on each call, records every therapist's answers
// in one local file, and lays the answers side by side.
//
// Its command line is built with cobra: each command is defined once
// (cmd_root.go and one cmd_*.go per command), and that one definition gives
// its --help, vetted help COMMAND, its usage errors, the shell completions
// and the man page.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/safetext"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs vetted with args on the process's stdin and returns the exit
// status. It takes its output streams as arguments so tests can drive it
// without a terminal.
func run(args []string, stdout, stderr io.Writer) int {
	return execute(args, streams{in: os.Stdin, out: stdout, err: stderr})
}

// streams are what a command reads and writes. Tests give their own.
type streams struct {
	in       io.Reader
	out, err io.Writer
	// passphrases asks for passphrases; nil means the terminal's and
	// VETTED_PASSPHRASE (systemPassphrases).
	passphrases func() passphrases
}

// askPassphrases returns the passphrase source of s.
func (s *streams) askPassphrases() passphrases {
	if s.passphrases != nil {
		return s.passphrases()
	}
	return systemPassphrases(s.err)
}

// The exit statuses of every command.
const (
	exitOK    = 0
	exitError = 1 // the notebook or the output file could not be used
	exitUsage = 2 // the command line was wrong
)

// exitStatus is a command's exit status carried as an error out of cobra:
// what went wrong has already been said on stderr.
type exitStatus int

// Error names the status; it is never shown to the person.
func (s exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(s)) }

// status turns a command's exit status into what its RunE returns.
func status(code int) error {
	if code == exitOK {
		return nil
	}
	return exitStatus(code)
}

// execute builds the command tree, runs the command args name and returns
// the exit status. Any error cobra itself reports (an unknown flag or
// command, a missing flag value, stray arguments) is a usage error: two
// lines on stderr and status 2.
func execute(args []string, s streams) int {
	// Messages can quote paths and errors, and a folder name can hold
	// escape sequences: everything bound for stderr is cleaned here, once.
	s.err = cleanWriter{s.err}
	root := newRoot(&s)
	if args == nil {
		// cobra reads os.Args when given nil.
		args = []string{}
	}
	root.SetArgs(longFlagsWithOneDash(root, args))
	cmd, err := root.ExecuteC()
	var code exitStatus
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &code):
		return int(code)
	}
	return usageError(s.err, commandName(cmd), err.Error())
}

// commandName is the name usage errors give cmd: "" for vetted itself,
// else its path after "vetted" ("export", "completion bash").
func commandName(cmd *cobra.Command) string {
	if cmd == nil || !cmd.HasParent() {
		return ""
	}
	return strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
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
