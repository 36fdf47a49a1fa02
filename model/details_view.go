package model

import (
	"strings"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/safetext"
)

func (d detailsModel) view() string {
	s := d.common.Styles
	w := d.common.Width
	title := "Add a therapist"
	if !d.isNew {
		title = "Edit " + safetext.Line(shown(d.original.Name))
	}
	lines := []string{s.Title.Render(cell.Cut(title, w)), ""}
	focusLine := 0
	for f := range fieldCount {
		if !d.shown(f) {
			continue
		}
		block := d.fieldView(f)
		if f == d.focus {
			focusLine = len(lines)
			if d.isArea(f) {
				// Centre the whole notes block, not just its label, so
				// the text being typed stays in view.
				focusLine += len(block) / 2
			}
		}
		lines = append(lines, block...)
	}
	if d.confirm.asking() {
		lines = append(lines, "", d.confirm.view(s, w))
		focusLine = len(lines) - 1
	}
	// The form is taller than the smallest terminal: say what is cut.
	return scrollLines(lines, focusLine, d.common.Height, s)
}

// fieldView renders one field: its label and input, then its problem.
func (d detailsModel) fieldView(f detailsField) []string {
	s := d.common.Styles
	w := d.common.Width
	labelW := labelWidth
	if f == fieldNotes || f == fieldPartnerNotes {
		// The notes have their line to themselves: a long name in
		// "<partner>'s notes" takes the room instead of being cut.
		labelW = clamp(cell.Width(d.label(f)), labelWidth, max(labelWidth, w-4))
	}
	label := "  " + cell.Fit(d.label(f), labelW)
	if f == d.focus {
		label = s.Focused.Render("› " + cell.Fit(d.label(f), labelW))
	} else {
		label = s.Label.Render(label)
	}
	var out []string
	switch f {
	case fieldFoundVia:
		out = append(out, label+" "+pickerView(foundViaText(d.vias[d.foundVia]), f == d.focus))
	case fieldStatus:
		out = append(out, label+" "+pickerView(d.steps[d.status].Text(), f == d.focus))
	case fieldNotes, fieldPartnerNotes:
		help := cell.Shortest(max(0, w-labelW-3), "alt+enter: new line · enter: save", "enter: save")
		if isCut(d.area(f).Value()) {
			// The marker is at the cut, often below the visible lines.
			help = cell.Shortest(max(0, w-labelW-3), "shown cut, read-only: the file holds more, kept whole", "shown cut, read-only")
		}
		out = append(out, label+" "+s.Muted.Render(help))
		out = append(out, strings.Split(d.area(f).View(), "\n")...)
	default:
		out = append(out, cell.Cut(label+" "+d.line(f).View(), w))
	}
	if e, ok := d.errs[f]; ok {
		out = append(out, s.Error.Render(cell.Cut("  ✗ "+e, w)))
	}
	return out
}

// pickerView draws a pick-one field; the arrows show it can be changed.
func pickerView(value string, focused bool) string {
	if focused {
		return "‹ " + value + " ›"
	}
	return value
}
