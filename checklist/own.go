package checklist

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
)

// OwnPrefix starts the ID of every question and category the person made
// themselves. No built-in ID starts with it, present or future (the
// catalogue test pins that), so an own question can never take the place
// of a built-in one.
const OwnPrefix = "own."

// IsOwn reports whether id names a question or category the person made.
func IsOwn(id string) bool { return strings.HasPrefix(id, OwnPrefix) }

// NewOwnID returns a fresh ID for a question or category of the person's
// own: OwnPrefix and 12 random hex digits.
func NewOwnID() string {
	var b [6]byte
	// crypto/rand.Read never fails on supported platforms.
	_, _ = rand.Read(b[:])
	return OwnPrefix + hex.EncodeToString(b[:])
}

// Layout is the person's own shape of the catalogue, stored in the
// notebook: their questions and categories, the order of both, the built-in
// questions they hid, and the answers they set aside. A nil Layout is the
// built-in catalogue as it ships.
//
// A Layout is never changed once Merge has seen it: edits make a new one
// (Clone, change, replace), so a notebook snapshot keeps the layout it was
// taken with and Merge can cache its result per Layout.
type Layout struct {
	// Categories are the person's own categories (IDs with OwnPrefix).
	Categories []Category `json:"categories,omitempty"`
	// Questions are the person's own questions (IDs with OwnPrefix).
	Questions []Question `json:"questions,omitempty"`
	// CategoryOrder lists category IDs, built-in and own, in the person's
	// order. Categories not listed follow, in their natural order.
	CategoryOrder []CategoryID `json:"category_order,omitempty"`
	// QuestionOrder lists question IDs in the person's order; within a
	// category, listed questions come first, the rest follow in natural
	// order (a built-in question added by a newer vetted appears at the
	// end of its category).
	QuestionOrder []string `json:"question_order,omitempty"`
	// Hidden lists built-in question IDs the person hid. Built-in
	// questions are never deleted; their answers stay in the notebook.
	Hidden []string `json:"hidden,omitempty"`
	// Archive holds questions deleted or changed in kind while they had
	// answers, with those answers, so that nothing typed is lost.
	Archive []Archived `json:"archive,omitempty"`
}

// Archived is a question set aside with its answers, keyed by therapist ID.
type Archived struct {
	// Question is the question as it was when set aside.
	Question Question `json:"question"`
	// Reason is "deleted" or "kind changed".
	Reason string `json:"reason"`
	// At is when it was set aside.
	At time.Time `json:"at"`
	// Answers and PartnerAnswers map therapist IDs to what was recorded.
	Answers        map[string]Answer `json:"answers,omitempty"`
	PartnerAnswers map[string]Answer `json:"partner_answers,omitempty"`
}

// The reasons a question is archived.
const (
	ReasonDeleted     = "deleted"
	ReasonKindChanged = "kind changed"
)

// Clone returns a deep copy of l (nil for nil), for an edit that must not
// touch a Layout a snapshot or the Merge cache holds.
func (l *Layout) Clone() *Layout {
	if l == nil {
		return &Layout{}
	}
	c := &Layout{
		Categories:    slices.Clone(l.Categories),
		Questions:     make([]Question, len(l.Questions)),
		CategoryOrder: slices.Clone(l.CategoryOrder),
		QuestionOrder: slices.Clone(l.QuestionOrder),
		Hidden:        slices.Clone(l.Hidden),
		Archive:       make([]Archived, len(l.Archive)),
	}
	for i, q := range l.Questions {
		c.Questions[i] = q.clone()
	}
	for i, a := range l.Archive {
		a.Question = a.Question.clone()
		a.Answers = cloneAnswers(a.Answers)
		a.PartnerAnswers = cloneAnswers(a.PartnerAnswers)
		c.Archive[i] = a
	}
	if len(l.Questions) == 0 && l.Questions == nil {
		c.Questions = nil
	}
	if l.Archive == nil {
		c.Archive = nil
	}
	return c
}

func (q Question) clone() Question {
	q.Choices = slices.Clone(q.Choices)
	return q
}

