package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/outreach"
)

func TestAskPrintsTheDraft(t *testing.T) {
	d := demo.Notebook()
	path := writeNotebook(t, d)
	for _, who := range []string{"demo-whitlock", "Sam Whitlock", "whitl", "SAM"} {
		code, out, errOut := runCmd("ask", "--file", path, "--for", who)
		if code != exitOK || errOut != "" {
			t.Fatalf("ask --for %q: exit %d, stderr %q", who, code, errOut)
		}
		if want := outreach.Draft(d, &d.Therapists[2], outreach.Options{}); out != want {
			t.Errorf("ask --for %q printed\n%s\nwant\n%s", who, out, want)
		}
	}
	_, out, _ := runCmd("ask", "--demo", "--for", "whitlock", "--concerns")
	if want := outreach.Draft(d, &d.Therapists[2], outreach.Options{WithConcerns: true}); out != want {
		t.Errorf("--concerns printed\n%s", out)
	}
	if !strings.Contains(out, "What I would like help with") {
		t.Error("--concerns left the concerns out")
	}
}

func TestAskUsageErrors(t *testing.T) {
	path := writeNotebook(t, demo.Notebook())
	for name, tc := range map[string]struct {
		args []string
		want []string
	}{
		"no --for":        {[]string{"ask", "--demo"}, []string{"--for THERAPIST"}},
		"unknown":         {[]string{"ask", "--file", path, "--for", "nobody"}, []string{`no therapist matches "nobody"`, "Dr. Amara Lindqvist (demo-lindqvist)", "Sam Whitlock (demo-whitlock)"}},
		"ambiguous":       {[]string{"ask", "--file", path, "--for", "a"}, []string{`"a" matches 2 therapists`, "demo-lindqvist", "demo-whitlock"}},
		"file and demo":   {[]string{"ask", "--demo", "--file", path, "--for", "sam"}, []string{"not both"}},
		"extra argument":  {[]string{"ask", "--demo", "--for", "sam", "extra"}, []string{"unexpected argument"}},
		"bad flag":        {[]string{"ask", "--demo", "--for", "sam", "--nope"}, []string{"-nope", "Run vetted help ask"}},
		"notebook as out": {[]string{"ask", "--file", path, "--for", "sam", "--out", path}, []string{"is your notebook"}},
	} {
		code, out, errOut := runCmd(tc.args...)
		if code != exitUsage || out != "" {
			t.Errorf("%s: exit %d, stdout %q; want exit 2 and nothing printed", name, code, out)
		}
		for _, w := range tc.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", name, w, errOut)
			}
		}
	}
	// Help goes to stdout, like every command's (see cmd_help.go).
	code, out, errOut := runCmd("ask", "--help")
	if code != exitOK || errOut != "" {
		t.Errorf("--help: exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "Example:") {
		t.Error("ask --help has no example")
	}
}

func TestAskMissingNotebookIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.json")
	code, _, errOut := runCmd("ask", "--file", path, "--for", "x")
	if code != exitError || !strings.Contains(errOut, "vetted ask: there is no notebook") {
		t.Errorf("exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("vetted ask created a notebook")
	}
}

func TestAskOutNeverOverwritesWithoutForce(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "msg.txt")
	code, stdout, errOut := runCmd("ask", "--demo", "--for", "chen", "--out", out)
	if code != exitOK || stdout != "" || !strings.Contains(errOut, "wrote") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
	first, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(first), "Subject: ") || !strings.Contains(string(first), "Dear 陈静") {
		t.Fatalf("%v: %s", err, first)
	}
	if info, _ := os.Stat(out); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	code, _, errOut = runCmd("ask", "--demo", "--for", "whitlock", "--out", out)
	if code != exitError || !strings.Contains(errOut, "--force") {
		t.Errorf("second write without --force: exit %d, %q", code, errOut)
	}
	if again, _ := os.ReadFile(out); string(again) != string(first) {
		t.Error("the file changed without --force")
	}
	if code, _, _ = runCmd("ask", "--demo", "--for", "whitlock", "--out", out, "--force"); code != exitOK {
		t.Errorf("--force: exit %d", code)
	}
	if again, _ := os.ReadFile(out); !strings.Contains(string(again), "Dear Sam Whitlock") {
		t.Errorf("--force did not replace the file: %s", again)
	}
	if names := listDir(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

func TestAskReadsAnEncryptedNotebook(t *testing.T) {
	const pass = "correct horse battery"
	path := encryptedNotebook(t, pass)
	t.Setenv("VETTED_PASSPHRASE", pass)
	code, out, errOut := runCmd("ask", "--file", path, "--for", "chen")
	if code != exitOK || !strings.Contains(out, "Dear 陈静") || !strings.Contains(errOut, "not encrypted") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	t.Setenv("VETTED_PASSPHRASE", "wrong passphrase")
	if code, out, _ = runCmd("ask", "--file", path, "--for", "chen"); code != exitError || out != "" {
		t.Errorf("wrong passphrase: exit %d, stdout %q", code, out)
	}
}
