package model

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/welcome"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// welcomeHarness starts the app as a first run: no notebook file yet.
func welcomeHarness(t *testing.T, w, h int) (*harness, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notes", "notebook.json")
	f, nb, err := disk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	hs := &harness{t: t, m: New(Options{File: f, Notebook: nb, FirstRun: true})}
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs, path
}

func TestWelcomeSaysWhatWhereAndOffers(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {80, 24}, {MinWidth, MinHeight}} {
		h, path := welcomeHarness(t, size[0], size[1])
		if h.m.kind() != screenWelcome {
			t.Fatalf("%v: a first run opened on screen %v", size, h.m.kind())
		}
		v := h.view()
		for _, label := range welcome.ChoiceLabels() {
			if !strings.Contains(v, cutLabel(label, size[0])) {
				t.Errorf("%v: choice %q is not shown:\n%s", size, label, v)
			}
		}
		if size[0] >= 80 {
			for _, want := range []string{"Welcome to vetted", "questions worth", filepath.Base(filepath.Dir(path)), "Nothing leaves this computer"} {
				if !strings.Contains(v, want) {
					t.Errorf("%v: the welcome lacks %q:\n%s", size, want, v)
				}
			}
		}
	}
}

// cutLabel is the part of a choice's label sure to fit at width w.
func cutLabel(label string, w int) string {
	return label[:min(len(label), w-12)]
}

func TestWelcomeOnlyOnAFirstRun(t *testing.T) {
	h, _ := newFileHarness(t) // FirstRun not set
	if h.m.kind() != screenRoster {
		t.Errorf("an existing notebook opened on screen %v", h.m.kind())
	}
	nb := store.New()
	nb.Therapists = []store.Therapist{{ID: "a", Name: "Ann", Status: store.ToContact}}
	m := New(Options{File: &disk.File{}, Notebook: nb, FirstRun: true})
	if m.kind() != screenRoster {
		t.Error("a notebook with therapists opened on the welcome screen")
	}
}

// TestWelcomeAddFirstTherapist: the first choice opens the details form,
// and saving it writes the notebook.
func TestWelcomeAddFirstTherapist(t *testing.T) {
	h, path := welcomeHarness(t, 100, 30)
	h.keys("enter")
	if h.m.kind() != screenDetails {
		t.Fatalf("enter on the first choice opened screen %v", h.m.kind())
	}
	h.typeText("Dr Jane Doe")
	h.keys("ctrl+s")
	if h.m.kind() != screenRoster {
		t.Fatalf("after saving, screen %v", h.m.kind())
	}
	if nb := onDisk(t, path); len(nb.Therapists) != 1 || nb.Therapists[0].Name != "Dr Jane Doe" {
		t.Errorf("on disk: %+v", nb.Therapists)
	}
}

// TestWelcomeDemoAndBack: the demo shows the fictional notebook, saves
// nothing, and esc on its roster returns to the person's own notebook,
// which still saves to its file.
func TestWelcomeDemoAndBack(t *testing.T) {
	h, path := welcomeHarness(t, 100, 30)
	h.keys("2")
	if h.m.kind() != screenRoster || !h.m.demo {
		t.Fatalf("the demo did not open: screen %v, demo %v", h.m.kind(), h.m.demo)
	}
	// The roster cuts long names: look for the start of one.
	name := demo.Notebook().Therapists[0].Name[:12]
	h.mustSee(name)
	h.mustSee("esc: back to yours")
	// A change in the demo: the next outreach step, and a prep tick.
	h.keys("s", "p", "space", "esc")
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the demo wrote the notebook file: %v", err)
	}
	h.keys("esc")
	if h.m.kind() != screenWelcome || h.m.demo || h.m.own != nil {
		t.Fatalf("esc did not leave the demo: screen %v, demo %v", h.m.kind(), h.m.demo)
	}
	if strings.Contains(h.view(), name) || len(h.m.nb().Therapists) != 0 || len(h.m.nb().Prep) != 0 {
		t.Error("the demo's notebook or changes are still shown")
	}
	// The person's own notebook saves again.
	h.keys("1")
	h.typeText("Ann")
	h.keys("ctrl+s")
	if nb := onDisk(t, path); len(nb.Therapists) != 1 || nb.Therapists[0].Name != "Ann" {
		t.Errorf("after the demo, on disk: %+v", nb.Therapists)
	}
}

// TestWelcomeGetReady: the third choice opens the preparation list, whose
// ticks are saved; esc then goes to the roster.
func TestWelcomeGetReady(t *testing.T) {
	h, path := welcomeHarness(t, 100, 30)
	h.keys("down", "down", "enter")
	if h.m.kind() != screenPrep {
		t.Fatalf("the third choice opened screen %v", h.m.kind())
	}
	h.keys("space")
	if nb := onDisk(t, path); !nb.Prep[checklist.Prep()[0].ID] {
		t.Errorf("the tick was not saved: %v", nb.Prep)
	}
	h.keys("esc")
	if h.m.kind() != screenRoster {
		t.Errorf("esc from the list opened screen %v", h.m.kind())
	}
}

func TestWelcomeQuits(t *testing.T) {
	h, _ := welcomeHarness(t, 100, 30)
	h.mustSee("q quit")
	h.keys("q")
	if !h.quit {
		t.Error("q on the welcome screen did not quit")
	}
}

// TestWelcomeMarksTheChoiceAndKeepsTypeAhead: the choice under the cursor
// has a marker that needs no colour; "1" and a name typed fast open the
// form with the name in it.
func TestWelcomeMarksTheChoiceAndKeepsTypeAhead(t *testing.T) {
	h, _ := welcomeHarness(t, 100, 30)
	h.mustSee("› 1. Add my first therapist")
	h.keys("down")
	h.mustSee("› 2. Look at the demo")
	h.keys("up", "up")
	h.mustSee("› 1. Add")
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("1Dr Ann")})
	if h.m.kind() != screenDetails || h.m.details().Value(details.FieldName) != "Dr Ann" {
		t.Errorf("screen %v, name %q; want the form holding the name typed ahead", h.m.kind(), h.m.details().Value(details.FieldName))
	}
}
