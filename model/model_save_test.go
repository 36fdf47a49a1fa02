package model

import (
	"errors"
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

var errDiskFull = errors.New("vetted: cannot save /x/notebook.json: no space left on device")

// fileWithTherapist returns a harness on a real file holding Dr Ada, saved.
func fileWithTherapist(t *testing.T) (*harness, string) {
	t.Helper()
	h, path := newFileHarness(t)
	h.keys("a")
	h.typeText("Dr Ada")
	h.keys("ctrl+s")
	if h.m.saves.OnDisk() != h.m.saves.Rev() || h.m.saves.Pending() != 0 {
		t.Fatalf("setup: rev %d, on disk %d, pending %d", h.m.saves.Rev(), h.m.saves.OnDisk(), h.m.saves.Pending())
	}
	return h, path
}

// recordHeld records a fee answer and returns its save command unrun.
func (h *harness) recordHeld(value string) tea.Cmd {
	h.t.Helper()
	next, cmd := h.m.Update(screen.AnswerRecordedMsg{TherapistID: h.m.nb().Therapists[0].ID, QuestionID: checklist.QFee,
		Answer: checklist.Answer{Status: checklist.StatusAnswered, Value: value}})
	h.m = next.(Model)
	if cmd == nil {
		h.t.Fatal("an answer returned no save command")
	}
	return cmd
}

// update sends msg and returns the command, unrun.
func (h *harness) update(msg tea.Msg) tea.Cmd {
	h.t.Helper()
	next, cmd := h.m.Update(msg)
	h.m = next.(Model)
	return cmd
}

// isQuit reports whether cmd is tea.Quit.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func onDisk(t *testing.T, path string) *store.Notebook {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := store.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return nb
}

func TestQuitAfterAnEarlierFailedSaveSavesFirst(t *testing.T) {
	h, path := fileWithTherapist(t)
	h.recordHeld("185.00") // its save fails: the disk was full then
	h.send(ledger.Saved{Rev: h.m.saves.Rev(), Err: errDiskFull})
	h.mustSee("✗ vetted: cannot save")
	h.keys("ctrl+c")
	if !h.quit {
		t.Fatal("did not quit once the notebook was saved again")
	}
	if got := onDisk(t, path).Therapists[0].Answers[checklist.QFee].Value; got != "185.00" {
		t.Fatalf("quit with the answer not on disk (file holds %q)", got)
	}
}

func TestQuitWhenSavingAgainFailsStaysOpen(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.m.file.Close() // every save fails from now on
	h.recordHeld("185.00")
	h.send(ledger.Saved{Rev: h.m.saves.Rev(), Err: errDiskFull})
	h.keys("ctrl+c")
	if h.quit {
		t.Fatal("quit although the notebook could not be saved")
	}
	h.mustSee("1 change is not on disk")
	h.mustSee("ctrl+c again")
	// q starts the quit over: it tries again rather than giving up.
	h.keys("q")
	if h.quit {
		t.Fatal("q quit without trying to save")
	}
	h.keys("ctrl+c")
	if !h.quit {
		t.Fatal("a second ctrl+c did not quit anyway")
	}
	h.mustSee("Quit without saving: 1 change not on disk.")
	if got := h.m.ExitNote(); got != "Quit without saving: 1 change not on disk." {
		t.Errorf("ExitNote() = %q: the caller could not tell the person after the screen closes", got)
	}
}

func TestOlderSaveSucceedingDoesNotClearANewerFailure(t *testing.T) {
	h, _ := fileWithTherapist(t)
	first := h.recordHeld("185.00")
	h.recordHeld("190.00")
	newer := h.m.saves.Rev()
	h.send(ledger.Saved{Rev: newer, Err: errDiskFull})
	h.run(first) // the older save lands after the newer one failed
	h.mustSee("✗ vetted: cannot save")
	h.mustNotSee("Saved.")
	if h.m.saves.OnDisk() >= newer {
		t.Fatalf("on disk %d, but revision %d failed", h.m.saves.OnDisk(), newer)
	}
	// Quitting saves the newest notebook, and that clears the error.
	h.keys("ctrl+c")
	if !h.quit || h.m.saves.OnDisk() != h.m.saves.Rev() {
		t.Fatalf("quit %v with rev %d on disk of %d", h.quit, h.m.saves.OnDisk(), h.m.saves.Rev())
	}
}

