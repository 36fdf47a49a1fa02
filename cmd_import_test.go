package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

func TestImportCommandDryRunWritesNothingAndImportKeeps(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "sheet.csv")
	nbPath := filepath.Join(dir, "nb.json")
	if err := os.WriteFile(sheet, []byte("Question,Dr A\nFee per session,$150\nWeekends?,yes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "Dr A", Status: store.ToContact,
		Answers: map[string]checklist.Answer{checklist.QFee: {Status: checklist.StatusAnswered, Value: "140.00"}}})
	data, err := store.Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(nbPath, data, 0o600); err != nil {
		t.Fatal(err)
	}

	var out, errb bytes.Buffer
	if code := run([]string{"import", "--from", sheet, "--file", nbPath, "--dry-run"}, &out, &errb); code != 0 {
		t.Fatalf("dry run: exit %d, %s", code, errb.String())
	}
	if after, _ := os.ReadFile(nbPath); !bytes.Equal(after, data) {
		t.Error("the dry run changed the notebook")
	}
	for _, want := range []string{"1 kept as the notebook has them", "Weekends (yesno, in Imported)", "Dry run: nothing was written."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("dry run report lacks %q:\n%s", want, out.String())
		}
	}

	out.Reset()
	if code := run([]string{"import", "--from", sheet, "--file", nbPath}, &out, &errb); code != 0 {
		t.Fatalf("import: exit %d, %s", code, errb.String())
	}
	back, err := disk.Read(nbPath)
	if err != nil {
		t.Fatal(err)
	}
	if back.Therapists[0].Answers[checklist.QFee].Value != "140.00" {
		t.Error("the fee was overwritten without --force")
	}
	if prev, _ := os.ReadFile(nbPath + ".prev"); !bytes.Equal(prev, data) {
		t.Error("the notebook before the import was not kept as .prev")
	}
	if code := run([]string{"import", "--file", nbPath}, &out, &errb); code != 2 {
		t.Errorf("without --from: exit %d, want 2", code)
	}
}

// TestImportCommandSaysCheckIns: the report counts the check-ins written.
func TestImportCommandSaysCheckIns(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "sheet.csv")
	if err := os.WriteFile(sheet, []byte("Category,Question,Dr A\nCheck-ins,Check-in 1: when,12 Jan 2027\nCheck-ins,Check-in 1: Comfort,4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"import", "--from", sheet, "--file", filepath.Join(dir, "nb.json"), "--dry-run"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Check-ins after sessions written: 1.") {
		t.Errorf("the report does not count the check-in:\n%s", out.String())
	}
}
