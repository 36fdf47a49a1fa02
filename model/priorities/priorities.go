// Package priorities is the priorities screen: how much each question
// weighs in the fit score, the budget per session and the names of the
// people choosing, with the close calls an importance would turn. It is
// opened from the comparison.
package priorities

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// nameMax bounds a budget drawn: far wider than any field.
const nameMax = 1000

// SetImportanceMsg asks the root to set how much a question weighs in the
// fit score and save the notebook; it then calls SetNotebook on the
// priorities screen (the comparison is refreshed on the way back).
type SetImportanceMsg struct {
	QuestionID string
	Importance checklist.Importance
}

// SetBudgetMsg asks the root to set the budget per session. Value is a
// canonical money value ("150.00", see checklist.Answer), already checked
// with checklist.Parse, or empty to clear the budget.
type SetBudgetMsg struct{ Value string }

// SetPeopleMsg asks the root to set the names of the people choosing.
// Both names are sent, trimmed and sanitised; an empty Partner means
// choosing alone.
type SetPeopleMsg struct{ Me, Partner string }

// BackMsg asks the root to leave the priorities screen (esc) for
// the comparison, which it refreshes once then; BackMsg leaves the
// comparison itself.
type BackMsg struct{}

// prioItemKind says what a line of the priorities list edits.
type prioItemKind int

const (
	prioHeading prioItemKind = iota
	prioMe
	prioPartner
	prioBudget
	prioQuestion
)

// prioItem is one line of the priorities list.
type prioItem struct {
	kind  prioItemKind
	title string // heading text or question label, sanitised
	q     checklist.Question
}

// importanceSteps are the importances in the order left/right walks them.
var importanceSteps = []checklist.Importance{checklist.Ignore, checklist.Nice, checklist.Important, checklist.MustHave}

// Lengths the fields accept, so a paste cannot grow a name without bound.
const (
	nameCharLimit   = 40
	budgetCharLimit = 12
)

// Below this size the priorities list cannot be read.
const (
	prioritiesMinW = 50
	prioritiesMinH = 12
)

// prioritiesKeyMap holds the priorities screen's keys; it implements
// help.KeyMap for the root's footer.
type prioritiesKeyMap struct {
	Up, Down   key.Binding
	Less, More key.Binding
	Set        key.Binding
	Edit       key.Binding
	Save       key.Binding
	Cancel     key.Binding
	Back       key.Binding
}

func defaultPrioritiesKeyMap() prioritiesKeyMap {
	return prioritiesKeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Less:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "less")),
		More:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "more")),
		Set:    key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", "set")),
		Edit:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit")),
		Save:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// prioritiesHelp is the key map in force: editing a field shows only
// save and cancel.
type prioritiesHelp struct {
	k       prioritiesKeyMap
	editing bool
}

// ShortHelp returns the keys for the one-line footer.
func (h prioritiesHelp) ShortHelp() []key.Binding {
	if h.editing {
		return []key.Binding{h.k.Save, h.k.Cancel}
	}
	return []key.Binding{h.k.Up, h.k.Down, h.k.Less, h.k.More, h.k.Set, h.k.Edit, h.k.Back}
}

