package store

import (
	"bytes"
	"encoding/json"
	"strconv"
	"time"
	"unicode/utf8"
)

// This file reads a notebook the way vetted writes it, in one pass over
// the bytes, for a quick start at a few hundred therapists: encoding/json
// scans a file twice (once to check it, once as it decodes) and decodes
// through reflection. It is a fast path and nothing more. It accepts only
// input it is sure of: every key spelt exactly as a field, no duplicates,
// no null, whole numbers for the version, valid UTF-8. Anything else, and
// every file Decode would refuse, makes it give up, and Decode reads the
// file with encoding/json as before, which accepts or refuses it with the
// same messages as ever. What it accepts, it must decode exactly as
// encoding/json does: FuzzDecodeFast and TestDecodeFastAgrees compare both.

// decodeFast decodes data into a notebook, or reports false when it is not
// sure; the caller then decodes with encoding/json.
func decodeFast(data []byte) (*Notebook, bool) {
	if !utf8.Valid(data) {
		return nil, false
	}
	p := fastParser{data: data, interned: map[string]string{}}
	var nb Notebook
	if !notebookFormat.read(&p, &nb) {
		return nil, false
	}
	p.space()
	if p.pos != len(data) {
		return nil, false
	}
	return &nb, true
}

// fastParser walks data; every method returns false, and stops, at the
// first thing it is not sure of.
type fastParser struct {
	data []byte
	pos  int
	// interned holds short strings already read: question IDs, statuses
	// and "yes" repeat hundreds of times, and one copy of each will do.
	interned map[string]string
}

// internMax is the longest string that is interned; longer ones (notes)
// rarely repeat.
const internMax = 32

// text returns b as a string, one shared copy for short ones.
func (p *fastParser) text(b []byte) string {
	if len(b) > internMax {
		return string(b)
	}
	if s, ok := p.interned[string(b)]; ok {
		return s
	}
	s := string(b)
	p.interned[s] = s
	return s
}

func (p *fastParser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// byte consumes c, after any white space.
func (p *fastParser) byte(c byte) bool {
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

// peek reports whether c comes next, after any white space.
func (p *fastParser) peek(c byte) bool {
	p.space()
	return p.pos < len(p.data) && p.data[p.pos] == c
}

// object walks the members of an object: member is called with each key,
// unquoted as encoding/json unquotes it (the bytes are only valid during
// the call), and reads the value.
func (p *fastParser) object(member func(key []byte) bool) bool {
	if !p.byte('{') {
		return false
	}
	if p.byte('}') {
		return true
	}
	for {
		key, ok := p.raw()
		if !ok || !p.byte(':') || !member(key) {
			return false
		}
		if p.byte('}') {
			return true
		}
		if !p.byte(',') {
			return false
		}
	}
}

// string reads a string. One without escapes is taken as it is (the input
// is valid UTF-8); one with escapes is unquoted by encoding/json itself,
// so that bad escapes and lone surrogates come out exactly as it decodes
// them.
func (p *fastParser) string() (string, bool) {
	b, ok := p.raw()
	if !ok {
		return "", false
	}
	return p.text(b), true
}

// raw reads a string and returns its unquoted bytes: a slice of the input
// when it has no escapes, else a new one.
func (p *fastParser) raw() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	start := p.pos
	end := bytes.IndexByte(p.data[start:], '"')
	if end < 0 {
		return nil, false
	}
	seg := p.data[start : start+end]
	plain := true
	for _, c := range seg {
		if c < 0x20 || c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		p.pos = start + end + 1
		return seg, true
	}
	escaped := false
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			if !escaped {
				return p.data[start : p.pos-1], true
			}
			var s string
			if json.Unmarshal(p.data[start-1:p.pos], &s) != nil {
				return nil, false
			}
			return []byte(s), true
		case c == '\\':
			escaped = true
			p.pos += 2
		case c < 0x20:
			return nil, false
		default:
			p.pos++
		}
	}
	return nil, false
}

// time reads a date and time through time.Time's own UnmarshalJSON.
func (p *fastParser) time(dst *time.Time) bool {
	p.space()
	start := p.pos
	if _, ok := p.raw(); !ok {
		return false
	}
	return dst.UnmarshalJSON(p.data[start:p.pos]) == nil
}

