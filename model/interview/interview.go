// Package interview is the interview of one therapist: the catalogue's
// questions one at a time, each with the widget its kind of answer needs,
// a note, and (for personal questions) the partner's answer beside the
// person's own. Enter sends the answer up; the root records it.
package interview

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/confirm"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// MaxAreaWidth keeps a text answer readable on very wide terminals (and
// its cost per keystroke down: the textarea rewraps every line).
const MaxAreaWidth = 100

// Model walks one therapist through the catalogue, one question at
// a time. Each question keeps its own widget, so moving around keeps what
// was typed; enter commits and the root records it.
type Model struct {
	common      *screen.Common
	keys        KeyMap
	therapistID string

	questions []checklist.Question
	// inputs are the person's own inputs, one for each of questions.
	inputs    []questionInput
	index     int
	noteFocus bool
	// partner holds the partner's inputs for Personal questions (see
	// interview_partner.go).
	partner partnerInputs

	// problem is shown in place: a Parse error or a refused key. notice is
	// good news, such as the previous answer being saved.
	problem string
	notice  string
	// refused is the typed answer Parse refused, while its message offers
	// to keep it as the note (see keepnote.go); "" otherwise.
	refused string
	// noticeLevel marks a notice that reports a flag the saved answer
	// raised, so it is drawn with that flag's marker rather than a ✓.
	noticeLevel noticeKind
	// confirm is the question asked before losing something: esc with
	// uncommitted edits, ctrl+k over a saved answer, ctrl+r on a question
	// with something saved.
	confirm confirm.Question[interviewAsk]
	// left says the person left with y to "Leave without saving your
	// edits?": the edits are still here, for an undo (Discarded).
	left bool

	// chromeCache keeps the chrome drawn around the widget (see
	// interview_chrome.go).
	chromeCache *chromeCache
}

// interviewAsk is what the interview's confirm question is about.
type interviewAsk int

// The interview's confirm questions.
const (
	askLeave interviewAsk = iota // leave with uncommitted edits
	askSkip                      // replace a saved answer with "skipped"
	askClear                     // remove the saved answer and note
)

// interviewPrompts are the lines of the interview's confirm questions.
var interviewPrompts = map[interviewAsk]string{
	askLeave: "Leave without saving your edits?",
	askSkip:  "Replace the saved answer with 'skipped'?",
	askClear: "Clear what is saved here (answer and note), back to not asked yet?",
}

// ask opens the confirm question a.
func (iv Model) ask(a interviewAsk) Model {
	iv.confirm = iv.confirm.Ask(interviewPrompts[a], a)
	return iv
}

// New returns the interview of the therapist with therapistID, at the
// first question not answered yet.
func New(c *screen.Common, therapistID string) Model {
	iv := Model{
		common:      c,
		keys:        DefaultKeyMap(),
		confirm:     confirm.New[interviewAsk](),
		therapistID: therapistID,
		questions:   slices.Clone(c.Notebook().Catalogue().Questions()), // the Set's slice is shared
		chromeCache: &chromeCache{},
	}
	t := iv.therapist()
	var answers, partnerAnswers map[string]checklist.Answer
	if t != nil {
		answers, partnerAnswers = t.Answers, t.PartnerAnswers
	}
	iv.inputs = make([]questionInput, len(iv.questions))
	for i, q := range iv.questions {
		iv.inputs[i] = newQuestionInput(q, answers[q.ID])
	}
	iv.partner = newPartnerInputs(iv.questions, partnerAnswers)
	// Where to resume depends on the person's own answers only.
	iv.index = checklist.ResumeIndex(iv.questions, answers)
	// Focused from the start; the cursor's blink is started by whoever
	// shows it (Open).
	_ = iv.focusCmd()
	return iv.resize()
}

// therapist returns the therapist being interviewed, read from the
// notebook, or nil if it is gone.
func (iv Model) therapist() *store.Therapist {
	if iv.common == nil {
		return nil
	}
	i, ok := iv.common.Notebook().Find(iv.therapistID)
	if !ok {
		return nil
	}
	return &iv.common.Notebook().Therapists[i]
}

