package interview

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/safetext"
)

// shortInputLimit bounds number and date inputs: no sensible answer is
// longer, and Parse says what is wrong with one that is.
const shortInputLimit = 40

// yesNoOptions are the yes/no question's options, the canonical answers;
// their keys are the first letters, y, n, u (checklist.YesNoWord reads
// them). The labels are the words every other surface shows
// (checklist.Display).
var yesNoOptions = func() []checklist.Choice {
	var out []checklist.Choice
	for _, v := range checklist.YesNoAnswers() {
		out = append(out, checklist.Choice{ID: v, Label: v})
	}
	return out
}()

// answerWidget is the input for one question, chosen by its kind. It holds
// what the person has entered but not yet committed; Parse decides whether
// that is an answer.
type answerWidget struct {
	q       checklist.Question
	options []checklist.Choice // yesno, choice, multi, rating
	cursor  int                // the option under the cursor; -1 none picked
	ticked  []bool             // multi
	input   textinput.Model    // money, minutes, count, date
	area    field.Area         // text
	initial string             // raw() as loaded, to tell edits apart
}

func newAnswerWidget(q checklist.Question, a checklist.Answer) answerWidget {
	w := answerWidget{q: q, cursor: -1}
	value := ""
	if a.Answered() {
		value = a.Value
	}
	switch q.Kind {
	case checklist.KindYesNo:
		w.options = yesNoOptions
		w.cursor = optionIndex(w.options, value)
	case checklist.KindChoice:
		w.options = q.Choices
		w.cursor = optionIndex(w.options, value)
	case checklist.KindMulti:
		w.options = q.Choices
		w.cursor = 0
		w.ticked = make([]bool, len(q.Choices))
		for _, id := range checklist.Multi(value) {
			if i := optionIndex(w.options, id); i >= 0 {
				w.ticked[i] = true
			}
		}
	case checklist.KindRating:
		lo, hi := q.Min, q.Max
		if hi <= lo {
			lo, hi = 1, 5
		}
		for n := lo; n <= hi; n++ {
			s := strconv.FormatInt(n, 10)
			w.options = append(w.options, checklist.Choice{ID: s, Label: s})
		}
		w.cursor = optionIndex(w.options, value)
	case checklist.KindText:
		w.area = field.NewBoundedArea("type their answer", checklist.MaxTextRunes, value)
	default: // money, minutes, count, date
		w.input = field.NewLine()
		w.input.CharLimit = shortInputLimit
		w.input.Width = 12
		if q.Kind == checklist.KindDate {
			w.input.Width = 24
		}
		w.input.Placeholder = inputPlaceholder(q)
		// The input cuts its placeholder at its width, mid-word.
		w.input.Width = max(w.input.Width, cell.Width(w.input.Placeholder)+1)
		loaded := field.Shown(value)
		if q.Kind == checklist.KindDate {
			loaded = checklist.DateText(loaded) // the one form dates take on screen
		}
		w.input.SetValue(safetext.Line(loaded))
	}
	w.initial = w.raw()
	return w
}

func optionIndex(options []checklist.Choice, id string) int {
	for i, o := range options {
		if o.ID == id {
			return i
		}
	}
	return -1
}

func inputPlaceholder(q checklist.Question) string {
	switch q.Kind {
	case checklist.KindMoney:
		return "e.g. 185"
	case checklist.KindMinutes:
		return "e.g. 50 or 1h30"
	case checklist.KindDate:
		return "e.g. 2026-12-03 or 12/3/2026"
	case checklist.KindDuration:
		return "e.g. 10-12 sessions or 4 months"
	}
	return "e.g. 12"
}

// naturalHeight is how many lines the widget needs to show in full (a
// text answer: a few lines and its counter).
func (w answerWidget) naturalHeight() int {
	switch w.q.Kind {
	case checklist.KindYesNo, checklist.KindChoice, checklist.KindMulti:
		return len(w.options)
	case checklist.KindText:
		return 4
	}
	return 1
}

