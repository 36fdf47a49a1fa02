package main

import (
	"os"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// TestReadmeExampleIsANotebook keeps the README's file format example true:
// it must load as a notebook, and its question IDs must exist.
func TestReadmeExampleIsANotebook(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "```json\n")
	if start < 0 {
		t.Fatal("README has no json example")
	}
	rest := text[start+len("```json\n"):]
	end := strings.Index(rest, "```")
	if end < 0 {
		t.Fatal("README's json example is not closed")
	}
	nb, err := store.Decode([]byte(rest[:end]))
	if err != nil {
		t.Fatalf("README's example does not load: %v", err)
	}
	for _, th := range nb.Therapists {
		for id := range th.Answers {
			if _, ok := nb.Catalogue().ByID(id); !ok {
				t.Errorf("README's example answers unknown question %q", id)
			}
		}
	}
	if len(nb.Profile.Concerns) == 0 {
		t.Error("README's example shows no profile")
	}
	for _, id := range nb.Profile.Concerns {
		if _, ok := checklist.ConcernByID(id); !ok {
			t.Errorf("README's example ticks unknown concern %q", id)
		}
	}
	for id := range nb.Importance {
		if _, ok := checklist.ByID(id); !ok {
			t.Errorf("README's example weighs unknown question %q", id)
		}
	}
}

// TestReadmeListsEveryConcernAndStep keeps the format section's lists of
// concern IDs and outreach steps complete.
func TestReadmeListsEveryConcernAndStep(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range checklist.Concerns() {
		if !strings.Contains(string(data), "`"+c.ID+"`") {
			t.Errorf("README does not list concern %s", c.ID)
		}
	}
	for _, s := range store.OutreachSteps() {
		if !strings.Contains(string(data), "`"+string(s)+"`") {
			t.Errorf("README does not list outreach step %s", s)
		}
	}
}
