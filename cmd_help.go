package main

// The conventions every command shares: its help (vetted help COMMAND and
// COMMAND --help, both on stdout, from cobra's one definition), usage
// errors (exit status 2 and a one-line hint) and the nearest flag to a
// mistyped one.

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// usageTemplate lays out the usage part of every command's help: cobra's
// default, with the house headings, flags wrapped at 80 columns and the
// example after the options.
const usageTemplate = `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} COMMAND [options]{{end}}{{if .HasAvailableSubCommands}}

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Options:
{{.LocalFlags.FlagUsagesWrapped 80 | trimTrailingWhitespaces}}{{end}}{{if .HasExample}}

<<<<<<< HEAD
{{if gt (len (splitLines .Example)) 1}}Examples{{else}}Example{{end}}:
{{.Example}}{{end}}{{if not .HasParent}}
=======
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
>>>>>>> roundtrip

Run vetted help COMMAND to see a command's options and an example.{{end}}
`

func init() {
	cobra.AddTemplateFunc("splitLines", func(s string) []string {
		return strings.Split(strings.TrimSpace(s), "\n")
	})
}

// setHelp gives c and every command under it the house usage layout and
// the house wording of -h, --help.
func setHelp(c *cobra.Command) {
	c.SetUsageTemplate(usageTemplate)
	if c.Flags().Lookup("help") == nil {
		c.Flags().BoolP("help", "h", false, "show this help")
	}
	for _, sub := range c.Commands() {
		setHelp(sub)
	}
}

// newHelpCmd is vetted help [COMMAND], in place of cobra's, which prints
// the usage and exits 0 on a command it does not know.
func newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: "the help of one command, with an example",
		Long: "Prints the help of COMMAND (the same as vetted COMMAND --help), or without\n" +
			"one, the help of vetted itself.",
		Example:               "  vetted help export",
		DisableFlagsInUseLine: true,
		ValidArgsFunction: func(c *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []string
			for _, sub := range c.Root().Commands() {
				if sub.IsAvailableCommand() {
					names = append(names, sub.Name()+"\t"+sub.Short)
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			if len(args) == 0 {
				return root.Help()
			}
			target, rest, err := root.Find(args)
			switch {
			case err != nil || target == root:
				return fmt.Errorf("there is no command %q%s; the commands are %s", args[0], didYouMean(root.SuggestionsFor(args[0])), commandNames(root))
			case len(rest) > 0:
				return fmt.Errorf("give one command at most")
			}
			return target.Help()
		},
	}
}

// commandNames lists the commands of root: "questions, export, ...".
func commandNames(c *cobra.Command) string {
	var names []string
	for _, sub := range c.Root().Commands() {
		if sub.IsAvailableCommand() || sub.Name() == "help" {
			names = append(names, sub.Name())
		}
	}
	return strings.Join(names, ", ")
}

// didYouMean words cobra's suggestions for a mistyped command: "" when
// there are none.
func didYouMean(suggestions []string) string {
	if len(suggestions) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(suggestions, " or ") + "?)"
}

// usageError reports a wrong command line on stderr: what is wrong, then
// one line saying where the usage is. cmd is the command ("export",
// "completion bash"), or "" for vetted itself. It returns the exit status
// for usage errors, 2.
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

// flagProblem rewords pflag's parse errors: an unknown flag is echoed as
// typed and followed by the nearest flag the command knows.
func flagProblem(c *cobra.Command, err error) error {
	msg := err.Error()
	var typed, name string
	if rest, ok := strings.CutPrefix(msg, "unknown flag: "); ok {
		// pflag: "unknown flag: --bogus" (without the =value typed)
		typed, name = rest, strings.TrimPrefix(rest, "--")
	} else if _, rest, ok := strings.Cut(msg, "' in -"); ok && strings.HasPrefix(msg, "unknown shorthand flag") {
		// pflag: "unknown shorthand flag: 'b' in -bogus"; a known long
		// flag with one dash never gets here (longFlagsWithOneDash).
		typed = "-" + rest
		name, _, _ = strings.Cut(rest, "=")
	} else {
		return err
	}
	if near := nearestFlag(c.Flags(), name); near != "" {
		return fmt.Errorf("unknown flag: %s (the nearest known flag is --%s)", typed, near)
	}
	return fmt.Errorf("unknown flag: %s", typed)
}

// longFlagsWithOneDash rewrites -name and -name=value, where name is a
// long flag of the command args call, to --name: Go's flag package, which
// vetted's command line was built on before cobra, took both forms, and
// scripts may hold the old one. A flag's value is left as it is, even one
// that starts with a dash.
func longFlagsWithOneDash(root *cobra.Command, args []string) []string {
	if len(args) > 0 && args[0] == cobra.ShellCompRequestCmd {
		return args
	}
	cmd, _, err := root.Find(args)
	if err != nil {
		return args
	}
	flags := cmd.Flags()
	out := slices.Clone(args)
	for i := 0; i < len(out); i++ {
		arg := out[i]
		if arg == "--" {
			break
		}
		var name string
		var hasValue bool
		switch {
		case strings.HasPrefix(arg, "--"):
			name, _, hasValue = strings.Cut(arg[2:], "=")
		case strings.HasPrefix(arg, "-") && len(arg) > 2:
			name, _, hasValue = strings.Cut(arg[1:], "=")
		default:
			continue
		}
		f := flags.Lookup(name)
		if f == nil {
			continue
		}
		if !strings.HasPrefix(arg, "--") {
			out[i] = "-" + arg
		}
		// A flag that needs a value takes the next argument as it is.
		if !hasValue && f.NoOptDefVal == "" {
			i++
		}
	}
	return out
}

// nearestFlag returns the name of the flag in fs closest to name by edit
// distance (the first in alphabetical order on a tie), or "" if fs has
// none.
func nearestFlag(fs *pflag.FlagSet, name string) string {
	best, bestDist := "", -1
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		if d := editDistance(name, f.Name); bestDist < 0 || d < bestDist {
			best, bestDist = f.Name, d
		}
	})
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes
// (flag names are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// noTerminalMessage says that the app needs a terminal and names what
// works without one: every command.
func noTerminalMessage(root *cobra.Command) string {
	var b strings.Builder
	b.WriteString("vetted: the app needs a terminal (stdin and stdout must not be redirected).\n")
	b.WriteString("These work without one:\n")
	b.WriteString("  vetted --accessible    the therapists, the interview and the preparation list\n")
	b.WriteString("                         as plain lines on stdin and stdout\n")
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() || c.Name() == "help" {
			b.WriteString("  " + c.UseLine() + "\n")
		}
	}
	b.WriteString("  vetted --version\n")
	return b.String()
}

// noArgsSaying refuses any argument with problem, for a command whose
// arguments are all flags.
func noArgsSaying(problem string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > 0 {
			return errors.New(problem)
		}
		return nil
	}
}

// noArgs refuses stray arguments to a command that takes none, naming the
// first.
func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("unexpected argument %q", args[0])
	}
	return nil
}
