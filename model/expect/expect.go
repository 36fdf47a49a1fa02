// Package expect is the "What to expect" screen: what the source pages
// say happens in sessions, about the medical side, about sex therapists
// and sex counselors and where to ask for help (checklist.Expect), each
// passage quoted whole with its source named in words, and the line that
// vetted is no replacement for a health professional at the bottom. It
// reads nothing from the notebook and changes nothing: it only scrolls,
// and esc goes back.
package expect

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/list"
	"github.com/vetted-tui/vetted/model/screen"
)

// KeyMap holds the screen's keys.
type KeyMap struct {
	Down, Up, PgDown, PgUp, Home, End, Back key.Binding
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.PgDown, k.Back}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Down, k.Up}, {k.PgDown, k.PgUp, k.Home, k.End}, {k.Back}}
}

// Model is the "What to expect" screen.
type Model struct {
	common        *screen.Common
	keys          KeyMap
	width, height int
	// lines is the page wrapped to width, built on SetSize only: the
	// text never changes, so scrolling costs only the window.
	lines  []string
	offset int
}

// New returns the screen, sized to the room in c.
func New(c *screen.Common) Model {
	m := Model{common: c, keys: DefaultKeyMap()}
	return m.resize(c.Width, c.Height)
}

// Typing is false: every key is a command here.
func (m Model) Typing() bool { return false }

// Asking is false: the screen asks nothing.
func (m Model) Asking() bool { return false }

// ShortHelp implements screen.Screen.
func (m Model) ShortHelp() []key.Binding { return m.keys.ShortHelp() }

// FullHelp implements screen.Screen.
func (m Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }

// SetSize implements screen.Screen: the page is wrapped again to the new
// width, keeping the scroll position where it still exists.
func (m Model) SetSize(width, height int) screen.Screen { return m.resize(width, height) }

func (m Model) resize(width, height int) Model {
	m.width, m.height = max(0, width), max(0, height)
	m.lines = pageLines(m.common, m.width)
	m.offset = min(m.offset, m.maxOffset())
	return m
}

// Update implements screen.Screen.
func (m Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.Back):
		return m, screen.Send(screen.BackMsg{})
	case key.Matches(k, m.keys.Down):
		m.offset++
	case key.Matches(k, m.keys.Up):
		m.offset--
	case key.Matches(k, m.keys.PgDown):
		m.offset += m.page()
	case key.Matches(k, m.keys.PgUp):
		m.offset -= m.page()
	case key.Matches(k, m.keys.Home):
		m.offset = 0
	case key.Matches(k, m.keys.End):
		m.offset = m.maxOffset()
	}
	m.offset = min(max(0, m.offset), m.maxOffset())
	return m, nil
}

// bodyHeight is the room under the title.
func (m Model) bodyHeight() int { return max(0, m.height-1) }

// page is how far a page key scrolls: the body less its two "more" lines,
// less one line kept in view.
func (m Model) page() int { return max(1, m.bodyHeight()-3) }

// maxOffset is the first line of the last window: the one that shows the
// page's last line.
func (m Model) maxOffset() int {
	return list.Last(len(m.lines), m.bodyHeight())
}

// View implements screen.Screen.
func (m Model) View() string {
	s := m.common.Styles
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.height < 2 || m.width < 10 {
		return s.TooSmall.Render(cell.Cut(tooSmall, m.width))
	}
	out := []string{s.Title.Render(cell.Cut(title, m.width))}
	out = append(out, list.Cut(m.lines, m.offset, m.bodyHeight(), s.Muted)...)
	return strings.Join(out, "\n")
}

// pageLines is the whole page wrapped to width: the intro, then each
// section's title and its passages, each quoted and followed by its
// source, then the line that vetted replaces no health professional.
func pageLines(c *screen.Common, width int) []string {
	if width <= 0 {
		return nil
	}
	s := c.Styles
	var out []string
	add := func(text string, indent int, style func(...string) string) {
		for _, l := range cell.Lines(text, width-indent) {
			out = append(out, style(strings.Repeat(" ", indent)+l))
		}
	}
	add(intro, 0, s.Muted.Render)
	for _, sec := range checklist.Expect() {
		out = append(out, "")
		add(sec.Title, 0, s.Subtitle.Render)
		for _, p := range sec.Passages {
			add(openQuote+p.Quote+closeQuote, 2, s.PaneText.Render)
			add(sourcePrefix+checklist.SourceLabel(p.Source), 4, s.Muted.Render)
		}
	}
	out = append(out, "")
	add(checklist.NotAReplacement, 0, s.Warn.Render)
	add(sourcePrefix+checklist.SourceLabel(checklist.NotAReplacementSource), 2, s.Muted.Render)
	return out
}
