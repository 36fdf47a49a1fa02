package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

func TestQuestionsJSON(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"questions", "--format", "json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	if errb.Len() != 0 {
		t.Errorf("stderr not empty: %q", errb.String())
	}
	var got struct {
		Categories []struct {
			ID        checklist.CategoryID `json:"id"`
			Questions []checklist.Question `json:"questions"`
		} `json:"categories"`
		Prep []checklist.PrepItem `json:"prep"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(got.Categories) != len(checklist.Categories()) {
		t.Errorf("%d categories", len(got.Categories))
	}
	n := 0
	for _, c := range got.Categories {
		n += len(c.Questions)
	}
	if n != len(checklist.Catalogue()) {
		t.Errorf("%d questions, want %d", n, len(checklist.Catalogue()))
	}
	if len(got.Prep) != len(checklist.Prep()) {
		t.Errorf("%d prep items, want %d", len(got.Prep), len(checklist.Prep()))
	}
}

func TestQuestionsFormats(t *testing.T) {
	cases := []struct {
		args []string
		want string // a line the output must contain
	}{
		{[]string{"questions"}, "BEFORE YOUR FIRST APPOINTMENT"},
		{[]string{"questions", "--format", "text"}, "BEFORE YOUR FIRST APPOINTMENT"},
		{[]string{"questions", "--format=md"}, "## Before your first appointment"},
		{[]string{"questions", "-format", "md"}, "# Questions to ask a sex therapist"},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		if code := run(c.args, &out, &errb); code != 0 {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, errb.String())
			continue
		}
		if !strings.Contains(out.String(), c.want) {
			t.Errorf("%v: output lacks %q", c.args, c.want)
		}
		first := checklist.Catalogue()[0].Prompt
		if !strings.Contains(out.String(), first) {
			t.Errorf("%v: output lacks the first question", c.args)
		}
	}
}

func TestQuestionsBadUsage(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"questions", "--format", "pdf"}, "unknown format; use text, md or json"},
		{[]string{"questions", "--colour"}, "unknown flag: --colour"},
		{[]string{"questions", "--format"}, "flag needs an argument"},
		{[]string{"questions", "extra"}, "takes no arguments"},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		if code := run(c.args, &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		if out.Len() != 0 {
			t.Errorf("%v: wrote %d bytes to stdout", c.args, out.Len())
		}
		if !strings.Contains(errb.String(), c.want) {
			t.Errorf("%v: stderr %q lacks %q", c.args, errb.String(), c.want)
		}
	}
}

func TestQuestionsHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"questions", "--help"}, &out, &errb); code != 0 {
		t.Errorf("--help exit %d", code)
	}
	if !strings.Contains(out.String(), "--format text|md|json") {
		t.Errorf("help text = %q", out.String())
	}
}

// failWriter fails every write, like a closed pipe.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestQuestionsWriteError(t *testing.T) {
	var errb bytes.Buffer
	if code := run([]string{"questions", "--format", "json"}, failWriter{}, &errb); code != 1 {
		t.Errorf("exit %d on a failing writer, want 1", code)
	}
	if !strings.Contains(errb.String(), "could not write") {
		t.Errorf("stderr = %q", errb.String())
	}
}

// TestQuestionsNameSources: the text and Markdown listings name each seed
// document in words; the JSON keeps the bare file name for tools.
func TestQuestionsNameSources(t *testing.T) {
	label := checklist.SourceLabel(checklist.SeedHospital)
	for format, want := range map[string]string{
		"text": "Source: " + label,
		"md":   "Source: a hospital's page on sex therapists (001\\_86dc346a65778784.txt)",
		"json": `"source": "` + checklist.SeedHospital + `"`,
	} {
		var out, errb bytes.Buffer
		if code := run([]string{"questions", "--format", format}, &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d, stderr %q", format, code, errb.String())
		}
		if flat := strings.Join(strings.Fields(out.String()), " "); !strings.Contains(flat, want) {
			t.Errorf("%s listing lacks %q", format, want)
		}
	}
}