// typing reports whether printable keys are text for this widget.
func (w answerWidget) typing() bool {
	switch w.q.Kind {
	case checklist.KindYesNo, checklist.KindChoice, checklist.KindMulti, checklist.KindRating:
		return false
	}
	return true
}

// raw is what the widget holds, in a form Parse accepts.
func (w answerWidget) raw() string {
	switch w.q.Kind {
	case checklist.KindYesNo, checklist.KindChoice, checklist.KindRating:
		if w.cursor < 0 || w.cursor >= len(w.options) {
			return ""
		}
		return w.options[w.cursor].ID
	case checklist.KindMulti:
		var ids []string
		for i, t := range w.ticked {
			if t {
				ids = append(ids, w.options[i].ID)
			}
		}
		return strings.Join(ids, ",")
	case checklist.KindText:
		return w.area.Text()
	}
	return w.input.Value()
}

// dirty reports whether the widget holds an uncommitted edit.
func (w answerWidget) dirty() bool { return w.raw() != w.initial }

// committed marks the current content as saved.
func (w answerWidget) committed() answerWidget {
	w.initial = w.raw()
	return w
}

func (w *answerWidget) focus() tea.Cmd {
	switch w.q.Kind {
	case checklist.KindText:
		return w.area.Focus()
	case checklist.KindMoney, checklist.KindMinutes, checklist.KindCount, checklist.KindDate, checklist.KindDuration:
		return w.input.Focus()
	}
	return nil
}

func (w *answerWidget) blur() {
	switch w.q.Kind {
	case checklist.KindText:
		w.area.Blur()
	case checklist.KindMoney, checklist.KindMinutes, checklist.KindCount, checklist.KindDate, checklist.KindDuration:
		w.input.Blur()
	}
}

// update handles a key for the widget. problem is a message to show in
// place when a key was refused (a full field, too many lines).
func (w answerWidget) update(msg tea.Msg, keys KeyMap) (next answerWidget, cmd tea.Cmd, problem string) {
	k, isKey := msg.(tea.KeyMsg)
	switch w.q.Kind {
	case checklist.KindText:
		if isKey {
			if why := w.area.Refusal(k); why != "" {
				return w, nil, why
			}
		}
		w.area, cmd = w.area.Update(msg)
		return w, cmd, ""
	case checklist.KindMoney, checklist.KindMinutes, checklist.KindCount, checklist.KindDate, checklist.KindDuration:
		if isKey && !field.Fits(w.input, k) {
			return w, nil, field.LimitMessage(k, w.input.CharLimit)
		}
		w.input, cmd = field.Update(w.input, msg)
		return w, cmd, ""
	}
	if !isKey {
		return w, nil, ""
	}
	return w.updateOptions(k, keys), nil, ""
}

// updateOptions moves, picks and ticks in an option list.
func (w answerWidget) updateOptions(k tea.KeyMsg, keys KeyMap) answerWidget {
	n := len(w.options)
	if n == 0 {
		return w
	}
	switch {
	case key.Matches(k, keys.PickUp):
		w.cursor = min(max(w.cursor-1, 0), n-1)
		return w
	case key.Matches(k, keys.PickDown):
		w.cursor = min(max(w.cursor+1, 0), n-1)
		return w
	}
	if w.q.Kind == checklist.KindYesNo {
		if v, ok := checklist.YesNoWord(k.String()); ok && key.Matches(k, keys.YesNo) {
			w.cursor = optionIndex(w.options, v)
		}
		return w
	}
	if w.q.Kind == checklist.KindMulti && key.Matches(k, keys.Toggle) && w.cursor >= 0 {
		w.ticked[w.cursor] = !w.ticked[w.cursor]
		return w
	}
	// Number keys: the option's number, or for a rating the value itself.
	if key.Matches(k, keys.Number) {
		s := k.String() // one digit, 1 to 9
		i := int(s[0] - '1')
		if w.q.Kind == checklist.KindRating {
			i = optionIndex(w.options, s)
		}
		if i >= 0 && i < n {
			w.cursor = i
			if w.q.Kind == checklist.KindMulti {
				w.ticked[i] = !w.ticked[i]
			}
		}
	}
	return w
}

