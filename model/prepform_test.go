package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

var (
	keyCtrlD    = tea.KeyMsg{Type: tea.KeyCtrlD}
	keyAltEnter = tea.KeyMsg{Type: tea.KeyEnter, Alt: true}
)

// prepHarness opens the preparation list of nb, exports going to dir.
func prepHarness(t *testing.T, nb *store.Notebook, dir string) *harness {
	t.Helper()
	h := &harness{t: t, m: New(Options{Notebook: nb, ExportDir: dir})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	h.keys("p")
	return h
}

// The concern item opens as a form of its fields; what is typed is saved
// under the fields' IDs, done is set from the form, and the list says how
// much is written.
func TestPrepFormWritesFieldsAndDone(t *testing.T) {
	nb := store.New()
	h := prepHarness(t, nb, t.TempDir())
	h.keys("down", "down", "enter")
	h.mustSee("When it began")
	h.mustSee("Therapies you have taken and their effects")
	h.keys("right", "tab") // done; on to "When it began"
	h.typeText("Last spring")
	h.keys("tab", "tab")
	h.typeText("GP in 2025")
	h.send(keyAltEnter)
	h.typeText("a counsellor")
	h.keys("ctrl+s")

	if got := nb.PrepForm.Entry(checklist.PrepConcernHistory + ".began"); got != "Last spring" {
		t.Errorf("began = %q", got)
	}
	if got := nb.PrepForm.Entry(checklist.PrepConcernHistory + ".professionals"); got != "GP in 2025\na counsellor" {
		t.Errorf("professionals = %q", got)
	}
	if !nb.Prep[checklist.PrepConcernHistory] {
		t.Error("done was not saved")
	}
	h.mustSee("Before the first appointment · 1 of 7 ready")
	h.mustSee("(2 of 4 written)")
}

// Medications are rows of name and dose: ctrl+n adds one, ctrl+d removes
// the one in focus, and blank rows are not kept.
func TestPrepFormMedicationRows(t *testing.T) {
	nb := store.New()
	h := prepHarness(t, nb, t.TempDir())
	h.keys("down", "down", "down", "down", "enter")
	h.mustSee("Name 1")
	h.keys("tab")
	h.typeText("Sertraline")
	h.keys("tab")
	h.typeText("50 mg daily")
	h.keys("ctrl+n")
	h.typeText("Vitamin D")
	h.keys("ctrl+n")
	h.typeText("oops")
	h.mustSee("Name 3")
	h.send(keyCtrlD)
	h.mustNotSee("Name 3")
	h.keys("ctrl+n", "ctrl+s") // an empty row is dropped on saving
	want := []store.Medication{{Name: "Sertraline", Dose: "50 mg daily"}, {Name: "Vitamin D"}}
	if got := nb.PrepForm.Medications; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("medications = %+v, want %+v", got, want)
	}
	h.mustSee("(2 listed)")

	// Removing a row from the middle numbers the rest again.
	h.keys("enter")
	h.mustSee("Name 2")
	h.keys("tab") // Name 1
	h.send(keyCtrlD)
	h.mustNotSee("Name 2")
	h.keys("ctrl+s")
	if got := nb.PrepForm.Medications; len(got) != 1 || got[0].Name != "Vitamin D" {
		t.Errorf("after removing the first row: %+v", got)
	}
}

// A field the person did not touch keeps what the notebook holds, even
// text the form shows cleaned; esc after an edit asks first and then
// drops it.
func TestPrepFormKeepsUntouchedTextAndAsksOnEsc(t *testing.T) {
	nb := store.New()
	stored := "line one\x1b[31m red"
	nb.SetPrepEntry(checklist.NotesID(checklist.PrepPhysicalCheck), stored)
	h := prepHarness(t, nb, t.TempDir())
	h.keys("enter")
	h.mustNotSee("\x1b[31m")
	h.keys("right", "ctrl+s")
	if got := nb.PrepForm.Entry(checklist.NotesID(checklist.PrepPhysicalCheck)); got != stored {
		t.Errorf("untouched notes rewritten: %q", got)
	}
	if !nb.Prep[checklist.PrepPhysicalCheck] {
		t.Error("done not saved")
	}

	h.keys("enter", "tab")
	h.typeText(" more")
	h.keys("esc")
	h.mustSee("Discard your edits? y/n")
	h.keys("y")
	h.mustSee("Before the first appointment")
	if got := nb.PrepForm.Entry(checklist.NotesID(checklist.PrepPhysicalCheck)); got != stored {
		t.Errorf("a dropped edit reached the notebook: %q", got)
	}
}

