package checkin

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// The form's field keys: the moment, then for each check-in question its
// answer under the question's ID and its note under ID + noteSuffix.
const (
	momentKey  = "moment"
	noteSuffix = ".note"
)

// Form is the check-in form for one therapist: when it is made, then each
// check-in question (by its short label) with its note; under the form,
// the focused question in full with its hint and the hint's source. It changes nothing itself: saving sends
// an AddMsg, and once the root reports it applied (screen.ChangedMsg) the
// form closes.
type Form struct {
	common        *screen.Common
	id            string
	now           func() time.Time
	form          form.Form
	width, height int
	sent          bool // the AddMsg is on its way: the form closes on ChangedMsg
}

// NewForm returns the check-in form for the therapist with ID id; now
// dates the check-in when it is saved (time.Now in the app, a fixed clock
// in tests).
func NewForm(c *screen.Common, id string, now func() time.Time) Form {
	name := id
	if t := find(c.Notebook(), id); t != nil {
		name = t.Name
	}
	opts := make([]string, len(checklist.CheckInMoments))
	for i, at := range checklist.CheckInMoments {
		opts[i] = checklist.CheckInWhen(at)
	}
	fields := []form.Field{form.Pick(momentKey, momentText, opts, 0)}
	for _, q := range checklist.CheckInQuestions() {
		fields = append(fields,
			form.Pick(q.ID, q.Short, answerOptions(q), 0),
			form.Line(q.ID+noteSuffix, noteLabel, "", checklist.MaxTextRunes).WithPlaceholder(q.NotePrompt))
	}
	title := formTitle + safetext.Line(name)
	f := Form{common: c, id: id, now: now, form: form.New(c.Styles, title, formIntro, fields...)}
	return f.resize(c.Width, c.Height)
}

// answerOptions are the choices of question q's answer field, "not
// answered" first: the stored values (checklist.Answer) as they are
// stored, so the chosen label is the value.
func answerOptions(q checklist.Question) []string {
	opts := []string{notAnswered}
	if q.Kind == checklist.KindRating {
		for n := q.Min; n <= q.Max; n++ {
			opts = append(opts, strconv.FormatInt(n, 10))
		}
		return opts
	}
	return append(opts, checklist.YesNoAnswers()...)
}

// Typing implements screen.Screen: the notes take text.
func (f Form) Typing() bool { return f.form.Typing() }

// Asking implements screen.Screen: esc over edits asks whether to
// discard them.
func (f Form) Asking() bool { return f.form.Asking() }

// ShortHelp implements screen.Screen.
func (f Form) ShortHelp() []key.Binding { return f.form.ShortHelp() }

// FullHelp implements screen.Screen.
func (f Form) FullHelp() [][]key.Binding { return f.form.FullHelp() }

// FocusCmd focuses the first field's input, for the screen that opens it.
func (f *Form) FocusCmd() tea.Cmd { return f.form.FocusCmd() }

// Discarded reports whether the form was left without its edits (y to
// "Discard your edits?") and returns it open again with them, for the
// root's undo (form.Form.Discarded, as every form screen answers it).
func (f Form) Discarded() (screen.Screen, bool) {
	var left bool
	f.form, left = f.form.Discarded()
	return f, left
}

// SetSize implements screen.Screen.
func (f Form) SetSize(width, height int) screen.Screen { return f.resize(width, height) }

func (f Form) resize(width, height int) Form {
	f.width, f.height = max(0, width), max(0, height)
	f.form = f.form.SetSize(f.width, max(1, f.height-len(f.hintLines())))
	return f
}

// Update implements screen.Screen.
func (f Form) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	if ch, ok := msg.(screen.ChangedMsg); ok {
		if _, mine := ch.Event.(AddMsg); mine && f.sent {
			return f, screen.Send(screen.BackMsg{})
		}
		return f, nil
	}
	if f.sent {
		// Saved: nothing more to edit, but esc still leaves should the
		// root not report it applied (the therapist was deleted meanwhile).
		if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyEsc {
			return f, screen.Send(screen.BackMsg{})
		}
		return f, nil
	}
	next, cmd, out := f.form.Update(msg)
	f.form = next
	switch out {
	case form.Submitted:
		f.sent = true
		return f, screen.Send(AddMsg{TherapistID: f.id, CheckIn: f.checkIn()})
	case form.Left:
		return f, screen.Send(screen.BackMsg{})
	}
	// The focus may have moved to a question with a hint of another
	// length: the form's room follows.
	return f.resize(f.width, f.height), cmd
}

// checkIn is the form's answers as one check-in, dated now. A question
// neither answered nor noted is left out; a note without an answer is kept
// as noted (checklist.StatusNoted).
func (f Form) checkIn() store.CheckIn {
	at := f.now()
	var answers map[string]checklist.Answer // a new map, shared with no snapshot
	for _, q := range checklist.CheckInQuestions() {
		note := f.form.Value(q.ID + noteSuffix)
		a := checklist.Answer{Note: note, At: at}
		if p := f.form.Pick(q.ID); p > 0 {
			a.Status, a.Value = checklist.StatusAnswered, answerOptions(q)[p]
		} else if note != "" {
			a.Status = checklist.StatusNoted
		} else {
			continue
		}
		if answers == nil {
			answers = map[string]checklist.Answer{}
		}
		answers[q.ID] = a
	}
	return store.CheckIn{At: at, After: checklist.CheckInMoments[f.form.Pick(momentKey)], Answers: answers}
}

// focusedQuestion is the check-in question whose answer or note has the
// focus.
func (f Form) focusedQuestion() (checklist.Question, bool) {
	return checklist.CheckInQuestion(strings.TrimSuffix(f.form.Focused(), noteSuffix))
}

// hintLines are the focused question whole, its hint (quoted) and the
// hint's source, under a blank line; at most half the room, the last line
// marked where cut. None on the moment field.
func (f Form) hintLines() []string {
	q, ok := f.focusedQuestion()
	if !ok || f.width <= 0 {
		return nil
	}
	st := f.common.Styles
	text, source := openQuote+q.Hint+closeQuote, sourcePrefix+checklist.SourceLabel(q.Source)
	if q.Source == "" {
		text, source = q.Hint, checklist.VettedOwnSource
	}
	out := []string{""}
	for _, l := range cell.Lines(q.Prompt, f.width) {
		out = append(out, st.Prompt.Render(l))
	}
	for _, l := range append(cell.Lines(text, f.width), cell.Lines(source, f.width)...) {
		out = append(out, st.Muted.Render(l))
	}
	if most := max(2, f.height/2); len(out) > most {
		out = out[:most]
		out[most-1] = st.Muted.Render(cell.Cut(ansi.Strip(out[most-1])+" …", f.width))
	}
	return out
}

// View implements screen.Screen: the form, the focused question's hint
// under it.
func (f Form) View() string {
	if f.width <= 0 || f.height <= 0 {
		return ""
	}
	v := strings.Join(append([]string{f.form.View()}, f.hintLines()...), "\n")
	if lines := strings.Split(v, "\n"); len(lines) > f.height {
		v = strings.Join(lines[:f.height], "\n")
	}
	return v
}
