// Package format says why bytes are not a notebook this vetted can read,
// and where: an Error placed by line and column, and a strict decoding
// with encoding/json that explains each refusal in the person's words.
// It never quotes the file: a notebook holds health information, and
// error messages end up in terminals, screenshots and bug reports. It
// knows JSON, not the notebook: the notebook's field names come in a
// Fields (see store.Decode).
package format

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"
)

// Error says why bytes are not a notebook this vetted can read. Its
// message never contains text from the file.
type Error struct {
	// Problem is a short description, such as "the file ends too early".
	Problem string
	// Line and Column locate the problem (1-based, columns in characters)
	// when the JSON decoder can say where it is; both are 0 otherwise.
	Line, Column int
}

// Error returns "line L, column C: problem", or just the problem when the
// place is unknown.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Problem)
	}
	return e.Problem
}

// Fields names what a decoding cannot tell from the Go types: the
// object-valued fields whose keys are data (IDs), not field names, so
// they can never be unknown, and the fields whose values are times.
type Fields struct {
	Maps, Times map[string]bool
}

// Decode decodes data into v with encoding/json, strictly: valid UTF-8,
// exactly one value, no field v does not have. A refusal is an *Error,
// placed by line and column where the place can be found.
func (f Fields) Decode(data []byte, v any) error {
	// Check the syntax over the whole input first: this catches truncation
	// and trailing data with exact offsets, which the streaming decoder
	// below does not report.
	// encoding/json would read invalid UTF-8 as U+FFFD and the next save
	// would write that over the person's bytes: refuse it, like any other
	// unreadable file.
	if !utf8.Valid(data) {
		return At(data, int64(firstInvalidUTF8(data)),
			"this is not UTF-8 text; was the file saved in another encoding?")
	}
	if !json.Valid(data) {
		// Only on this rare path pay for a copy to learn where it broke.
		var raw json.RawMessage
		return syntaxProblem(data, json.Unmarshal(data, &raw))
	}

	// Unknown fields are refused rather than dropped: a misspelt key in a
	// hand-edited file would otherwise load as an empty list, and the next
	// save would write that loss over the person's data.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return f.decodeProblem(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		// Unreachable after the syntax check, kept as a guard.
		return At(data, dec.InputOffset(), "there is more data after the notebook")
	}
	return nil
}

// syntaxProblem turns the error of the syntax pass into an Error.
func syntaxProblem(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		if se.Offset >= int64(len(data)) && strings.Contains(se.Error(), "end of JSON input") {
			if len(bytes.TrimSpace(data)) == 0 {
				return &Error{Problem: "the file is empty"}
			}
			return At(data, se.Offset, "the file ends too early; it may have been cut short")
		}
		// The offset counts the offending byte, so step back onto it.
		off := se.Offset - 1
		if strings.Contains(se.Error(), "after top-level value") {
			return At(data, off, "there is more data after the notebook")
		}
		return At(data, off, "this is not valid JSON")
	}
	return &Error{Problem: "this is not valid JSON"}
}

// decodeProblem turns an error of the typed decoding pass into an
// Error. It reads only the error's structure, never its message
// text, which can quote the file.
func (f Fields) decodeProblem(data []byte, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		where := "the notebook"
		if te.Field != "" {
			where = `"` + te.Field + `"`
		}
		// The offset is just past the value; step back into it.
		return At(data, te.Offset-1, fmt.Sprintf("%s should be %s", where, describe(te.Type)))
	}
	if name, ok := unknownField(err); ok {
		problem := "there is a field this vetted does not know; was the file made by another program?"
		if off, found := f.locateKey(data, name); found {
			return At(data, off, problem)
		}
		return &Error{Problem: problem}
	}
	var pe *time.ParseError
	if errors.As(err, &pe) || strings.HasPrefix(err.Error(), "Time.UnmarshalJSON") {
		problem := "a date and time is not in the form vetted writes (such as 2026-11-30T06:40:00Z)"
		if off, found := f.locateBadTime(data); found {
			return At(data, off, problem)
		}
		return &Error{Problem: problem}
	}
	return &Error{Problem: "a value could not be read"}
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

// locateKey finds the offset of the first object key equal to name that is
// a field name rather than a map key. The syntax has already been checked.
func (f Fields) locateKey(data []byte, name string) (int64, bool) {
	var off int64
	found := false
	f.walkFieldKeys(data, func(key string, keyStart, _ int64) bool {
		if key == name {
			off, found = keyStart, true
		}
		return found
	})
	return off, found
}

// locateBadTime finds the offset of the first time field whose value
// time.Time cannot read. encoding/json reports such a value without its
// place, so the place is found again here.
func (f Fields) locateBadTime(data []byte) (int64, bool) {
	var off int64
	found := false
	f.walkFieldKeys(data, func(key string, _, keyEnd int64) bool {
		if !f.Times[key] {
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
func (f Fields) walkFieldKeys(data []byte, fn func(key string, keyStart, keyEnd int64) bool) {
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
				isMap := v == '{' && top >= 0 && stack[top].object && !stack[top].isMap && f.Maps[lastKey]
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

// At builds an Error located at byte offset off of data.
func At(data []byte, off int64, problem string) *Error {
	line, col := position(data, off)
	return &Error{Problem: problem, Line: line, Column: col}
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

// Locate builds an Error for problem, placed at the first field named
// key whose value is the string value, when data is given and holds one.
func (f Fields) Locate(data []byte, key, value, problem string) *Error {
	if data == nil {
		return &Error{Problem: problem}
	}
	var off int64
	found := false
	f.walkFieldKeys(data, func(k string, _, keyEnd int64) bool {
		if k != key {
			return false
		}
		start := keyEnd
		for start < int64(len(data)) && bytes.IndexByte([]byte(": \t\r\n"), data[start]) >= 0 {
			start++
		}
		var v string
		if err := json.NewDecoder(bytes.NewReader(data[start:])).Decode(&v); err == nil && v == value {
			off, found = start, true
		}
		return found
	})
	if !found {
		return &Error{Problem: problem}
	}
	return At(data, off, problem)
}
