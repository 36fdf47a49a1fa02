package interview

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
)

// Open opens the interview of the therapist with id in the notebook of
// c, or says why there is none to open.
func Open(c *screen.Common, id string) tea.Cmd {
	if _, ok := c.Notebook().Find(id); !ok {
		return nil
	}
	if len(c.Notebook().Catalogue().Questions()) == 0 {
		// An interview of no questions would have no way out but ctrl+c.
		return screen.Send(screen.StatusMsg{Text: "There are no questions to ask: every built-in one is hidden and there are none of your own. Q shows your questions.", Err: true})
	}
	iv := New(c, id)
	return tea.Batch(screen.Push(iv), iv.focusCmd())
}

// Update implements screen.Screen.
func (iv Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	if show, ok := msg.(screen.ShowQuestionMsg); ok {
		return iv.show(show.ID)
	}
	iv, cmd := iv.update(msg)
	return iv, cmd
}

// show goes to the question with id, just added, and says where it is:
// ctrl+o came back to the question it was opened on, and a question
// added to another category would otherwise be out of reach until the
// walk got there.
func (iv Model) show(id string) (Model, tea.Cmd) {
	for i, q := range iv.questions {
		if q.ID != id {
			continue
		}
		iv, cmd := iv.goTo(i)
		where := ""
		if c, ok := iv.common.Notebook().Catalogue().CategoryByID(q.Category); ok {
			where = " (in " + safetext.Line(c.Title) + ")"
		}
		iv.notice = "Your new question" + where + ": ask it now, or tab on."
		return iv, cmd
	}
	return iv, nil // hidden, or gone: nothing to show
}

// View implements screen.Screen.
func (iv Model) View() string { return iv.view() }

// SetSize implements screen.Screen; the interview reads its room from
// common.
func (iv Model) SetSize(int, int) screen.Screen { return iv.resize() }

// ShortHelp implements screen.Screen.
func (iv Model) ShortHelp() []key.Binding { return iv.shortHelp() }

// FullHelp implements screen.Screen.
func (iv Model) FullHelp() [][]key.Binding { return iv.fullHelp() }

// Typing implements screen.Screen.
func (iv Model) Typing() bool { return iv.typing() }

// Asking implements screen.Screen.
func (iv Model) Asking() bool { return iv.asking() }

// Refresh implements screen.Refresher: the interview is built again on
// the notebook's catalogue as it now is (the questions screen may have
// changed it, or a reload replaced it), at the question it was on, or
// where that question was if it is gone or hidden, keeping what was typed
// and not recorded (keepEdits). It is gone itself when the therapist is.
func (iv Model) Refresh() (screen.Screen, tea.Cmd, bool) {
	if _, ok := iv.common.Notebook().Find(iv.therapistID); !ok || len(iv.common.Notebook().Catalogue().Questions()) == 0 {
		return iv, nil, false
	}
	at, id := iv.index, ""
	if len(iv.questions) > 0 {
		id = iv.current().ID
	}
	next := New(iv.common, iv.therapistID).keepEdits(iv)
	for i, q := range next.questions {
		if q.ID == id {
			at = i
		}
	}
	next, cmd := next.goTo(at)
	return next, cmd, true
}

// What the interview holds, for the root's tests and anyone else who
// needs to read it.

// Current is the question on view.
func (iv Model) Current() checklist.Question { return iv.current() }

// Index is the position of the question on view among Questions.
func (iv Model) Index() int { return iv.index }

// Questions are the questions asked, in order.
func (iv Model) Questions() []checklist.Question { return iv.questions }

// Raw is what the person's own answer to question i holds, not yet
// parsed: an option's ID, the ticked IDs, or the text typed.
func (iv Model) Raw(i int) string { return iv.inputs[i].widget.raw() }

// Editing is what the answer being edited (the person's, or the
// partner's) holds, as Raw.
func (iv Model) Editing() string { return iv.widget().raw() }

// Note is what the note being edited holds.
func (iv Model) Note() string { return iv.note().Value() }

// AnswerBox is the box of the text answer being edited (empty for the
// other kinds), as drawn: its size and what it holds.
func (iv Model) AnswerBox() textarea.Model { return iv.widget().area.Model }

// Dirty reports whether any question holds an edit not yet saved.
func (iv Model) Dirty() bool { return iv.dirty() }

// ForPartner reports whether keys go to the partner's answer.
func (iv Model) ForPartner() bool { return iv.forPartner() }

// RedNotice reports whether the notice on view reports a red flag.
func (iv Model) RedNotice() bool { return iv.noticeLevel == noticeRed }
