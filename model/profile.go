package model

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/safetext"
)

// The profile screen ("My concerns"): what the person wants help with,
// in the seeds' list and their own words, and whether they come alone or
// with a partner. Like every screen it never changes the notebook; it
// sends these up.

// concernToggledMsg asks the root to tick or untick one concern. Like
// prepToggledMsg it carries the intent, so two quick presses flip twice.
type concernToggledMsg struct{ id string }

// ownWordsSavedMsg records the person's own words.
type ownWordsSavedMsg struct{ text string }

// partnerSetMsg records whether the person comes with a partner, by the
// partner's name; "" means alone (see store.Notebook.SetPartner).
type partnerSetMsg struct{ name string }

// The profile's fixed rows; the concerns follow them.
const (
	rowComing = iota
	rowPartner
	rowOwnWords
	profileFixedRows
)

// Limits of the profile's fields, in characters.
const (
	partnerNameLimit = 100
	ownWordsLimit    = 1000
)

// profileKeyMap holds the profile screen's keys.
type profileKeyMap struct {
	Up     key.Binding
	Down   key.Binding
	Toggle key.Binding // tick a concern, or switch alone / with a partner
	Edit   key.Binding // edit a text row
	Save   key.Binding // while editing
	Cancel key.Binding // while editing
	Back   key.Binding
}

func defaultProfileKeyMap() profileKeyMap {
	return profileKeyMap{
		Up:     bind("↑/k", "up", "up", "k"),
		Down:   bind("↓/j", "down", "down", "j"),
		Toggle: bind("space/x", "tick", " ", "x", "left", "right"),
		Edit:   bind("enter", "edit", "enter"),
		Save:   bind("enter", "save", "enter"),
		Cancel: bind("esc", "cancel", "esc"),
		Back:   bind("esc", "roster", "esc"),
	}
}

// profileModel is the "My concerns" screen. It reads the notebook through
// common; editing holds the text being typed until enter sends it up.
type profileModel struct {
	common  *common
	keys    profileKeyMap
	items   []checklist.Concern
	cursor  int
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

func newProfile(c *common) profileModel {
	return profileModel{common: c, keys: defaultProfileKeyMap(), items: checklist.Concerns(),
		lastPartner: c.nb.People.Partner}.resize()
}

// typing reports whether a field has the keys, so q and ? are letters.
func (p profileModel) typing() bool { return p.editing }

func (p profileModel) rows() int { return profileFixedRows + len(p.items) }

// concernAt returns the concern on row i, if it is one.
func (p profileModel) concernAt(i int) (checklist.Concern, bool) {
	if i < profileFixedRows || i >= p.rows() {
		return checklist.Concern{}, false
	}
	return p.items[i-profileFixedRows], true
}

func (p profileModel) withPartner() bool { return p.common.nb.People.HasPartner() }

func (p profileModel) update(msg tea.Msg) (profileModel, tea.Cmd) {
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
		p.cursor--
	case key.Matches(k, p.keys.Down):
		p.cursor++
	case key.Matches(k, p.keys.Back):
		return p, sendMsg(backMsg{})
	case key.Matches(k, p.keys.Toggle) && p.cursor == rowComing:
		return p.switchComing()
	case key.Matches(k, p.keys.Toggle):
		if c, ok := p.concernAt(p.cursor); ok {
			return p, sendMsg(concernToggledMsg{id: c.ID})
		}
	case key.Matches(k, p.keys.Edit):
		switch p.cursor {
		case rowComing:
			return p.switchComing()
		case rowPartner:
			return p.startEdit(p.common.nb.People.Partner, partnerNameLimit)
		case rowOwnWords:
			return p.startEdit(p.common.nb.Profile.OwnWords, ownWordsLimit)
		default:
			if c, ok := p.concernAt(p.cursor); ok {
				return p, sendMsg(concernToggledMsg{id: c.ID})
			}
		}
	}
	return p.resize(), nil
}

