// Package prep is the preparation list: what to do before a first
// appointment, each item ticked off or written down in the notebook.
package prep

import (
	"github.com/vetted-tui/vetted/model/expect"
	"github.com/vetted-tui/vetted/model/screen"

	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/list"
	"github.com/vetted-tui/vetted/safetext"
)

// prepIndent is the width of "› [x] ", where item text starts; wrapped
// lines of an item line up under it.
const prepIndent = 6

// KeyMap holds the preparation list's keys.
type KeyMap struct {
	Up     key.Binding
	Down   key.Binding
	Toggle key.Binding
	Edit   key.Binding
	Brief  key.Binding
	// BriefMine writes the brief with My concerns in it.
	BriefMine key.Binding
	// Expect opens the "What to expect" page.
	Expect key.Binding
	Back   key.Binding
}

// DefaultKeyMap returns the list's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:        screen.Bind("↑/k", "up", "up", "k"),
		Down:      screen.Bind("↓/j", "down", "down", "j"),
		Toggle:    screen.Bind("space/x", "tick", " ", "x"),
		Edit:      screen.Bind("enter/e", "write down", "enter", "e"),
		Brief:     screen.Bind("b", "write brief", "b"),
		BriefMine: screen.Bind("B", "brief with my concerns", "B"),
		Expect:    expect.OpenKey,
		Back:      screen.Bind("esc", "roster", "esc"),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Edit, k.Toggle, k.Brief, k.Expect, k.Back}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Edit, k.Toggle}, {k.Brief, k.BriefMine, k.Expect, k.Back}}
}

// Model is the list of things to do before the first appointment,
// each ticked off or not in the notebook. The catalogue has no groups for
// it, so the items are shown in the order a person would work through them.
type Model struct {
	common *screen.Common
	keys   KeyMap
	items  []checklist.PrepItem
	// window is the cursor over the items, and the window over their
	// lines.
	window list.Model
}

// New returns the list for the notebook in c.
func New(c *screen.Common) Model {
	return Model{common: c, keys: DefaultKeyMap(), items: checklist.Prep()}.resize()
}

// Typing is always false: the list has no text field, so q and ? work.
func (p Model) Typing() bool { return false }

// Asking is always false: the list asks nothing.
func (p Model) Asking() bool { return false }

// ShortHelp implements screen.Screen.
func (p Model) ShortHelp() []key.Binding { return p.keys.ShortHelp() }

// FullHelp implements screen.Screen.
func (p Model) FullHelp() [][]key.Binding { return p.keys.FullHelp() }

// SetSize implements screen.Screen: the list reads its room from common.
func (p Model) SetSize(int, int) screen.Screen { return p.resize() }

// Update implements screen.Screen.
func (p Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	p, cmd := p.update(msg)
	return p, cmd
}

// done reports whether the notebook has item id ticked off.
func (p Model) done(id string) bool { return p.common.Notebook().Prep[id] }

// resize keeps the cursor on an item and the selected item in view.
func (p Model) resize() Model {
	p, _ = p.fit(p.itemBlocks(), len(p.detailLines()))
	return p
}

// fit gives the window its room, measured on blocks, the items as drawn,
// and the detail box's lines of the item under the cursor; detailH is
// the room left to the box.
func (p Model) fit(blocks [][]string, detail int) (_ Model, detailH int) {
	listH, detailH := p.heights(blocks, detail)
	p.window = p.window.SetLines(lineStarts(blocks)).SetHeight(listH)
	return p, detailH
}

// lineStarts is the first line of each block, and the lines of all.
func lineStarts(blocks [][]string) (starts []int, total int) {
	starts = make([]int, len(blocks))
	for i, b := range blocks {
		starts[i] = total
		total += len(b)
	}
	return starts, total
}

func (p Model) update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	switch {
	case key.Matches(k, p.keys.Up):
		p.window = p.window.Move(-1)
	case key.Matches(k, p.keys.Down):
		p.window = p.window.Move(1)
	case key.Matches(k, p.keys.Toggle) && len(p.items) > 0:
		return p, screen.Send(screen.PrepToggledMsg{ID: p.items[p.window.Cursor()].ID})
	case key.Matches(k, p.keys.Edit) && len(p.items) > 0:
		return p, screen.Push(NewItemForm(p.common, p.items[p.window.Cursor()]))
	case key.Matches(k, p.keys.Brief):
		return p, WriteBrief(p.common, "", false)
	case key.Matches(k, p.keys.BriefMine):
		return p, WriteBrief(p.common, "", true)
	case key.Matches(k, p.keys.Expect):
		return p, screen.Push(expect.New(p.common))
	case key.Matches(k, p.keys.Back):
		return p, screen.Send(screen.BackMsg{})
	}
	// Moving stops at either end rather than wrapping: with seven items
	// there is little to gain, and a jump from the last to the first
	// reads like the list lost its place.
	return p.resize(), nil
}

// readyCount counts the catalogue's items ticked off; stray keys in a
// hand-edited file do not count.
func (p Model) readyCount() int {
	n := 0
	for _, it := range p.items {
		if p.done(it.ID) {
			n++
		}
	}
	return n
}

