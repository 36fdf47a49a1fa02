// Package store is the notebook: every therapist and every answer, the
// rules they follow, and their JSON (Encode, Decode). How those bytes
// reach the disk and come back (the file, its lock, atomic saves,
// encryption) is package store/disk's. It has no terminal code.
package store

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
)

// SchemaVersion is the notebook format this build writes. A file with a
// higher version is refused rather than guessed at. Version 2 added the
// person's own questions (Notebook.Questions), the profile, the
// preparation form and the credential check; a version 1 file reads as
// version 2 without them, and is written as version 2 at its first save
// (the version 1 file is then the kept .prev).
const SchemaVersion = 2

// Outreach is where the person stands with a therapist.
type Outreach string

// The outreach steps, in the order a search usually runs. A first email
// with the questions (vetted ask) sits between the first contact and the
// consultation: AskedByEmail once it is sent, AnsweredByEmail once the
// therapist wrote back.
const (
	ToContact       Outreach = "to_contact"
	Contacted       Outreach = "contacted"
	AskedByEmail    Outreach = "asked_by_email"
	AnsweredByEmail Outreach = "answered_by_email"
	NoReply         Outreach = "no_reply"
	ConsultBooked   Outreach = "consult_booked"
	Interviewed     Outreach = "interviewed"
	Declined        Outreach = "declined"
	Chosen          Outreach = "chosen"
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
	// score; a question missing here counts at checklist.DefaultImportance.
	Importance map[string]checklist.Importance `json:"importance,omitempty"`
	// Prep maps preparation-list item IDs to whether they are done.
	Prep map[string]bool `json:"prep,omitempty"`
	// Questions is the person's own shape of the catalogue: their
	// questions and categories, order, hidden built-ins and archive. Nil
	// means the built-in catalogue as it ships. It is never changed in
	// place (see checklist.Layout): use the methods in questions.go.
	Questions *checklist.Layout `json:"questions,omitempty"`
	// Profile is what the person wants help with and how they come.
	Profile Profile `json:"profile,omitzero"`
	// PrepForm is what the person wrote on the preparation form.
	PrepForm PrepForm `json:"prep_form,omitzero"`
	// Therapists are in the order the person added them.
	Therapists []Therapist `json:"therapists"`
	// Deleted are the therapists the person deleted, most recent last,
	// restorable until they empty the list (see deleted.go). Nothing that
	// reads Therapists sees them. Omitted from the file when empty, so a
	// notebook without any reads in vetted builds from before the list.
	Deleted []DeletedTherapist `json:"deleted,omitempty"`
}

// People are the names of who is choosing.
type People struct {
	Me      string `json:"me,omitempty"`
	Partner string `json:"partner,omitempty"`
}

// nameMax is how much of a name is ever drawn: names are drawn on every
// frame, and a hand-edited file may hold megabytes in one.
const nameMax = 1000

// MeName is the person's own name as it may be drawn: its start, cleaned
// of control characters and trimmed; "" when unnamed.
func (p People) MeName() string { return drawnName(p.Me) }

// PartnerName is the partner's name as it may be drawn; "" when there is
// none. A name that cleans to nothing is no name.
func (p People) PartnerName() string { return drawnName(p.Partner) }

// NameLimit is the longest name, in characters, that the details form and
// the plain-line mode take for a therapist.
const NameLimit = 120

// ErrNameMissing is what both say when a therapist is given no name.
const ErrNameMissing = "A name is needed: a full name, a first name or the practice's name will do."

// DisplayName is t's name as every export and the brief write it: its
// start, cleaned and trimmed, or "Therapist N" (i is t's place in the
// roster, from 0) for a name that cleans to nothing, so no heading or
// column is left blank.
func (t *Therapist) DisplayName(i int) string {
	if n := t.DrawnName(); n != "" {
		return n
	}
	return fmt.Sprintf("Therapist %d", i+1)
}

// DrawnName is t's name as it may be drawn: its start, cleaned of control
// characters and trimmed; "" when it cleans to nothing.
func (t *Therapist) DrawnName() string { return drawnName(t.Name) }

