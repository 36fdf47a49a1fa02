package ledger

// What a reload does with the answers recorded since the last good save,
// after the notebook changed on disk behind the app's back: each goes back
// where the file still holds what it replaced, and the rest is reported.

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// AnswerChange is one answer recorded since the last good save, with the
// answer it replaced, so a reload can re-apply it where the file on disk
// still holds what it replaced.
type AnswerChange struct {
	rev         uint64 // set by Ledger.RecordAnswer
	TherapistID string
	Name        string // the therapist's name, for what could not be re-applied
	QuestionID  string
	Partner     bool
	Before      *checklist.Answer // nil when there was no answer
	After       checklist.Answer
}

// Report says what a reload did with the unsaved answers.
type Report struct {
	Applied int
	Failed  []AnswerChange
	// Others counts unsaved changes that were not answers (details,
	// status ...), which a reload cannot re-apply.
	Others int
	// CopyPath is where the version from before the reload was kept, or
	// CopyErr why it could not be.
	CopyPath string
	CopyErr  error
}

// AnswerIn returns a copy of the answer held for questionID, or nil.
func AnswerIn(answers map[string]checklist.Answer, questionID string) *checklist.Answer {
	a, ok := answers[questionID]
	if !ok {
		return nil
	}
	return &a
}

// sameAnswer reports whether a and b are the same answer, or both none.
// Times are compared as instants: a reloaded time has lost its monotonic
// reading and may carry another location.
func sameAnswer(a, b *checklist.Answer) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Status == b.Status && a.Value == b.Value && a.Note == b.Note && a.At.Equal(b.At)
}

// Reapply puts the logged answers on nb, the notebook just read from disk,
// in the order they were recorded. An answer goes back where the file still
// holds what it replaced (or holds it already); where the other writer
// changed that answer too, or removed the therapist, it is reported and
// left out rather than guessed.
func Reapply(nb *store.Notebook, log []AnswerChange) Report {
	var r Report
	for _, c := range log {
		i, ok := nb.Find(c.TherapistID)
		if !ok {
			r.Failed = append(r.Failed, c)
			continue
		}
		t := &nb.Therapists[i]
		answers := &t.Answers
		if c.Partner {
			answers = &t.PartnerAnswers
		}
		current := AnswerIn(*answers, c.QuestionID)
		switch {
		case sameAnswer(current, c.Before):
			if *answers == nil {
				*answers = map[string]checklist.Answer{}
			}
			(*answers)[c.QuestionID] = c.After
			if c.After.At.After(t.Updated) {
				t.Updated = c.After.At
			}
			r.Applied++
		case sameAnswer(current, &c.After):
			// The other writer has it already (the same version synced).
		default:
			r.Failed = append(r.Failed, c)
		}
	}
	return r
}

// Summary says what a reload did, in words.
func (r Report) Summary() string {
	var b strings.Builder
	b.WriteString("Reloaded the notebook from disk.")
	if r.Applied > 0 {
		fmt.Fprintf(&b, " Re-applied %s.", screen.Plural(r.Applied, "answer"))
	}
	if n := len(r.Failed); n > 0 {
		var items []string
		for _, c := range r.Failed[:min(n, 3)] {
			items = append(items, safetext.Line(c.Name)+": "+checklist.ShortLabel(c.QuestionID))
		}
		if n > 3 {
			items = append(items, fmt.Sprintf("%d more", n-3))
		}
		fmt.Fprintf(&b, " Not re-applied (changed on disk too, or the therapist is gone): %s.", strings.Join(items, "; "))
	}
	if r.Others > 0 {
		fmt.Fprintf(&b, " Not re-applied: %s other than answers (details, statuses, your questions, concerns, preparation, priorities ...).", screen.Changes(r.Others))
	}
	switch {
	case r.CopyErr != nil:
		b.WriteString(" Could not keep your version as a copy: " + screen.Sentence(safetext.Line(r.CopyErr.Error())))
	case r.CopyPath != "":
		b.WriteString(" Your version from before the reload is in " + safetext.Line(filepath.Base(r.CopyPath)) + ".")
	}
	return b.String()
}
