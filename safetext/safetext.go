// Package safetext makes untrusted text (typed, pasted or loaded from a file)
// safe to draw in a terminal or write to an export: it removes terminal
// escape sequences, control characters and invisible formatting characters
// that could recolour the screen, rewrite the clipboard, hide text or reorder
// it on screen.
package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// tabWidth is how many spaces a tab becomes. A tab's width on screen depends
// on the column it lands in, which breaks width measurement, so it is
// replaced before drawing.
const tabWidth = 4

// Allowed format characters (Unicode category Cf) that Clean keeps.
//
// U+200D ZERO WIDTH JOINER glues emoji sequences (family, profession and
// skin-tone emoji) and U+200C ZERO WIDTH NON-JOINER is needed to spell words
// in Persian and several Indic scripts. Neither moves or hides other text.
// Every other Cf rune is dropped: bidi overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) that reorder text on screen, marks (U+200E, U+200F, U+061C),
// the byte-order mark, soft hyphens and the tag characters
// (U+E0000-U+E007F) that can smuggle invisible text.
const (
	zwnj = '\u200C'
	zwj  = '\u200D'
)

// Allowed reports whether Clean keeps r. It is exported so that the store
// can escape in JSON exactly what Clean would drop.
func Allowed(r rune) bool {
	switch {
	case r == '\n':
		return true
	case r == utf8.RuneError:
		// Produced by invalid UTF-8; never a real character of the text.
		return false
	case r < 0x20, r == 0x7F, r >= 0x80 && r <= 0x9F:
		// C0 controls (BEL, BS, CR, ESC ...), DEL and the C1 range,
		// which includes U+009B, the 8-bit CSI.
		return false
	case r == zwj, r == zwnj:
		return true
	case unicode.Is(unicode.Cf, r):
		return false
	case unicode.Is(unicode.Cs, r):
		return false
	}
	return true
}

// breaksAndTabs turns tabs into spaces and the Unicode line and paragraph
// separators into newlines. Built once: a Replacer costs far more to make
// than to use, and Clean runs for every cell of a comparison.
var breaksAndTabs = strings.NewReplacer(
	"\t", strings.Repeat(" ", tabWidth),
	"\u2028", "\n",
	"\u2029", "\n",
)

// Clean returns s made safe to draw, keeping its line breaks. It:
//   - drops bytes that are not valid UTF-8, each read first as U+FFFD
//     (as a save writes it), so that a dropped byte never joins an ESC
//     before it to the text after it: text reads the same before a save
//     and after,
//   - turns "\r\n" into "\n" and U+2028/U+2029 (line and paragraph
//     separators) into "\n",
//   - turns each tab into four spaces,
//   - strips ANSI escape sequences (CSI, OSC such as hyperlinks and clipboard
//     writes, DCS, APC ...),
//   - drops every control rune but '\n' (C0 including CR, BEL, BS, ESC; DEL;
//     C1 U+0080-U+009F) and every Unicode format character except the two
//     joiners described on Allowed.
//
// Clean does not trim spaces or collapse blank lines: that is the caller's
// choice. Clean(Clean(s)) == Clean(s).
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	return clean(s)
}

// clean is Clean's work on text that needs it.
func clean(s string) string {
	if !utf8.ValidString(s) {
		// One U+FFFD per byte, as the notebook's JSON holds it; Allowed
		// drops them below, after the escape sequences are stripped.
		s = string([]rune(s))
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = breaksAndTabs.Replace(s)
	s = ansi.Strip(s)

	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if Allowed(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Line returns s cleaned and folded onto one line: each run of line breaks
// becomes a single space. Use it for one-line fields and table cells.
func Line(s string) string {
	s = Clean(s)
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevBreak := false
	for _, r := range s {
		if r == '\n' {
			if !prevBreak {
				b.WriteByte(' ')
			}
			prevBreak = true
			continue
		}
		prevBreak = false
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether Clean would give s back unchanged: valid UTF-8
// in which every rune is kept (see Allowed) and none is replaced (tabs,
// U+2028, U+2029). Escape sequences start with ESC or a C1 control, which
// Allowed refuses, so such text holds none. Names and notes in any script
// take this path and cost one scan, not the full clean.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != '\n' && (c < 0x20 || c == 0x7F) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u2028' || r == '\u2029' || !Allowed(r) {
			// Allowed also refuses the RuneError of a byte that is not
			// UTF-8.
			return false
		}
		i += size
	}
	return true
}

// Head returns the first n characters (runes) of s, and whether s was
// longer. It reads only what it keeps, so drawing the start of a huge text
// (a 50 MB note in a hand-edited file) costs as much as drawing a short
// one. Clean or Line the result before drawing it, as any loaded text.
func Head(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false // n bytes hold at most n runes
	}
	i := 0
	for count := 0; count < n && i < len(s); count++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], i < len(s)
}
