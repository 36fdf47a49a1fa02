package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	code, out, errs := runCmd("--version")
	if code != 0 || out != "vetted "+versionString()+"\n" || errs != "" {
		t.Errorf("--version: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if versionString() == "" {
		t.Error("the version is empty")
	}
	// What -ldflags "-X main.version=..." sets.
	old := version
	version = "v1.4.0"
	defer func() { version = old }()
	if code, out, _ := runCmd("--demo", "--version"); code != 0 || out != "vetted v1.4.0\n" {
		t.Errorf("with a version set: exit %d, %q", code, out)
	}
}

// TestHelpCommand: vetted help COMMAND prints what COMMAND --help prints,
// on stdout, and every command's help ends with an example.
func TestHelpCommand(t *testing.T) {
	for _, c := range commands() {
		code, out, errs := runCmd("help", c.name)
		if code != 0 || out != c.help || errs != "" {
			t.Errorf("help %s: exit %d, stderr %q", c.name, code, errs)
		}
		if !strings.Contains(out, "Example") {
			t.Errorf("the help of %s has no example:\n%s", c.name, out)
		}
		code, viaFlag, _ := runCmd(c.name, "--help")
		if code != 0 || viaFlag != out {
			t.Errorf("%s --help: exit %d, and it differs from help %s:\n%s", c.name, code, c.name, viaFlag)
		}
	}
	if code, out, _ := runCmd("help"); code != 0 || out != usage {
		t.Errorf("help alone: exit %d", code)
	}
	if !strings.Contains(usage, "Examples:") || !strings.Contains(usage, "--accessible") || !strings.Contains(usage, "--version") {
		t.Error("vetted --help lacks examples, --accessible or --version")
	}
	code, out, errs := runCmd("help", "brew")
	if code != 2 || out != "" || !strings.Contains(errs, `there is no command "brew"`) || !strings.Contains(errs, "questions, export") {
		t.Errorf("help brew: exit %d, stderr %q", code, errs)
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
		{"help", "brew"},
	}
	for _, c := range commands() {
		if c.name != "help" {
			cases = append(cases, []string{c.name, "--colour"}, []string{c.name, "stray"})
		}
	}
	cases = append(cases, []string{"questions", "--format", "pdf"}, []string{"export", "--demo", "--format", "pdf"})
	for _, args := range cases {
		code, out, errs := runCmd(args...)
		lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
		if code != 2 || out != "" || len(lines) != 2 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2, nothing, two lines", args, code, out, errs)
			continue
		}
		hint := "Run vetted --help to see the commands and options."
		if _, ok := findCommand(args[0]); ok && args[0] != "help" {
			hint = "Run vetted help " + args[0] + " to see its options and an example."
		}
		if lines[1] != hint {
			t.Errorf("%q: hint %q, want %q", args, lines[1], hint)
		}
	}
}

// TestNoTerminalMessage: without a terminal the app says it needs one and
// names every command that works without one.
func TestNoTerminalMessage(t *testing.T) {
	t.Setenv(envAccessible, "")
	var out, errs bytes.Buffer
	code := runApp([]string{"--demo"}, strings.NewReader(""), &out, &errs)
	if code != 1 || out.Len() != 0 {
		t.Fatalf("exit %d, stdout %q", code, out.String())
	}
	msg := errs.String()
	for _, want := range []string{"needs a terminal", "vetted --accessible", "vetted --version"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the message lacks %q:\n%s", want, msg)
		}
	}
	for _, c := range commands() {
		if c.noTerminal && !strings.Contains(msg, "vetted "+c.name) {
			t.Errorf("the message does not name vetted %s:\n%s", c.name, msg)
		}
	}
}

// TestUsageNamesEveryCommandsFlags: vetted --help lists, for every
// command, each flag its own help names (the two texts drifted once).
func TestUsageNamesEveryCommandsFlags(t *testing.T) {
	flagRE := regexp.MustCompile(`--[a-z-]+`)
	for _, c := range commands() {
		if !strings.Contains(usage, "vetted "+c.name) {
			t.Errorf("vetted --help does not list %s", c.name)
			continue
		}
		// The command's own lines: up to the next command.
		block := usage[strings.Index(usage, "vetted "+c.name):]
		if next := strings.Index(block[1:], "\n  vetted "); next >= 0 {
			block = block[:next+1]
		}
		for _, f := range flagRE.FindAllString(c.synopsis, -1) {
			if !strings.Contains(block, f) {
				t.Errorf("vetted --help lacks %s of %s", f, c.name)
			}
		}
	}
}
