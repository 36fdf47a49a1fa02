package store

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
)

// ErrNoTherapist and ErrAmbiguousTherapist are what Resolve's error wraps,
// so a command can tell "no one by that name" from "which one?".
var (
	ErrNoTherapist        = errors.New("no therapist matches")
	ErrAmbiguousTherapist = errors.New("more than one therapist matches")
)

// ResolveError says why a therapist could not be picked by name or ID. Its
// message lists the candidates, named and cleaned for a terminal, so the
// person can try again with one of them.
type ResolveError struct {
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
func (e *ResolveError) Error() string {
	var b strings.Builder
	switch {
	case errors.Is(e.kind, ErrAmbiguousTherapist):
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

// Unwrap returns ErrNoTherapist or ErrAmbiguousTherapist.
func (e *ResolveError) Unwrap() error { return e.kind }

// Resolve picks one therapist by what a person typed on a command line:
// their ID, their name, or a part of their name that only one therapist's
// name contains. Names are compared as drawn (cleaned of control
// characters) and without regard to case. An exact ID wins over names; a
// whole name wins over parts of others ("Lin" picks "Lin" even beside
// "Lindqvist"). It returns the index in nb.Therapists; otherwise a
// *ResolveError whose Candidates are the matching therapists when the
// query is ambiguous, or every therapist when nothing matched.
//
// `vetted ask --for` and `vetted brief --for` both use it, so THERAPIST
// means the same everywhere.
func (nb *Notebook) Resolve(query string) (int, error) {
	q := strings.TrimSpace(query)
	if q != "" {
		if i, ok := nb.Find(q); ok {
			return i, nil
		}
	}
	fold := strings.ToLower(safetext.Line(q))
	var whole, part []int
	for i := range nb.Therapists {
		name := strings.ToLower(drawnName(nb.Therapists[i].Name))
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
	e := &ResolveError{Query: safetext.Line(q), kind: ErrAmbiguousTherapist, Candidates: matches}
	if len(matches) == 0 {
		e.kind = ErrNoTherapist
		e.Candidates = make([]int, len(nb.Therapists))
		for i := range nb.Therapists {
			e.Candidates[i] = i
		}
	}
	for _, i := range e.Candidates {
		t := nb.Therapists[i]
		id, _ := safetext.Head(t.ID, 64)
		e.names = append(e.names, drawnName(t.Name)+" ("+safetext.Line(id)+")")
	}
	return -1, e
}
