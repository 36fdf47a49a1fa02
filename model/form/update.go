package form

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/field"
)

// Update handles msg and says whether the form goes on or how it ended.
func (f Form) Update(msg tea.Msg) (Form, tea.Cmd, Outcome) {
	if len(f.fields) == 0 {
		return f, nil, Open // the zero Form
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		// A cursor's blink, for the focused input.
		return f.toInput(msg)
	}
	if f.discard.Asking() {
		var yes bool
		f.discard, yes, _ = f.discard.Answer(k)
		if yes {
			f.discarded = true
			return f, nil, Left
		}
		return f.layout(), nil, Open
	}
	if field.IsText(k) {
		// Several runes at once are typed or pasted text, whatever words
		// they spell ("up", "tab"): never a key binding.
		return f.toInput(k)
	}
	fl := f.fields[f.focus]
	switch {
	case key.Matches(k, f.keys.Save):
		return f.submit()
	case key.Matches(k, f.keys.Back):
		if f.Dirty() {
			f.discard = f.discard.Ask(DiscardPrompt, struct{}{})
			return f.layout(), nil, Open
		}
		return f, nil, Left
	case key.Matches(k, f.keys.AddRow):
		return f.addRow()
	case key.Matches(k, f.keys.DelRow):
		return f.deleteRow()
	case key.Matches(k, f.keys.Next):
		return f.move(1, true)
	case key.Matches(k, f.keys.Prev):
		return f.move(-1, true)
	case fl.kind == KindRows && (key.Matches(k, f.keys.Down) || key.Matches(k, f.keys.Up)):
		return f.moveRows(key.Matches(k, f.keys.Up))
	case key.Matches(k, f.keys.Down) && !(fl.kind == KindArea && !areaLeaves(fl.area, false)):
		return f.move(1, false)
	case key.Matches(k, f.keys.Up) && !(fl.kind == KindArea && !areaLeaves(fl.area, true)):
		return f.move(-1, false)
	case key.Matches(k, f.keys.Enter):
		if f.atLastStop() {
			return f.submit()
		}
		return f.move(1, false)
	case fl.kind == KindPick && key.Matches(k, f.keys.Cycle):
		step := 1
		if key.Matches(k, f.keys.CycleBack) {
			step = -1
		}
		return f.cycle(step), nil, Open
	}
	return f.toInput(k)
}

// toInput hands msg to the focused input. A key is cleaned first and
// refused, with the reason shown under the field, when it would not fit.
func (f Form) toInput(msg tea.Msg) (Form, tea.Cmd, Outcome) {
	k, isKey := msg.(tea.KeyMsg)
	if isKey && k.Type == tea.KeyRunes {
		k = field.CleanKey(k)
		msg = k
	}
	f.fields = cloneFields(f.fields)
	fl := &f.fields[f.focus]
	var cmd tea.Cmd
	var why string
	switch fl.kind {
	case KindPick:
		if isKey && k.Type == tea.KeyRunes && len(k.Runes) > 0 {
			// Letters typed here would be lost without a word.
			return f.refuse(fl.key, "This is a choice: space, ← or → changes it, tab goes to the next field."), nil, Open
		}
		return f, nil, Open
	case KindLine:
		if !isKey {
			fl.text.input, cmd = field.Update(fl.text.input, msg)
			return f, cmd, Open
		}
		before := fl.text.input.Value()
		cmd, why = fl.text.typeKey(k)
		if why == "" && fl.text.input.Value() == before {
			return f, cmd, Open // the cursor moved: the problem stands
		}
	case KindArea:
		if isKey {
			why = fl.area.Refusal(k)
		}
		if why == "" {
			before := fl.area.Text()
			fl.area, cmd = fl.area.Update(msg)
			if !isKey || fl.area.Text() == before {
				return f.layout(), cmd, Open
			}
		}
	case KindRows:
		in := fl.rows.cell(f.cell)
		if in == nil {
			return f, nil, Open
		}
		if !isKey {
			in.input, cmd = field.Update(in.input, msg)
			return f, cmd, Open
		}
		before := in.input.Value()
		cmd, why = in.typeKey(k)
		if why == "" && in.input.Value() == before {
			return f, cmd, Open
		}
	}
	if why != "" {
		return f.refuse(fl.key, why), nil, Open
	}
	return f.cleared(fl.key).layout(), cmd, Open
}

// cycle moves the focused pick field's choice by step, round.
func (f Form) cycle(step int) Form {
	f.fields = cloneFields(f.fields)
	fl := &f.fields[f.focus]
	if n := len(fl.options); n > 0 {
		fl.pick = (fl.pick + step + n) % n
	}
	return f.cleared(fl.key).layout()
}

