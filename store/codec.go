package store

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store/format"
)

// Encode returns the notebook as indented JSON with a trailing newline. The
// same notebook always gives the same bytes: struct fields keep their order
// and map keys are sorted, so saves diff cleanly. The bytes are those of
// encoding/json with a two-space indent and no HTML escaping, written in
// one pass (see encode.go). Control and invisible format characters in
// text are written as \u escapes: DEL, the C1 controls (U+009B is an 8-bit
// CSI that a terminal obeys when the file is printed) and the Unicode
// format characters except the joiners (bidi overrides that reorder what
// is shown, invisible tag characters), so printing the file cannot drive a
// terminal or reorder what it shows. Such escapes decode to the same
// runes, so Decode gives back what was encoded. Ordinary text, accents and
// emoji included, stays readable by hand.
func Encode(nb *Notebook) ([]byte, error) {
	if nb == nil {
		return nil, errors.New("vetted: no notebook to encode")
	}
	var e encoder
	return e.notebook(nb)
}

// appendEscape appends r as JSON \u escapes: one for the basic plane, a
// UTF-16 surrogate pair beyond it.
func appendEscape(out []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	put := func(u rune) {
		out = append(out, '\\', 'u', hex[u>>12&0xF], hex[u>>8&0xF], hex[u>>4&0xF], hex[u&0xF])
	}
	if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
		put(r1)
		put(r2)
	} else {
		put(r)
	}
	return out
}

// Decode parses and checks a notebook. It refuses anything that is not
// exactly one well-formed notebook object of a format this build knows:
// syntax errors, a truncated file, trailing data, values of the wrong type,
// fields it does not know, a missing version or one newer than
// SchemaVersion, and therapists without an ID or name or sharing an ID.
// Every refusal is a *format.Error.
//
// Answers to question IDs that the catalogue does not contain are kept: a
// newer catalogue may have added them. Maps come back non-nil.
func Decode(data []byte) (*Notebook, error) {
	// The fast path reads what vetted writes; whatever it is not sure of,
	// refusals included, goes through the strict decoder below (store/format).
	// A rule the JSON types cannot express belongs in check, which both
	// paths share: a rule placed in the strict path alone would not hold for
	// files the fast path reads.
	nb, ok := decodeFast(data)
	if !ok {
		nb = &Notebook{}
		if err := fileFields.Decode(data, nb); err != nil {
			return nil, err
		}
	}
	if err := checkBasics(nb); err != nil {
		return nil, err
	}
	// With the bytes, a refused question of the person's own is named by
	// its line and column.
	if err := checkQuestions(data, nb); err != nil {
		return nil, err
	}
	normalise(nb)
	return nb, nil
}

// fileFields are the notebook's fields that the read-side diagnostics
// cannot tell from its types: the objects whose keys are question and
// prep IDs, and the times.
var fileFields = format.Fields{
	Maps: map[string]bool{
		"importance": true, "prep": true, "answers": true, "partner_answers": true,
		"entries": true,
	},
	Times: map[string]bool{"created": true, "updated": true, "at": true, "deleted_at": true},
}

// Check applies the rules that Decode applies beyond the JSON types (a
// version, therapists with an ID and a name, one ID each, questions of the
// person's own that this vetted can use), so that a notebook that passes
// is one Decode reads back. A save checks before it writes.
func Check(nb *Notebook) error {
	if err := checkBasics(nb); err != nil {
		return err
	}
	return checkQuestions(nil, nb)
}

// checkBasics checks the version and the therapists.
func checkBasics(nb *Notebook) error {
	switch {
	case nb.Version == 0:
		return &format.Error{Problem: "there is no format version; this does not look like a vetted notebook"}
	case nb.Version < 0:
		return &format.Error{Problem: "the format version is not valid"}
	case nb.Version > SchemaVersion:
		return &format.Error{Problem: fmt.Sprintf(
			"made by a newer vetted (format %d); this vetted reads format %d — update vetted",
			nb.Version, SchemaVersion)}
	}
	seen := make(map[string]int, len(nb.Therapists))
	for i, t := range nb.Therapists {
		n := i + 1 // people count from one
		if t.ID == "" {
			return &format.Error{Problem: fmt.Sprintf("therapist %d has no ID", n)}
		}
		if first, dup := seen[t.ID]; dup {
			return &format.Error{Problem: fmt.Sprintf("therapists %d and %d have the same ID", first, n)}
		}
		seen[t.ID] = n
		if strings.TrimSpace(t.Name) == "" {
			return &format.Error{Problem: fmt.Sprintf("therapist %d has no name", n)}
		}
	}
	// The recently deleted must be restorable: an ID and a name, and an
	// ID no other therapist has, deleted or not.
	for i, d := range nb.Deleted {
		n := i + 1
		switch first, dup := seen[d.ID]; {
		case d.ID == "":
			return &format.Error{Problem: fmt.Sprintf("recently deleted therapist %d has no ID", n)}
		case dup && first > 0:
			return &format.Error{Problem: fmt.Sprintf("recently deleted therapist %d has the same ID as therapist %d", n, first)}
		case dup:
			return &format.Error{Problem: fmt.Sprintf("recently deleted therapists %d and %d have the same ID", -first, n)}
		case strings.TrimSpace(d.Name) == "":
			return &format.Error{Problem: fmt.Sprintf("recently deleted therapist %d has no name", n)}
		}
		seen[d.ID] = -n // negative: among the deleted
	}
	return nil
}

// normalise makes the maps and the roster non-nil, so the rest of the
// program can write into them without checking.
func normalise(nb *Notebook) {
	// A version 1 file is a version 2 file without questions of the
	// person's own: it is read as one, and written as one at its first
	// save, when the version 1 file becomes the kept .prev.
	nb.Version = SchemaVersion
	if nb.Importance == nil {
		nb.Importance = map[string]checklist.Importance{}
	}
	if nb.Prep == nil {
		nb.Prep = map[string]bool{}
	}
	if nb.Therapists == nil {
		nb.Therapists = []Therapist{}
	}
	// The partner's name decides whether the person comes with one (see
	// Profile.WithPartner); a format 1 file has no profile to say so.
	nb.Profile.WithPartner = nb.People.HasPartner()
	for i := range nb.Therapists {
		nb.Therapists[i].normalise()
	}
	for i := range nb.Deleted {
		nb.Deleted[i].normalise()
	}
}

// normalise makes t's answer maps non-nil.
func (t *Therapist) normalise() {
	if t.Answers == nil {
		t.Answers = map[string]checklist.Answer{}
	}
	if t.PartnerAnswers == nil {
		t.PartnerAnswers = map[string]checklist.Answer{}
	}
}
