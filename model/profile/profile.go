// Package profile is the "My concerns" screen: what the person wants help
// with, in the seeds' list and their own words, and whether they come
// alone or with a partner.
package profile

import (
	"github.com/vetted-tui/vetted/model/screen"

	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/list"
	"github.com/vetted-tui/vetted/safetext"
)

// Like every screen it never changes the notebook; it sends its changes
// up (screen.ConcernToggledMsg, OwnWordsSavedMsg, PartnerSetMsg).

// The profile's fixed rows, by index; the concerns follow them.
const (
	RowComing = iota
	RowPartner
	RowOwnWords
	FixedRows
)

// Limits of the profile's fields, in characters.
const (
	PartnerNameLimit = 100
	OwnWordsLimit    = 1000
)

// KeyMap holds the profile screen's keys.
type KeyMap struct {
	Up     key.Binding
	Down   key.Binding
	Toggle key.Binding // tick a concern, or switch alone / with a partner
	Edit   key.Binding // edit a text row
	Save   key.Binding // while editing
	Cancel key.Binding // while editing
	Back   key.Binding
}

// DefaultKeyMap returns the screen's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     screen.Bind("↑/k", "up", "up", "k"),
		Down:   screen.Bind("↓/j", "down", "down", "j"),
		Toggle: screen.Bind("space/x", "tick", " ", "x", "left", "right"),
		Edit:   screen.Bind("enter", "edit", "enter"),
		Save:   screen.Bind("enter", "save", "enter"),
		Cancel: screen.Bind("esc", "cancel", "esc"),
		Back:   screen.Bind("esc", "roster", "esc"),
	}
}

// Model is the "My concerns" screen. It reads the notebook through
// common; editing holds the text being typed until enter sends it up.
type Model struct {
	common *screen.Common
	keys   KeyMap
	items  []checklist.Concern
	// window is the cursor and the window over the rows.
	window  list.Model
	editing bool
	input   textinput.Model
	// problem explains a refused key or an empty name in place.
	problem string
	// lastPartner is the name typed this visit, offered again when the
	// person switches back from "alone".
	lastPartner string
	// shown is what the field held when it opened: enter without a change
	// sends nothing, so text with line breaks from the file stays whole.
	shown string
}

// New returns the screen for the notebook in c.
func New(c *screen.Common) Model {
	return Model{common: c, keys: DefaultKeyMap(), items: checklist.Concerns(),
		lastPartner: c.Notebook().People.Partner}.resize()
}

// Cursor is the row under the cursor (RowComing ... then the concerns).
func (p Model) Cursor() int { return p.window.Cursor() }

// Typing reports whether a field has the keys, so q and ? are letters.
func (p Model) Typing() bool { return p.editing }

// Asking is false: the screen asks no yes/no question.
func (p Model) Asking() bool { return false }

// SetSize implements screen.Screen: the screen reads its room from common.
func (p Model) SetSize(int, int) screen.Screen { return p.resize() }

// Update implements screen.Screen.
func (p Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	p, cmd := p.update(msg)
	return p, cmd
}

func (p Model) rows() int { return FixedRows + len(p.items) }

// concernAt returns the concern on row i, if it is one.
func (p Model) concernAt(i int) (checklist.Concern, bool) {
	if i < FixedRows || i >= p.rows() {
		return checklist.Concern{}, false
	}
	return p.items[i-FixedRows], true
}

func (p Model) withPartner() bool { return p.common.Notebook().People.HasPartner() }

func (p Model) update(msg tea.Msg) (Model, tea.Cmd) {
	if _, ok := msg.(screen.ChangedMsg); ok {
		return p.resize(), nil
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		if p.editing {
			var cmd tea.Cmd
			p.input, cmd = field.Update(p.input, msg)
			return p, cmd
		}
		return p, nil
	}
	if p.editing {
		return p.updateEditing(k)
	}
	p.problem = ""
	switch {
	case key.Matches(k, p.keys.Up):
		p.window = p.window.Move(-1)
	case key.Matches(k, p.keys.Down):
		p.window = p.window.Move(1)
	case key.Matches(k, p.keys.Back):
		return p, screen.Send(screen.BackMsg{})
	case key.Matches(k, p.keys.Toggle) && p.Cursor() == RowComing:
		return p.switchComing()
	case key.Matches(k, p.keys.Toggle):
		if c, ok := p.concernAt(p.Cursor()); ok {
			return p, screen.Send(screen.ConcernToggledMsg{ID: c.ID})
		}
	case key.Matches(k, p.keys.Edit):
		switch p.Cursor() {
		case RowComing:
			return p.switchComing()
		case RowPartner:
			return p.startEdit(p.common.Notebook().People.Partner, PartnerNameLimit)
		case RowOwnWords:
			return p.startEdit(p.common.Notebook().Profile.OwnWords, OwnWordsLimit)
		default:
			if c, ok := p.concernAt(p.Cursor()); ok {
				return p, screen.Send(screen.ConcernToggledMsg{ID: c.ID})
			}
		}
	}
	return p.resize(), nil
}

