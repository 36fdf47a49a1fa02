package store

import (
	"encoding/json"
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

// sequence walks what lies between open and close, items separated by
// commas, item reading each.
func (p *fastParser) sequence(open, close byte, item func() bool) bool {
	if !p.byte(open) {
		return false
	}
	if p.byte(close) {
		return true
	}
	for item() {
		if p.byte(close) {
			return true
		}
		if !p.byte(',') {
			return false
		}
	}
	return false
}

// object walks the members of an object: member is called with each key,
// unquoted as encoding/json unquotes it (the bytes are only valid during
// the call), and reads the value.
func (p *fastParser) object(member func(key []byte) bool) bool {
	return p.sequence('{', '}', func() bool {
		key, ok := p.raw()
		return ok && p.byte(':') && member(key)
	})
}

// string reads a string (see raw).
func (p *fastParser) string() (string, bool) {
	b, ok := p.raw()
	if !ok {
		return "", false
	}
	return p.text(b), true
}

// raw reads a string and returns its unquoted bytes: a slice of the input
// when it has no escapes; else encoding/json unquotes it, so that bad
// escapes and lone surrogates come out exactly as it decodes them.
func (p *fastParser) raw() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	start, escaped := p.pos, false
	for ; p.pos < len(p.data); p.pos++ {
		switch c := p.data[p.pos]; {
		case c > '\\': // most of any text: lower case letters
		case c == '\\':
			escaped = true
			p.pos++
		case c < 0x20:
			return nil, false
		case c == '"':
			p.pos++
			if !escaped {
				return p.data[start : p.pos-1], true
			}
			var s string
			err := json.Unmarshal(p.data[start-1:p.pos], &s)
			return []byte(s), err == nil
		}
	}
	return nil, false
}