func cloneAnswers(m map[string]Answer) map[string]Answer {
	if m == nil {
		return nil
	}
	out := make(map[string]Answer, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// OwnKinds are the answer kinds a question of the person's own can take,
// in the order the questions screen offers them.
var OwnKinds = []Kind{KindText, KindYesNo, KindChoice, KindMulti, KindRating, KindMoney, KindCount, KindMinutes, KindDate, KindDuration}

// KnownKind reports whether k is an answer kind this vetted knows.
func KnownKind(k Kind) bool { return slices.Contains(OwnKinds, k) }

// BetterOptions returns the values Question.Better can take for kind k,
// "" (no better answer) first.
func BetterOptions(k Kind) []string {
	switch k {
	case KindYesNo:
		return []string{"", "yes", "no"}
	case KindMoney, KindMinutes, KindCount, KindRating:
		return []string{"", "lower", "higher"}
	case KindDate:
		return []string{"", "earlier"}
	case KindChoice:
		return []string{"", "first"}
	}
	return []string{""}
}

// CheckOwn says what is wrong with a question of the person's own, or nil:
// an ID without OwnPrefix, an unknown kind, no prompt, a choice question
// without two options, or a Better its kind does not allow.
func CheckOwn(q Question) error {
	switch {
	case !IsOwn(q.ID):
		return fmt.Errorf("a question of your own needs an ID starting with %q", OwnPrefix)
	case !KnownKind(q.Kind):
		return fmt.Errorf("a question of your own has an answer kind this vetted does not know")
	case strings.TrimSpace(q.Prompt) == "":
		return fmt.Errorf("a question of your own has no wording")
	case (q.Kind == KindChoice || q.Kind == KindMulti) && len(q.Choices) < 2:
		return fmt.Errorf("a choice question needs at least two options")
	case !slices.Contains(BetterOptions(q.Kind), q.Better):
		return fmt.Errorf("a question of your own says a better answer its kind cannot have")
	}
	return nil
}

// ShapeOwn fills in what an own question's kind needs and the person does
// not set: the bounds of ratings, counts and minutes, choice IDs from
// their labels, a Short label from the prompt. It leaves a valid question
// valid.
func ShapeOwn(q Question) Question {
	q.Min, q.Max, q.Unit = 0, 0, ""
	switch q.Kind {
	case KindRating:
		q.Min, q.Max = 1, 5
	case KindMinutes:
		q.Min, q.Max, q.Unit = 1, 24*60, "min"
	case KindCount:
		q.Min, q.Max = 0, 1_000_000
	}
	if q.Kind != KindChoice && q.Kind != KindMulti {
		q.Choices = nil
	}
	seen := map[string]bool{}
	for i, c := range q.Choices {
		id := c.ID
		if id == "" || seen[id] {
			id = fmt.Sprintf("c%d", i+1)
		}
		seen[id] = true
		q.Choices[i].ID = id
	}
	if strings.TrimSpace(q.Short) == "" {
		q.Short = shortOf(q.Prompt)
	}
	q.Source, q.OptIn, q.Personal, q.VettedOwn, q.StartsMust = "", false, false, false, false
	return q
}

// shortOf cuts a prompt to a label for comparison rows: its first 28
// characters, without the question mark.
func shortOf(prompt string) string {
	s := strings.TrimSuffix(strings.TrimSpace(prompt), "?")
	if r := []rune(s); len(r) > 28 {
		s = strings.TrimSpace(string(r[:27])) + "…"
	}
	return s
}

// WhyText is a question's hint as the screens show it: "Why ask: " and the
// seed's fact for a built-in question, the person's own note for theirs,
// and a word on what it is for an answer kept for a question no longer in
// the list. It is not yet made safe for a screen.
func WhyText(q Question) string {
	switch {
	case IsOwn(q.ID) && strings.TrimSpace(q.Hint) == "":
		return "Your own question."
	case IsOwn(q.ID):
		return "Your note on why you ask: " + q.Hint
	case q.Hint == "" && q.Source == "":
		return "Not in your list of questions: the answers were kept."
	}
	return "Why ask: " + q.Hint
}

// VettedOwnSource is what SourceText says of a question of vetted's own.
const VettedOwnSource = "vetted's own question: no source page covers this"

// SourceText names where a question's hint comes from: its seeds, vetted
// itself for a question no page covers, or the person for a question of
// their own.
func SourceText(q Question) string {
	switch {
	case IsOwn(q.ID):
		return "your own question"
	case q.VettedOwn:
		return VettedOwnSource
	case q.Source == "":
		return "none"
	}
	return SourceLabel(q.Source)
}
