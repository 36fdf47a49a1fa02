package interview

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/safetext"
)

// The partner's side of the interview. A Personal question (the person's
// own impression, such as comfort) can be answered for the partner too,
// when the notebook names one. The partner's inputs live beside the
// person's own, so switching back and forth keeps what each has typed, and
// each starts from that person's stored answer.

// nameWidth bounds a name in the "Recording for" and answers lines, so a
// long first name cannot push the other person off the line.
const nameWidth = 20

// questionInput is what one person types for one question: the answer
// and the note.
type questionInput struct {
	widget answerWidget
	note   textinput.Model
	// noteInit is the note as shown when loaded or last committed.
	noteInit string
	// noteStored is the note as the notebook holds it. The input shows a
	// note on one line; an unedited note is sent back as stored, so its
	// line breaks survive a re-commit.
	noteStored string
}

// newQuestionInput returns the inputs of question q, showing answer a.
func newQuestionInput(q checklist.Question, a checklist.Answer) questionInput {
	in := questionInput{widget: newAnswerWidget(q, a), note: newNoteInput(q, a), noteStored: a.Note}
	in.noteInit = in.note.Value()
	return in
}

// dirty reports whether the answer or the note holds an uncommitted edit.
func (in *questionInput) dirty() bool {
	return in.widget.dirty() || in.note.Value() != in.noteInit
}

// blur takes the focus from both inputs.
func (in *questionInput) blur() {
	in.widget.blur()
	in.note.Blur()
}

// partnerInputs are the partner's inputs, indexed like
// Model.questions; only Personal questions have them.
type partnerInputs struct {
	inputs []questionInput
	// on is set while the partner's answer is being recorded. Each
	// question starts on the person's own answer (see goTo).
	on bool
}

// newPartnerInputs builds the partner's inputs from their stored answers.
func newPartnerInputs(qs []checklist.Question, answers map[string]checklist.Answer) partnerInputs {
	p := partnerInputs{inputs: make([]questionInput, len(qs))}
	for i, q := range qs {
		if q.Personal {
			p.inputs[i] = newQuestionInput(q, answers[q.ID])
		}
	}
	return p
}

// newNoteInput returns the note input of one question, showing a's note on
// one line. The note as stored is kept apart (see questionInput.noteStored), so what the
// input cannot show is not lost unless the person edits it.
func newNoteInput(q checklist.Question, a checklist.Answer) textinput.Model {
	n := field.NewLine()
	// A note over the limit is loaded cut and read-only (see cut.go).
	shown := safetext.Line(field.CutForLoad(a.Note, checklist.MaxTextRunes))
	// SetValue cuts at CharLimit: let it hold what was loaded.
	n.CharLimit = max(checklist.MaxTextRunes, utf8.RuneCountInString(shown))
	n.Placeholder = NotePlaceholder(q)
	n.SetValue(shown)
	return n
}

// NotePlaceholder is the offer a question's empty note shows.
func NotePlaceholder(q checklist.Question) string {
	if q.NotePrompt != "" {
		return safetext.Line(q.NotePrompt)
	}
	return "anything worth remembering"
}

// partnerName is the partner's name as drawn, or "" when choosing alone.
func (iv Model) partnerName() string {
	if iv.common == nil || iv.common.Notebook() == nil {
		return ""
	}
	return iv.common.Notebook().People.PartnerName()
}

// meName is the person's own name as drawn, or "" when not given.
func (iv Model) meName() string {
	if iv.common == nil || iv.common.Notebook() == nil {
		return ""
	}
	return strings.TrimSpace(safetext.Line(field.Shown(iv.common.Notebook().People.Me)))
}

// canSwitch reports whether the current question can be answered for the
// partner: it is Personal and the notebook names a partner.
func (iv Model) canSwitch() bool {
	return len(iv.inputs) > 0 && iv.current().Personal && iv.partnerName() != "" &&
		iv.partner.inputs != nil
}

// forPartner reports whether keys and commits now go to the partner's
// answer.
func (iv Model) forPartner() bool { return iv.partner.on && iv.canSwitch() }

// input is the question's inputs being edited: the person's or the
// partner's.
func (iv *Model) input() *questionInput {
	if iv.forPartner() {
		return &iv.partner.inputs[iv.index]
	}
	return &iv.inputs[iv.index]
}

// widget is the answer input being edited.
func (iv *Model) widget() *answerWidget { return &iv.input().widget }

// note is the note input being edited.
func (iv *Model) note() *textinput.Model { return &iv.input().note }

// partnerDirty reports whether any of the partner's inputs holds an
// uncommitted edit.
func (iv Model) partnerDirty() bool { return iv.firstPartnerEdit() >= 0 }

// firstPartnerEdit is the index of the first question whose partner's
// answer or note holds an uncommitted edit, or -1.
func (iv Model) firstPartnerEdit() int {
	for i, q := range iv.questions {
		if q.Personal && i < len(iv.partner.inputs) && iv.partner.inputs[i].dirty() {
			return i
		}
	}
	return -1
}

// switchPerson moves between recording the person's answer and the
// partner's, on the same question.
func (iv Model) switchPerson() (Model, tea.Cmd) {
	iv.partner.on = !iv.partner.on
	iv.problem, iv.notice, iv.noteFocus = "", "", false
	iv = iv.resize()
	return iv, iv.focusCmd()
}

// whoseLabel names whose answer a notice is about: "" for the person's
// own, " (Kai's rating)" for the partner's.
func (iv Model) whoseLabel() string {
	if !iv.forPartner() {
		return ""
	}
	return " (" + cell.Cut(iv.partnerName(), nameWidth) + "'s rating)"
}

// recordingLine reads "Recording for: › Robin (you)   Kai (partner)". The
// marker, not the colour, says who is being recorded. The key that
// switches is named when it fits in w columns (the help names it too).
func (iv Model) recordingLine(w int) string {
	s := iv.common.Styles
	me := "you"
	if n := iv.meName(); n != "" {
		me = cell.Cut(n, nameWidth) + " (you)"
	}
	partner := cell.Cut(iv.partnerName(), nameWidth) + " (partner)"
	mark := func(label string, on bool) string {
		if on {
			return s.Focused.Render("› " + label)
		}
		return s.Muted.Render("  " + label)
	}
	on := iv.forPartner()
	line := s.Label.Render("Recording for: ") + mark(me, !on) + " " + mark(partner, on)
	if hint := s.Muted.Render("  (" + iv.keys.Partner.Help().Key + " switches)"); lipgloss.Width(line+hint) <= w {
		line += hint
	}
	return cell.Cut(line, w)
}

// bothAnswersLine reads "Robin: 4/5 · Kai: not answered yet": what is
// stored for each of them.
func (iv Model) bothAnswersLine() string {
	s := iv.common.Styles
	q := iv.current()
	me := "You"
	if n := iv.meName(); n != "" {
		me = cell.Cut(n, nameWidth)
	}
	var mine, theirs checklist.Answer
	if t := iv.therapist(); t != nil {
		mine, theirs = t.Answers[q.ID], t.PartnerAnswers[q.ID]
	}
	out := me + ": " + shortAnswer(q, mine) + " · " + cell.Cut(iv.partnerName(), nameWidth) + ": " + shortAnswer(q, theirs)
	return s.Muted.Render(out)
}

// shortAnswer is a stored answer in a few columns.
func shortAnswer(q checklist.Question, a checklist.Answer) string {
	switch a.State() {
	case checklist.StateAnswered:
		return safetext.Line(checklist.Compact(q, a.Value))
	case checklist.StateSkipped:
		return "↷ skipped"
	}
	return "not answered yet"
}