// view draws the widget within width columns and about height lines.
func (w answerWidget) view(s *theme.Styles, width, height int) string {
	switch w.q.Kind {
	case checklist.KindText:
		counter := fmt.Sprintf("%s / %s characters", checklist.Thousands(int64(w.area.Runes())), checklist.Thousands(int64(w.area.Limit())))
		return w.area.View() + "\n" + s.Muted.Render(cell.Cut(counter, width))
	case checklist.KindMoney:
		if strings.HasPrefix(strings.TrimSpace(w.input.Value()), "$") {
			return w.input.View() // "$185" typed: one "$" is enough
		}
		return "$ " + w.input.View()
	case checklist.KindMinutes, checklist.KindCount, checklist.KindDate:
		unit := safetext.Line(w.q.Unit)
		if w.q.Kind == checklist.KindMinutes && unit == "" {
			unit = "min"
		}
		if unit == "" || namesItsUnit(w.input.Value()) {
			return w.input.View()
		}
		return w.input.View() + " " + s.Muted.Render(unit)
	case checklist.KindDuration:
		return w.input.View() // the unit is part of what is typed
	case checklist.KindRating:
		return w.ratingView(s, width)
	}
	return w.optionsView(s, width, height)
}

// namesItsUnit reports whether a typed value carries its own unit ("12
// sessions", "1h30", "4 months"), so the field's unit is not shown beside
// it a second time.
func namesItsUnit(v string) bool {
	return strings.IndexFunc(v, unicode.IsLetter) >= 0
}

// optionsView lists the options, scrolled to keep the cursor in view.
// Markers carry the state: › cursor, (•)/( ) picked, [x]/[ ] ticked.
func (w answerWidget) optionsView(s *theme.Styles, width, height int) string {
	lines := make([]string, 0, len(w.options))
	for i, o := range w.options {
		mark := "( )"
		if w.q.Kind == checklist.KindMulti {
			mark = "[ ]"
			if w.ticked[i] {
				mark = "[x]"
			}
		} else if i == w.cursor {
			mark = "(•)"
		}
		num := strconv.Itoa(i + 1)
		if w.q.Kind == checklist.KindYesNo {
			num = o.ID[:1]
		}
		line := fmt.Sprintf("%s %s %s", num, mark, safetext.Line(o.Label))
		if i == w.cursor {
			lines = append(lines, s.Selected.Render(cell.Cut("› "+line, width)))
		} else {
			lines = append(lines, cell.Cut("  "+line, width))
		}
	}
	h := max(1, height)
	if len(lines) > h && h < 3 {
		// No room for a marker row: say on the chosen line that the
		// list goes on, or it looks complete (one option at 60x16).
		more := fmt.Sprintf("  ↕ %d more", len(lines)-h)
		win := strings.Split(screen.WindowLines(lines, max(0, w.cursor), h), "\n")
		last := len(win) - 1
		win[last] = cell.Cut(win[last], max(0, width-cell.Width(more))) + s.Muted.Render(more)
		return strings.Join(win, "\n")
	}
	return screen.ScrollLines(lines, max(0, w.cursor), h, s)
}

// ratingView draws a rating on one line: "1  2 [3] 4  5".
func (w answerWidget) ratingView(s *theme.Styles, width int) string {
	parts := make([]string, 0, len(w.options))
	for i, o := range w.options {
		if i == w.cursor {
			parts = append(parts, s.Selected.Render("["+o.Label+"]"))
		} else {
			parts = append(parts, " "+o.Label+" ")
		}
	}
	return cell.Cut(strings.Join(parts, " ")+s.Muted.Render("   1 = not at all, 5 = very"), width)
}
