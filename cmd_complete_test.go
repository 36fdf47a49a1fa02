package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/demo"
)

// complete runs vetted's completion protocol (what the shell scripts call
// as the person presses tab) with words, and returns the candidates, the
// directive line and stderr. Asking for a passphrase fails the test.
func complete(t *testing.T, words ...string) (candidates []string, directive, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	s := streams{in: strings.NewReader(""), out: &out, err: &errs, passphrases: func() passphrases {
		t.Error("completion asked for a passphrase")
		return passphrases{out: &bytes.Buffer{}}
	}}
	if code := execute(append([]string{"__complete"}, words...), s); code != 0 {
		t.Fatalf("__complete %q: exit %d, stderr %q", words, code, errs.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	last := len(lines) - 1
	return lines[:last], lines[last], errs.String()
}

// names returns the candidates without their descriptions.
func names(candidates []string) []string {
	var out []string
	for _, c := range candidates {
		name, _, _ := strings.Cut(c, "\t")
		out = append(out, name)
	}
	return out
}

// TestCompletionScripts: vetted completion SHELL prints a script that
// hands each tab press to vetted __complete, for the four shells.
func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{
		"bash":       "complete -o default -F __start_vetted vetted",
		"zsh":        "#compdef vetted",
		"fish":       "complete -c vetted",
		"powershell": "Register-ArgumentCompleter",
	} {
		code, out, errs := runCmd("completion", shell)
		if code != 0 || errs != "" || !strings.Contains(out, want) || !strings.Contains(out, "__complete") {
			t.Errorf("completion %s: exit %d, stderr %q, script lacks %q or __complete", shell, code, errs, want)
		}
	}
}

// TestCompletesCommandsAndFlags: the protocol offers vetted's commands,
// a command's flags and the values of --format.
func TestCompletesCommandsAndFlags(t *testing.T) {
	got, _, _ := complete(t, "")
	for _, want := range []string{"questions", "export", "ask", "brief", "import", "encrypt", "man", "completion"} {
		if !slices.Contains(names(got), want) {
			t.Errorf("commands: %q lacks %s", got, want)
		}
	}
	got, _, _ = complete(t, "export", "--")
	for _, want := range []string{"--file", "--demo", "--format", "--out", "--force", "--bom"} {
		if !slices.Contains(names(got), want) {
			t.Errorf("export's flags: %q lacks %s", got, want)
		}
	}
	if got, _, _ := complete(t, "export", "--format", ""); !slices.Equal(got, []string{"md", "csv", "json", "xlsx"}) {
		t.Errorf("export --format: %q", got)
	}
	if got, _, _ := complete(t, "brief", "--format", ""); !slices.Equal(got, []string{"md", "text"}) {
		t.Errorf("brief --format: %q", got)
	}
}

// TestCompletesTherapistsFromAPlainNotebook: completing --for offers the
// names in the notebook (--file, VETTED_FILE or --demo), with their IDs.
func TestCompletesTherapistsFromAPlainNotebook(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	all := []string{"Dr. Amara Lindqvist\tdemo-lindqvist", "陈静 (Chen Jing)\tdemo-chen", "Sam Whitlock\tdemo-whitlock"}
	for _, words := range [][]string{
		{"ask", "--file", path, "--for", ""},
		{"brief", "--demo", "--for", ""},
	} {
		got, directive, _ := complete(t, words...)
		if !slices.Equal(got, all) || directive != ":4" {
			t.Errorf("%q: %q %s; want %q and no file names (:4)", words, got, directive, all)
		}
	}
	t.Setenv("VETTED_FILE", path)
	if got, _, _ := complete(t, "ask", "--for", "sa"); !slices.Equal(got, []string{"Sam Whitlock\tdemo-whitlock"}) {
		t.Errorf("ask --for sa (from VETTED_FILE): %q", got)
	}
}

// TestCompletionOffersNoNamesFromAnEncryptedNotebook: an encrypted
// notebook offers no names and never asks for its passphrase (complete
// fails the test if it is asked), even with VETTED_PASSPHRASE set.
func TestCompletionOffersNoNamesFromAnEncryptedNotebook(t *testing.T) {
	path := encryptedNotebook(t, testPass)
	t.Setenv("VETTED_PASSPHRASE", testPass)
	got, directive, errs := complete(t, "ask", "--file", path, "--for", "")
	if len(got) != 0 || directive != ":4" || strings.Contains(errs, "assphrase") {
		t.Errorf("got %q %s, stderr %q; want nothing", got, directive, errs)
	}
	// A missing notebook offers nothing either, and creates nothing.
	if got, _, _ := complete(t, "brief", "--file", path+".none", "--for", ""); len(got) != 0 {
		t.Errorf("missing notebook: %q", got)
	}
}

// TestTherapistNamesAreCleaned: a name from the file cannot carry an
// escape sequence or a line break into the shell.
func TestTherapistNamesAreCleaned(t *testing.T) {
	nb := demo.Notebook()
	nb.Therapists[0].Name = "Dr\x1b]0;x\x07 Eve\nNine"
	path := writeNotebook(t, nb)
	got := therapistNames(path, false, "dr")
	if len(got) != 1 || got[0] != "Dr Eve Nine\t"+nb.Therapists[0].ID {
		t.Errorf("%q", got)
	}
}
