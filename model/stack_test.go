package model

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/screen"
)

// fakeScreen is a screen that counts what the stack does to it. gone
// makes its Refresh say what it showed no longer exists; refreshes is
// shared by its copies.
type fakeScreen struct {
	name      string
	gone      bool
	refreshes *int
}

func (f fakeScreen) Update(tea.Msg) (screen.Screen, tea.Cmd) { return f, nil }
func (f fakeScreen) View() string                            { return f.name }
func (f fakeScreen) SetSize(int, int) screen.Screen          { return f }
func (f fakeScreen) ShortHelp() []key.Binding                { return nil }
func (f fakeScreen) FullHelp() [][]key.Binding               { return nil }
func (f fakeScreen) Typing() bool                            { return false }
func (f fakeScreen) Asking() bool                            { return false }

// refreshingScreen is a fakeScreen that is a screen.Refresher.
type refreshingScreen struct{ fakeScreen }

func (f refreshingScreen) Update(tea.Msg) (screen.Screen, tea.Cmd) { return f, nil }
func (f refreshingScreen) SetSize(int, int) screen.Screen          { return f }

func (f refreshingScreen) Refresh() (screen.Screen, tea.Cmd, bool) {
	*f.refreshes++
	return f, nil, !f.gone
}

// TestStackPushPopRefresh: opening pushes and closes the help; back pops
// to the screen below, which reads the notebook again, dropping those
// whose content is gone; the bottom screen is never popped; a reload
// keeps the screens that can read the new notebook, up to the first that
// cannot.
func TestStackPushPopRefresh(t *testing.T) {
	h := newHarness(t, notebookWith("Dr Ada"))
	n := 0
	below := refreshingScreen{fakeScreen{name: "below", refreshes: &n}}
	gone := refreshingScreen{fakeScreen{name: "gone", gone: true, refreshes: &n}}
	h.keys("?")
	h.send(screen.PushMsg{Screen: below}, screen.PushMsg{Screen: gone}, screen.PushMsg{Screen: fakeScreen{name: "top"}})
	if len(h.m.stack) != 4 || h.m.help.ShowAll || h.m.topLevel() {
		t.Fatalf("after three pushes: %d screens, help open %v", len(h.m.stack), h.m.help.ShowAll)
	}
	h.send(screen.BackMsg{})
	if top, ok := h.m.top().(refreshingScreen); !ok || top.name != "below" || n != 2 {
		t.Fatalf("back landed on %v after %d refreshes, want below after 2 (gone dropped)", h.m.top(), n)
	}
	h.send(screen.PushMsg{Screen: fakeScreen{name: "plain"}}, screen.PushMsg{Screen: fakeScreen{name: "top"}})
	h.m.refreshStack()
	if len(h.m.stack) != 2 || h.m.kind() != screenKind("model.refreshingScreen") {
		t.Fatalf("after a reload: %d screens, on %s; want the roster and below", len(h.m.stack), h.m.kind())
	}
	h.send(screen.BackMsg{}, screen.BackMsg{})
	if len(h.m.stack) != 1 || h.m.kind() != screenRoster || !h.m.topLevel() {
		t.Fatalf("back twice: %d screens, on %s", len(h.m.stack), h.m.kind())
	}
}
