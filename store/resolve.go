package store

import (
	"fmt"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
)

// ResolveError says why a THERAPIST argument named no one therapist: it
// matched none or several. Candidates are the therapists it could mean
// (for no match, every therapist), as "Name (ID)", cleaned for a terminal.
type ResolveError struct {
	// Query is what was asked for, cleaned.
	Query string
	// Ambiguous is true when several therapists matched.
	Ambiguous  bool
	Candidates []string
}

// Error names the problem and lists the candidates, one a line.
func (e *ResolveError) Error() string {
	var b strings.Builder
	switch {
	case e.Ambiguous:
		fmt.Fprintf(&b, "%q matches %d therapists; give more of the name or the ID:", e.Query, len(e.Candidates))
	case len(e.Candidates) == 0:
		fmt.Fprintf(&b, "no therapist matches %q: the notebook has none yet", e.Query)
	default:
		fmt.Fprintf(&b, "no therapist matches %q; the notebook has:", e.Query)
	}
	for _, c := range e.Candidates {
		b.WriteString("\n  " + c)
	}
	return b.String()
}

// Resolve finds the therapist a person means by query: an ID, a name, or
// a part of a name that matches one therapist only, ignoring case and
// surrounding space. An exact ID wins, then an exact name, then a part of
// a name. It returns the index in nb.Therapists, or a *ResolveError that
// lists the candidates.
func (nb *Notebook) Resolve(query string) (int, error) {
	q := strings.ToLower(strings.TrimSpace(safetext.Line(query)))
	if q == "" {
		return -1, &ResolveError{Query: "", Candidates: nb.candidates(nil)}
	}
	for i, t := range nb.Therapists {
		if strings.ToLower(t.ID) == q {
			return i, nil
		}
	}
	exact, part := []int{}, []int{}
	for i, t := range nb.Therapists {
		name := strings.ToLower(strings.TrimSpace(safetext.Line(t.Name)))
		if name == q {
			exact = append(exact, i)
		}
		if strings.Contains(name, q) {
			part = append(part, i)
		}
	}
	for _, matches := range [][]int{exact, part} {
		switch {
		case len(matches) == 1:
			return matches[0], nil
		case len(matches) > 1:
			return -1, &ResolveError{Query: safetext.Line(query), Ambiguous: true, Candidates: nb.candidates(matches)}
		}
	}
	return -1, &ResolveError{Query: safetext.Line(query), Candidates: nb.candidates(nil)}
}

// candidates lists the therapists at idx (every one when idx is nil) as
// "Name (ID)".
func (nb *Notebook) candidates(idx []int) []string {
	if idx == nil {
		for i := range nb.Therapists {
			idx = append(idx, i)
		}
	}
	out := make([]string, 0, len(idx))
	for _, i := range idx {
		t := nb.Therapists[i]
		name, cut := safetext.Head(t.Name, 80)
		name = strings.TrimSpace(safetext.Line(name))
		if cut {
			name += "…"
		}
		out = append(out, fmt.Sprintf("%s (%s)", name, safetext.Line(t.ID)))
	}
	return out
}
