package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
)

// This file writes a notebook in one pass, byte for byte as Encode always
// has: what json.Encoder writes with SetEscapeHTML(false) and a two-space
// SetIndent, a trailing newline, and \u escapes (appendEscape) for the
// runes safetext.Allowed refuses.
// encoding/json marshals compactly and then indents in a second full pass,
// which was most of a save's cost at a few hundred therapists; here every
// byte is placed once, and each therapist's bytes stand alone, so a save
// re-encodes only the therapists that changed (see encodeCache).
//
// The format is fixed by the struct tags in notebook.go and
// checklist.Answer; TestEncodeMatchesEncodingJSON compares the output with
// encoding/json's on the demo, a large notebook and hostile text, so a
// field added there without a line here fails that test.

// therapistDepth is the indent depth of a therapist's opening brace: the
// notebook object is depth 0, its "therapists" list 1, the items 2.
const therapistDepth = 2

// appendNotebook appends nb's encoding to dst. therapist appends the
// encoding of nb.Therapists[i] (from its opening to its closing brace, as
// appendTherapist writes it); a cache hands back bytes it kept.
func appendNotebook(dst []byte, nb *Notebook, therapist func(dst []byte, i int) ([]byte, error)) ([]byte, error) {
	dst = append(dst, '{')
	dst = appendMember(dst, true, 1, "version")
	dst = strconv.AppendInt(dst, int64(nb.Version), 10)

	dst = appendMember(dst, false, 1, "people")
	dst = append(dst, '{')
	first := true
	for _, f := range [...]struct{ key, value string }{{"me", nb.People.Me}, {"partner", nb.People.Partner}} {
		if f.value == "" {
			continue
		}
		dst = appendMember(dst, first, 2, f.key)
		dst = appendString(dst, f.value)
		first = false
	}
	dst = appendClose(dst, first, 1, '}')

	if nb.BudgetPerSession != "" {
		dst = appendMember(dst, false, 1, "budget_per_session")
		dst = appendString(dst, nb.BudgetPerSession)
	}
	if len(nb.Importance) > 0 {
		dst = appendMember(dst, false, 1, "importance")
		dst = append(dst, '{')
		for i, k := range slices.Sorted(maps.Keys(nb.Importance)) {
			dst = appendMember(dst, i == 0, 2, k)
			dst = appendString(dst, string(nb.Importance[k]))
		}
		dst = appendClose(dst, false, 1, '}')
	}
	if len(nb.Prep) > 0 {
		dst = appendMember(dst, false, 1, "prep")
		dst = append(dst, '{')
		for i, k := range slices.Sorted(maps.Keys(nb.Prep)) {
			dst = appendMember(dst, i == 0, 2, k)
			dst = strconv.AppendBool(dst, nb.Prep[k])
		}
		dst = appendClose(dst, false, 1, '}')
	}
	// In the order of Notebook's fields, as encoding/json writes them.
	if nb.Questions != nil {
		dst = appendMember(dst, false, 1, "questions")
		var err error
		if dst, err = appendJSON(dst, nb.Questions, 1); err != nil {
			return nil, err
		}
	}
	dst = appendProfile(dst, &nb.Profile)
	if !nb.PrepForm.IsZero() {
		dst = appendMember(dst, false, 1, "prep_form")
		dst = appendPrepForm(dst, nb.PrepForm)
	}

	dst = appendMember(dst, false, 1, "therapists")
	if nb.Therapists == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i := range nb.Therapists {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '\n')
			dst = appendIndent(dst, therapistDepth)
			var err error
			if dst, err = therapist(dst, i); err != nil {
				return nil, err
			}
		}
		dst = appendClose(dst, len(nb.Therapists) == 0, 1, ']')
	}
	if len(nb.Deleted) > 0 {
		var err error
		if dst, err = appendDeleted(dst, nb.Deleted); err != nil {
			return nil, err
		}
	}
	dst = appendClose(dst, false, 0, '}')
	return append(dst, '\n'), nil
}

// appendDeleted appends the recently deleted list: each entry is a
// therapist, as appendTherapist writes one, with two members more.
func appendDeleted(dst []byte, deleted []DeletedTherapist) ([]byte, error) {
	const d = therapistDepth + 1
	dst = appendMember(dst, false, 1, "deleted")
	dst = append(dst, '[')
	for i := range deleted {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '\n')
		dst = appendIndent(dst, therapistDepth)
		var err error
		if dst, err = appendTherapistMembers(dst, &deleted[i].Therapist); err != nil {
			return nil, err
		}
		dst = appendMember(dst, false, d, "deleted_at")
		if dst, err = appendTime(dst, deleted[i].DeletedAt); err != nil {
			return nil, err
		}
		dst = appendMember(dst, false, d, "place")
		dst = strconv.AppendInt(dst, int64(deleted[i].Place), 10)
		dst = appendClose(dst, false, therapistDepth, '}')
	}
	return appendClose(dst, false, 1, ']'), nil
}

