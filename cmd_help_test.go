package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// testRoot returns vetted's command tree over throwaway streams, for tests
// that look at the definitions rather than run them.
func testRoot() *cobra.Command {
	return newRoot(&streams{in: strings.NewReader(""), out: &bytes.Buffer{}, err: &bytes.Buffer{}})
}

// listedCommands returns the commands vetted --help lists, help included.
func listedCommands() []*cobra.Command {
	var cmds []*cobra.Command
	root := testRoot()
	root.InitDefaultHelpCmd()
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() || c.Name() == "help" {
			cmds = append(cmds, c)
		}
	}
	return cmds
}

// TestHelpCommand: vetted help COMMAND prints what COMMAND --help prints,
// on stdout, and every command's help ends with an example.
func TestHelpCommand(t *testing.T) {
	cmds := listedCommands()
	if len(cmds) < 11 {
		t.Fatalf("only %d commands are listed", len(cmds))
	}
	for _, c := range cmds {
		code, out, errs := runCmd("help", c.Name())
		if code != 0 || errs != "" || !strings.Contains(out, "Usage:\n  vetted "+c.Name()) {
			t.Errorf("help %s: exit %d, stderr %q, stdout %q", c.Name(), code, errs, out)
		}
		if !strings.Contains(out, "Example") {
			t.Errorf("the help of %s has no example:\n%s", c.Name(), out)
		}
		code, viaFlag, _ := runCmd(c.Name(), "--help")
		if code != 0 || viaFlag != out {
			t.Errorf("%s --help: exit %d, and it differs from help %s:\n%s", c.Name(), code, c.Name(), viaFlag)
		}
	}
	_, usage, _ := runCmd("--help")
	if code, out, _ := runCmd("help"); code != 0 || out != usage {
		t.Errorf("help alone: exit %d, and it differs from --help", code)
	}
	for _, want := range []string{"Examples:", "--accessible", "--version", "Everything stays on this computer"} {
		if !strings.Contains(usage, want) {
			t.Errorf("vetted --help lacks %q", want)
		}
	}
	for _, c := range cmds {
		if !strings.Contains(usage, "\n  "+c.Name()+" ") {
			t.Errorf("vetted --help does not list %s", c.Name())
		}
	}
	code, out, errs := runCmd("help", "brew")
	if code != 2 || out != "" || !strings.Contains(errs, `there is no command "brew"`) || !strings.Contains(errs, "questions, export") {
		t.Errorf("help brew: exit %d, stderr %q", code, errs)
	}
	if _, _, errs := runCmd("help", "exprot"); !strings.Contains(errs, "did you mean export?") {
		t.Errorf("help exprot suggests nothing: %q", errs)
	}
}

// TestUsageErrorsExitTwoWithAHint: every command refuses a wrong command
// line with exit status 2, nothing on stdout, and on stderr the problem
// and one line saying where to look.
func TestUsageErrorsExitTwoWithAHint(t *testing.T) {
	cases := [][]string{
		{"--colour"},
		{"notes"},
		{"--demo", "--file", "x.json"},
		{"help", "a", "b"},
		{"help", "export", "b"},
		{"help", "brew"},
	}
	for _, c := range listedCommands() {
		if c.Name() != "help" {
			cases = append(cases, []string{c.Name(), "--colour"}, []string{c.Name(), "stray"})
		}
	}
	cases = append(cases, []string{"questions", "--format", "pdf"}, []string{"export", "--demo", "--format", "pdf"},
		[]string{"completion", "bash", "stray"})
	for _, args := range cases {
		code, out, errs := runCmd(args...)
		lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
		if code != 2 || out != "" || len(lines) != 2 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2, nothing, two lines", args, code, out, errs)
			continue
		}
		hint := "Run vetted --help to see the commands and options."
		if cmd, _, err := testRoot().Find(args); err == nil && cmd.HasParent() && args[0] != "help" {
			name := commandName(cmd)
			hint = "Run vetted help " + name + " to see its options and an example."
		}
		if lines[1] != hint {
			t.Errorf("%q: hint %q, want %q", args, lines[1], hint)
		}
	}
}