// FullHelp returns the keys in columns for the full help.
func (h prioritiesHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// Model is the priorities screen: how much each question weighs,
// the budget per session and the names of the people choosing. It changes
// nothing itself: it sends Set*Msg up and shows what it sent until the
// root hands back the saved notebook.
type Model struct {
	keymap prioritiesKeyMap
	styles *theme.Styles
	width  int
	height int

	items []prioItem
	sel   int // index into items, never a heading
	off   int // first item on screen

	// What the notebook says, updated at once when a change is sent so the
	// screen answers the key press before the save comes back.
	importance map[string]checklist.Importance
	budget     string
	me         string
	partner    string
	closeCalls map[string][]string // question ID: sentences
	// judged is the notebook's judgement, kept so that an importance
	// change (see Reweigh) only weighs again; names maps the judged
	// therapists' IDs to their sanitised names, for close-call sentences.
	judged *assess.Judgement
	names  map[string]string

	editing bool
	input   textinput.Model
	err     string // why the field's input was refused
}

// New returns the priorities of nb, which is only read, drawn
// with st (the app's one set of styles, shared). judged, when not nil, is
// a judgement of nb or of an earlier state of it (the comparison's): the
// verdicts of therapists unchanged since are kept, not judged again.
func New(nb *store.Notebook, st *theme.Styles, judged *assess.Judgement) Model {
	m := Model{keymap: defaultPrioritiesKeyMap(), styles: st}
	m.items = []prioItem{
		{kind: prioHeading, title: "About you"},
		{kind: prioMe, title: "Your name"},
		{kind: prioPartner, title: "Partner's name"},
		{kind: prioBudget, title: "Budget per session"},
	}
	set := nb.Catalogue()
	for _, cat := range set.Categories() {
		heading := prioItem{kind: prioHeading, title: safetext.Line(cat.Title)}
		for _, q := range set.InCategory(cat.ID) {
			// Only questions with a better answer move the score; weighing
			// the others would be a setting that does nothing.
			if q.Better == "" {
				continue
			}
			if heading.title != "" {
				m.items = append(m.items, heading)
				heading.title = ""
			}
			m.items = append(m.items, prioItem{kind: prioQuestion, title: safetext.Line(q.Short), q: q})
		}
	}
	m.sel = 1
	m.input = textinput.New()
	m.input.Prompt = ""
	m.judged = judged
	return m.SetNotebook(nb)
}

// SetNotebook takes the saved notebook's priorities, names and budget,
// and judges again the therapists changed since the last judgement
// (assess.Rejudge): coming back on top after nothing changed judges no
// one.
func (m Model) SetNotebook(nb *store.Notebook) Model {
	if nb == nil {
		nb = store.New()
	}
	prev := m.judged
	m.judged = nil
	m.names = nil
	if len(nb.Therapists) > 1 {
		m.judged = assess.Rejudge(prev, nb)
		m.names = make(map[string]string, len(nb.Therapists))
		for i := range nb.Therapists {
			m.names[nb.Therapists[i].ID] = safetext.Line(nb.Therapists[i].Name)
		}
	}
	m.budget = nb.BudgetPerSession
	m.me = nb.People.MeName()
	m.partner = nb.People.PartnerName()
	return m.Reweigh(nb)
}

// Reweigh takes the notebook's importances alone and works out the close
// calls again from the therapists as they were last judged: call it after
// a change of importance, which changes no verdict; any other change of
// the notebook needs SetNotebook.
func (m Model) Reweigh(nb *store.Notebook) Model {
	if nb == nil {
		nb = store.New()
	}
	m.importance = make(map[string]checklist.Importance, len(nb.Importance))
	for k, v := range nb.Importance {
		m.importance[k] = v
	}
	m.closeCalls = map[string][]string{}
	if m.judged == nil {
		return m
	}
	for _, cc := range m.judged.CloseCalls(nb.Importance) {
		who, ok := m.names[cc.NewLeaderID]
		if !ok {
			who = "nobody"
		}
		m.closeCalls[cc.QuestionID] = append(m.closeCalls[cc.QuestionID],
			fmt.Sprintf("Close call: as %s, %s would lead.", cc.To.Words(), who))
	}
	return m
}

// SetSize gives the screen its area, without the root's footer.
func (m Model) SetSize(w, h int) Model {
	m.width, m.height = max(w, 0), max(h, 0)
	m.input.Width = max(w-prioLabelW-6, 1)
	m.scroll()
	return m
}

// Keys returns the key map in force for the root's help footer.
func (m Model) Keys() help.KeyMap { return prioritiesHelp{k: m.keymap, editing: m.editing} }

// Typing reports whether a field has the keyboard, so the root must not
// take q or ? as commands.
func (m Model) Typing() bool { return m.editing }

// importanceOf is the step a question is at; a question not ranked counts
// at its default (checklist.DefaultImportance), like in assess.
func (m Model) importanceOf(id string) int {
	want := m.importance[id]
	if !slices.Contains(importanceSteps, want) {
		want = checklist.DefaultImportance(id)
	}
	return slices.Index(importanceSteps, want)
}

// Update handles keys: moving, changing importance, editing fields.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		if m.editing {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			return m, cmd
		}
		return m, nil
	}
	if m.editing {
		return m.handleEditKey(k)
	}
	km := m.keymap
	item := m.items[m.sel]
	switch {
	case key.Matches(k, km.Back):
		return m, func() tea.Msg { return BackMsg{} }
	case key.Matches(k, km.Up):
		m.move(-1)
	case key.Matches(k, km.Down):
		m.move(1)
	case item.kind == prioQuestion && key.Matches(k, km.Less):
		return m.setImportance(item.q.ID, m.importanceOf(item.q.ID)-1)
	case item.kind == prioQuestion && key.Matches(k, km.More):
		return m.setImportance(item.q.ID, m.importanceOf(item.q.ID)+1)
	case item.kind == prioQuestion && key.Matches(k, km.Set):
		return m.setImportance(item.q.ID, int(k.Runes[0]-'1'))
	case item.kind != prioQuestion && key.Matches(k, km.Edit):
		return m.startEdit(item)
	}
	return m, nil
}