// appendTherapist appends t's encoding at therapistDepth, from its opening
// brace to its closing one.
func appendTherapist(dst []byte, t *Therapist) ([]byte, error) {
	dst, err := appendTherapistMembers(dst, t)
	if err != nil {
		return nil, err
	}
	return appendClose(dst, false, therapistDepth, '}'), nil
}

// appendTherapistMembers appends t's opening brace and members at
// therapistDepth, without the closing brace.
func appendTherapistMembers(dst []byte, t *Therapist) ([]byte, error) {
	const d = therapistDepth + 1
	dst = append(dst, '{')
	dst = appendMember(dst, true, d, "id")
	dst = appendString(dst, t.ID)
	dst = appendMember(dst, false, d, "name")
	dst = appendString(dst, t.Name)
	for _, f := range [...]struct{ key, value string }{
		{"credentials", t.Credentials},
		{"phone", t.Phone},
		{"email", t.Email},
		{"website", t.Website},
		{"location", t.Location},
		{"found_via", string(t.FoundVia)},
	} {
		if f.value != "" {
			dst = appendMember(dst, false, d, f.key)
			dst = appendString(dst, f.value)
		}
	}
	dst = appendMember(dst, false, d, "status")
	dst = appendString(dst, string(t.Status))
	for _, f := range [...]struct{ key, value string }{
		{"contacted_on", t.ContactedOn},
		{"consult_on", t.ConsultOn},
		{"notes", t.Notes},
	} {
		if f.value != "" {
			dst = appendMember(dst, false, d, f.key)
			dst = appendString(dst, f.value)
		}
	}
	var err error
	for _, f := range [...]struct {
		key     string
		answers map[string]checklist.Answer
	}{{"answers", t.Answers}, {"partner_answers", t.PartnerAnswers}} {
		if len(f.answers) == 0 {
			continue
		}
		dst = appendMember(dst, false, d, f.key)
		if dst, err = appendAnswers(dst, f.answers, d); err != nil {
			return nil, err
		}
	}
	if t.PartnerNotes != "" {
		dst = appendMember(dst, false, d, "partner_notes")
		dst = appendString(dst, t.PartnerNotes)
	}
	if !t.Verification.IsZero() {
		dst = appendMember(dst, false, d, "verification")
		dst = appendVerification(dst, t.Verification, d)
	}
	if len(t.CheckIns) > 0 {
		dst = appendMember(dst, false, d, "check_ins")
		if dst, err = appendCheckIns(dst, t.CheckIns, d); err != nil {
			return nil, err
		}
	}
	dst = appendMember(dst, false, d, "created")
	if dst, err = appendTime(dst, t.Created); err != nil {
		return nil, err
	}
	dst = appendMember(dst, false, d, "updated")
	return appendTime(dst, t.Updated)
}

// appendPrepForm appends a non-empty preparation form whose key sits at
// depth 1.
func appendPrepForm(dst []byte, f PrepForm) []byte {
	dst = append(dst, '{')
	first := true
	if len(f.Entries) > 0 {
		dst = appendMember(dst, first, 2, "entries")
		dst = append(dst, '{')
		for i, k := range slices.Sorted(maps.Keys(f.Entries)) {
			dst = appendMember(dst, i == 0, 3, k)
			dst = appendString(dst, f.Entries[k])
		}
		dst = appendClose(dst, false, 2, '}')
		first = false
	}
	if len(f.Medications) > 0 {
		dst = appendMember(dst, first, 2, "medications")
		dst = append(dst, '[')
		for i, m := range f.Medications {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '\n')
			dst = appendIndent(dst, 3)
			dst = append(dst, '{')
			dst = appendMember(dst, true, 4, "name")
			dst = appendString(dst, m.Name)
			if m.Dose != "" {
				dst = appendMember(dst, false, 4, "dose")
				dst = appendString(dst, m.Dose)
			}
			dst = appendClose(dst, false, 3, '}')
		}
		dst = appendClose(dst, false, 2, ']')
	}
	return appendClose(dst, false, 1, '}')
}

// appendVerification appends a non-empty verification record whose key
// sits at depth d.
func appendVerification(dst []byte, v Verification, d int) []byte {
	dst = append(dst, '{')
	first := true
	for _, f := range [...]struct{ key, value string }{
		{"license_checked_on", v.LicenseCheckedOn},
		{"license_number", v.LicenseNumber},
		{"license_type", v.LicenseType},
		{"license", string(v.License)},
		{"aasect_checked_on", v.AASECTCheckedOn},
		{"aasect", string(v.AASECT)},
		{"notes", v.Notes},
	} {
		if f.value == "" {
			continue
		}
		dst = appendMember(dst, first, d+1, f.key)
		dst = appendString(dst, f.value)
		first = false
	}
	return appendClose(dst, false, d, '}')
}

