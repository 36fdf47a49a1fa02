package form

import (
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/list"
	"github.com/vetted-tui/vetted/safetext"
)

// The one label layout: labels in a column as wide as the widest label
// that fits in two fifths of the width, the input after it; a label wider
// than that goes on a line of its own, the input under it. A multi-line
// field has its label line to itself and its lines below; a rows field
// draws each row on one line.

// SetSize gives the form its room.
func (f Form) SetSize(width, height int) Form {
	f.width, f.height = max(0, width), max(0, height)
	return f.layout()
}

// labelWidth is the width of the label column.
func (f Form) labelWidth() int {
	most := max(6, (f.width-4)*2/5)
	w := 0
	for _, fl := range f.fields {
		if fl.hidden || fl.kind == KindArea {
			continue
		}
		for _, l := range f.labels(fl) {
			if lw := cell.Width(l); lw <= most {
				w = max(w, lw)
			}
		}
	}
	return w
}

// labels are the labels field fl draws in the label column.
func (f Form) labels(fl Field) []string {
	if fl.kind != KindRows {
		return []string{safetext.Line(fl.label)}
	}
	return []string{rowLabel(fl.rows, max(0, len(fl.rows.rows)-1))}
}

// rowLabel is the label of row r: "Name 1".
func rowLabel(rs rowSet, r int) string { return fmt.Sprintf("%s %d", rs.labels[0], r+1) }

// stacked reports whether fl's label is too wide for the column.
func (f Form) stacked(fl Field, lw int) bool {
	return (fl.kind == KindLine || fl.kind == KindPick) && cell.Width(safetext.Line(fl.label)) > lw
}

// head is the title and the intro; the intro gives way to the fields on a
// short screen: at most a third of the room, its last line marked where
// it was cut.
func (f Form) head() []string {
	w := max(1, f.width)
	s := f.styles
	out := []string{s.Title.Render(cell.Cut(safetext.Line(f.title), w))}
	if f.intro != "" {
		for _, l := range cell.WrapMost(f.intro, w, max(1, f.height/3)) {
			out = append(out, s.Muted.Render(l))
		}
	}
	if f.height >= 12 {
		out = append(out, "")
	}
	return out
}

// bodyHeight is the room for the fields.
func (f Form) bodyHeight() int {
	h := f.height - len(f.head())
	if f.Asking() {
		h--
	}
	return max(1, h)
}

// layout sizes the inputs to the room and moves the window so the focused
// field is in view. It runs after every change that can move a line.
func (f Form) layout() Form {
	if f.width <= 0 || f.height <= 0 || len(f.fields) == 0 {
		return f
	}
	// The inputs' sizes are set in place: a copy of the form taken
	// before (Bubble Tea models are values) may share them, and draws the
	// same with them.
	lw := f.labelWidth()
	bodyH := f.bodyHeight()
	for i := range f.fields {
		fl := &f.fields[i]
		switch fl.kind {
		case KindLine:
			// The marker, the label, a space, and the cursor past the end.
			fl.text.input.Width = max(1, f.width-lw-4)
			if f.stacked(*fl, lw) {
				fl.text.input.Width = max(1, f.width-4) // under the label
			}
		case KindArea:
			fl.area.SetWidth(max(2, f.width-2))
			h := min(max(1, fl.area.LineCount()), 2)
			if i == f.focus {
				h = min(max(2, bodyH/3), 8)
			}
			fl.area.SetHeight(h)
		case KindRows:
			name, dose := f.rowWidths(fl.rows, lw)
			for r := range fl.rows.rows {
				fl.rows.rows[r][0].input.Width = name
				fl.rows.rows[r][1].input.Width = dose
			}
		}
	}
	from, to, total := 0, 0, 0
	for i := range f.fields {
		n := f.fieldHeight(i, lw)
		if i == f.focus {
			from, to = total, total+n
			if f.fields[i].kind == KindRows {
				from += f.cell / 2
				to = from + 1
			}
		}
		total += n
	}
	f.offset = list.Span(f.offset, total, from, to, bodyH)
	return f
}

// fieldHeight is the number of lines fieldLines draws for field i,
// counted without drawing (an area's view costs as much as its text).
func (f Form) fieldHeight(i, lw int) int {
	fl := f.fields[i]
	n := 0
	switch {
	case fl.hidden:
		return 0
	case fl.kind == KindArea:
		n = 1 + fl.area.Height()
	case fl.kind == KindRows:
		n = max(1, len(fl.rows.rows))
	case f.stacked(fl, lw):
		n = 2
	default:
		n = 1
	}
	if e := f.errs[fl.key]; e != "" {
		n += len(f.problemLines(e))
	}
	return n
}

// problemLines are a field's problem, wrapped under it.
func (f Form) problemLines(problem string) []string {
	return strings.Split(cell.Wrap("✗ "+problem, max(1, f.width-2)), "\n")
}