// setImportance moves a question to step i and sends the change up; a
// step past either end changes nothing and sends nothing.
func (m Model) setImportance(id string, i int) (Model, tea.Cmd) {
	if i < 0 || i >= len(importanceSteps) || i == m.importanceOf(id) {
		return m, nil
	}
	imp := importanceSteps[i]
	m.importance[id] = imp
	return m, func() tea.Msg { return SetImportanceMsg{QuestionID: id, Importance: imp} }
}

func (m *Model) move(d int) {
	for i := m.sel + d; i >= 0 && i < len(m.items); i += d {
		if m.items[i].kind != prioHeading {
			m.sel = i
			break
		}
	}
	m.scroll()
}

// startEdit gives a field the keyboard, filled with its current value.
func (m Model) startEdit(item prioItem) (Model, tea.Cmd) {
	m.editing, m.err = true, ""
	switch item.kind {
	case prioMe:
		m.input.CharLimit = nameCharLimit
		m.input.Placeholder = "your first name"
		m.input.SetValue(m.me)
	case prioPartner:
		m.input.CharLimit = nameCharLimit
		m.input.Placeholder = "empty if choosing alone"
		m.input.SetValue(m.partner)
	case prioBudget:
		m.input.CharLimit = budgetCharLimit
		m.input.Placeholder = "e.g. $150"
		m.input.SetValue(safetext.Line(m.budget))
	}
	m.input.CursorEnd()
	return m, m.input.Focus()
}

// handleEditKey saves on enter, cancels on esc, and otherwise types.
func (m Model) handleEditKey(k tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case field.IsText(k):
		// A burst is text, whatever words it spells.
	case key.Matches(k, m.keymap.Cancel):
		m.editing, m.err = false, ""
		m.input.Blur()
		return m, nil
	case key.Matches(k, m.keymap.Save):
		return m.save()
	}
	var cmd tea.Cmd
	m.input, cmd = field.Update(m.input, k)
	m.err = ""
	return m, cmd
}

// save checks the field and sends it up; refused input stays in the field
// with the reason beside it, and nothing is sent.
func (m Model) save() (Model, tea.Cmd) {
	v := strings.TrimSpace(safetext.Line(m.input.Value()))
	var msg tea.Msg
	switch m.items[m.sel].kind {
	case prioBudget:
		if v != "" {
			fee, _ := checklist.ByID(checklist.QFee)
			c, err := checklist.Parse(fee, v)
			if err != nil {
				m.err = err.Error()
				return m, nil
			}
			v = c
		}
		m.budget = v
		msg = SetBudgetMsg{Value: v}
	case prioMe:
		m.me = v
		msg = SetPeopleMsg{Me: m.me, Partner: m.partner}
	case prioPartner:
		m.partner = v
		msg = SetPeopleMsg{Me: m.me, Partner: m.partner}
	}
	m.editing, m.err = false, ""
	m.input.Blur()
	return m, func() tea.Msg { return msg }
}

// scroll keeps the selected item on screen, with its heading when it is
// the first of its group.
func (m *Model) scroll() {
	h := m.listHeight()
	if h <= 0 {
		return
	}
	top := m.sel
	if top > 0 && m.items[top-1].kind == prioHeading {
		top--
	}
	if top < m.off {
		m.off = top
	}
	if m.sel >= m.off+h {
		m.off = m.sel - h + 1
	}
	m.off = max(min(m.off, len(m.items)-h), 0)
}

// listHeight is the number of list lines: the screen minus the title, a
// rule, the two-line description and the status line.
func (m Model) listHeight() int { return max(m.height-6, 0) }