func (iv Model) current() checklist.Question { return iv.questions[iv.index] }

// typing reports whether printable keys are text (an answer, a note, y/n).
func (iv Model) typing() bool {
	if len(iv.inputs) == 0 {
		return false
	}
	return iv.asking() || iv.noteFocus || iv.widget().typing()
}

// asking reports whether a yes/no question is waiting for its answer.
func (iv Model) asking() bool {
	return iv.confirm.Asking()
}

// dirty reports whether any question holds an uncommitted edit.
func (iv Model) dirty() bool {
	for i := range iv.inputs {
		if iv.inputs[i].dirty() {
			return true
		}
	}
	return iv.partnerDirty()
}

// focusCmd focuses the answer or note of the current question.
func (iv *Model) focusCmd() tea.Cmd {
	if len(iv.inputs) == 0 {
		return nil
	}
	for i := range iv.inputs {
		iv.inputs[i].blur()
		if iv.questions[i].Personal && i < len(iv.partner.inputs) {
			iv.partner.inputs[i].blur()
		}
	}
	if iv.noteFocus {
		return iv.note().Focus()
	}
	return iv.widget().focus()
}

// resize fits the current question's inputs to the body.
func (iv Model) resize() Model {
	if iv.common == nil || len(iv.inputs) == 0 {
		return iv
	}
	w := iv.common.Width
	wd := iv.widget()
	if wd.q.Kind == checklist.KindText {
		wd.area.SetWidth(min(max(w-2, 2), MaxAreaWidth))
		// One line of the widget's height is its character counter.
		wd.area.SetHeight(min(max(iv.chrome().widgetH-1, 1), 10))
	}
	n := iv.note()
	n.Width = max(1, w-19)
	// A long prompt is shortened at a word, never cut mid-word.
	n.Placeholder = cell.CutWords(NotePlaceholder(iv.current()), n.Width)
	return iv
}

func (iv Model) update(msg tea.Msg) (Model, tea.Cmd) {
	if len(iv.inputs) == 0 {
		return iv, nil
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return iv.updateField(msg)
	}
	if iv.confirm.Asking() {
		var yes bool
		var about interviewAsk
		iv.confirm, yes, about = iv.confirm.Answer(k)
		switch {
		case !yes:
			return iv, nil
		case about == askLeave:
			iv.left = true
			return iv, screen.Send(screen.BackMsg{})
		case about == askSkip:
			return iv.skip()
		}
		return iv.clear()
	}
	// Printable keys belong to a field being typed in, even "[" and "]".
	text := iv.typing() && (k.Type == tea.KeyRunes || k.Type == tea.KeySpace)
	switch {
	case field.IsText(k):
		// A burst is text, whatever words it spells.
	case key.Matches(k, iv.keys.Back):
		if iv.dirty() {
			return iv.ask(askLeave), nil
		}
		return iv, screen.Send(screen.BackMsg{})
	case key.Matches(k, iv.keys.Commit):
		return iv.commit()
	case key.Matches(k, iv.keys.Skip):
		if iv.stored().Answered() {
			return iv.ask(askSkip), nil
		}
		return iv.skip()
	case key.Matches(k, iv.keys.Clear):
		if iv.hasStored() {
			return iv.ask(askClear), nil
		}
		iv.problem, iv.notice = "", "Nothing is saved for this question, so there is nothing to clear."
		iv.noticeLevel = noticeGood
		return iv, nil
	case key.Matches(k, iv.keys.Questions):
		if iv.dirty() {
			// The interview is built again on the way back: an answer
			// typed but not saved would be lost.
			iv.problem, iv.notice = "", "Save the answer with enter (or clear what you typed) before opening your questions."
			iv.noticeLevel = noticeGood
			return iv, nil
		}
		return iv, screen.Send(screen.OpenQuestionsMsg{TherapistID: iv.therapistID, QuestionID: iv.current().ID})
	case key.Matches(k, iv.keys.Partner) && iv.canSwitch():
		return iv.switchPerson()
	case key.Matches(k, iv.keys.Note) && iv.refused != "":
		return iv.keepAsNote()
	case key.Matches(k, iv.keys.Note):
		iv.noteFocus = !iv.noteFocus
		return iv, iv.focusCmd()
	case key.Matches(k, iv.keys.Next):
		return iv.goTo(iv.index + 1)
	case key.Matches(k, iv.keys.Prev):
		return iv.goTo(iv.index - 1)
	case key.Matches(k, iv.keys.CatNext) && !text:
		return iv.jumpCategory(1)
	case key.Matches(k, iv.keys.CatPrev) && !text:
		return iv.jumpCategory(-1)
	}
	return iv.updateField(msg)
}

