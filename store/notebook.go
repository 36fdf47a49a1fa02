// Package store keeps the notebook: every therapist and every answer, in one
// JSON file that the person owns. It loads and validates that file, saves it
// atomically, and never writes over a file it could not read. It has no
// terminal code.
package store

import (
	"time"

	"github.com/vetted-tui/vetted/checklist"
)

// SchemaVersion is the notebook format this build writes. A file with a
// higher version is refused rather than guessed at.
const SchemaVersion = 1

// Outreach is where the person stands with a therapist.
type Outreach string

// The outreach steps, in the order a search usually runs.
const (
	ToContact     Outreach = "to_contact"
	Contacted     Outreach = "contacted"
	NoReply       Outreach = "no_reply"
	ConsultBooked Outreach = "consult_booked"
	Interviewed   Outreach = "interviewed"
	Declined      Outreach = "declined"
	Chosen        Outreach = "chosen"
)

// FoundVia is where the person heard of a therapist.
type FoundVia string

// The places a therapist can be found.
const (
	FoundAASECT   FoundVia = "aasect_directory"
	FoundReferral FoundVia = "referral"
	FoundInsurer  FoundVia = "insurer_list"
	FoundOther    FoundVia = "other"
)

// Notebook is the whole file: the people choosing, their priorities, and the
// therapists with their answers.
type Notebook struct {
	// Version is the schema version; see SchemaVersion.
	Version int `json:"version"`
	// People names who is choosing; Partner is empty when choosing alone.
	People People `json:"people"`
	// BudgetPerSession is a money value (see checklist.Answer), or empty.
	BudgetPerSession string `json:"budget_per_session,omitempty"`
	// Importance maps question IDs to how much they weigh in the fit
	// score; a question missing here counts as checklist.Nice.
	Importance map[string]checklist.Importance `json:"importance,omitempty"`
	// Prep maps preparation-list item IDs to whether they are done.
	Prep map[string]bool `json:"prep,omitempty"`
	// Therapists are in the order the person added them.
	Therapists []Therapist `json:"therapists"`
}

// People are the names of who is choosing.
type People struct {
	Me      string `json:"me,omitempty"`
	Partner string `json:"partner,omitempty"`
}

// Therapist is one person the user is considering, with their answers.
type Therapist struct {
	// ID is stable and unique within the notebook.
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Credentials string   `json:"credentials,omitempty"`
	Phone       string   `json:"phone,omitempty"`
	Email       string   `json:"email,omitempty"`
	Website     string   `json:"website,omitempty"`
	Location    string   `json:"location,omitempty"`
	FoundVia    FoundVia `json:"found_via,omitempty"`
	Status      Outreach `json:"status"`
	// ContactedOn and ConsultOn are dates as "2006-01-02", or empty.
	ContactedOn string `json:"contacted_on,omitempty"`
	ConsultOn   string `json:"consult_on,omitempty"`
	Notes       string `json:"notes,omitempty"`
	// Answers maps question IDs to what the person recorded.
	Answers map[string]checklist.Answer `json:"answers,omitempty"`
	// PartnerAnswers holds the partner's view of personal questions (see
	// checklist.Question.Personal), keyed by question ID.
	PartnerAnswers map[string]checklist.Answer `json:"partner_answers,omitempty"`
	// PartnerNotes are the partner's own notes on this therapist.
	PartnerNotes string    `json:"partner_notes,omitempty"`
	Created      time.Time `json:"created"`
	Updated      time.Time `json:"updated"`
}