// drawnName is the start of name, cleaned and trimmed. Bytes that are not
// UTF-8 read as U+FFFD first, one each, as the saved file will hold them:
// otherwise a name could count as blank in memory and as a name once saved
// and read back (a partner of "\x1b\xf70" turned "alone" into "with a
// partner" across an export).
func drawnName(name string) string {
	h, cut := safetext.Head(name, nameMax)
	if !utf8.ValidString(h) {
		h = string([]rune(h))
	}
	drawn := strings.TrimSpace(safetext.Line(h))
	if drawn == "" && cut {
		// A start that is all control characters must not hide a name
		// that follows: blank means the whole name cleans to nothing, as
		// for every other text (found by FuzzMarkdownText). Only such a
		// name pays for cleaning it whole.
		whole := strings.TrimSpace(safetext.Line(strings.ToValidUTF8(name, "\uFFFD")))
		drawn, _ = safetext.Head(whole, nameMax)
	}
	return drawn
}

// HasPartner reports whether the person comes with a partner: every
// screen, export and score asks this one question the same way.
func (p People) HasPartner() bool { return p.PartnerName() != "" }

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
	PartnerNotes string `json:"partner_notes,omitempty"`
	// Verification is what the person confirmed about the therapist's
	// credentials (see verify.go).
	Verification Verification `json:"verification,omitzero"`
	// CheckIns are the person's check-ins after sessions with this
	// therapist, oldest first (see checkin.go).
	CheckIns []CheckIn `json:"check_ins,omitempty"`
	Created  time.Time `json:"created"`
	Updated  time.Time `json:"updated"`
}

// New returns an empty notebook of the current format, with its maps made so
// callers can write into them straight away.
func New() *Notebook {
	return &Notebook{
		Version:    SchemaVersion,
		Importance: map[string]checklist.Importance{},
		Prep:       map[string]bool{},
		Therapists: []Therapist{},
	}
}

