package model

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
	"github.com/vetted-tui/vetted/store/disk"
)

func init() {
	// Tests compare plain text: no colour codes whatever the terminal.
	lipgloss.SetColorProfile(termenv.Ascii)
	// A blinking cursor's commands sleep; a static one returns at once.
	field.CursorMode = cursor.CursorStatic
	// Choosing encryption on the welcome runs scrypt: at 2^10, not 2^18.
	defaultNewKey = func(pass string) (*crypt.Key, error) { return crypt.NewKey(pass, 10) }
}

// harness drives a Model the way Bubble Tea would: every command returned
// is run and its message fed back, until nothing is left.
type harness struct {
	t     testing.TB
	m     Model
	quit  bool
	saves int
	// saveErr, when set, is what every save reports, as a save that
	// failed at the disk would (the write itself still runs).
	saveErr error
}

// newHarness starts a model sized 100x30 on nb, in memory (nothing saved).
func newHarness(t *testing.T, nb *store.Notebook) *harness {
	t.Helper()
	h := &harness{t: t, m: New(Options{Notebook: nb})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return h
}

// newFileHarness opens a real notebook file in a temp folder.
func newFileHarness(t *testing.T) (*harness, string) {
	t.Helper()
	f, nb := openTempNotebook(t)
	h := &harness{t: t, m: New(Options{File: f, Notebook: nb})}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return h, f.Path()
}

// openTempNotebook opens a new notebook file in a temp folder, closed
// when the test ends.
func openTempNotebook(t *testing.T) (*disk.File, *store.Notebook) {
	t.Helper()
	f, nb, err := disk.Open(filepath.Join(t.TempDir(), "notebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, nb
}

func (h *harness) send(msgs ...tea.Msg) {
	h.t.Helper()
	for _, msg := range msgs {
		next, cmd := h.m.Update(msg)
		h.m = next.(Model)
		h.run(cmd)
	}
}

func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	if cmd == nil || watchWaits(cmd) {
		// The watch waits for another program's write, which may never
		// come: tests feed ondisk.ChangedMsg themselves.
		return
	}
	// Run to the end, with no deadline of our own: a slow machine must not
	// fail a test, and a command that hangs is reported by go test's
	// -timeout with every goroutine's stack.
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	case tea.QuitMsg:
		h.quit = true
	case ledger.Saved:
		h.saves++
		if h.saveErr != nil && msg.Err == nil {
			msg = ledger.Saved{Rev: msg.Rev, Err: h.saveErr}
		}
		h.send(msg)
	default:
		// tea.Sequence's message type is unexported: a slice of commands
		// to run in order.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				h.run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		h.send(msg)
	}
}

// keys sends each argument as one key: names such as "enter", "esc",
// "tab", "ctrl+s", or literal text typed rune by rune.
func (h *harness) keys(ks ...string) {
	h.t.Helper()
	for _, k := range ks {
		h.send(keyMsg(k))
	}
}

// typeText types s one rune at a time.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

// paste sends s as one bracketed paste.
func (h *harness) paste(s string) {
	h.t.Helper()
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true})
}

var namedKeys = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab,
	"shift+tab": tea.KeyShiftTab, "up": tea.KeyUp, "down": tea.KeyDown,
	"left": tea.KeyLeft, "right": tea.KeyRight, "space": tea.KeySpace,
	"backspace": tea.KeyBackspace, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
	"ctrl+c": tea.KeyCtrlC, "ctrl+s": tea.KeyCtrlS, "ctrl+k": tea.KeyCtrlK, "ctrl+o": tea.KeyCtrlO,
	"delete": tea.KeyDelete, "ctrl+z": tea.KeyCtrlZ,
	"ctrl+n": tea.KeyCtrlN, "ctrl+p": tea.KeyCtrlP, "ctrl+r": tea.KeyCtrlR, "ctrl+right": tea.KeyCtrlRight, "ctrl+left": tea.KeyCtrlLeft,
}

