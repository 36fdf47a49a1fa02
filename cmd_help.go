package main

// The conventions every subcommand shares: the list of commands, their
// help (vetted help COMMAND and COMMAND --help, both on stdout), usage
// errors (exit status 2 and a one-line hint), and vetted --version.

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
)

// version is vetted's version. A release build sets it with
//
//	go build -ldflags "-X main.version=v1.2.0"
//
// Empty means: ask the build information (a `go install` at a tagged
// version records it), else "devel".
var version string

// versionString returns the version vetted --version prints.
func versionString() string {
	if version != "" {
		return safetext.Line(version)
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return safetext.Line(info.Main.Version)
	}
	return "devel"
}

// command is one subcommand of vetted.
type command struct {
	// name is the word after vetted; synopsis is its one-line usage.
	name, synopsis string
	// help is the text of vetted help NAME and vetted NAME --help; it
	// ends with an example.
	help string
	// noTerminal says it works without a terminal, in a pipe or script:
	// the no-terminal message of the app names it.
	noTerminal bool
	run        func(args []string, stdout, stderr io.Writer) int
}

// commands lists vetted's subcommands, in the order help shows them. It is
// a function, not a variable, because the help command reads the list.
func commands() []command {
	crypt := func(name string) func([]string, io.Writer, io.Writer) int {
		return func(args []string, stdout, stderr io.Writer) int {
			return runCrypt(name, args, systemPassphrases(stderr), stdout, stderr)
		}
	}
	return []command{
		{name: "questions", synopsis: "vetted questions [--format text|md|json] [--file PATH]",
			help: questionsUsage, noTerminal: true, run: runQuestions},
		{name: "export", synopsis: "vetted export [--file PATH | --demo] [--format md|csv|json|xlsx] [--out FILE] [--force] [--bom]",
			help: exportUsage, noTerminal: true, run: runExport},
		{name: "ask", synopsis: "vetted ask --for THERAPIST [--file PATH | --demo] [--out FILE] [--force] [--concerns]",
			help: askUsage, noTerminal: true, run: runAsk},
		{name: "brief", synopsis: "vetted brief [--file PATH | --demo] [--for THERAPIST] [--format md|text] [--out FILE] [--force] [--concerns]",
			help: briefUsage, noTerminal: true, run: runBrief},
		{name: "import", synopsis: "vetted import --from FILE [--file PATH] [--dry-run] [--force]",
			help: importUsage, noTerminal: true, run: runImport},
		{name: "encrypt", synopsis: "vetted encrypt [--file PATH]",
			help: cryptUsage, noTerminal: true, run: crypt("encrypt")},
		{name: "decrypt", synopsis: "vetted decrypt [--file PATH]",
			help: cryptUsage, noTerminal: true, run: crypt("decrypt")},
		{name: "passphrase", synopsis: "vetted passphrase [--file PATH]",
			help: cryptUsage, noTerminal: true, run: crypt("passphrase")},
		{name: "help", synopsis: "vetted help [COMMAND]",
			help: helpUsage, noTerminal: true, run: runHelp},
	}
}

// findCommand returns the subcommand called name.
func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// helpUsage is the help text of vetted help.
const helpUsage = `Usage: vetted help [COMMAND]

Prints the help of COMMAND (the same as vetted COMMAND --help), or without
one, the help of vetted itself.

Example:
  vetted help export
`

// runHelp prints the help of vetted or of one command, on stdout.
func runHelp(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		fmt.Fprint(stdout, usage)
		return exitOK
	case len(args) > 1:
		return usageError(stderr, "help", "give one command at most")
	case args[0] == "-h" || args[0] == "--help":
		fmt.Fprint(stdout, helpUsage)
		return exitOK
	}
	c, ok := findCommand(args[0])
	if !ok {
		return usageError(stderr, "help", fmt.Sprintf("there is no command %q; the commands are %s", args[0], commandNames()))
	}
	fmt.Fprint(stdout, c.help)
	return exitOK
}

// commandNames lists the subcommands' names: "questions, export, ...".
func commandNames() string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

// The exit statuses of every command.
const (
	exitOK    = 0
	exitError = 1 // the notebook or the output file could not be used
	exitUsage = 2 // the command line was wrong
)

// usageError reports a wrong command line on stderr: what is wrong, then
// one line saying where the usage is. cmd is the subcommand, or "" for
// vetted itself. It returns the exit status for usage errors, 2.
func usageError(stderr io.Writer, cmd, problem string) int {
	switch cmd {
	case "":
		fmt.Fprintf(stderr, "vetted: %s\nRun vetted --help to see the commands and options.\n", problem)
		return exitUsage
	case "help":
		// "vetted help help" would be a riddle: point at the list.
		fmt.Fprintf(stderr, "vetted help: %s\nRun vetted --help to see the commands and options.\n", problem)
		return exitUsage
	}
	fmt.Fprintf(stderr, "vetted %s: %s\nRun vetted help %s to see its options and an example.\n", cmd, problem, cmd)
	return exitUsage
}

// parseFlags parses a subcommand's flags. On --help it prints help on
// stdout and returns exitOK; on a bad flag it reports a usage error. done
// says the caller should return code at once.
func parseFlags(fs *flag.FlagSet, cmd string, args []string, help string, stdout, stderr io.Writer) (code int, done bool) {
	// The flag package's own messages and usage are replaced by ours.
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	switch {
	case err == nil:
		return exitOK, false
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, help)
		return exitOK, true
	}
	return usageError(stderr, cmd, err.Error()), true
}

// noTerminalMessage says that the app needs a terminal and names what
// works without one.
func noTerminalMessage() string {
	var b strings.Builder
	b.WriteString("vetted: the app needs a terminal (stdin and stdout must not be redirected).\n")
	b.WriteString("These work without one:\n")
	b.WriteString("  vetted --accessible    the therapists, the interview and the preparation list\n")
	b.WriteString("                         as plain lines on stdin and stdout\n")
	for _, c := range commands() {
		if c.noTerminal {
			b.WriteString("  " + c.synopsis + "\n")
		}
	}
	b.WriteString("  vetted --version\n")
	return b.String()
}
