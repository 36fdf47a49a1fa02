package store

import (
	"fmt"
	"time"
	"unicode/utf8"

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
// What is written, field by field, is the description in fields.go.
// TestEncodeMatchesEncodingJSON compares the output with encoding/json's
// on the demo, a large notebook and hostile text.

// encoder holds the bytes written so far.
type encoder struct {
	buf []byte
	// err is the first failure; the bytes after it are not used.
	err error
	// therapist, when set, writes each therapist of the roster in place of
	// therapistFormat: the save cache hands back the bytes it kept.
	therapist func(e *encoder, t *Therapist, d int)
}

// notebook writes nb, with the trailing newline, and returns the bytes.
func (e *encoder) notebook(nb *Notebook) ([]byte, error) {
	notebookFormat.write(e, nb, 0)
	if e.err != nil {
		return nil, e.err
	}
	return append(e.buf, '\n'), nil
}

// rosterItem is c, written through the encoder's therapist hook when it
// has one.
func rosterItem(c valueCodec[Therapist]) valueCodec[Therapist] {
	write := c.write
	c.write = func(e *encoder, t *Therapist, d int) {
		if e.therapist != nil {
			e.therapist(e, t, d)
			return
		}
		write(e, t, d)
	}
	return c
}

// time writes t as time.Time's own MarshalJSON writes it, and fails where
// it fails (a year outside 0-9999). Its message names the problem, never
// the value.
func (e *encoder) time(t time.Time) {
	b, err := t.MarshalJSON()
	if err != nil {
		e.fail(err)
	}
	e.buf = append(e.buf, b...)
}

// fail keeps the first failure, in words that never quote the notebook.
func (e *encoder) fail(err error) {
	if e.err == nil {
		e.err = fmt.Errorf("vetted: cannot encode notebook: %w", err)
	}
}

// memberStart starts a member or an item at depth d: a comma unless it is
// the first, a new line and the indent.
func (e *encoder) memberStart(first bool, d int) {
	if !first {
		e.buf = append(e.buf, ',')
	}
	e.buf = append(e.buf, '\n')
	e.buf = appendIndent(e.buf, d)
}

// close ends an object or list whose opening sits at depth d. An empty
// one stays on its line, "{}" or "[]", as encoding/json writes it.
func (e *encoder) close(empty bool, d int, c byte) {
	if !empty {
		e.buf = append(e.buf, '\n')
		e.buf = appendIndent(e.buf, d)
	}
	e.buf = append(e.buf, c)
}

// indent is more spaces than any depth of the notebook needs (an archived
// question's choices sit at depth 7).
const indent = "                                "

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