// appendCheckIns appends a non-empty list of check-ins whose key sits at
// depth d.
func appendCheckIns(dst []byte, list []CheckIn, d int) ([]byte, error) {
	dst = append(dst, '[')
	var err error
	for i, c := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '\n')
		dst = appendIndent(dst, d+1)
		dst = append(dst, '{')
		dst = appendMember(dst, true, d+2, "at")
		if dst, err = appendTime(dst, c.At); err != nil {
			return nil, err
		}
		if c.After != "" {
			dst = appendMember(dst, false, d+2, "after")
			dst = appendString(dst, c.After)
		}
		if len(c.Answers) > 0 {
			dst = appendMember(dst, false, d+2, "answers")
			if dst, err = appendAnswers(dst, c.Answers, d+2); err != nil {
				return nil, err
			}
		}
		dst = appendClose(dst, false, d+1, '}')
	}
	return appendClose(dst, false, d, ']'), nil
}

// appendAnswers appends a non-empty answer map whose key sits at depth d.
func appendAnswers(dst []byte, answers map[string]checklist.Answer, d int) ([]byte, error) {
	dst = append(dst, '{')
	var err error
	for i, id := range slices.Sorted(maps.Keys(answers)) {
		a := answers[id]
		dst = appendMember(dst, i == 0, d+1, id)
		dst = append(dst, '{')
		dst = appendMember(dst, true, d+2, "status")
		dst = appendString(dst, string(a.Status))
		if a.Value != "" {
			dst = appendMember(dst, false, d+2, "value")
			dst = appendString(dst, a.Value)
		}
		if a.Note != "" {
			dst = appendMember(dst, false, d+2, "note")
			dst = appendString(dst, a.Note)
		}
		// omitempty never omits a struct, so "at" is always written.
		dst = appendMember(dst, false, d+2, "at")
		if dst, err = appendTime(dst, a.At); err != nil {
			return nil, err
		}
		dst = appendClose(dst, false, d+1, '}')
	}
	return appendClose(dst, false, d, '}'), nil
}

// appendTime appends t as time.Time's own MarshalJSON writes it, and fails
// where it fails (a year outside 0-9999). Its message names the problem,
// never the value.
func appendTime(dst []byte, t time.Time) ([]byte, error) {
	b, err := t.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("vetted: cannot encode notebook: %w", err)
	}
	return append(dst, b...), nil
}

// appendMember starts an object member at depth d: a comma unless it is
// the first, a new line, the indent, the key and ": ".
func appendMember(dst []byte, first bool, d int, key string) []byte {
	if !first {
		dst = append(dst, ',')
	}
	dst = append(dst, '\n')
	dst = appendIndent(dst, d)
	dst = appendString(dst, key)
	return append(dst, ':', ' ')
}

// appendClose ends an object or list whose opening sits at depth d. An
// empty one stays on its line, "{}" or "[]", as encoding/json writes it.
func appendClose(dst []byte, empty bool, d int, c byte) []byte {
	if !empty {
		dst = append(dst, '\n')
		dst = appendIndent(dst, d)
	}
	return append(dst, c)
}

// indent is more spaces than any depth of the notebook needs.
const indent = "                "

func appendIndent(dst []byte, d int) []byte {
	return append(dst, indent[:2*d]...)
}

// appendString appends s as a JSON string: encoding/json's escapes without
// its HTML ones (\" \\ \b \f \n \r \t, \u00XX for other C0 controls,
// \ufffd for each byte that is not UTF-8, \u2028 and \u2029), plus \u
// escapes (appendEscape) for DEL, C1 controls and the format characters
// that safetext.Allowed refuses.
func appendString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b >= 0x20 && b < utf8.RuneSelf && b != '"' && b != '\\' && b != 0x7F {
			i++
			continue
		}
		dst = append(dst, s[start:i]...)
		size := 1
		switch b {
		case '"', '\\':
			dst = append(dst, '\\', b)
		case '\b':
			dst = append(dst, '\\', 'b')
		case '\f':
			dst = append(dst, '\\', 'f')
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			if b < 0x20 {
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
				break
			}
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				dst = append(dst, `\ufffd`...)
			case r == '\u2028' || r == '\u2029':
				dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			case safetext.Allowed(r):
				dst = append(dst, s[i:i+size]...)
			default:
				dst = appendEscape(dst, r)
			}
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendJSON appends v as encoding/json writes it at depth d (two-space
// indent, no HTML escaping), with the runes safetext would drop written as
// \u escapes like appendString does. The person's own questionnaire is
// small and changes rarely, so it does not need the one-pass writer.
func appendJSON(dst []byte, v any, d int) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(indent[:2*d], "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("vetted: cannot encode notebook: %w", err)
	}
	data := bytes.TrimSuffix(buf.Bytes(), []byte{'\n'})
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r < utf8.RuneSelf && r != 0x7F || safetext.Allowed(r) {
			dst = append(dst, data[:size]...)
		} else {
			dst = appendEscape(dst, r)
		}
		data = data[size:]
	}
	return dst, nil
}
