package safetext

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"plain", "Dr Ada Lovelace, LMFT", "Dr Ada Lovelace, LMFT"},
		{"newlines kept", "one\ntwo\n\nthree", "one\ntwo\n\nthree"},
		{"CRLF", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"lone CR overwrites the line", "safe\rEVIL", "safeEVIL"},
		{"SGR colour", "\x1b[31mred\x1b[0m text", "red text"},
		{"cursor movement", "a\x1b[2J\x1b[Hb", "ab"},
		{"OSC 8 hyperlink", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"OSC 52 clipboard", "hi\x1b]52;c;cm0gLXJmIH4K\x07there", "hithere"},
		{"OSC title", "\x1b]0;pwned\x07ok", "ok"},
		{"DCS", "a\x1bP1$r\x1b\\b", "ab"},
		{"ESC b is a whole escape sequence", "a\x1bb", "a"},
		{"lone ESC at the end", "ab\x1b", "ab"},
		{"BEL", "ding\x07dong", "dingdong"},
		{"BS hides text", "pay\b\b\bfree", "payfree"},
		{"DEL", "a\x7fb", "ab"},
		{"NUL", "a\x00b", "ab"},
		{"tab", "a\tb", "a    b"},
		{"C1 CSI U+009B", "a\u009b31mb", "a31mb"},
		{"C1 NEL U+0085", "a\u0085b", "ab"},
		{"raw 8-bit CSI byte", "a\x9b31mb", "a31mb"},
		{"invalid UTF-8", "a\xff\xfeb", "ab"},
		{"bidi override U+202E", "invoice\u202Efdp.exe", "invoicefdp.exe"},
		{"bidi isolate", "a\u2066b\u2069c", "abc"},
		{"LRM RLM", "a\u200eb\u200fc", "abc"},
		{"zero width space", "a\u200bb", "ab"},
		{"BOM", "\ufeffhello", "hello"},
		{"soft hyphen", "thera\u00adpist", "therapist"},
		{"tag characters", "hi\U000E0041\U000E0042", "hi"},
		{"line separator", "a\u2028b\u2029c", "a\nb\nc"},
		{"ZWJ emoji kept", "👩\u200d❤\ufe0f\u200d👩", "👩\u200d❤\ufe0f\u200d👩"},
		{"ZWNJ kept", "می\u200cخواهم", "می\u200cخواهم"},
		{"accents and CJK", "Zoë 心理 ñ", "Zoë 心理 ñ"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Clean(c.in); got != c.want {
				t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestLine(t *testing.T) {
	cases := []struct{ in, want string }{
		{"one line", "one line"},
		{"one\ntwo", "one two"},
		{"one\r\n\r\n\ntwo\n", "one two "},
		{"a\x1b[31m\nb", "a b"},
		{"a\u2028b", "a b"},
		{"\x1b]8;;x\x07\n", " "},
	}
	for _, c := range cases {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAllowed(t *testing.T) {
	for _, r := range []rune{'a', ' ', '\n', 'é', '\u200d', '\u200c', '😀', '\u00a0'} {
		if !Allowed(r) {
			t.Errorf("Allowed(%U) = false", r)
		}
	}
	for _, r := range []rune{0, '\a', '\b', '\t', '\r', 0x1b, 0x7f, 0x80, 0x85, 0x9b, 0x9f, '\u202e', '\u200b', '\ufeff', utf8.RuneError} {
		if Allowed(r) {
			t.Errorf("Allowed(%U) = true", r)
		}
	}
}

// checkSafe reports the first rune of out that a terminal could act on.
func checkSafe(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Clean(%q) = %q: not valid UTF-8", in, out)
	}
	for _, r := range out {
		switch {
		case r == '\n':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
			t.Fatalf("Clean(%q) = %q: control %U left in", in, out, r)
		case unicode.Is(unicode.Cf, r) && r != '\u200d' && r != '\u200c':
			t.Fatalf("Clean(%q) = %q: format character %U left in", in, out, r)
		case r == utf8.RuneError:
			t.Fatalf("Clean(%q) = %q: replacement character left in", in, out)
		}
	}
}

// TestCleanTextNeedsNoWork checks the shortcut of text that is already
// clean, in several scripts: Clean gives it back as the full clean would.
func TestCleanTextNeedsNoWork(t *testing.T) {
	for _, s := range []string{"", "plain\nlines", "Zoë 陈静 👩\u200d👩\u200d👧 مرحبا\u200cسلام", "~!@#$%^&*()"} {
		if !isClean(s) {
			t.Errorf("isClean(%q) = false; the text is clean", s)
		}
		if got := clean(s); got != s {
			t.Errorf("clean(%q) = %q; the shortcut would differ", s, got)
		}
	}
	for _, s := range []string{"\t", "a\r\n", "\x1b[31m", "\u009b", "\u2028", "\u2029", "\x7f", "\xff", "\u202e", "\ufeff"} {
		if isClean(s) {
			t.Errorf("isClean(%q) = true; it needs cleaning", s)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"plain", "Zoë 陈静 👩\u200d👩", "\x1b[31mred", "\x1b]52;c;aGk=\x07", "\x1b]8;;u\x1b\\l\x1b]8;;\x1b\\",
		"\r\n\t\b\a", "\u009b1m", "\u202e", "👩\u200d👩", "\xe2\x80", "\x1b", "\x1b\xff0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if isClean(in) && clean(in) != in {
			t.Fatalf("isClean(%q) says nothing to do, but cleaning gives %q", in, clean(in))
		}
		out := Clean(in)
		checkSafe(t, in, out)
		if again := Clean(out); again != out {
			t.Fatalf("Clean is not idempotent on %q: %q then %q", in, out, again)
		}
		// A save writes each byte that is not UTF-8 as U+FFFD: the text
		// must read the same before and after ("\x1b\xff0" once read
		// "" before a save and "0" after).
		if saved := Clean(string([]rune(in))); saved != out {
			t.Fatalf("Clean(%q) = %q, but %q after a save", in, out, saved)
		}
		line := Line(in)
		checkSafe(t, in, line)
		if strings.Contains(line, "\n") {
			t.Fatalf("Line(%q) = %q has a newline", in, line)
		}
	})
}

func BenchmarkClean(b *testing.B) {
	plain := strings.Repeat("A therapist with ten years of practice.\n", 100)
	hostile := strings.Repeat("\x1b[31mred\x1b[0m \u202e\t\r\n", 200)
	b.Run("plain-4KB", func(b *testing.B) {
		for b.Loop() {
			Clean(plain)
		}
	})
	b.Run("hostile-4KB", func(b *testing.B) {
		for b.Loop() {
			Clean(hostile)
		}
	})
}

func TestHead(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
		cut  bool
	}{
		{"", 3, "", false},
		{"abc", 3, "abc", false},
		{"abcd", 3, "abc", true},
		{"Zoë Zoë", 3, "Zoë", true},
		{"Zoë", 3, "Zoë", false}, // 4 bytes, 3 runes
		{"日本語です", 2, "日本", true},
		{"ab\xffcd", 3, "ab\xff", true},
	}
	for _, tc := range tests {
		got, cut := Head(tc.s, tc.n)
		if got != tc.want || cut != tc.cut {
			t.Errorf("Head(%q, %d) = %q, %v; want %q, %v", tc.s, tc.n, got, cut, tc.want, tc.cut)
		}
	}
}