// written says how much of item it the person has written down, such as
// "2 of 4 written, notes" or "3 medications", or "" when nothing.
func (p Model) written(it checklist.PrepItem) string {
	form := p.common.Notebook().PrepForm
	var parts []string
	if len(it.Fields) > 0 {
		n := 0
		for _, f := range it.Fields {
			if strings.TrimSpace(form.Entry(f.ID)) != "" {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d of %d written", n, len(it.Fields)))
		}
	}
	if it.Rows {
		switch n := len(form.Medications); n {
		case 0:
		case 1:
			parts = append(parts, "1 listed")
		default:
			parts = append(parts, fmt.Sprintf("%d listed", n))
		}
	}
	if strings.TrimSpace(form.Entry(checklist.NotesID(it.ID))) != "" {
		parts = append(parts, "notes")
	}
	return strings.Join(parts, ", ")
}

// itemBlocks renders every item as its wrapped lines, unstyled, so that
// heights and scrolling are measured on what is drawn.
func (p Model) itemBlocks() [][]string {
	textW := max(1, p.common.Width-prepIndent)
	out := make([][]string, len(p.items))
	for i, it := range p.items {
		box := "[ ]"
		if p.done(it.ID) {
			box = "[x]"
		}
		mark := " "
		if i == p.window.Cursor() {
			mark = "›"
		}
		text := safetext.Line(it.Text)
		if n := p.written(it); n != "" {
			text += " (" + n + ")"
		}
		lines := strings.Split(ansi.Wrap(text, textW, ""), "\n")
		for j := range lines {
			lines[j] = strings.TrimRight(lines[j], " ")
			if j == 0 {
				lines[j] = mark + " " + box + " " + lines[j]
			} else {
				lines[j] = strings.Repeat(" ", prepIndent) + lines[j]
			}
		}
		out[i] = lines
	}
	return out
}

// detailLines is the selected item's hint and source, wrapped to fit
// inside the hint box.
func (p Model) detailLines() []string {
	if len(p.items) == 0 {
		return nil
	}
	it := p.items[p.window.Cursor()]
	w := max(1, p.common.Width-p.common.Styles.Hint.GetHorizontalFrameSize())
	src := safetext.Line(checklist.SourceLabel(it.Source))
	text := ansi.Wrap("Why: "+safetext.Line(it.Hint), w, "") + "\n" + ansi.Wrap("Source: "+src, w, "")
	return strings.Split(text, "\n")
}

// compact reports whether the body is too short for blank spacer lines.
func (p Model) compact() bool { return p.common.Height < 10 }

// heights shares the body between the list and the detail box of detail
// lines. The list keeps at least half (and always the selected item) so
// the person can still see where they are; the detail gets the rest, up
// to its size.
func (p Model) heights(blocks [][]string, detail int) (listH, detailH int) {
	avail := p.common.Height - 1 // the header
	if !p.compact() {
		avail -= 2 // a blank line above and below the list
	}
	avail = max(0, avail)
	listLines := 0
	for _, b := range blocks {
		listLines += len(b)
	}
	selH := 0
	if p.window.Cursor() < len(blocks) {
		selH = len(blocks[p.window.Cursor()])
	}
	minList := min(listLines, max(selH, avail/2), avail)
	detailH = min(max(detail, 0), avail-minList)
	listH = min(listLines, avail-detailH)
	return listH, detailH
}

// View implements screen.Screen.
func (p Model) View() string {
	w, h := p.common.Width, p.common.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	s := p.common.Styles
	title := "Before the first appointment"
	count := fmt.Sprintf(" · %d of %d ready", p.readyCount(), len(p.items))
	if ansi.StringWidth(title+count) > w {
		title = "Preparation" // keep the count in view on narrow screens
	}
	header := s.Title.Render(title) + s.Muted.Render(count)
	out := []string{cell.Cut(header, w)}

	blocks, detail := p.itemBlocks(), p.detailLines()
	// Measured again here: an item's line "(2 of 4 written)" may have
	// grown while its form was on top.
	p, detailH := p.fit(blocks, len(detail))
	var lines []string
	for i, b := range blocks {
		for _, line := range b {
			line = cell.Cut(line, w)
			switch {
			case i == p.window.Cursor():
				line = s.Selected.Render(line)
			case p.done(p.items[i].ID):
				line = s.Muted.Render(line)
			}
			lines = append(lines, line)
		}
	}
	if !p.compact() {
		out = append(out, "")
	}
	out = append(out, p.window.Cut(lines, s.Muted)...)
	if detailH > 0 {
		if !p.compact() {
			out = append(out, "")
		}
		if len(detail) > detailH {
			detail = detail[:detailH]
			detail[detailH-1] = cell.Cut(detail[detailH-1]+" …", max(1, w-s.Hint.GetHorizontalFrameSize()))
		}
		out = append(out, strings.Split(s.Hint.Render(strings.Join(detail, "\n")), "\n")...)
	}
	if len(out) > h {
		out = out[:h]
	}
	return cell.CutLines(strings.Join(out, "\n"), w)
}
