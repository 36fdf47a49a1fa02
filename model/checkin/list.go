// Package checkin holds the check-in screens of issue 15 §6: after the
// first sessions with the therapist they chose, the person notes how it
// goes (comfort, feeling heard, agreed goals, homework that fits, cost as
// expected, each with a note). List shows a therapist's check-ins, newest
// first, with the comfort trend; a check-in that worries
// (assess.CheckInWorries) is marked, and the newest one, when it worries,
// carries the advice of the page that gives it and the next therapist of
// the comparison (assess.RunnerUp) with what was recorded on their call.
// Form makes a new check-in. Both send events up (AddMsg, DropMsg); the
// root changes the notebook.
package checkin

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/confirm"
	"github.com/vetted-tui/vetted/model/list"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// KeyMap holds the keys of the list of check-ins.
type KeyMap struct {
	Down, Up, PgDown, PgUp, Home, End key.Binding
	New, Drop, Back                   key.Binding
	// Move stands for Up and Down in the short help, which must fit 80
	// columns with ? after it.
	Move key.Binding
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.New, k.Move, k.Drop, k.Back}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Down, k.Up, k.PgDown, k.PgUp, k.Home, k.End}, {k.New, k.Drop, k.Back}}
}

// dropAbout is what the drop question is about: the check-in's place as
// stored and its time (DropMsg).
type dropAbout struct {
	index int
	at    time.Time
}

// List is the list of one therapist's check-ins.
type List struct {
	common        *screen.Common
	keys          KeyMap
	id            string
	now           func() time.Time
	confirm       confirm.Question[dropAbout]
	width, height int
	// page is the check-ins drawn for the notebook as last read; cursor
	// is the selected check-in, newest first; offset the first line shown.
	page           page
	cursor, offset int
}

// New returns the list of the check-ins of the therapist with ID id; now
// dates the check-ins made from it (see NewForm).
func New(c *screen.Common, id string, now func() time.Time) List {
	l := List{common: c, keys: DefaultKeyMap(), id: id, now: now, confirm: confirm.New[dropAbout]()}
	return l.resize(c.Width, c.Height)
}

// therapist is the therapist on view, nil when gone.
func (l List) therapist() *store.Therapist { return find(l.common.Notebook(), l.id) }

// Typing implements screen.Screen: true while the drop question is open,
// so its y is an answer.
func (l List) Typing() bool { return l.confirm.Asking() }

// Asking implements screen.Screen.
func (l List) Asking() bool { return l.confirm.Asking() }

// ShortHelp implements screen.Screen.
func (l List) ShortHelp() []key.Binding {
	if l.confirm.Asking() {
		return l.confirm.ShortHelp()
	}
	return l.keys.ShortHelp()
}

// FullHelp implements screen.Screen.
func (l List) FullHelp() [][]key.Binding {
	if l.confirm.Asking() {
		return l.confirm.FullHelp()
	}
	return l.keys.FullHelp()
}

// SetSize implements screen.Screen.
func (l List) SetSize(width, height int) screen.Screen { return l.resize(width, height) }

func (l List) resize(width, height int) List {
	width, height = max(0, width), max(0, height)
	if width == l.width && l.page.blocks != nil {
		// Only the height changed (a status line, the help): the page
		// stands; building it again judges every therapist (RunnerUp).
		l.height = height
		return l.follow()
	}
	l.width, l.height = width, height
	return l.reread()
}

// Refresh implements screen.Refresher: the list reads the notebook again
// when the form above it closes, or after a reload from disk; ok is false
// when the therapist is gone.
func (l List) Refresh() (screen.Screen, tea.Cmd, bool) {
	if l.therapist() == nil {
		return l, nil, false
	}
	return l.reread(), nil, true
}

// reread draws the check-ins again from the notebook and keeps the cursor
// and the window within them.
func (l List) reread() List {
	l.page = buildPage(l.common, l.therapist(), l.width)
	l.cursor = min(max(0, l.cursor), max(0, len(l.page.blocks)-1))
	return l.follow()
}

// Update implements screen.Screen.
func (l List) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case screen.ChangedMsg:
		return l.reread().selectAt(msg.Select), nil
	case tea.KeyMsg:
		if l.confirm.Asking() {
			return l.answer(msg)
		}
		return l.handleKey(msg)
	}
	return l, nil
}

