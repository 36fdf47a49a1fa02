package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// fileHarnessWith opens nb from a real file in a temp folder.
func fileHarnessWith(t *testing.T, nb *store.Notebook) (*harness, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notebook.json")
	data, err := store.Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, opened, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	h := &harness{t: t, m: New(Options{File: f, Notebook: opened})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return h, path
}

// digest is what an undo must bring back as it was: who is on the
// roster, in order, with their answers; who is recently deleted; the
// questions and categories.
func digest(t *testing.T, nb *store.Notebook) string {
	t.Helper()
	type therapist struct {
		ID, Name                string
		Answers, PartnerAnswers map[string]checklist.Answer
	}
	var d struct {
		Therapists []therapist
		Deleted    int
		Questions  []string
		Categories []checklist.CategoryID
	}
	for _, th := range nb.Therapists {
		d.Therapists = append(d.Therapists, therapist{th.ID, th.Name, th.Answers, th.PartnerAnswers})
	}
	d.Deleted = len(nb.Deleted)
	for _, q := range nb.Catalogue().Questions() {
		d.Questions = append(d.Questions, q.ID)
	}
	slices.Sort(d.Questions)
	if nb.Questions != nil {
		for _, c := range nb.Questions.Categories {
			d.Categories = append(d.Categories, c.ID)
		}
	}
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestUndoBringsBackEachDestructiveAction does each destructive action,
// checks that it took something, presses the undo key of that screen and
// checks that the notebook, and the file after the save, are back as
// they were, and that the status line says what came back.
func TestUndoBringsBackEachDestructiveAction(t *testing.T) {
	tests := []struct {
		name string
		// do opens the screen and does the action, undo is the key.
		do   func(h *harness, q checklist.Question)
		undo string
		say  string
		see  string // on the screen after the undo, besides say
	}{
		{name: "delete therapist", undo: "u", say: "Brought back Dr A and their answers.",
			do: func(h *harness, _ checklist.Question) { h.keys("d", "y") }},
		{name: "clear answer", undo: "ctrl+z", say: "Brought back the answer for Dr A.", see: "sliding scale",
			do: func(h *harness, _ checklist.Question) {
				h.keys("enter")
				for i := 0; i < 200 && h.m.interview().Current().ID != checklist.QFee; i++ {
					h.keys("tab")
				}
				h.keys("ctrl+r", "y")
			}},
		{name: "archive question", undo: "u", say: "Brought back “Weekends”, with 2 answers.",
			do: func(h *harness, _ checklist.Question) {
				h.keys("Q")
				h.selectRow("Can we meet on weekends?")
				h.keys("d", "y")
			}},
		{name: "archive category", undo: "u", say: "Brought back the category “Practicalities”.",
			do: func(h *harness, _ checklist.Question) {
				h.keys("Q")
				h.selectRow("PRACTICALITIES")
				h.keys("d", "y")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb, q := ownAnswered(t)
			nb.AddCategory("Practicalities")
			nb.Therapists[0].SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusAnswered, Value: "120.00", Note: "sliding scale"})
			h, path := fileHarnessWith(t, nb)
			before := digest(t, h.m.nb())
			tt.do(h, q)
			if digest(t, h.m.nb()) == before {
				t.Fatal("the action changed nothing")
			}
			h.keys(tt.undo)
			if got := digest(t, h.m.nb()); got != before {
				t.Errorf("after undo the notebook is\n%s\nwant\n%s", got, before)
			}
			if got := digest(t, onDisk(t, path)); got != before {
				t.Errorf("after undo the file holds\n%s\nwant\n%s", got, before)
			}
			h.mustSee(tt.say)
			if tt.see != "" {
				h.mustSee(tt.see)
			}
		})
	}
}

// TestUndoReopensAFormLeftWithItsEdits: leaving the details form without
// its edits, then u on the roster, opens it again with them.
func TestUndoReopensAFormLeftWithItsEdits(t *testing.T) {
	h, _ := fileHarnessWith(t, notebookWith("Dr A"))
	h.keys("e")
	h.typeText(" Smith")
	h.keys("esc")
	h.mustSee("Discard your edits? y/n")
	h.keys("y")
	h.mustSee("Left without your edits: u brings them back.")
	h.mustNotSee("Dr A Smith")
	h.keys("u")
	h.mustSee("Dr A Smith")
	h.keys("ctrl+s")
	if got := h.m.nb().Therapists[0].Name; got != "Dr A Smith" {
		t.Fatalf("name after undo and save = %q", got)
	}
}