// stop is one place the focus can be: a field, and a cell of a rows field.
type stop struct{ field, cell int }

// stops lists the focus stops in order.
func (f Form) stops() []stop {
	var out []stop
	for i, fl := range f.fields {
		if fl.hidden {
			continue
		}
		n := 1
		if fl.kind == KindRows {
			n = fl.rows.cells()
		}
		for c := range n {
			out = append(out, stop{i, c})
		}
	}
	return out
}

// firstStop is the first shown field.
func (f Form) firstStop() int {
	if s := f.stops(); len(s) > 0 {
		return s[0].field
	}
	return 0
}

// at is the index of the focus in stops.
func (f Form) at(stops []stop) int {
	for i, s := range stops {
		if s.field == f.focus && s.cell == f.cell {
			return i
		}
	}
	return 0
}

// atLastStop reports whether the focus is on the last stop of the form.
func (f Form) atLastStop() bool {
	s := f.stops()
	return f.at(s) == len(s)-1
}

// move moves the focus d stops, round the form when wrap (tab), else
// stopping at its ends (↑/↓, enter). Leaving an edited field whose value
// its check refuses (a date it cannot read) is refused, the problem shown
// under it; an empty required field is only refused on saving, so the
// person can fill the form in any order.
func (f Form) move(d int, wrap bool) (Form, tea.Cmd, Outcome) {
	if fl := f.fields[f.focus]; fl.check != nil && fl.edited() {
		if why := fl.check(fl.value()); why != "" {
			return f.refuse(fl.key, why), nil, Open
		}
	}
	s := f.stops()
	i := f.at(s) + d
	if wrap {
		i = (i + len(s)) % len(s)
	}
	i = min(max(0, i), len(s)-1)
	f.focus, f.cell = s[i].field, s[i].cell
	return f.focusedCmd()
}

// moveRows is ↑ or ↓ in a rows field: as in a multi-line field, it moves
// between the rows (keeping to the name or the dose) and leaves the field
// from its first or last row.
func (f Form) moveRows(up bool) (Form, tea.Cmd, Outcome) {
	rs := f.fields[f.focus].rows
	row := f.cell / 2
	switch {
	case up && row > 0:
		f.cell -= 2
	case !up && row < len(rs.rows)-1:
		f.cell += 2
	case up:
		f.cell = 0
		return f.move(-1, false)
	default:
		f.cell = rs.cells() - 1
		return f.move(1, false)
	}
	return f.focusedCmd()
}

// submit checks every shown field; a problem is shown under its field, the
// first one takes the focus, and nothing is saved.
func (f Form) submit() (Form, tea.Cmd, Outcome) {
	f.errs = map[string]string{}
	first := -1
	for i, fl := range f.fields {
		if why := fl.problem(); why != "" {
			f.errs[fl.key] = why
			if first < 0 {
				first = i
			}
		}
	}
	if first >= 0 {
		f.focus, f.cell = first, 0
		return f.focusedCmd()
	}
	return f, nil, Submitted
}

// rowsField is the rows field ctrl+n and ctrl+d act on: the focused one,
// else the first.
func (f Form) rowsField() int {
	if f.fields[f.focus].kind == KindRows {
		return f.focus
	}
	for i, fl := range f.fields {
		if fl.kind == KindRows && !fl.hidden {
			return i
		}
	}
	return -1
}

// addRow adds an empty row after the focused one (or after the last) and
// focuses its first cell.
func (f Form) addRow() (Form, tea.Cmd, Outcome) {
	i := f.rowsField()
	if i < 0 {
		return f, nil, Open
	}
	f.fields = cloneFields(f.fields)
	rs := &f.fields[i].rows
	at := len(rs.rows)
	if i == f.focus && len(rs.rows) > 0 {
		at = f.cell/2 + 1
	}
	f.fields[i].rows, f.cell = rs.add(at)
	f.focus = i
	return f.cleared(f.fields[i].key).focusedCmd()
}

// deleteRow removes the focused row.
func (f Form) deleteRow() (Form, tea.Cmd, Outcome) {
	i := f.rowsField()
	if i < 0 {
		return f, nil, Open
	}
	if i != f.focus || len(f.fields[i].rows.rows) == 0 {
		return f.refuse(f.fields[i].key, "Move to a row first (tab), then ctrl+d removes it."), nil, Open
	}
	f.fields = cloneFields(f.fields)
	f.fields[i].rows, f.cell = f.fields[i].rows.remove(f.cell/2, f.cell%2)
	return f.cleared(f.fields[i].key).focusedCmd()
}

// focusedCmd lays the form out around its new focus and focuses it.
func (f Form) focusedCmd() (Form, tea.Cmd, Outcome) {
	f, cmd := f.layout().focusInputs()
	return f, cmd, Open
}
