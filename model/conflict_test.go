package model

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// otherComputer writes the notebook at path as another computer would
// (through a sync tool): change edits what is on disk now. It returns the
// bytes it wrote.
func otherComputer(t *testing.T, path string, change func(nb *store.Notebook)) []byte {
	t.Helper()
	nb := onDisk(t, path)
	change(nb)
	data, err := store.Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	tmp := path + ".sync-tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	return data
}

// answered returns an answered answer with value v.
func answered(v string) checklist.Answer {
	return checklist.Answer{Status: checklist.StatusAnswered, Value: v, At: time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)}
}

// conflicted returns a harness on a file with Dr Ada whose fee answer could
// not be saved because another computer changed the file; theirs is what
// the other computer wrote.
func conflicted(t *testing.T, change func(nb *store.Notebook)) (h *harness, path string, theirs []byte) {
	t.Helper()
	h, path = fileWithTherapist(t)
	theirs = otherComputer(t, path, change)
	h.run(h.recordHeld("185.00"))
	return h, path, theirs
}

func TestChangedOnDiskWarnsAndOffersTheChoices(t *testing.T) {
	h, path, theirs := conflicted(t, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	h.mustSee("✗ The notebook changed on disk")
	h.mustSee("1 change is not on disk")
	h.mustSee("ctrl+r reload from disk")
	h.mustSee("ctrl+o save your version as a copy")
	if got, _ := os.ReadFile(path); !bytes.Equal(got, theirs) {
		t.Fatal("the other computer's file was written over")
	}
	// Other keys do nothing while the choice is open: not the letters of
	// an answer typed on, nor commands.
	screen := h.m.kind()
	h.keys("a", "q", "esc", "r", "c", "enter")
	if h.m.kind() != screen || h.quit || !h.m.conflict.Open || h.m.conflict.Busy {
		t.Fatal("a key other than ctrl+r, ctrl+o or ctrl+c acted")
	}
	if w := lineWidth(h.m.View()); w > 100 {
		t.Fatalf("the prompt makes the view %d wide", w)
	}
}

func TestReloadReappliesUnsavedAnswers(t *testing.T) {
	h, path, _ := conflicted(t, func(nb *store.Notebook) {
		nb.Therapists[0].Notes = "from the laptop"
		nb.Therapists[0].Answers[checklist.QAASECT] = answered("yes")
	})
	h.send(tea.KeyMsg{Type: tea.KeyCtrlR})
	got := onDisk(t, path)
	ada := got.Therapists[0]
	if ada.Notes != "from the laptop" || ada.Answers[checklist.QAASECT].Value != "yes" {
		t.Fatalf("the other computer's changes are gone: %+v", ada)
	}
	if ada.Answers[checklist.QFee].Value != "185.00" {
		t.Fatalf("the unsaved answer was not re-applied: %+v", ada.Answers)
	}
	h.mustSee("Reloaded the notebook from disk. Re-applied 1 answer.")
	if h.m.conflict.Open || h.m.saves.OnDisk() != h.m.saves.Rev() {
		t.Fatalf("prompt open %v, rev %d on disk %d", h.m.conflict.Open, h.m.saves.Rev(), h.m.saves.OnDisk())
	}
	if copies := disk.ConflictCopies(path); len(copies) != 0 {
		t.Fatalf("everything was re-applied, yet a copy was made: %v", copies)
	}
	// Saving goes on as before.
	h.run(h.recordHeld("200.00"))
	if onDisk(t, path).Therapists[0].Answers[checklist.QFee].Value != "200.00" {
		t.Fatal("a save after the reload did not reach the file")
	}
}

func TestReloadSaysWhatItCouldNotReapplyAndKeepsACopy(t *testing.T) {
	h, path, _ := conflicted(t, func(nb *store.Notebook) {
		nb.Therapists[0].Answers[checklist.QFee] = answered("150.00")
	})
	h.send(tea.KeyMsg{Type: tea.KeyCtrlR})
	if v := onDisk(t, path).Therapists[0].Answers[checklist.QFee].Value; v != "150.00" {
		t.Fatalf("fee on disk = %q: the other computer's answer was replaced", v)
	}
	if want := "Not re-applied (changed on disk too, or the therapist is gone): Dr Ada: " + checklist.ShortLabel(checklist.QFee); !strings.Contains(h.m.status.Text(), want) || !h.m.status.Err() {
		t.Fatalf("status %q lacks %q", h.m.status.Text(), want)
	}
	copies := disk.ConflictCopies(path)
	if len(copies) != 1 {
		t.Fatalf("copies = %v, want the version from before the reload", copies)
	}
	mine, err := disk.Read(filepath.Join(filepath.Dir(path), copies[0]))
	if err != nil {
		t.Fatal(err)
	}
	if mine.Therapists[0].Answers[checklist.QFee].Value != "185.00" {
		t.Fatal("the copy does not hold the answer that was not re-applied")
	}
	if want := "Your version from before the reload is in " + copies[0]; !strings.Contains(h.m.status.Text(), want) {
		t.Fatalf("status %q lacks %q", h.m.status.Text(), want)
	}
}

func TestCopyWritesANewFileAndSavesThere(t *testing.T) {
	h, path, theirs := conflicted(t, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	h.send(tea.KeyMsg{Type: tea.KeyCtrlO})
	copies := disk.ConflictCopies(path)
	if len(copies) != 1 || !strings.HasPrefix(copies[0], "notebook.conflict-") {
		t.Fatalf("copies = %v", copies)
	}
	copyPath := filepath.Join(filepath.Dir(path), copies[0])
	if info, err := os.Stat(copyPath); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("copy: %v, %v", info, err)
	}
	if onDisk(t, copyPath).Therapists[0].Answers[checklist.QFee].Value != "185.00" {
		t.Fatal("the copy lacks the unsaved answer")
	}
	h.mustSee("Now saving to " + copies[0] + " (your version).")
	h.mustSee(copies[0]) // the header names the file in use
	if h.m.conflict.Open || h.m.File().Path() != copyPath {
		t.Fatalf("prompt open %v, saving to %s", h.m.conflict.Open, h.m.File().Path())
	}
	h.run(h.recordHeld("200.00"))
	if onDisk(t, copyPath).Therapists[0].Answers[checklist.QFee].Value != "200.00" {
		t.Fatal("later saves do not go to the copy")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, theirs) {
		t.Fatal("the notebook that changed on disk was touched")
	}
}

func TestQuitInAConflictSaysWhatIsUnsaved(t *testing.T) {
	h, _, _ := conflicted(t, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	h.keys("ctrl+c")
	if h.quit {
		t.Fatal("quit at once with an unsaved change")
	}
	h.mustSee("1 change is not on disk. ctrl+r or ctrl+o keeps them; ctrl+c again quits without them.")
	h.keys("ctrl+c")
	if !h.quit || !strings.Contains(h.m.ExitNote(), "1 change not on disk") {
		t.Fatalf("quit %v, exit note %q", h.quit, h.m.ExitNote())
	}
}

func TestQuitThatMeetsAConflictStops(t *testing.T) {
	h, path := fileWithTherapist(t)
	theirs := otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	save := h.recordHeld("185.00")
	h.keys("ctrl+c") // waits for the save
	h.run(save)
	if h.quit {
		t.Fatal("quit although the save was refused")
	}
	h.mustSee("✗ The notebook changed on disk")
	h.mustSee("ctrl+c again to quit without them")
	if got, _ := os.ReadFile(path); !bytes.Equal(got, theirs) {
		t.Fatal("the other computer's file was written over")
	}
}

func TestConflictCopiesAreNamedOnOpening(t *testing.T) {
	h := &harness{t: t, m: New(Options{Notebook: store.New(), ConflictCopies: []string{
		"notebook (1).json", "notebook \x1b]0;pwned\x07(conflicted copy).json",
	}})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	h.mustSee(`copies a sync tool may have left: "notebook (1).json"`)
	h.mustSee("vetted opens only the notebook itself")
	if v := h.m.View(); strings.ContainsAny(v, "\x1b\x07") {
		t.Fatalf("a file name reached the screen unsanitised: %q", v)
	}
	if New(Options{Notebook: store.New()}).status.Text() != "" {
		t.Fatal("a note without copies")
	}
}

// lineWidth returns the widest line of a view.
func lineWidth(view string) int {
	w := 0
	for _, l := range strings.Split(view, "\n") {
		w = max(w, len([]rune(l)))
	}
	return w
}

// TestReloadKeepsTheScreen: after a reload the person is back where they
// were, the interview at the question it was on, reading the notebook from
// disk; where what they were on is gone (the therapist deleted on the
// other computer), they are on the roster.
func TestReloadKeepsTheScreen(t *testing.T) {
	onInterview := func(change func(nb *store.Notebook)) *harness {
		h, path := fileWithTherapist(t)
		h.keys("enter")
		h.goToQuestion(checklist.QFee)
		otherComputer(t, path, change)
		h.run(h.recordHeld("185.00"))
		if !h.m.conflict.Open {
			t.Fatal("setup: no changed-on-disk prompt")
		}
		h.send(tea.KeyMsg{Type: tea.KeyCtrlR})
		return h
	}
	h := onInterview(func(nb *store.Notebook) { nb.Therapists[0].Notes = "from the laptop" })
	if h.m.kind() != screenInterview || h.m.interview().Current().ID != checklist.QFee {
		t.Fatalf("after the reload: %s", h.m.kind())
	}
	if got := h.m.nb().Therapists[0].Notes; got != "from the laptop" {
		t.Fatalf("the screens read the old notebook: notes %q", got)
	}
	h.mustSee("✓ answered: $185")
	if len(h.m.stack) != 2 || h.m.stack[0] == nil {
		t.Fatalf("the stack below the interview is gone: %d screens", len(h.m.stack))
	}

	h2 := onInterview(func(nb *store.Notebook) { nb.Therapists = nil })
	if h2.m.kind() != screenRoster || len(h2.m.stack) != 1 {
		t.Fatalf("with the therapist gone, the reload left %s (%d screens)", h2.m.kind(), len(h2.m.stack))
	}
}