// TestUnknownFlagIsEchoedWithTheNearest: an unknown flag is named as it
// was typed, with the nearest flag the command knows; a long flag typed
// with one dash (as Go's flag package took it) is told to take two.
func TestUnknownFlagIsEchoedWithTheNearest(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--bogus"}, "vetted: unknown flag: --bogus (the nearest known flag is --demo)"},
		{[]string{"--versoin"}, "vetted: unknown flag: --versoin (the nearest known flag is --version)"},
		{[]string{"export", "--fromat", "csv"}, "vetted export: unknown flag: --fromat (the nearest known flag is --format)"},
		{[]string{"import", "--dryrun"}, "vetted import: unknown flag: --dryrun (the nearest known flag is --dry-run)"},
		{[]string{"-bogus"}, "vetted: unknown flag: -bogus (the nearest known flag is --demo)"},
		{[]string{"brief", "-fro=x"}, "vetted brief: unknown flag: -fro=x (the nearest known flag is --for)"},
	} {
		code, out, errs := runCmd(tc.args...)
		first, _, _ := strings.Cut(errs, "\n")
		if code != exitUsage || out != "" || first != tc.want {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and %q", tc.args, code, out, errs, tc.want)
		}
	}
}

// TestLongFlagsWithOneDash: -name and -name=value keep working for long
// flags, as they did with Go's flag package; values are never rewritten.
func TestLongFlagsWithOneDash(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"export", "-out", "-demo", "-format=md", "-demo"}, []string{"export", "--out", "-demo", "--format=md", "--demo"}},
		{[]string{"-file", "-x.json", "-no-mouse"}, []string{"--file", "-x.json", "--no-mouse"}},
		{[]string{"-h", "-bogus", "--", "-demo"}, []string{"-h", "-bogus", "--", "-demo"}},
		{[]string{"__complete", "-demo"}, []string{"__complete", "-demo"}},
	} {
		if got := longFlagsWithOneDash(testRoot(), tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
	if code, out, errs := runCmd("questions", "-format", "md"); code != 0 || !strings.HasPrefix(out, "#") {
		t.Errorf("questions -format md: exit %d, %q", code, errs)
	}
}

// TestEveryCommandIsDescribed: each command has a line for the list and an
// example, and each flag a description, since the help, the completions
// and the man page are all made from them.
func TestEveryCommandIsDescribed(t *testing.T) {
	var visit func(c *cobra.Command)
	visit = func(c *cobra.Command) {
		if c.Short == "" || c.Example == "" {
			t.Errorf("%s: Short %q, Example %q", c.CommandPath(), c.Short, c.Example)
		}
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if strings.TrimSpace(f.Usage) == "" {
				t.Errorf("%s --%s has no description", c.CommandPath(), f.Name)
			}
		})
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				visit(sub)
			}
		}
	}
	root := testRoot()
	setHelp(root)
	visit(root)
}

// TestNoTerminalMessage: without a terminal the app says it needs one and
// names every command, as they all work without one.
func TestNoTerminalMessage(t *testing.T) {
	t.Setenv(envAccessible, "")
	var out, errs bytes.Buffer
	code := execute([]string{"--demo"}, streams{in: strings.NewReader(""), out: &out, err: &errs})
	if code != 1 || out.Len() != 0 {
		t.Fatalf("exit %d, stdout %q", code, out.String())
	}
	msg := errs.String()
	for _, want := range []string{"needs a terminal", "vetted --accessible", "vetted --version", "vetted export [--file PATH | --demo]"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the message lacks %q:\n%s", want, msg)
		}
	}
	for _, c := range listedCommands() {
		if !strings.Contains(msg, "vetted "+c.Name()) {
			t.Errorf("the message does not name vetted %s:\n%s", c.Name(), msg)
		}
	}
}