func keyMsg(k string) tea.KeyMsg {
	if t, ok := namedKeys[k]; ok {
		if t == tea.KeySpace {
			return tea.KeyMsg{Type: t, Runes: []rune{' '}}
		}
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// view returns the screen as plain text.
func (h *harness) view() string { return ansi.Strip(h.m.View()) }

func (h *harness) mustSee(want string) {
	h.t.Helper()
	if v := h.view(); !strings.Contains(v, want) {
		h.t.Fatalf("screen lacks %q:\n%s", want, v)
	}
}

func (h *harness) mustNotSee(unwanted string) {
	h.t.Helper()
	if v := h.view(); strings.Contains(v, unwanted) {
		h.t.Fatalf("screen shows %q:\n%s", unwanted, v)
	}
}

// notebookWith returns a notebook holding one therapist per name.
func notebookWith(names ...string) *store.Notebook {
	nb := store.New()
	for _, n := range names {
		nb.Therapists = append(nb.Therapists, store.Therapist{
			ID: store.NewID(), Name: n, Status: store.ToContact,
			Answers: map[string]checklist.Answer{},
		})
	}
	return nb
}

func TestNewStartsOnRosterAndQuitsOnQ(t *testing.T) {
	h := newHarness(t, nil)
	if h.m.kind() != screenRoster {
		t.Fatalf("screen = %v, want roster", h.m.kind())
	}
	h.mustSee("No therapists yet. Press a to add the first one you plan to call.")
	h.mustSee("--demo")
	h.keys("q")
	if !h.quit {
		t.Fatal("q on the roster did not quit")
	}
}

func TestHelpToggles(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	h.mustNotSee("delete")
	h.keys("?")
	h.mustSee("delete")
	h.keys("?")
	h.mustNotSee("delete")
}

func TestSizesDoNotPanic(t *testing.T) {
	nb := notebookWith("Dr Ada")
	screens := map[string][]string{
		"roster":        nil,
		"details":       {"a"},
		"interview":     {"enter"},
		"questions":     {"Q"},
		"question form": {"Q", "a"},
	}
	for name, ks := range screens {
		for _, size := range [][2]int{{0, 0}, {1, 1}, {59, 15}, {60, 16}, {80, 24}, {120, 40}, {300, 100}} {
			h := newHarness(t, nb.Clone())
			h.keys(ks...)
			h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			v := h.view()
			if size[0] < MinWidth || size[1] < MinHeight {
				if size[0] > 20 && !strings.Contains(strings.Join(strings.Fields(v), " "), "too small") {
					t.Errorf("%s at %dx%d: no too-small message:\n%s", name, size[0], size[1], v)
				}
				continue
			}
			lines := strings.Split(v, "\n")
			if len(lines) > size[1] {
				t.Errorf("%s at %dx%d: %d lines", name, size[0], size[1], len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%s at %dx%d: line %d columns wide: %q", name, size[0], size[1], w, l)
				}
			}
		}
	}
}

func TestEmptyRosterAtZeroSizeBeforeResize(t *testing.T) {
	m := New(Options{})
	_ = m.View() // no WindowSizeMsg yet: must not panic
	next, _ := m.Update(keyMsg("a"))
	_ = next.View()
}

func TestControlSequencesInNameAreNotDrawn(t *testing.T) {
	evil := "Dr \x1b[31mEvil\x1b]0;pwned\x07 \x1b]52;c;Zm9v\x07Bob\u202e\u0007\x08"
	h := newHarness(t, notebookWith(evil))
	check := func(where string) {
		t.Helper()
		raw := h.m.View()
		for _, bad := range []string{"\x1b", "\x07", "\x08", "\u202e", "\u009b"} {
			if strings.Contains(raw, bad) {
				t.Errorf("%s: view holds %q", where, bad)
			}
		}
		if !strings.Contains(raw, "Evil") {
			t.Errorf("%s: the readable part of the name is missing:\n%s", where, raw)
		}
	}
	check("roster")
	h.keys("d")
	check("delete question")
	h.keys("n", "enter")
	check("interview")
	h.keys("esc", "e")
	check("details")
}

func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

func ansiStrip(s string) string { return ansi.Strip(s) }

// pressBeforeReplies sends each key to the model without running the
// commands they return, then runs them all: the order a fast typist's keys
// and their replies can take in Bubble Tea.
func (h *harness) pressBeforeReplies(ks ...string) {
	h.t.Helper()
	var cmds []tea.Cmd
	for _, k := range ks {
		next, cmd := h.m.Update(keyMsg(k))
		h.m = next.(Model)
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		h.run(cmd)
	}
}
