package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestManPage: vetted man prints a roff page made from the command
// definitions: a .TH title line, the usual sections, every command and
// flag, and only requests roff knows at the start of a line.
func TestManPage(t *testing.T) {
	code, page, errs := runCmd("man")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !regexp.MustCompile(`^\.TH VETTED 1 "\d{4}-\d\d-\d\d" "vetted" "`).MatchString(page) {
		t.Errorf("the page does not start with a .TH line:\n%.200s", page)
	}
	for _, want := range []string{".SH NAME\nvetted - choose a sex therapist", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS",
		".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES", "VETTED_PASSPHRASE", `\fB--accessible\fP`, `\fB--for\fP`, `\fB--dry-run\fP`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, c := range listedCommands() {
		if c.Name() != "help" && !strings.Contains(page, `\fB`+c.Name()+`\fP`) {
			t.Errorf("the page lacks the command %s", c.Name())
		}
	}
	if strings.Contains(page, "`") {
		t.Error("a flag's backquoted value name reached the page")
	}
	request := regexp.MustCompile(`^\.(TH|SH|PP|TP|RS|RE)( |$)`)
	for i, line := range strings.Split(page, "\n") {
		if (strings.HasPrefix(line, ".") && !request.MatchString(line)) || strings.HasPrefix(line, "'") {
			t.Errorf("line %d would be read as a roff request: %q", i+1, line)
		}
	}
}
