package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
)

// FormatError says why bytes are not a notebook this vetted can read. Its
// message never contains text from the file: a notebook holds health
// information, and error messages end up in terminals, screenshots and bug
// reports.
type FormatError struct {
	// Problem is a short description, such as "the file ends too early".
	Problem string
	// Line and Column locate the problem (1-based, columns in characters)
	// when the JSON decoder can say where it is; both are 0 otherwise.
	Line, Column int
}

// Error returns "line L, column C: problem", or just the problem when the
// place is unknown.
func (e *FormatError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Problem)
	}
	return e.Problem
}

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
// Every refusal is a *FormatError.
//
// Answers to question IDs that the catalogue does not contain are kept: a
// newer catalogue may have added them. Maps come back non-nil.
func Decode(data []byte) (*Notebook, error) {
	// The fast path reads what vetted writes; whatever it is not sure of,
	// refusals included, goes through encoding/json below as it always has.
	// A rule the JSON types cannot express belongs in check, which both
	// paths share: a rule placed in decodeJSON alone would not hold for
	// files the fast path reads.
	nb, ok := decodeFast(data)
	if !ok {
		var err error
		if nb, err = decodeJSON(data); err != nil {
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

// decodeJSON decodes data with encoding/json, strictly, and explains a
// refusal as a *FormatError.
func decodeJSON(data []byte) (*Notebook, error) {
	// Check the syntax over the whole input first: this catches truncation
	// and trailing data with exact offsets, which the streaming decoder
	// below does not report.
	// encoding/json would read invalid UTF-8 as U+FFFD and the next save
	// would write that over the person's bytes: refuse it, like any other
	// unreadable file.
	if !utf8.Valid(data) {
		return nil, at(data, int64(firstInvalidUTF8(data)),
			"this is not UTF-8 text; was the file saved in another encoding?")
	}
	if !json.Valid(data) {
		// Only on this rare path pay for a copy to learn where it broke.
		var raw json.RawMessage
		return nil, syntaxProblem(data, json.Unmarshal(data, &raw))
	}

	// Unknown fields are refused rather than dropped: a misspelt key in a
	// hand-edited file would otherwise load as an empty list, and the next
	// save would write that loss over the person's data.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var nb Notebook
	if err := dec.Decode(&nb); err != nil {
		return nil, decodeProblem(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		// Unreachable after the syntax check, kept as a guard.
		return nil, at(data, dec.InputOffset(), "there is more data after the notebook")
	}
	return &nb, nil
}

// check applies the rules that JSON types cannot express.
func check(nb *Notebook) error {
	if err := checkBasics(nb); err != nil {
		return err
	}
	return checkQuestions(nil, nb)
}

// checkBasics checks the version and the therapists.
func checkBasics(nb *Notebook) error {
	switch {
	case nb.Version == 0:
		return &FormatError{Problem: "there is no format version; this does not look like a vetted notebook"}
	case nb.Version < 0:
		return &FormatError{Problem: "the format version is not valid"}
	case nb.Version > SchemaVersion:
		return &FormatError{Problem: fmt.Sprintf(
			"made by a newer vetted (format %d); this vetted reads format %d — update vetted",
			nb.Version, SchemaVersion)}
	}
	seen := make(map[string]int, len(nb.Therapists))
	for i, t := range nb.Therapists {
		n := i + 1 // people count from one
		if t.ID == "" {
			return &FormatError{Problem: fmt.Sprintf("therapist %d has no ID", n)}
		}
		if first, dup := seen[t.ID]; dup {
			return &FormatError{Problem: fmt.Sprintf("therapists %d and %d have the same ID", first, n)}
		}
		seen[t.ID] = n
		if strings.TrimSpace(t.Name) == "" {
			return &FormatError{Problem: fmt.Sprintf("therapist %d has no name", n)}
		}
	}
	// The recently deleted must be restorable: an ID and a name, and an
	// ID no other therapist has, deleted or not.
	for i, d := range nb.Deleted {
		n := i + 1
		switch first, dup := seen[d.ID]; {
		case d.ID == "":
			return &FormatError{Problem: fmt.Sprintf("recently deleted therapist %d has no ID", n)}
		case dup && first > 0:
			return &FormatError{Problem: fmt.Sprintf("recently deleted therapist %d has the same ID as therapist %d", n, first)}
		case dup:
			return &FormatError{Problem: fmt.Sprintf("recently deleted therapists %d and %d have the same ID", -first, n)}
		case strings.TrimSpace(d.Name) == "":
			return &FormatError{Problem: fmt.Sprintf("recently deleted therapist %d has no name", n)}
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

// syntaxProblem turns the error of the syntax pass into a FormatError.
func syntaxProblem(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		if se.Offset >= int64(len(data)) && strings.Contains(se.Error(), "end of JSON input") {
			if len(bytes.TrimSpace(data)) == 0 {
				return &FormatError{Problem: "the file is empty"}
			}
			return at(data, se.Offset, "the file ends too early; it may have been cut short")
		}
		// The offset counts the offending byte, so step back onto it.
		off := se.Offset - 1
		if strings.Contains(se.Error(), "after top-level value") {
			return at(data, off, "there is more data after the notebook")
		}
		return at(data, off, "this is not valid JSON")
	}
	return &FormatError{Problem: "this is not valid JSON"}
}

// decodeProblem turns an error of the typed decoding pass into a
// FormatError. It reads only the error's structure, never its message
// text, which can quote the file.
func decodeProblem(data []byte, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		where := "the notebook"
		if te.Field != "" {
			where = `"` + te.Field + `"`
		}
		// The offset is just past the value; step back into it.
		return at(data, te.Offset-1, fmt.Sprintf("%s should be %s", where, describe(te.Type)))
	}
	if name, ok := unknownField(err); ok {
		problem := "there is a field this vetted does not know; was the file made by another program?"
		if off, found := locateKey(data, name); found {
			return at(data, off, problem)
		}
		return &FormatError{Problem: problem}
	}
	var pe *time.ParseError
	if errors.As(err, &pe) || strings.HasPrefix(err.Error(), "Time.UnmarshalJSON") {
		problem := "a date and time is not in the form vetted writes (such as 2026-11-30T06:40:00Z)"
		if off, found := locateBadTime(data); found {
			return at(data, off, problem)
		}
		return &FormatError{Problem: problem}
	}
	return &FormatError{Problem: "a value could not be read"}
}

// unknownField extracts the key from encoding/json's unknown-field error,
// which has no type of its own. The key is a field name from the file's
// structure; it is used to find the place, never shown.
func unknownField(err error) (string, bool) {
	const prefix = "json: unknown field "
	msg := err.Error()
	if !strings.HasPrefix(msg, prefix) {
		return "", false
	}
	var name string
	if _, scanErr := fmt.Sscanf(msg[len(prefix):], "%q", &name); scanErr != nil {
		return "", false
	}
	return name, true
}

// mapFields are the object-valued fields whose keys are data (question and
// prep IDs), not field names, so they cannot be unknown.
var mapFields = map[string]bool{
	"importance": true, "prep": true, "answers": true, "partner_answers": true,
	"entries": true,
}

// locateKey finds the offset of the first object key equal to name that is
// a field name rather than a map key. The syntax has already been checked.
func locateKey(data []byte, name string) (int64, bool) {
	var off int64
	found := false
	walkFieldKeys(data, func(key string, keyStart, _ int64) bool {
		if key == name {
			off, found = keyStart, true
		}
		return found
	})
	return off, found
}

// timeFields are the field names whose values are times (time.Time).
var timeFields = map[string]bool{"created": true, "updated": true, "at": true, "deleted_at": true}

// locateBadTime finds the offset of the first time field whose value
// time.Time cannot read. encoding/json reports such a value without its
// place, so the place is found again here.
func locateBadTime(data []byte) (int64, bool) {
	var off int64
	found := false
	walkFieldKeys(data, func(key string, _, keyEnd int64) bool {
		if !timeFields[key] {
			return false
		}
		// The value follows the key, a colon and perhaps spaces.
		start := keyEnd
		for start < int64(len(data)) && strings.IndexByte(": \t\r\n", data[start]) >= 0 {
			start++
		}
		var raw json.RawMessage
		if err := json.NewDecoder(bytes.NewReader(data[start:])).Decode(&raw); err != nil {
			return false
		}
		var t time.Time
		if err := t.UnmarshalJSON(raw); err != nil {
			off, found = start, true
		}
		return found
	})
	return off, found
}

// walkFieldKeys calls fn with each object key that is a field name rather
// than a map key, in file order, with the offsets of its opening quote and
// just past its closing quote (exact unless the key has escapes), until fn
// returns true. It walks the tokens the way the decoder does; the syntax
// has already been checked.
func walkFieldKeys(data []byte, fn func(key string, keyStart, keyEnd int64) bool) {
	type frame struct {
		object, isMap, wantKey bool
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []frame
	lastKey := ""
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		top := len(stack) - 1
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				// Only an object that is the value of a map field is a map;
				// objects in lists (therapists) never are.
				isMap := v == '{' && top >= 0 && stack[top].object && !stack[top].isMap && mapFields[lastKey]
				stack = append(stack, frame{object: v == '{', isMap: isMap, wantKey: v == '{'})
				continue
			default:
				stack = stack[:top]
				top--
			}
		case string:
			if top >= 0 && stack[top].object && stack[top].wantKey {
				stack[top].wantKey = false
				lastKey = v
				if !stack[top].isMap {
					end := dec.InputOffset()
					if fn(v, max(end-int64(len(v))-2, 0), end) {
						return
					}
				}
				continue
			}
		}
		// A whole value ended: the enclosing object wants a key next.
		if top >= 0 && stack[top].object {
			stack[top].wantKey = true
		}
	}
}

// describe names a Go type in the person's words.
func describe(t reflect.Type) string {
	if t == reflect.TypeFor[time.Time]() {
		return "a date and time"
	}
	switch t.Kind() {
	case reflect.String:
		return "text in quotes"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list [ ... ]"
	case reflect.Map, reflect.Struct:
		return "an object { ... }"
	}
	return "something else"
}

// firstInvalidUTF8 returns the offset of the first byte of data that is
// not part of valid UTF-8, or len(data).
func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// at builds a FormatError located at byte offset off of data.
func at(data []byte, off int64, problem string) *FormatError {
	line, col := position(data, off)
	return &FormatError{Problem: problem, Line: line, Column: col}
}

// position converts a byte offset into a 1-based line and column, counting
// columns in characters so they match what an editor shows.
func position(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	col = utf8.RuneCount(before[lineStart:]) + 1
	return line, col
}

// codec turns the encoded notebook into the bytes stored on disk and back.
// It is the seam for encryption at rest: a passphrase codec would seal and
// open here, with Encode, Decode, Open and Save unchanged.
type codec interface {
	seal(plain []byte) ([]byte, error)
	open(stored []byte) ([]byte, error)
}

// plainCodec stores the JSON as it is. It refuses an encrypted notebook
// with ErrEncrypted rather than report its bytes as bad JSON.
type plainCodec struct{}

func (plainCodec) seal(plain []byte) ([]byte, error) { return plain, nil }
func (plainCodec) open(stored []byte) ([]byte, error) {
	if isEncryptedData(stored) {
		return nil, ErrEncrypted
	}
	return stored, nil
}