// wholeNumber reads a plain whole number, the only form the version and a
// place take.
func (p *fastParser) wholeNumber(dst *int) bool {
	p.space()
	start := p.pos
	if p.pos < len(p.data) && p.data[p.pos] == '-' {
		p.pos++
	}
	for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' {
		p.pos++
	}
	n, err := strconv.ParseInt(string(p.data[start:p.pos]), 10, strconv.IntSize)
	if err != nil || p.pos < len(p.data) && (p.data[p.pos] == '.' || p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		return false
	}
	if len(p.data[start:p.pos]) > 1 && p.data[start] == '0' || len(p.data[start:p.pos]) > 2 && p.data[start] == '-' && p.data[start+1] == '0' {
		return false // a leading zero is not JSON
	}
	*dst = int(n)
	return true
}

func (p *fastParser) bool(dst *bool) bool {
	p.space()
	switch {
	case len(p.data)-p.pos >= 4 && string(p.data[p.pos:p.pos+4]) == "true":
		*dst, p.pos = true, p.pos+4
	case len(p.data)-p.pos >= 5 && string(p.data[p.pos:p.pos+5]) == "false":
		*dst, p.pos = false, p.pos+5
	default:
		return false
	}
	return true
}

// delegated reads one object whole and decodes it with encoding/json, as
// the slow path would, unknown fields refused: for parts that are small and
// rare (the profile, the preparation form, own questions, a credential check), where a
// parser of their own would buy nothing.
func (p *fastParser) delegated(dst any) bool {
	p.space()
	start := p.pos
	if !p.peek('{') && !p.peek('[') || !p.skipValue() {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(p.data[start:p.pos]))
	dec.DisallowUnknownFields()
	return dec.Decode(dst) == nil
}

// skipValue moves past one JSON object, array or string, whatever it holds;
// it gives up on anything else. encoding/json checks the skipped bytes.
func (p *fastParser) skipValue() bool {
	p.space()
	if p.peek('"') {
		_, ok := p.raw()
		return ok
	}
	depth := 0
	for p.pos < len(p.data) {
		switch c := p.data[p.pos]; c {
		case '{', '[':
			depth++
			p.pos++
		case '}', ']':
			depth--
			p.pos++
			if depth == 0 {
				return true
			}
		case '"':
			if _, ok := p.raw(); !ok {
				return false
			}
		default:
			if depth == 0 {
				return false
			}
			p.pos++
		}
	}
	return false
}

// readObject reads the object that members describe into s: every key
// one of their names, exactly, at most once. encoding/json also matches
// keys in another case; such files take the slow path.
func readObject[S any](p *fastParser, members []member[S], s *S) bool {
	var seen uint64
	next := 0 // members usually come in the order they are written
	return p.object(func(key []byte) bool {
		i := next
		if i >= len(members) || members[i].name != string(key) {
			for i = 0; i < len(members) && members[i].name != string(key); i++ {
			}
		}
		if i == len(members) || seen&(1<<i) != 0 {
			return false
		}
		seen |= 1 << i
		next = i + 1
		return members[i].read(p, s)
	})
}

// readList reads an array whose items read reads: a new slice, empty and
// not nil for [] as encoding/json gives it.
func readList[T any](p *fastParser, read func(*fastParser, *T) bool) ([]T, bool) {
	if !p.byte('[') {
		return nil, false
	}
	out := []T{}
	if p.byte(']') {
		return out, true
	}
	var zero T
	item := new(T) // one for every item: a new one for each would escape
	for {
		*item = zero
		if !read(p, item) {
			return nil, false
		}
		out = append(out, *item)
		if p.byte(']') {
			return out, true
		}
		if !p.byte(',') {
			return nil, false
		}
	}
}

// readMap reads an object into m, each value read by read; a key met
// twice keeps its last value, as in encoding/json.
func readMap[V any](p *fastParser, m map[string]V, read func(*fastParser, *V) bool) bool {
	var zero V
	value := new(V)
	return p.object(func(key []byte) bool {
		k := p.text(key)
		*value = zero
		ok := read(p, value)
		m[k] = *value
		return ok
	})
}