// NewID returns a fresh random therapist ID: 16 hex digits from
// crypto/rand, so IDs from two devices or two sessions do not collide.
func NewID() string {
	var b [8]byte
	// crypto/rand.Read never returns an error on supported platforms; it
	// aborts the program instead of handing out weak bytes.
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Find returns the index of the therapist with the given ID in
// nb.Therapists, and whether there is one.
func (nb *Notebook) Find(id string) (int, bool) {
	for i := range nb.Therapists {
		if nb.Therapists[i].ID == id {
			return i, true
		}
	}
	return -1, false
}

// AnswersFor returns every therapist's answer to one question, in roster
// order: the row of a comparison. A therapist who has no answer for it gets
// the zero Answer, so the result always has one entry per therapist.
func (nb *Notebook) AnswersFor(questionID string) []checklist.Answer {
	out := make([]checklist.Answer, len(nb.Therapists))
	for i := range nb.Therapists {
		out[i] = nb.Therapists[i].Answers[questionID]
	}
	return out
}

// Clone returns a deep copy of nb: maps and slices are new, so a save
// command running on another goroutine never shares memory with the live
// model. Nil maps stay nil and empty ones stay empty, so a clone encodes to
// the same bytes as the original.
func (nb *Notebook) Clone() *Notebook {
	if nb == nil {
		return nil
	}
	c := *nb
	c.Importance = maps.Clone(nb.Importance)
	c.Prep = maps.Clone(nb.Prep)
	if nb.Questions != nil {
		c.Questions = nb.Questions.Clone()
	}
	c.Profile.Concerns = slices.Clone(nb.Profile.Concerns)
	c.PrepForm = nb.PrepForm.clone()
	if nb.Therapists != nil {
		c.Therapists = make([]Therapist, len(nb.Therapists))
		for i, t := range nb.Therapists {
			c.Therapists[i] = t.clone()
		}
	}
	if nb.Deleted != nil {
		c.Deleted = make([]DeletedTherapist, len(nb.Deleted))
		for i, d := range nb.Deleted {
			d.Therapist = d.Therapist.clone()
			c.Deleted[i] = d
		}
	}
	return &c
}

// Snapshot returns a copy of nb for a save running on another goroutine,
// cheap enough to take on every change: the notebook's fields, its
// importance and prep maps and its list of therapists are copies, but each
// therapist's answer maps are shared with nb. That is safe because the
// program never writes into an answer map it has handed out: it records
// answers with SetAnswer and SetPartnerAnswer and removes them with
// ClearAnswer and ClearPartnerAnswer, which all replace the map.
// Code that writes into t.Answers directly must take a Clone instead.
func (nb *Notebook) Snapshot() *Notebook {
	if nb == nil {
		return nil
	}
	c := *nb
	c.Importance = maps.Clone(nb.Importance)
	c.Prep = maps.Clone(nb.Prep)
	c.PrepForm = nb.PrepForm.clone()
	if nb.Therapists != nil {
		c.Therapists = slices.Clone(nb.Therapists)
	}
	c.Deleted = slices.Clone(nb.Deleted)
	return &c
}

// clone returns t with its own answer maps.
func (t Therapist) clone() Therapist {
	t.Answers = maps.Clone(t.Answers)
	t.PartnerAnswers = maps.Clone(t.PartnerAnswers)
	t.CheckIns = cloneCheckIns(t.CheckIns)
	return t
}

// SetAnswer records a as t's answer to question id. It writes into a new
// map rather than the current one, so a Snapshot that shares the current
// map keeps the answers it was taken with.
func (t *Therapist) SetAnswer(id string, a checklist.Answer) {
	t.Answers = withAnswer(t.Answers, id, a)
}

// SameAnswers reports whether a and b hold the same answers: the same map,
// or equal ones. Answer maps are never written in place (SetAnswer and
// its siblings make a new map), so one map seen twice holds what it held:
// a kept judgement or column is still right for it without a comparison.
func SameAnswers(a, b map[string]checklist.Answer) bool {
	if len(a) != len(b) {
		return false
	}
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer() || maps.Equal(a, b)
}

// SetPartnerAnswer records a as the partner's answer to question id, in a
// new map like SetAnswer.
func (t *Therapist) SetPartnerAnswer(id string, a checklist.Answer) {
	t.PartnerAnswers = withAnswer(t.PartnerAnswers, id, a)
}

// ClearAnswer removes t's answer to question id, from a new map like
// SetAnswer, so a Snapshot that shares the current map keeps it.
func (t *Therapist) ClearAnswer(id string) {
	t.Answers = withoutAnswer(t.Answers, id)
}

// ClearPartnerAnswer removes the partner's answer to question id, from a
// new map like SetAnswer.
func (t *Therapist) ClearPartnerAnswer(id string) {
	t.PartnerAnswers = withoutAnswer(t.PartnerAnswers, id)
}

// withoutAnswer returns m without id: a copy when m holds id, else m.
func withoutAnswer(m map[string]checklist.Answer, id string) map[string]checklist.Answer {
	if _, ok := m[id]; !ok {
		return m
	}
	out := maps.Clone(m)
	delete(out, id)
	return out
}

// withAnswer returns a copy of m with a under id.
func withAnswer(m map[string]checklist.Answer, id string, a checklist.Answer) map[string]checklist.Answer {
	out := make(map[string]checklist.Answer, len(m)+1)
	maps.Copy(out, m)
	out[id] = a
	return out
}

// outreachLabels are the outreach steps as a person would say them.
var outreachLabels = map[Outreach]string{
	ToContact:       "to contact",
	Contacted:       "contacted",
	AskedByEmail:    "asked by email",
	AnsweredByEmail: "email answered", // fits the roster's status column
	NoReply:         "no reply",
	ConsultBooked:   "consult booked",
	Interviewed:     "interviewed",
	Declined:        "declined",
	Chosen:          "chosen",
}

// OutreachSteps returns every outreach step this build knows, in the
// order a search usually runs and the roster's s key cycles through.
func OutreachSteps() []Outreach {
	return []Outreach{ToContact, Contacted, AskedByEmail, AnsweredByEmail, NoReply,
		ConsultBooked, Interviewed, Declined, Chosen}
}

// Text is the outreach step in words for the screen or an export: its
// Label, or for a step this build does not know the stored word, made safe.
func (o Outreach) Text() string {
	if label, ok := o.Label(); ok {
		return label
	}
	return safetext.Line(string(o))
}

// Label is the outreach step in words, "consult booked". ok is false for a
// step this build does not know (from a newer file); callers then show the
// stored word, made safe for the screen.
func (o Outreach) Label() (label string, ok bool) {
	if o == "" {
		return outreachLabels[ToContact], true
	}
	label, ok = outreachLabels[o]
	return label, ok
}