// TestUndoIsPerScreen: u on another screen does not undo a delete made on
// the roster, and u with nothing to undo changes nothing.
func TestUndoIsPerScreen(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A", "Dr B"))
	h.keys("u")
	if len(h.m.nb().Therapists) != 2 {
		t.Fatal("u with nothing to undo changed the roster")
	}
	h.keys("d", "y")
	h.keys("p") // the preparation screen
	h.keys("u")
	if len(h.m.nb().Therapists) != 1 {
		t.Fatal("u on another screen brought the therapist back")
	}
	h.keys("esc")
	// The full help lists u where there is something to undo (on the
	// page after the roster's keys, if they fill the first).
	seen := false
	for range 3 {
		h.keys("?")
		seen = seen || strings.Contains(h.view(), "u/ctrl+z undo")
	}
	if !seen {
		t.Fatal("the help does not list u")
	}
	if h.m.help.ShowAll {
		h.keys("?")
	}
	h.keys("u")
	if len(h.m.nb().Therapists) != 2 || h.m.nb().Therapists[0].Name != "Dr A" {
		t.Fatalf("u on the roster did not bring Dr A back to her place: %+v", h.m.nb().Therapists)
	}
}

// TestRecentlyDeletedRestoresAndEmpties: D lists the deleted, r restores,
// E asks, and only y empties.
func TestRecentlyDeletedRestoresAndEmpties(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A", "Dr B"))
	h.keys("d", "y", "d", "y")
	h.mustSee("No therapists yet")
	h.keys("D")
	h.mustSee("Recently deleted · 2")
	h.keys("r") // the newest first: Dr B
	if len(h.m.nb().Therapists) != 1 || h.m.nb().Therapists[0].Name != "Dr B" {
		t.Fatalf("r restored %+v", h.m.nb().Therapists)
	}
	h.mustSee("Brought back Dr B")
	h.keys("E")
	h.mustSee("Remove this therapist for good, answers and all? No undo. y/n")
	h.keys("n")
	if len(h.m.nb().Deleted) != 1 {
		t.Fatal("n emptied the list")
	}
	h.keys("E", "y")
	if len(h.m.nb().Deleted) != 0 {
		t.Fatal("y did not empty the list")
	}
	h.mustSee("Emptied recently deleted: 1 therapist gone for good.")
	h.keys("u")
	if len(h.m.nb().Therapists) != 1 {
		t.Fatal("u after emptying changed the roster")
	}
}

// TestConfirmIgnoresTheRestOfABrokenPaste is the split paste of issue 13
// as the model receives it: with the paste guard (internal/pasteguard)
// the d and the y after the early end marker come as pastes, and nothing
// is asked or deleted; a d and y that arrive in one read (one key
// message) ask but do not answer.
func TestConfirmIgnoresTheRestOfABrokenPaste(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A"))
	h.paste("harmless")
	h.paste("d")
	h.paste("y")
	if len(h.m.nb().Therapists) != 1 || h.m.top().Asking() {
		t.Fatal("the rest of a broken paste asked or deleted")
	}
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("dy")})
	if len(h.m.nb().Therapists) != 1 {
		t.Fatal("a y in the same read as the d answered the question")
	}
	h.keys("n")
	// Unguarded (a terminal that splits the marker from the y), the
	// delete goes through, and u brings the therapist back.
	h.paste("harmless")
	h.keys("d", "y")
	if len(h.m.nb().Therapists) != 0 {
		t.Fatal("setup: the keys did not delete")
	}
	h.keys("u")
	if len(h.m.nb().Therapists) != 1 {
		t.Fatal("u did not bring the therapist back")
	}
}

// TestCtrlCAsksOnceOverATypedAnswer: ctrl+c with an answer typed and not
// recorded asks, as esc does; a second ctrl+c quits.
func TestCtrlCAsksOnceOverATypedAnswer(t *testing.T) {
	h := openInterview(t, notebookWith("Dr A"))
	h.goToQuestion(checklist.QFee)
	h.typeText("120")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	h.run(h.update(quitCheckMsg{}))
	if h.quit {
		t.Fatal("ctrl+c quit over a typed answer without asking")
	}
	h.mustSee("ctrl+c again quits without it")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	h.run(h.update(quitCheckMsg{}))
	if !h.quit {
		t.Fatal("a second ctrl+c did not quit")
	}
}

// TestUndoReopensTheQuestionFormLeftWithItsEdits: the questions screen's
// form, left without its edits, comes back with them on u.
func TestUndoReopensTheQuestionFormLeftWithItsEdits(t *testing.T) {
	h := newHarness(t, notebookWith("Dr A"))
	h.keys("Q")
	h.selectRow("LOGISTICS")
	h.keys("a")
	h.typeText("Half a question")
	h.keys("esc", "y")
	h.mustNotSee("Half a question")
	h.mustSee("Left without your edits: u brings them back.")
	h.keys("u")
	h.mustSee("Half a question")
	h.mustSee("Brought back your edits")
}
