// Package checklist holds vetted's question catalogue: the questions worth
// asking a sex therapist before the first session, the kinds of answer they
// take, and the parsing and formatting of those answers. It has no terminal
// code, so the catalogue can be printed, tested and exported without one.
package checklist

import "time"

// Kind says what shape of answer a question takes; it picks the input widget
// in the interview and the parser in Parse.
type Kind string

// The answer kinds. Their canonical stored forms are documented on Answer.
const (
	KindYesNo   Kind = "yesno"   // yes / no / unsure
	KindChoice  Kind = "choice"  // exactly one of Question.Choices
	KindMulti   Kind = "multi"   // any number of Question.Choices
	KindMoney   Kind = "money"   // an amount in dollars
	KindMinutes Kind = "minutes" // a duration in whole minutes
	KindCount   Kind = "count"   // a whole number, with Question.Unit
	KindText    Kind = "text"    // free text
	KindRating  Kind = "rating"  // 1 to 5
	KindDate    Kind = "date"    // a calendar day
	// KindDuration is a length of therapy in sessions, weeks, months or
	// years, or a range of them ("10-12 sessions", "about 4 months").
	KindDuration Kind = "duration"
)

// CategoryID names one of the catalogue's categories.
type CategoryID string

// The categories, in interview order.
const (
	Education CategoryID = "education"
	Logistics CategoryID = "logistics"
	Treatment CategoryID = "treatment"
	Fees      CategoryID = "fees"
	Safety    CategoryID = "safety"
)

// Category is a heading that groups questions in the interview and the
// comparison.
type Category struct {
	ID    CategoryID `json:"id"`
	Title string     `json:"title"`
	// Blurb is one sentence on why this group of questions matters.
	Blurb string `json:"blurb"`
}

// Choice is one option of a choice or multi question.
type Choice struct {
	// ID is the stable value stored in the notebook.
	ID string `json:"id"`
	// Label is the option's one name, the same on every surface: the
	// interview's picker, comparison cells and every export (Display and
	// Compact both write it), so an answer never reads "video" in one place
	// and "Telehealth" in another. Keep it short enough for a cell.
	Label string `json:"label"`
}

// Question is one entry of the catalogue.
type Question struct {
	// ID is stable forever: notebooks store answers under it.
	ID       string     `json:"id"`
	Category CategoryID `json:"category"`
	// Prompt is the question as the person would ask it on the phone.
	Prompt string `json:"prompt"`
	// Short is a label of a few words for comparison rows and exports.
	Short string `json:"short"`
	// Hint says why the question matters, quoting its seed documents;
	// Source names them. A VettedOwn question has no Source and a hint in
	// vetted's own words that states no fact about therapy.
	Hint   string `json:"hint"`
	Source string `json:"source"`
	// VettedOwn marks a practical question of vetted's own that no source
	// page covers (telehealth, waiting times, sliding scales, years in
	// practice): screens, printouts and exports say so beside it.
	VettedOwn bool `json:"vetted_own,omitempty"`
	Kind      Kind `json:"kind"`
	// Choices are the options of a choice or multi question, in the order
	// shown. Where Better is "first" they run from best to worst.
	Choices []Choice `json:"choices,omitempty"`
	// Unit is shown beside a number input ("min", "years", "%").
	Unit string `json:"unit,omitempty"`
	// Min and Max bound count, minutes and rating answers (inclusive).
	Min int64 `json:"min,omitempty"`
	Max int64 `json:"max,omitempty"`
	// NotePrompt says what the optional note of this question is for, such
	// as "Which license?". Empty means a general note.
	NotePrompt string `json:"note_prompt,omitempty"`
	// Better says which answer is the favourable one, for marking the best
	// value in a comparison row and for the fit score: "yes" or "no" for
	// yesno questions, "lower" or "higher" for numbers, "earlier" for dates,
	// "first" for choices listed best to worst. Empty means no order.
	Better string `json:"better,omitempty"`
	// Personal marks the person's own impression rather than a fact about
	// the therapist; it can also be recorded for a partner.
	Personal bool `json:"personal,omitempty"`
	// OptIn marks a question whose better answer no page gives: one the
	// sources only say to ask (paying up front), or one of vetted's own
	// whose order would read as a fact (years in practice). Its Better is the person's
	// likely preference, used only when they say it matters: it starts at
	// ignore in the fit score (see DefaultImportance), and its answers carry
	// no ✓/✗ or best mark.
	OptIn bool `json:"opt_in,omitempty"`
	// StartsMust marks a question whose red flag (package assess) rules a
	// therapist out whatever the score: that is vetted's rule, not a
	// page's, and it holds while the question is a must-have for the
	// person. It starts as one (DefaultImportance); they can lower it.
	StartsMust bool `json:"starts_must,omitempty"`
}