func (l List) handleKey(k tea.KeyMsg) (List, tea.Cmd) {
	switch {
	case key.Matches(k, l.keys.Back):
		return l, screen.Send(screen.BackMsg{})
	case key.Matches(k, l.keys.New):
		f := NewForm(l.common, l.id, l.now)
		cmd := f.FocusCmd()
		return l, tea.Batch(screen.Push(f), cmd)
	case key.Matches(k, l.keys.Drop):
		return l.askDrop(), nil
	case key.Matches(k, l.keys.Down):
		l.cursor = min(l.cursor+1, max(0, len(l.page.blocks)-1))
		return l.follow(), nil
	case key.Matches(k, l.keys.Up):
		l.cursor = max(0, l.cursor-1)
		return l.follow(), nil
	case key.Matches(k, l.keys.PgDown):
		return l.scroll(l.bodyHeight() - 3), nil
	case key.Matches(k, l.keys.PgUp):
		return l.scroll(-(l.bodyHeight() - 3)), nil
	case key.Matches(k, l.keys.Home):
		l.cursor, l.offset = 0, 0
		return l, nil
	case key.Matches(k, l.keys.End):
		l.cursor = max(0, len(l.page.blocks)-1)
		return l.scroll(len(l.page.lines)), nil
	}
	return l, nil
}

// askDrop opens the question whether to drop the selected check-in.
func (l List) askDrop() List {
	t := l.therapist()
	if t == nil || len(l.page.blocks) == 0 {
		return l
	}
	i := l.page.blocks[l.cursor].index
	c := t.CheckIns[i]
	// The date alone keeps the question and its y/n on a 60-column line;
	// the › marks which check-in of that day.
	l.confirm = l.confirm.Ask(dropPrompt+checklist.DateText(assess.CheckInDay(c))+dropSuffix, dropAbout{index: i, at: c.At})
	return l
}

// answer reads the reply to the drop question.
func (l List) answer(k tea.KeyMsg) (List, tea.Cmd) {
	next, yes, about := l.confirm.Answer(k)
	l.confirm = next
	if !yes {
		return l, nil
	}
	return l, screen.Send(DropMsg{TherapistID: l.id, Index: about.index, At: about.at})
}

// SelectKey names check-in c for screen.ChangedMsg.Select: the root's
// undo of a drop sends it, so that the check-in put back is the one
// selected.
func SelectKey(c store.CheckIn) string { return selectPrefix + c.At.Format(time.RFC3339Nano) }

// selectPrefix marks a Select that names a check-in (SelectKey).
const selectPrefix = "checkin:"

// selectAt selects the check-in that sel names (SelectKey), if it is on
// the list; any other sel leaves the cursor.
func (l List) selectAt(sel string) List {
	t := l.therapist()
	if t == nil || !strings.HasPrefix(sel, selectPrefix) {
		return l
	}
	for i, b := range l.page.blocks {
		if SelectKey(t.CheckIns[b.index]) == sel {
			l.cursor = i
			return l.follow()
		}
	}
	return l
}

// bodyHeight is the room for the scrolled lines: the head and the
// question's line are drawn apart.
func (l List) bodyHeight() int {
	h := l.height - len(l.page.head)
	if l.confirm.Asking() {
		h--
	}
	return max(0, h)
}

// follow moves the window as little as it must to show the selected
// check-in (its start, when it is taller than the room).
func (l List) follow() List {
	if len(l.page.blocks) == 0 {
		l.offset = 0
		return l
	}
	b := l.page.blocks[l.cursor]
	l.offset = list.Span(l.offset, len(l.page.lines), b.from, b.to, l.bodyHeight())
	return l
}

// scroll moves the window d lines, within the page.
func (l List) scroll(d int) List {
	n := len(l.page.lines)
	last := list.Span(n, n, n-1, n, l.bodyHeight())
	l.offset = min(max(0, l.offset+max(1, abs(d))*sign(d)), last)
	return l
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// View implements screen.Screen.
func (l List) View() string {
	s := l.common.Styles
	if l.width <= 0 || l.height <= 0 {
		return ""
	}
	if l.width < 20 || l.bodyHeight() < 3 {
		return s.TooSmall.Render(cell.Cut(tooSmall, l.width))
	}
	lines := append([]string{}, l.page.head...)
	body := make([]string, len(l.page.lines))
	copy(body, l.page.lines)
	if len(l.page.blocks) > 0 {
		// The selected check-in's first line carries the › marker.
		b := l.page.blocks[l.cursor]
		body[b.from] = s.Selected.Render("›" + strings.TrimPrefix(l.page.plain[b.from], " "))
	}
	lines = append(lines, list.Cut(body, l.offset, l.bodyHeight(), s.Muted)...)
	if l.confirm.Asking() {
		lines = append(lines, l.confirm.View(s, l.width))
	}
	return strings.Join(lines, "\n")
}

// Name names a check-in as its heading does, and the root's news of an
// undo: "8 Dec 2026 · after the first session".
func Name(c store.CheckIn) string {
	return checklist.DateText(assess.CheckInDay(c)) + momentSep + checklist.CheckInWhen(c.After)
}