// switchComing flips between alone and with a partner. Coming alone
// clears the name (the partner's ratings and notes stay in the notebook);
// with a partner uses the name typed this visit, or asks for one.
func (p profileModel) switchComing() (profileModel, tea.Cmd) {
	if p.withPartner() {
		p.lastPartner = p.common.nb.People.Partner
		return p, sendMsg(partnerSetMsg{name: ""})
	}
	if strings.TrimSpace(safetext.Line(p.lastPartner)) != "" {
		return p, sendMsg(partnerSetMsg{name: p.lastPartner})
	}
	p.cursor = rowPartner
	return p.startEdit("", partnerNameLimit)
}

// startEdit opens the text field of the current row holding value.
func (p profileModel) startEdit(value string, limit int) (profileModel, tea.Cmd) {
	// A hand-edited file can hold more than the field takes: it is kept
	// whole, never cut by an edit.
	if utf8.RuneCountInString(value) > limit {
		p.problem = fmt.Sprintf("Too long to edit here (over %s characters, from the file); kept as it is.", checklist.Thousands(int64(limit)))
		return p, nil
	}
	p.input = newTextInput()
	p.shown = safetext.Line(value)
	p.input.CharLimit = limit
	p.input.SetValue(p.shown)
	// The row's label takes 19 columns and the cursor one more.
	p.input.Width = max(1, p.common.width-20)
	p.editing = true
	focus := p.input.Focus()
	return p.resize(), focus
}

func (p profileModel) updateEditing(k tea.KeyMsg) (profileModel, tea.Cmd) {
	switch {
	case key.Matches(k, p.keys.Cancel):
		p.editing, p.problem = false, ""
		return p.resize(), nil
	case key.Matches(k, p.keys.Save):
		text := strings.TrimSpace(safetext.Line(p.input.Value()))
		p.editing, p.problem = false, ""
		if p.input.Value() == p.shown {
			return p.resize(), nil
		}
		if p.cursor == rowPartner {
			if text != "" {
				p.lastPartner = text
			}
			return p.resize(), sendMsg(partnerSetMsg{name: text})
		}
		return p.resize(), sendMsg(ownWordsSavedMsg{text: text})
	}
	k = cleanRunes(k)
	if !inputFits(p.input, k) {
		p.problem = limitMessage(k, p.input.CharLimit)
		return p, nil
	}
	p.problem = ""
	var cmd tea.Cmd
	p.input, cmd = field.Update(p.input, k)
	return p, cmd
}

func (p profileModel) shortHelp() []key.Binding {
	if p.editing {
		return []key.Binding{p.keys.Save, p.keys.Cancel}
	}
	return []key.Binding{p.keys.Toggle, p.keys.Edit, p.keys.Back}
}

func (p profileModel) fullHelp() [][]key.Binding {
	if p.editing {
		return [][]key.Binding{{p.keys.Save, p.keys.Cancel}}
	}
	return [][]key.Binding{{p.keys.Up, p.keys.Down}, {p.keys.Toggle, p.keys.Edit}, {p.keys.Back}}
}

// heights shares the body between the list and the detail box, after
// the title and the message line: the list keeps at least half, so the
// person still sees where they are; the box gets the rest, up to its size.
func (p profileModel) heights() (listH, detailH int) {
	avail := max(0, p.common.height-2)
	detailH = min(len(p.detailLines()), avail-max(1, avail/2))
	return max(1, avail-detailH), max(0, detailH)
}

// listHeight is how many rows fit above the detail box.
func (p profileModel) listHeight() int {
	listH, _ := p.heights()
	return listH
}

// resize keeps the cursor on a row (the view keeps it in sight).
func (p profileModel) resize() profileModel {
	p.cursor = clamp(p.cursor, 0, p.rows()-1)
	return p
}

// tickedCount counts the ticked concerns this build knows.
func (p profileModel) tickedCount() int { return len(p.common.nb.Profile.Known()) }

// headerLine is the screen's title and count.
func (p profileModel) headerLine() string {
	return fmt.Sprintf("%d ticked · stays here unless you add it to a message", p.tickedCount())
}