func TestNewerSaveSucceedingClearsTheError(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.recordHeld("185.00")
	h.send(ledger.Saved{Rev: h.m.saves.Rev(), Err: errDiskFull})
	h.run(h.recordHeld("190.00"))
	h.mustSee("Saved.")
	h.mustNotSee("✗")
}

func TestLateFailureOfASupersededSaveIsIgnored(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.recordHeld("185.00")
	older := h.m.saves.Rev()
	h.run(h.recordHeld("190.00")) // the newer save lands first
	h.send(ledger.Saved{Rev: older, Err: errDiskFull})
	h.mustNotSee("✗")
	h.keys("ctrl+c")
	if !h.quit || h.saves != 2 {
		t.Fatalf("quit %v after %d saves; want to quit without saving again", h.quit, h.saves)
	}
}

func TestQuitAnywayResetsAfterASuccessfulSave(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.recordHeld("185.00")
	h.update(tea.KeyMsg{Type: tea.KeyCtrlC})
	h.update(quitCheckMsg{})
	h.send(ledger.Saved{Rev: h.m.saves.Rev(), Err: errDiskFull}) // fails while quitting
	if !h.m.saves.QuitAnyway() {
		t.Fatal("setup: a failure while quitting did not offer to quit anyway")
	}
	h.run(h.recordHeld("190.00")) // space was freed: this one works
	if h.m.saves.QuitAnyway() {
		t.Fatal("quitAnyway survived a successful save")
	}
	h.recordHeld("200.00") // still saving...
	if cmd := h.update(tea.KeyMsg{Type: tea.KeyCtrlC}); isQuit(cmd) {
		t.Fatal("ctrl+c quit at once without waiting for the save in flight")
	}
}

func TestSecondCtrlCQuitsWhileASaveHangs(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.recordHeld("185.00") // this save never returns (a dead network mount)
	h.update(tea.KeyMsg{Type: tea.KeyCtrlC})
	h.update(quitCheckMsg{})
	h.mustSee("Saving, then quitting")
	h.mustSee("ctrl+c again")
	if cmd := h.update(keyMsg("x")); cmd != nil {
		t.Fatal("a key while quitting did something")
	}
	cmd := h.update(tea.KeyMsg{Type: tea.KeyCtrlC})
	if !isQuit(cmd) {
		t.Fatal("a second ctrl+c while a save hangs did not quit")
	}
	if v := h.view(); !strings.Contains(v, "Quit before the save finished: 1 change may not be on disk.") {
		t.Fatalf("the status does not say what may be lost:\n%s", v)
	}
}

func TestLongSaveErrorWrapsAndTheScreenStillFits(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.send(sizeMsg(60, 16))
	h.recordHeld("185.00")
	h.update(tea.KeyMsg{Type: tea.KeyCtrlC})
	h.update(quitCheckMsg{})
	long := errors.New("vetted: cannot save /home/someone/.local/share/vetted/notebook.json: no space left on device")
	h.send(ledger.Saved{Rev: h.m.saves.Rev(), Err: long})
	v := h.view()
	if n := len(strings.Split(v, "\n")); n > 16 {
		t.Fatalf("%d lines on a 16-line terminal:\n%s", n, v)
	}
	flat := strings.Join(strings.Fields(v), " ")
	for _, want := range []string{"no space left on device", "1 change is not on disk.", "ctrl+c again"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the error lacks %q:\n%s", want, v)
		}
	}
	// A key press that clears the error gives the lines back to the body.
	h.run(h.recordHeld("190.00"))
	if n := len(strings.Split(h.view(), "\n")); n != 16 {
		t.Fatalf("%d lines after the error cleared, want 16", n)
	}
}

func TestQuitWaitsForANewerSaveAfterAFailure(t *testing.T) {
	h, path := fileWithTherapist(t)
	h.recordHeld("185.00")
	older := h.m.saves.Rev()
	newer := h.recordHeld("190.00")
	h.update(tea.KeyMsg{Type: tea.KeyCtrlC})
	h.update(quitCheckMsg{})
	h.send(ledger.Saved{Rev: older, Err: errDiskFull})
	if !h.m.saves.Quitting() {
		t.Fatal("stopped quitting although a newer save was still running")
	}
	h.run(newer)
	if !h.quit {
		t.Fatal("did not quit once the newer save covered the failed one")
	}
	if got := onDisk(t, path).Therapists[0].Answers[checklist.QFee].Value; got != "190.00" {
		t.Fatalf("file holds %q", got)
	}
}