// DefaultImportance is the importance of question id until the person sets
// one: nice to have, ignore for an OptIn question, must-have for one that
// StartsMust.
func DefaultImportance(id string) Importance {
	q, ok := ByID(id)
	switch {
	case ok && q.OptIn:
		return Ignore
	case ok && q.StartsMust:
		return MustHave
	}
	return Nice
}

// Status says whether a question was answered, deliberately skipped, or
// only given a note. An unasked question has no Answer at all.
type Status string

// The answer statuses.
const (
	StatusAnswered Status = "answered"
	StatusSkipped  Status = "skipped"
	// StatusNoted is a note without an answer ("it depends"): the
	// question counts as not answered everywhere, the note is kept.
	StatusNoted Status = "noted"
)

// Answer is what the person recorded for one question of one therapist.
//
// Value holds the canonical form for the question's kind:
//   - yesno: "yes", "no" or "unsure"
//   - choice: the chosen Choice.ID
//   - multi: Choice.IDs joined by "," in catalogue order
//   - money: dollars with two decimals, "1200.50"
//   - minutes, count, rating: a base-10 integer, "50"
//   - date: "2006-01-02"
//   - duration: an optional "about ", a number or "lo-hi", then the unit
//     the therapist said: "12 sessions", "about 10-12 sessions",
//     "8-10 weeks", "1 month" (see Duration.String; a bare "12" stored by
//     earlier versions reads as 12 sessions)
//   - text: the text as typed, sanitised
type Answer struct {
	Status Status    `json:"status"`
	Value  string    `json:"value,omitempty"`
	Note   string    `json:"note,omitempty"`
	At     time.Time `json:"at,omitempty"`
}

// Answered reports whether a has a value (not skipped, not missing).
func (a Answer) Answered() bool { return a.Status == StatusAnswered && a.Value != "" }

// State is what is stored for one question, in the four cases that every
// screen, count and export tells apart. It is derived from an Answer by
// Answer.State, so that no caller re-derives it from Status and Value.
type State int

// The answer states. StateNotAsked is the zero value: a question with no
// Answer at all (a missing map entry is the zero Answer) has it.
const (
	StateNotAsked State = iota
	StateAnswered
	StateSkipped
	StateNoted
)

// State says what a holds: answered (with a value), skipped, a note
// without an answer, or nothing. An answer marked answered whose value is
// empty holds nothing, as Answered says.
func (a Answer) State() State {
	switch {
	case a.Answered():
		return StateAnswered
	case a.Status == StatusSkipped:
		return StateSkipped
	case a.Status == StatusNoted:
		return StateNoted
	}
	return StateNotAsked
}

// ResumeIndex is where an interview over qs reopens: the first question
// neither answered nor skipped, else the first skipped, else the first.
func ResumeIndex(qs []Question, answers map[string]Answer) int {
	firstSkipped := -1
	for i, q := range qs {
		switch answers[q.ID].State() {
		case StateAnswered:
		case StateSkipped:
			if firstSkipped < 0 {
				firstSkipped = i
			}
		default:
			return i
		}
	}
	return max(0, firstSkipped)
}

// Importance is how much a question weighs in the person's fit score.
type Importance string

// The importance steps, from least to most.
const (
	Ignore    Importance = "ignore"
	Nice      Importance = "nice"
	Important Importance = "important"
	MustHave  Importance = "must"
)