// b on the preparation list writes the brief to the start folder, and a
// second one does not go over the first.
func TestPrepBriefKeyWritesAFreshFile(t *testing.T) {
	nb := store.New()
	nb.SetMedications([]store.Medication{{Name: "Sertraline", Dose: "50 mg"}})
	dir := t.TempDir()
	h := prepHarness(t, nb, dir)
	h.keys("b")
	h.mustSee("Brief written")
	h.keys("b")
	for _, name := range []string{"vetted-brief.md", "vetted-brief-2.md"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !strings.Contains(string(data), "Sertraline — 50 mg") {
			t.Fatalf("%s: %v\n%s", name, err, data)
		}
		if info, _ := os.Stat(filepath.Join(dir, name)); info.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v", name, info.Mode().Perm())
		}
	}
}

// B writes the brief with My concerns in it; b leaves them out.
func TestPrepBriefConcernsOnlyWithCapitalB(t *testing.T) {
	nb := store.New()
	nb.Profile.OwnWords = "We want sex at different times."
	dir := t.TempDir()
	h := prepHarness(t, nb, dir)
	h.keys("b")
	h.keys("B")
	without, err := os.ReadFile(filepath.Join(dir, "vetted-brief.md"))
	if err != nil {
		t.Fatal(err)
	}
	with, err := os.ReadFile(filepath.Join(dir, "vetted-brief-2.md"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(without), nb.Profile.OwnWords) {
		t.Error("b put my own words in the brief")
	}
	if !strings.Contains(string(with), nb.Profile.OwnWords) {
		t.Errorf("B left my own words out:\n%s", with)
	}
}

// Every form fits its screen at every size, the focused field in view:
// the intro gives way, and a long form scrolls.
func TestFormsFitEverySize(t *testing.T) {
	nb := notebookWith("Dr Ada Quinn")
	var meds []store.Medication
	for i := range 12 {
		meds = append(meds, store.Medication{Name: "Medication " + string(rune('A'+i)), Dose: "10 mg"})
	}
	nb.SetMedications(meds)
	forms := map[string][]string{
		"find names":  {"p", "down", "enter"},
		"concern":     {"p", "down", "down", "enter"},
		"medications": {"p", "down", "down", "down", "down", "enter"},
		"credentials": {"v"},
	}
	for name, ks := range forms {
		for _, size := range [][2]int{{60, 16}, {80, 24}, {120, 40}, {300, 100}} {
			h := newHarness(t, nb.Clone())
			h.keys(ks...)
			h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for step := range 30 { // walk down every field
				v := h.view()
				lines := strings.Split(v, "\n")
				if len(lines) > size[1] {
					t.Fatalf("%s at %dx%d: %d lines", name, size[0], size[1], len(lines))
				}
				for _, l := range lines {
					if w := ansi.StringWidth(l); w > size[0] {
						t.Fatalf("%s at %dx%d: line %d columns wide: %q", name, size[0], size[1], w, l)
					}
				}
				if !strings.Contains(v, "›") {
					t.Fatalf("%s at %dx%d, step %d: the focused field is out of view:\n%s", name, size[0], size[1], step, v)
				}
				h.keys("tab")
			}
		}
	}
}

// A hand-edited entry longer than a field holds loads cut, refuses edits
// and, left alone, is saved whole.
func TestPrepFormKeepsAHugeEntryWhole(t *testing.T) {
	nb := store.New()
	huge := strings.Repeat("x", checklist.MaxPrepRunes+50)
	id := checklist.PrepConcernHistory + ".began"
	nb.SetPrepEntry(id, huge)
	h := prepHarness(t, nb, t.TempDir())
	h.keys("down", "down", "enter", "tab")
	h.typeText("y")
	if v := h.view(); !strings.Contains(v, "✗") {
		t.Errorf("typing into a cut text was not refused:\n%s", v)
	}
	h.keys("ctrl+s")
	if got := nb.PrepForm.Entry(id); got != huge {
		t.Errorf("the huge entry was rewritten (%d runes)", len(got))
	}
}

// TestCutFormSaysWhatItHides: a form taller than the screen says how many
// lines it hides below, and above once the focus has moved down.
func TestCutFormSaysWhatItHides(t *testing.T) {
	nb := notebookWith("Dr Ada Quinn")
	var meds []store.Medication
	for i := range 12 {
		meds = append(meds, store.Medication{Name: "Medication " + string(rune('A'+i)), Dose: "10 mg"})
	}
	nb.SetMedications(meds)
	h := newHarness(t, nb)
	h.keys("p", "down", "down", "down", "down", "enter")
	h.send(tea.WindowSizeMsg{Width: 80, Height: 16})
	if v := h.view(); !strings.Contains(v, "↓") {
		t.Fatalf("no ↓ marker on a cut form:\n%s", v)
	}
	for range 20 {
		h.keys("tab")
	}
	if v := h.view(); !strings.Contains(v, "↑") || !strings.Contains(v, "›") {
		t.Fatalf("no ↑ marker, or the focus out of view, further down:\n%s", v)
	}
}