// updateField hands msg to the focused answer widget or note.
func (iv Model) updateField(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	if iv.noteFocus {
		n := iv.note()
		k, isKey := msg.(tea.KeyMsg)
		if isKey && field.IsCut(n.Value()) {
			if why := field.CutRefusal(k, checklist.MaxTextRunes); why != "" {
				iv.problem = why
				return iv, nil
			}
		}
		if isKey && !field.Fits(*n, k) {
			iv.problem = field.LimitMessage(k, n.CharLimit)
			return iv, nil
		}
		if isKey {
			iv.problem = ""
		}
		*n, cmd = field.Update(*n, msg)
		return iv, cmd
	}
	var problem string
	wd := iv.widget()
	*wd, cmd, problem = wd.update(msg, iv.keys)
	if _, isKey := msg.(tea.KeyMsg); isKey {
		iv.problem = problem
		iv.refused = "" // the offer was for the text as it was
	}
	return iv, cmd
}

// noteValue is the current question's note for storing: as stored when
// unedited, else as typed, cleaned.
func (iv Model) noteValue() string {
	if iv.note().Value() == iv.input().noteInit {
		return iv.input().noteStored
	}
	return strings.TrimSpace(safetext.Clean(iv.note().Value()))
}

// commit parses the current answer; if it is valid the answer goes up to
// the root and the interview moves on, otherwise the reason shows in place
// and nothing is recorded.
func (iv Model) commit() (Model, tea.Cmd) {
	q := iv.current()
	raw := iv.widget().raw()
	if note := iv.noteValue(); strings.TrimSpace(raw) == "" && note != "" && !iv.stored().Answered() {
		// "It depends": the note is worth keeping, the question stays
		// unanswered for the score.
		a := checklist.Answer{Status: checklist.StatusNoted, Note: note}
		return iv.record(a, "✎ Recorded a note on "+safetext.Line(q.Short)+iv.whoseLabel()+"; it stays not answered.")
	}
	var v string
	if field.IsCut(raw) {
		// Shown cut and not editable: the answer stays as the file holds
		// it, whole.
		v = iv.stored().Value
	} else {
		var err error
		if v, err = checklist.Parse(q, raw); err != nil {
			return iv.refuse(raw, err), nil
		}
	}
	a := checklist.Answer{Status: checklist.StatusAnswered, Value: v, Note: iv.noteValue()}
	said := safetext.Line(q.Short) + iv.whoseLabel() + ": " + cell.Cut(safetext.Line(checklist.Display(q, field.Shown(v))), 40)
	f, flagged := iv.flagRaised(q, v)
	if !flagged {
		return iv.record(a, "✓ Recorded "+said+".")
	}
	level := noticeAmber
	if f.Level == assess.Red {
		level = noticeRed
	}
	// The flag first: on a narrow screen it is what must not be cut.
	iv, cmd := iv.record(a, f.Level.Marker()+" "+f.Level.String()+" flag: "+safetext.Line(f.Title)+". Recorded "+said+".")
	iv.noticeLevel = level
	return iv, cmd
}

// stored is the saved answer that a commit or skip would replace: the
// person's own, or the partner's while recording theirs.
func (iv Model) stored() checklist.Answer {
	t := iv.therapist()
	if t == nil {
		return checklist.Answer{}
	}
	if iv.forPartner() {
		return t.PartnerAnswers[iv.current().ID]
	}
	return t.Answers[iv.current().ID]
}

