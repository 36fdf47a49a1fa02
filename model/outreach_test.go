package model

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/outreach"
	"github.com/vetted-tui/vetted/store"
)

// newOutreachHarness runs the demo with the terminal and export folder
// under the test's control, and opens the pane for Sam Whitlock.
func newOutreachHarness(t *testing.T, height int) (*harness, *bytes.Buffer, string) {
	t.Helper()
	t.Setenv("TMUX", "")
	t.Setenv("TERM", "xterm-256color")
	var term bytes.Buffer
	dir := t.TempDir()
	h := &harness{t: t, m: New(Options{Notebook: demo.Notebook(), Terminal: &term, ExportDir: dir})}
	h.send(tea.WindowSizeMsg{Width: 80, Height: height})
	h.keys("down", "down", "o")
	if h.m.kind() != screenOutreach {
		t.Fatalf("o on the roster opened screen %v", h.m.kind())
	}
	return h, &term, dir
}

func TestOutreachPaneShowsTheDraftAndScrolls(t *testing.T) {
	h, _, _ := newOutreachHarness(t, 16)
	h.mustSee("Message to Sam Whitlock · 7 open questions")
	h.mustSee("Dear Sam Whitlock,")
	h.mustNotSee("Kind regards")
	for range 40 {
		h.keys("down")
	}
	h.mustSee("Kind regards")
	h.mustNotSee("Dear Sam Whitlock,")
	h.keys("pgup", "pgup", "pgup", "pgup")
	h.mustSee("Dear Sam Whitlock,")

	h.mustNotSee("What I would like help with")
	h.keys("t")
	h.mustSee("[x] my concerns included")
	h.keys("pgup", "pgup", "pgup", "pgup")
	seen := false
	for range 40 {
		if strings.Contains(h.view(), "What I would like help with") {
			seen = true
			break
		}
		h.keys("down")
	}
	if !seen {
		t.Errorf("scrolling through the draft after t never shows the concerns:\n%s", h.view())
	}
	h.keys("esc")
	if h.m.kind() != screenRoster {
		t.Errorf("esc: screen %v", h.m.kind())
	}
}

func TestOutreachCopyWritesOSC52ToTheTerminalNotTheView(t *testing.T) {
	h, term, _ := newOutreachHarness(t, 24)
	h.keys("y")
	want := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(h.m.outreach().Message()))
	if !strings.HasPrefix(term.String(), want) {
		t.Fatalf("terminal got %q…, want the OSC 52 sequence of the draft", term.String()[:min(40, term.Len())])
	}
	if strings.Contains(h.m.View(), "\x1b]52") {
		t.Error("the OSC 52 sequence is in View")
	}
	h.mustSee("sent to the terminal's clipboard (if your terminal allows it)")
	// Ticked in, the copy holds the concerns.
	term.Reset()
	h.keys("t", "y")
	got, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(term.String(), "\x1b]52;c;"), "\a"))
	if err != nil || !strings.Contains(string(got), "What I would like help with") {
		t.Errorf("copy with concerns: %v %q", err, got)
	}
}

func TestOutreachCopyInsideTmuxIsWrapped(t *testing.T) {
	h, term, _ := newOutreachHarness(t, 24)
	t.Setenv("TMUX", "/tmp/tmux-1/default,1,0")
	h.keys("y")
	if !strings.HasPrefix(term.String(), "\x1bPtmux;\x1b\x1b]52;c;") {
		t.Errorf("inside tmux the sequence should pass through: %q", term.String()[:min(30, term.Len())])
	}
}

func TestOutreachSaveNeverOverwrites(t *testing.T) {
	h, _, dir := newOutreachHarness(t, 24)
	draft := h.m.outreach().Message()
	h.keys("w")
	h.mustSee("Saved the message to")
	h.keys("t", "w")
	first, err := os.ReadFile(filepath.Join(dir, "vetted-message.txt"))
	if err != nil || string(first) != draft {
		t.Fatalf("%v: first file holds\n%s", err, first)
	}
	second, err := os.ReadFile(filepath.Join(dir, "vetted-message-2.txt"))
	if err != nil || !strings.Contains(string(second), "What I would like help with") {
		t.Fatalf("%v: second file holds\n%s", err, second)
	}
	if info, _ := os.Stat(filepath.Join(dir, "vetted-message.txt")); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", info.Mode().Perm())
	}
}

func TestOutreachMarkAskedThenAnswered(t *testing.T) {
	h, _, _ := newOutreachHarness(t, 24)
	h.keys("m")
	th := h.m.nb().Therapists[2]
	if th.Status != store.AskedByEmail {
		t.Fatalf("status after m = %q", th.Status)
	}
	h.keys("esc")
	h.mustSee("asked by email")
	h.keys("s")
	if got := h.m.nb().Therapists[2].Status; got != store.AnsweredByEmail {
		t.Errorf("s after asked by email = %q, want answered", got)
	}
	// Answers filled in afterwards leave the draft.
	before := outreach.Count(h.m.nb(), &h.m.nb().Therapists[2])
	h.keys("enter")
	h.goToQuestion("log.location")
	h.typeText("Main Street 4")
	h.keys("enter", "esc", "o")
	if after := outreach.Count(h.m.nb(), &h.m.nb().Therapists[2]); after != before-1 {
		t.Errorf("open questions %d → %d after answering one", before, after)
	}
	h.mustNotSee("Where is your office?")
}
