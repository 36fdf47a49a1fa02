package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// Messages that children send up to the root. Children never change the
// notebook; the root handles these, changes it, and saves a copy.

// backMsg asks the root to return to the roster.
type backMsg struct{}

// openDetailsMsg opens the details form; an empty id means a new therapist.
type openDetailsMsg struct{ id string }

// openInterviewMsg opens the interview of one therapist.
type openInterviewMsg struct{ id string }

// openPrepMsg asks for the preparation list.
type openPrepMsg struct{}

// openCompareMsg asks for the comparison screen.
type openCompareMsg struct{}

// therapistSavedMsg carries the details form's result. A therapist whose ID
// is not in the notebook yet is added.
type therapistSavedMsg struct{ therapist store.Therapist }

// deleteTherapistMsg removes a therapist and all their answers; the roster
// sends it only after the person confirmed.
type deleteTherapistMsg struct{ id string }

// advanceStatusMsg moves a therapist to the next outreach step. Like
// prepToggledMsg it carries the intent: the root reads the step from the
// notebook, so two quick presses move two steps.
type advanceStatusMsg struct{ id string }

// answerRecordedMsg records one answer (or a skip) for one therapist.
// Partner is true when the answer is the partner's view of a personal
// question.
type answerRecordedMsg struct {
	therapistID string
	questionID  string
	answer      checklist.Answer
	partner     bool
}

// answerClearedMsg removes what was saved for one question of one
// therapist (answer, skip or note), so it reads "not asked yet" again. The
// interview sends it only after the person confirmed.
type answerClearedMsg struct {
	therapistID string
	questionID  string
	partner     bool
}

// statusMsg shows a short line of news in the status bar.
type statusMsg string

// Messages that commands send back.

// savedMsg reports the end of one save. err is already a friendly message
// from the store, which never includes notebook content. A save made after
// a delete also removes the kept previous version (see dropSaveCmd):
// dropped says it did, prevErr why it could not (the save itself worked).
type savedMsg struct {
	rev     uint64
	err     error
	dropped bool
	prevErr error
}

// sendMsg wraps a message in a command, the way children send events up.
func sendMsg(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}
