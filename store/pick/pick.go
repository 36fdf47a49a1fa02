// Package pick finds the therapist a person means by what they typed: an
// ID, a name or a part of one. vetted ask --for, vetted brief --for and
// the plain roster all pick through it, so THERAPIST means the same
// everywhere.
package pick

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// ErrNone and ErrAmbiguous are what Therapist's error wraps,
// so a command can tell "no one by that name" from "which one?".
var (
	ErrNone      = errors.New("no therapist matches")
	ErrAmbiguous = errors.New("more than one therapist matches")
)

// Error says why a therapist could not be picked by name or ID. Its
// message lists the candidates, named and cleaned for a terminal, so the
// person can try again with one of them.
type Error struct {
	// Query is what the person typed, cleaned for a terminal.
	Query string
	// Candidates are the indices in Notebook.Therapists the message
	// lists: those that matched, or every therapist when none did.
	Candidates []int
	// names are the candidates as listed: "Name (ID)".
	names []string
	kind  error
}

// Error returns a message like `"lin" matches 2 therapists: …`.
func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case errors.Is(e.kind, ErrAmbiguous):
		fmt.Fprintf(&b, "%q matches %d therapists; give more of the name or the ID:", e.Query, len(e.Candidates))
	case len(e.names) == 0:
		fmt.Fprintf(&b, "no therapist matches %q: the notebook has no therapists yet", e.Query)
		return b.String()
	default:
		fmt.Fprintf(&b, "no therapist matches %q; the notebook has:", e.Query)
	}
	for _, n := range e.names {
		b.WriteString("\n  ")
		b.WriteString(n)
	}
	return b.String()
}

// Unwrap returns ErrNone or ErrAmbiguous.
func (e *Error) Unwrap() error { return e.kind }

// Therapist picks one therapist by what a person typed on a command line:
// their ID, their name, or a part of their name that only one therapist's
// name contains. Names are compared as drawn (cleaned of control
// characters) and without regard to case. An exact ID wins over names; a
// whole name wins over parts of others ("Lin" picks "Lin" even beside
// "Lindqvist"). It returns the index in nb.Therapists; otherwise a
// *Error whose Candidates are the matching therapists when the
// query is ambiguous, or every therapist when nothing matched.

func Therapist(nb *store.Notebook, query string) (int, error) {
	q := strings.TrimSpace(query)
	if q != "" {
		if i, ok := nb.Find(q); ok {
			return i, nil
		}
	}
	fold := strings.ToLower(safetext.Line(q))
	var whole, part []int
	for i := range nb.Therapists {
		name := strings.ToLower(nb.Therapists[i].DrawnName())
		switch {
		case fold == "":
		case name == fold:
			whole = append(whole, i)
		case strings.Contains(name, fold):
			part = append(part, i)
		}
	}
	matches := whole
	if len(matches) == 0 {
		matches = part
	}
	if len(matches) == 1 {
		return matches[0], nil
	}
	e := &Error{Query: safetext.Line(q), kind: ErrAmbiguous, Candidates: matches}
	if len(matches) == 0 {
		e.kind = ErrNone
		e.Candidates = make([]int, len(nb.Therapists))
		for i := range nb.Therapists {
			e.Candidates[i] = i
		}
	}
	for _, i := range e.Candidates {
		t := nb.Therapists[i]
		id, _ := safetext.Head(t.ID, 64)
		e.names = append(e.names, t.DrawnName()+" ("+safetext.Line(id)+")")
	}
	return -1, e
}