func TestEmptyingDeletedLeavesNoCopyInThePreviousVersion(t *testing.T) {
	h, path := fileWithTherapist(t)
	h.keys("a")
	h.typeText("Dr Bo")
	h.keys("ctrl+s") // notebook.json.prev now holds Dr Ada
	prev, err := os.ReadFile(path + ".prev")
	if err != nil || !strings.Contains(string(prev), "Dr Ada") {
		t.Fatalf("setup: the kept previous version lacks Dr Ada (%v)", err)
	}
	h.keys("up", "d", "y")
	// Deleted, Dr Ada waits in recently deleted, in the file.
	if !strings.Contains(readIfThere(t, path), "Dr Ada") {
		t.Fatal("a delete removed Dr Ada from the file: nothing could bring her back")
	}
	h.keys("D", "E", "y")
	if strings.Contains(readIfThere(t, path), "Dr Ada") {
		t.Fatal("the notebook still holds Dr Ada")
	}
	if strings.Contains(readIfThere(t, path+".prev"), "Dr Ada") {
		t.Fatal("the kept previous version still holds Dr Ada")
	}
	h.mustSee("Emptied recently deleted: 1 therapist gone from the file.")
	// The next save keeps a previous version again, without Dr Ada.
	h.keys("s")
	if p := readIfThere(t, path+".prev"); p == "" || strings.Contains(p, "Dr Ada") {
		t.Fatalf("after the next save, the previous version is %q", p)
	}
}

func TestEmptyingRetriesDroppingThePreviousVersion(t *testing.T) {
	h, path := fileWithTherapist(t)
	h.keys("a")
	h.typeText("Dr Bo")
	h.keys("ctrl+s")
	h.send(screen.DeleteTherapistMsg{ID: h.m.nb().Therapists[0].ID})
	next, cmd := h.m.Update(screen.EmptyDeletedMsg{})
	h.m = next.(Model)
	_ = cmd // emptying's save fails: the disk was full
	h.send(ledger.Saved{Rev: h.m.saves.Rev(), Err: errDiskFull})
	h.mustSee("✗ vetted: cannot save")
	h.keys("s") // a later save works, and must not keep Dr Ada in .prev
	if strings.Contains(readIfThere(t, path+".prev"), "Dr Ada") {
		t.Fatal("a later save kept the deleted therapist in the previous version")
	}
	if h.m.saves.Dropping() {
		t.Fatal("still waiting to drop the previous version")
	}
}

func TestEmptyingSaysWhenThePreviousVersionRemains(t *testing.T) {
	h, _ := fileWithTherapist(t)
	h.send(screen.DeleteTherapistMsg{ID: h.m.nb().Therapists[0].ID})
	next, _ := h.m.Update(screen.EmptyDeletedMsg{})
	h.m = next.(Model)
	h.send(ledger.Saved{Rev: h.m.saves.Rev(), PrevErr: errors.New("vetted: cannot remove the previous version of /x/notebook.json: permission denied")})
	h.mustSee("✗ Emptied recently deleted (1 therapist), but vetted: cannot remove the previous version")
	if !h.m.saves.Dropping() || h.m.saves.OnDisk() != h.m.saves.Rev() {
		t.Fatalf("dropping %v, on disk %d of %d", h.m.saves.Dropping(), h.m.saves.OnDisk(), h.m.saves.Rev())
	}
}

// readIfThere returns the file's text, or "" when it does not exist.
func readIfThere(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCleanQuitLeavesNoExitNote(t *testing.T) {
	h, _ := newFileHarness(t)
	h.send(sizeMsg(80, 24))
	h.keys("a")
	h.typeText("Dr Ada")
	h.keys("ctrl+s", "ctrl+c")
	h.send(quitCheckMsg{})
	if !h.quit {
		t.Fatal("ctrl+c did not quit after the save")
	}
	if got := h.m.ExitNote(); got != "" {
		t.Errorf("ExitNote() = %q after a clean quit, want none", got)
	}
}