// skip records that the question was deliberately not asked.
func (iv Model) skip() (Model, tea.Cmd) {
	q := iv.current()
	a := checklist.Answer{Status: checklist.StatusSkipped, Note: iv.noteValue()}
	return iv.record(a, "↷ Skipped "+safetext.Line(q.Short)+iv.whoseLabel()+".")
}

// record sends a up as the person's answer, or the partner's when they
// are being recorded, and moves on.
func (iv Model) record(a checklist.Answer, notice string) (Model, tea.Cmd) {
	i := iv.index
	wd := iv.widget()
	*wd = wd.committed()
	iv.input().noteInit = iv.note().Value()
	iv.input().noteStored = a.Note
	iv.noticeLevel = noticeGood
	up := screen.Send(screen.AnswerRecordedMsg{TherapistID: iv.therapistID, QuestionID: iv.questions[i].ID, Answer: a, Partner: iv.forPartner()})
	if i == len(iv.questions)-1 {
		iv.problem, iv.notice = "", notice+" That was the last question: esc returns to the roster."
		return iv, up
	}
	iv, cmd := iv.goTo(i + 1)
	iv.notice = notice
	return iv, tea.Batch(up, cmd)
}

// goTo moves to question i, keeping what was typed in the one it leaves.
// Every question opens on the person's own answer, so a partner's rating
// is never recorded by a switch made on another question.
func (iv Model) goTo(i int) (Model, tea.Cmd) {
	iv.index = min(max(i, 0), len(iv.questions)-1)
	iv.problem, iv.notice, iv.noteFocus, iv.refused = "", "", false, ""
	iv.noticeLevel = noticeGood
	iv.partner.on = false
	iv = iv.resize()
	return iv, iv.focusCmd()
}

// jumpCategory moves to the first question of the next or previous
// category.
func (iv Model) jumpCategory(step int) (Model, tea.Cmd) {
	cats := iv.common.Notebook().Catalogue().Categories()
	cur := 0
	for i, c := range cats {
		if c.ID == iv.current().Category {
			cur = i
		}
	}
	target := cats[min(max(cur+step, 0), len(cats)-1)].ID
	for i, q := range iv.questions {
		if q.Category == target {
			return iv.goTo(i)
		}
	}
	return iv, nil
}

func (iv Model) shortHelp() []key.Binding {
	if iv.asking() {
		return iv.confirm.ShortHelp()
	}
	return iv.kindKeys().ShortHelp()
}

func (iv Model) fullHelp() [][]key.Binding {
	if iv.asking() {
		return iv.confirm.FullHelp()
	}
	return iv.kindKeys().FullHelp()
}

// kindKeys returns the key map with only the current widget's keys on.
func (iv Model) kindKeys() KeyMap {
	k := iv.keys
	kind := checklist.Kind("")
	if len(iv.inputs) > 0 && !iv.noteFocus {
		kind = iv.current().Kind
	}
	k.YesNo.SetEnabled(kind == checklist.KindYesNo)
	k.NoteHint.SetEnabled(kind == checklist.KindYesNo)
	k.Pick.SetEnabled(kind == checklist.KindChoice || kind == checklist.KindMulti)
	k.Number.SetEnabled(kind == checklist.KindChoice || kind == checklist.KindMulti)
	k.Toggle.SetEnabled(kind == checklist.KindMulti)
	k.Rating.SetEnabled(kind == checklist.KindRating)
	k.Newline.SetEnabled(kind == checklist.KindText)
	k.Partner.SetEnabled(iv.canSwitch())
	if iv.typing() {
		// ] and [ are characters in a typed answer or note (see update):
		// name only the keys that jump.
		k.CatNext.SetHelp("ctrl+→", k.CatNext.Help().Desc)
		k.CatPrev.SetHelp("ctrl+←", k.CatPrev.Help().Desc)
	}
	return k
}
