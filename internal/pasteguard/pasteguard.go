// Package pasteguard keeps the rest of a broken paste from being read as
// keys. A pasted text that itself holds the bracketed-paste end marker
// (ESC [ 201 ~) ends the paste early, and what follows it reaches the app
// as typed keys: on the roster, "harmless" + marker + "d", then "y" +
// marker a moment later, asked to delete a therapist and answered yes.
// Bubble Tea (v1) parses each read of the terminal on its own, so the
// guard works on reads, before Bubble Tea sees them: bytes that come in
// the same read as the end of a paste, after it, and bytes that come in
// the same read as a stray end marker (one with no paste open), before
// it, are wrapped in paste brackets of their own. They then arrive as a
// paste, which is text: no screen takes a paste as a command, and no
// yes/no question takes it as a reply (model/confirm). Stray end markers
// are dropped. A person's own keys come in reads of their own, so they
// are untouched.
package pasteguard

import "bytes"

var (
	pasteStart = []byte("\x1b[200~")
	pasteEnd   = []byte("\x1b[201~")
)

// Guard rewrites terminal input read by read. The zero Guard is ready;
// it remembers whether a paste is open across reads.
type Guard struct {
	inPaste bool
}

// Filter returns one read of terminal input as the app must see it (see
// the package comment). It never returns more than three times len(in)
// bytes: each pair of brackets it adds (12 bytes) follows an end marker
// (6 bytes) of in.
func (g *Guard) Filter(in []byte) []byte {
	out := make([]byte, 0, len(in)+2*len(pasteStart))
	ended := false // a paste ended earlier in this read
	for len(in) > 0 {
		if g.inPaste {
			j := bytes.Index(in, pasteEnd)
			if j < 0 {
				return append(out, in...)
			}
			out = append(out, in[:j+len(pasteEnd)]...)
			in = in[j+len(pasteEnd):]
			g.inPaste, ended = false, true
			continue
		}
		s, e := bytes.Index(in, pasteStart), bytes.Index(in, pasteEnd)
		switch {
		case e >= 0 && (s < 0 || e < s):
			// A stray end marker: what came before it in this read is
			// the tail of a paste.
			out = wrap(out, in[:e])
			in = in[e+len(pasteEnd):]
			ended = true
		case s >= 0:
			out = keysOrPaste(out, in[:s], ended)
			out = append(out, pasteStart...)
			in = in[s+len(pasteStart):]
			g.inPaste = true
		default:
			return keysOrPaste(out, in, ended)
		}
	}
	return out
}

// keysOrPaste appends b as it is, or wrapped as a paste when a paste
// ended before it in the same read.
func keysOrPaste(out, b []byte, afterPaste bool) []byte {
	if afterPaste {
		return wrap(out, b)
	}
	return append(out, b...)
}

// wrap appends b in paste brackets; nothing for no bytes.
func wrap(out, b []byte) []byte {
	if len(b) == 0 {
		return out
	}
	out = append(out, pasteStart...)
	out = append(out, b...)
	return append(out, pasteEnd...)
}
