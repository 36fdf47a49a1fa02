package interview

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
)

// Answers beyond a plain save: the flag a saved answer raises, said at
// once, and clearing a question back to "not asked yet".

// noticeKind is the kind of news a notice carries.
type noticeKind int

const (
	noticeGood noticeKind = iota
	noticeAmber
	noticeRed
)

// flagRaised is the worst amber or red flag that saving v for q raises on
// this therapist, judged by assess as every other screen judges it. The
// partner's impressions raise none.
func (iv Model) flagRaised(q checklist.Question, v string) (assess.Flag, bool) {
	t := iv.therapist()
	if t == nil || iv.forPartner() {
		return assess.Flag{}, false
	}
	with := *t
	with.SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: v})
	// Flags puts red first.
	for _, f := range assess.Flags(&with) {
		if f.QuestionID == q.ID && f.Level != assess.Green {
			return f, true
		}
	}
	return assess.Flag{}, false
}

// hasStored reports whether anything (an answer, a skip, a note) is saved
// for the current question and person.
func (iv Model) hasStored() bool {
	t := iv.therapist()
	if t == nil {
		return false
	}
	m := t.Answers
	if iv.forPartner() {
		m = t.PartnerAnswers
	}
	_, ok := m[iv.current().ID]
	return ok
}

// clear empties the current question's inputs and asks the root to
// remove what is saved, so it reads "not asked yet" again.
func (iv Model) clear() (Model, tea.Cmd) {
	q := iv.current()
	*iv.widget() = newAnswerWidget(q, checklist.Answer{})
	*iv.note() = newNoteInput(q, checklist.Answer{})
	iv.input().noteInit, iv.input().noteStored = "", ""
	iv.noteFocus = false
	up := screen.Send(screen.AnswerClearedMsg{TherapistID: iv.therapistID, QuestionID: q.ID, Partner: iv.forPartner()})
	iv = iv.resize()
	iv.problem, iv.notice, iv.noticeLevel = "", "Cleared "+safetext.Line(q.Short)+iv.whoseLabel()+": not asked yet.", noticeGood
	return iv, tea.Batch(up, iv.focusCmd())
}
