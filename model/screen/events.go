package screen

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store/crypt"
)

// Messages screens send up to the root. Opening and closing screens:

// PushMsg opens Screen on top of the stack.
type PushMsg struct{ Screen Screen }

// Push returns the command that opens s.
func Push(s Screen) tea.Cmd { return Send(PushMsg{Screen: s}) }

// BackMsg closes the screen on top; the one below comes back (see
// Refresher). The bottom screen is never closed this way.
type BackMsg struct{}

// OpenDetailsMsg opens the details form (model/details) of a therapist;
// an empty ID means a new one. The root opens it rather than the screen
// that asks: its cursor's first blink, batched with a push, would hold
// back the keys typed ahead into it.
type OpenDetailsMsg struct{ ID string }

// OpenQuestionsMsg opens the questions screen: from the roster, or from
// an interview (TherapistID set), which comes back at QuestionID.
type OpenQuestionsMsg struct{ TherapistID, QuestionID string }

// ShowQuestionMsg asks the interview on top to go to the question with
// ID: one of the person's own, just added from the interview (ctrl+o),
// so that it can be asked at once wherever its category puts it.
type ShowQuestionMsg struct{ ID string }

// TryDemoMsg asks the root to show the demo notebook in place of the
// person's own, in memory, until they leave it (welcome screen).
type TryDemoMsg struct{}

// EncryptNewMsg asks the root to make the new notebook, not yet on disk,
// encrypted with Key (disk.File.EncryptNew), write it at once, and close
// the screen that sent it (welcome screen).
type EncryptNewMsg struct{ Key *crypt.Key }

// StatusMsg shows a line of news (or an error) in the status line.
type StatusMsg struct {
	Text string
	Err  bool
}

// Events that change the notebook. The root applies each, saves, and
// sends the screen on top a ChangedMsg.

// ChangedMsg tells the screen on top that the root applied Event to the
// notebook. Select names what the change created, for a list to put its
// cursor on ("" for nothing).
type ChangedMsg struct {
	Event  any
	Select string
}

// DeleteTherapistMsg removes a therapist and all their answers; sent only
// after the person confirmed.
type DeleteTherapistMsg struct{ ID string }

// RestoreTherapistMsg brings a therapist back from recently deleted to
// the roster.
type RestoreTherapistMsg struct{ ID string }

// EmptyDeletedMsg removes every recently deleted therapist for good; sent
// only after the person confirmed.
type EmptyDeletedMsg struct{}

// AdvanceStatusMsg moves a therapist to the next outreach step. It carries
// the intent: the root reads the step from the notebook, so two quick
// presses move two steps.
type AdvanceStatusMsg struct{ ID string }

// AnswerRecordedMsg records one answer (or a skip) for one therapist;
// Partner marks the partner's view of a personal question.
type AnswerRecordedMsg struct {
	TherapistID string
	QuestionID  string
	Answer      checklist.Answer
	Partner     bool
}

// AnswerClearedMsg removes what was saved for one question of one
// therapist (answer, skip or note); sent only after the person confirmed.
type AnswerClearedMsg struct {
	TherapistID string
	QuestionID  string
	Partner     bool
}

// PrepToggledMsg flips one preparation item, ticked or not. Like
// AdvanceStatusMsg it carries the intent, not the new state.
type PrepToggledMsg struct{ ID string }

// ConcernToggledMsg ticks or unticks one concern (the intent).
type ConcernToggledMsg struct{ ID string }

// OwnWordsSavedMsg records the person's own words on My concerns.
type OwnWordsSavedMsg struct{ Text string }

// PartnerSetMsg records whether the person comes with a partner, by the
// partner's name; "" means alone (store.Notebook.SetPartner).
type PartnerSetMsg struct{ Name string }

// MarkAskedMsg sets a therapist's outreach step to "asked by email".
type MarkAskedMsg struct{ ID string }