// rowWidths are the widths of a row's two inputs: the name takes three
// fifths of the room and the dose the rest.
func (f Form) rowWidths(rs rowSet, lw int) (int, int) {
	// "› " label " " name "  " dose-label " " dose, and a cursor each.
	room := f.width - 2 - lw - 1 - 2 - cell.Width(rs.labels[1]) - 1 - 2
	name := room * 3 / 5
	return max(1, name), max(1, room-name)
}

// View draws the form in its room.
func (f Form) View() string {
	if f.width <= 0 || f.height <= 0 {
		return ""
	}
	lw := f.labelWidth()
	var body []string
	for i := range f.fields {
		body = append(body, f.fieldLines(i, lw)...)
	}
	out := append(f.head(), list.Cut(body, f.offset, f.bodyHeight(), f.styles.Muted)...)
	if f.Asking() {
		out = append(out, f.discard.View(f.styles, f.width))
	}
	if len(out) > f.height {
		out = out[:f.height] // a head taller than the room
	}
	return cell.CutLines(strings.Join(out, "\n"), f.width)
}

// label draws a label in the column (lw > 0) or as it is, marked › when
// focused.
func (f Form) label(text string, lw int, focused bool) string {
	if lw > 0 {
		text = cell.Fit(text, lw)
	}
	if focused {
		return f.styles.Focused.Render("› " + text)
	}
	return f.styles.Label.Render("  " + text)
}

// fieldLines draws field i: its label and input, then its problem.
func (f Form) fieldLines(i, lw int) []string {
	fl := f.fields[i]
	if fl.hidden {
		return nil
	}
	focused := i == f.focus
	name := safetext.Line(fl.label)
	var out []string
	switch fl.kind {
	case KindLine, KindPick:
		value := fl.text.input.View()
		if fl.kind == KindPick {
			value = f.pickView(fl, focused, f.width-lw-3)
		}
		if f.stacked(fl, lw) {
			out = append(out, f.label(cell.Cut(name, max(1, f.width-2)), 0, focused), "  "+value)
		} else {
			out = append(out, f.label(name, lw, focused)+" "+value)
		}
	case KindArea:
		// A long label (a partner's long name) gives way to the hint's
		// short form, which says what enter does.
		long, short := f.areaHint(fl)
		tag := cell.Cut(name, max(1, f.width-4-cell.Width(short)))
		room := max(0, f.width-cell.Width(tag)-3)
		out = append(out, f.label(tag, 0, focused)+" "+f.styles.Muted.Render(cell.Shortest(room, long, short)))
		for _, l := range strings.Split(fl.area.View(), "\n") {
			out = append(out, "  "+l)
		}
	case KindRows:
		out = f.rowLines(fl.rows, focused, lw)
	}
	if e := f.errs[fl.key]; e != "" {
		for _, l := range f.problemLines(e) {
			out = append(out, f.styles.Error.Render("  "+l))
		}
	}
	return out
}

// areaHint says what enter does in an area, or that it holds a text cut
// on loading (its marker is at the cut, often below the lines shown), in
// a long and a short form.
func (f Form) areaHint(fl Field) (long, short string) {
	if fl.isCut() {
		return "shown cut, read-only: the file holds more, kept whole", "shown cut, read-only"
	}
	enter := "enter: next"
	if s := f.stops(); len(s) > 0 && s[len(s)-1].field == f.index(fl.key) {
		enter = "enter: save"
	}
	return "alt+enter: new line · " + enter, enter
}

// pickView draws a pick field's options, the chosen one in brackets (a
// marker that shows without colour), or only the chosen one, with arrows
// when focused, where they do not all fit in room.
func (f Form) pickView(fl Field, focused bool, room int) string {
	if len(fl.options) == 0 {
		return ""
	}
	var all []string
	for j, o := range fl.options {
		o = safetext.Line(o)
		if j == fl.pick {
			o = "[" + o + "]"
		}
		all = append(all, o)
	}
	if line := strings.Join(all, " "); cell.Width(line) <= room {
		return line
	}
	chosen := all[fl.pick]
	if focused {
		return fmt.Sprintf("‹ %s › %d of %d", chosen, fl.pick+1, len(fl.options))
	}
	return chosen
}

// rowLines draws a rows field, one row a line.
func (f Form) rowLines(rs rowSet, focused bool, lw int) []string {
	if len(rs.rows) == 0 {
		return []string{f.label(cell.Cut("No rows yet: ctrl+n adds one.", max(1, f.width-2)), 0, focused)}
	}
	name, _ := f.rowWidths(rs, lw)
	out := make([]string, 0, len(rs.rows))
	for r, row := range rs.rows {
		line := f.label(rowLabel(rs, r), lw, focused && f.cell/2 == r) + " " +
			cell.Fit(row[0].input.View(), name+1) + "  " + rs.labels[1] + " " + row[1].input.View()
		out = append(out, line)
	}
	return out
}