// switchComing flips between alone and with a partner. Coming alone
// clears the name (the partner's ratings and notes stay in the notebook);
// with a partner uses the name typed this visit, or asks for one.
func (p Model) switchComing() (Model, tea.Cmd) {
	if p.withPartner() {
		p.lastPartner = p.common.Notebook().People.Partner
		return p, screen.Send(screen.PartnerSetMsg{Name: ""})
	}
	if strings.TrimSpace(safetext.Line(p.lastPartner)) != "" {
		return p, screen.Send(screen.PartnerSetMsg{Name: p.lastPartner})
	}
	p.window = p.window.Select(RowPartner)
	return p.startEdit("", PartnerNameLimit)
}

// startEdit opens the text field of the current row holding value.
func (p Model) startEdit(value string, limit int) (Model, tea.Cmd) {
	// A hand-edited file can hold more than the field takes: it is kept
	// whole, never cut by an edit.
	if utf8.RuneCountInString(value) > limit {
		p.problem = fmt.Sprintf("Too long to edit here (over %s characters, from the file); kept as it is.", checklist.Thousands(int64(limit)))
		return p, nil
	}
	p.input = field.NewLine()
	p.shown = safetext.Line(value)
	p.input.CharLimit = limit
	p.input.SetValue(p.shown)
	// The row's label takes 19 columns and the cursor one more.
	p.input.Width = max(1, p.common.Width-20)
	p.editing = true
	focus := p.input.Focus()
	return p.resize(), focus
}

func (p Model) updateEditing(k tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case field.IsText(k):
		// A burst is text, whatever words it spells.
	case key.Matches(k, p.keys.Cancel):
		p.editing, p.problem = false, ""
		return p.resize(), nil
	case key.Matches(k, p.keys.Save):
		text := strings.TrimSpace(safetext.Line(p.input.Value()))
		p.editing, p.problem = false, ""
		if p.input.Value() == p.shown {
			return p.resize(), nil
		}
		if p.Cursor() == RowPartner {
			if text != "" {
				p.lastPartner = text
			}
			return p.resize(), screen.Send(screen.PartnerSetMsg{Name: text})
		}
		return p.resize(), screen.Send(screen.OwnWordsSavedMsg{Text: text})
	}
	k = field.CleanKey(k)
	if !field.Fits(p.input, k) {
		p.problem = field.LimitMessage(k, p.input.CharLimit)
		return p, nil
	}
	p.problem = ""
	var cmd tea.Cmd
	p.input, cmd = field.Update(p.input, k)
	return p, cmd
}

// ShortHelp implements screen.Screen.
func (p Model) ShortHelp() []key.Binding {
	if p.editing {
		return []key.Binding{p.keys.Save, p.keys.Cancel}
	}
	return []key.Binding{p.keys.Toggle, p.keys.Edit, p.keys.Back}
}

// FullHelp implements screen.Screen.
func (p Model) FullHelp() [][]key.Binding {
	if p.editing {
		return [][]key.Binding{{p.keys.Save, p.keys.Cancel}}
	}
	return [][]key.Binding{{p.keys.Up, p.keys.Down}, {p.keys.Toggle, p.keys.Edit}, {p.keys.Back}}
}

// heights shares the body between the list and the detail box of
// detail lines, after the title and the message line: the list keeps at
// least half, so the person still sees where they are; the box gets the
// rest, up to its size.
func (p Model) heights(detail int) (listH, detailH int) {
	avail := max(0, p.common.Height-2)
	detailH = min(detail, avail-max(1, avail/2))
	return max(1, avail-detailH), max(0, detailH)
}

// listHeight is the lines of the list above the detail box, its "more"
// lines included.
func (p Model) listHeight() int {
	listH, _ := p.heights(len(p.detailLines()))
	return listH
}

// resize keeps the cursor on a row and in view. The detail box under the
// list depends on the row, so the list's room is measured once the cursor
// is on one.
func (p Model) resize() Model {
	p.window = p.window.SetLen(p.rows())
	p.window = p.window.SetHeight(p.listHeight())
	return p
}

// tickedCount counts the ticked concerns this build knows.
func (p Model) tickedCount() int { return len(p.common.Notebook().Profile.Known()) }

// headerLine is the screen's title and count.
func (p Model) headerLine() string {
	return fmt.Sprintf("%d ticked · stays here unless you add it to a message", p.tickedCount())
}
