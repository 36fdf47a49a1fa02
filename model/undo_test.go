package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/ondisk"
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
// roster, in order, with their answers and check-ins; who is recently
// deleted; the questions and categories.
func digest(t *testing.T, nb *store.Notebook) string {
	t.Helper()
	type therapist struct {
		ID, Name                string
		Answers, PartnerAnswers map[string]checklist.Answer
		CheckIns                []store.CheckIn
	}
	var d struct {
		Therapists []therapist
		Deleted    int
		Questions  []string
		Categories []checklist.CategoryID
	}
	for _, th := range nb.Therapists {
		d.Therapists = append(d.Therapists, therapist{th.ID, th.Name, th.Answers, th.PartnerAnswers, th.CheckIns})
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
		// The older of Dr A's two check-ins: it must come back first in
		// her list, where it was, not last.
		{name: "drop check-in", undo: "u", say: "Brought back the check-in of 1 Dec 2026 · after the first session.",
			see: "› 1 Dec 2026 · after the first session", // selected again
			do: func(h *harness, _ checklist.Question) {
				h.keys("C", "j", "d")
				h.mustSee("Drop the 1 Dec 2026 check-in? y/n")
				h.keys("y")
				h.mustSee("Check-in dropped: u brings it back.")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb, q := ownAnswered(t)
			nb.AddCategory("Practicalities")
			nb.Therapists[0].SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusAnswered, Value: "120.00", Note: "sliding scale"})
			nb.Therapists[0].Status = store.Chosen
			at := time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)
			nb.Therapists[0].AddCheckIn(store.CheckIn{At: at, After: checklist.AfterFirst})
			nb.Therapists[0].AddCheckIn(store.CheckIn{At: at.AddDate(0, 0, 14), After: checklist.AfterThird})
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

// TestUndoReopensAScreenLeftWithItsEdits: leaving a form (or the
// interview) without its edits, then the undo key on the screen below,
// opens it again with them, and saving them then records them.
func TestUndoReopensAScreenLeftWithItsEdits(t *testing.T) {
	tests := []struct {
		name string
		// open opens the screen from the roster and types; ask is its
		// question on esc; saveKey saves what came back; saved reads it
		// from the notebook.
		open    func(h *harness)
		typed   string
		ask     string
		saveKey string
		saved   func(nb *store.Notebook) string
	}{
		{name: "details form", typed: "Dr A Smith", ask: "Discard your edits? y/n", saveKey: "ctrl+s",
			open:  func(h *harness) { h.keys("e"); h.typeText(" Smith") },
			saved: func(nb *store.Notebook) string { return nb.Therapists[0].Name }},
		{name: "check-in form", typed: "felt rushed", ask: "Discard your edits? y/n", saveKey: "ctrl+s",
			open: func(h *harness) {
				h.keys("C", "n", "tab", "tab") // the first question's note
				h.typeText("felt rushed")
			},
			saved: func(nb *store.Notebook) string {
				var notes []string
				for _, c := range nb.Therapists[0].CheckIns {
					for _, a := range c.Answers {
						notes = append(notes, a.Note)
					}
				}
				return strings.Join(notes, ",")
			}},
		{name: "interview", typed: "135", ask: "Leave without saving your edits? y/n", saveKey: "enter",
			open: func(h *harness) {
				h.keys("enter")
				h.goToQuestion(checklist.QFee)
				h.typeText("135")
				h.keys("tab") // typed on one question, left from another
			},
			saved: func(nb *store.Notebook) string { return nb.Therapists[0].Answers[checklist.QFee].Value }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb := notebookWith("Dr A")
			nb.Therapists[0].Status = store.Chosen
			h, _ := fileHarnessWith(t, nb)
			tt.open(h)
			h.keys("esc")
			h.mustSee(tt.ask)
			h.keys("y")
			h.mustSee("Left without your edits: u brings them back.")
			h.mustNotSee(tt.typed)
			h.keys("u")
			h.mustSee(tt.typed)
			h.mustSee("Brought back your edits: " + tt.saveKey + " saves them.")
			if h.m.kind() == screenInterview {
				// Back on the question it was typed in, in its field.
				if got := h.m.interview().Current().ID; got != checklist.QFee {
					t.Fatalf("the interview opened again on %s, not on the typed answer's question", got)
				}
				if got := h.m.interview().Editing(); got != tt.typed {
					t.Fatalf("the answer field holds %q, want %q", got, tt.typed)
				}
			}
			h.keys(tt.saveKey)
			if got := tt.saved(h.m.nb()); !strings.Contains(got, strings.TrimPrefix(tt.typed, "Dr A ")) {
				t.Fatalf("after undo and %s the notebook holds %q, want %q", tt.saveKey, got, tt.typed)
			}
		})
	}
}

// TestUndoReopensTheInterviewAsTheNotebookNowIs: an interview left with
// a typed answer and brought back after the same therapist's interview
// recorded another answer meanwhile shows that answer, and keeps the
// typed one; the edits of a therapist gone meanwhile stay gone.
func TestUndoReopensTheInterviewAsTheNotebookNowIs(t *testing.T) {
	h, path := fileHarnessWith(t, notebookWith("Dr A", "Dr B"))
	h.keys("enter")
	h.goToQuestion(checklist.QFee)
	h.typeText("135")
	h.keys("esc", "y")
	h.keys("enter") // the interview again, afresh: the fee is not typed
	h.goToQuestion(checklist.QFee)
	if got := h.m.interview().Editing(); got != "" {
		t.Fatalf("a fresh interview shows the discarded %q", got)
	}
	h.keys("tab", "y", "enter") // the next question's answer, recorded
	recorded := h.m.nb().Therapists[0].Answers
	h.keys("esc")
	h.keys("u")
	h.goToQuestion(checklist.QFee)
	if got := h.m.interview().Editing(); got != "135" {
		t.Fatalf("the reopened interview lost the typed fee: %q", got)
	}
	h.keys("tab")
	next := h.m.interview().Current().ID
	if got, want := h.m.interview().Editing(), recorded[next].Value; want == "" || !strings.HasPrefix(want, got) {
		t.Fatalf("the reopened interview shows %q on %s, not the %q recorded meanwhile", got, next, want)
	}
	// Left again, and the therapist gone from the file (another computer
	// removed her, and the notebook was reloaded): u on the roster has
	// nothing to open, and says so.
	h.keys("esc", "y")
	otherComputer(t, path, func(nb *store.Notebook) { nb.Therapists = nb.Therapists[1:] })
	h.send(ondisk.ChangedMsg{})
	h.send(tea.KeyMsg{Type: tea.KeyCtrlR})
	h.mustSee("Reloaded the notebook from disk.")
	h.keys("u")
	h.mustSee("Nothing to undo: what it was open on is no longer in the notebook.")
	if h.m.kind() == screenInterview {
		t.Fatal("the interview of a therapist gone for good opened again")
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
