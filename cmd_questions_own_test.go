package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

func TestQuestionsFileListsOwnQuestionsMarked(t *testing.T) {
	nb := store.New()
	c := nb.AddCategory("Practicalities")
	if _, err := nb.AddQuestion(checklist.Question{Category: c.ID, Kind: checklist.KindText, Prompt: "Is there parking\x1b[31m?"}); err != nil {
		t.Fatal(err)
	}
	if err := nb.SetHidden(checklist.QHours, true); err != nil {
		t.Fatal(err)
	}
	data, err := store.Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "nb.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "md", "json"} {
		var out, errb bytes.Buffer
		if code := run([]string{"questions", "--format", format, "--file", path}, &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d, %s", format, code, errb.String())
		}
		s := out.String()
		if !strings.Contains(s, "Is there parking") || strings.Contains(s, "\x1b") {
			t.Errorf("%s: own question missing or not cleaned", format)
		}
		if strings.Contains(s, "What are your office hours?") {
			t.Errorf("%s: a hidden question is listed", format)
		}
		mark := map[string]string{"text": "(your own)", "md": "(your own)", "json": `"own": true`}[format]
		if strings.Count(s, mark) != 1 {
			t.Errorf("%s: %q appears %d times, want once", format, mark, strings.Count(s, mark))
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"questions", "--file", filepath.Join(t.TempDir(), "none.json")}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "there is no notebook") {
		t.Errorf("missing file: exit %d, %q", code, errb.String())
	}
}
