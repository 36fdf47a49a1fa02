package mdtext

import "testing"

func TestLineAmpersand(t *testing.T) {
	tests := map[string]string{
		"Education & experience": "Education & experience",
		"a&b":                    "a&b",
		"&":                      "&",
		"&&":                     "&&",
		"& amp;":                 "& amp;",
		"&amp;":                  "&amp;amp;",
		"&lt;b&gt;":              "&amp;lt;b&amp;gt;",
		"&#60;":                  "&amp;#60;",
		"&#x3C;":                 "&amp;#x3C;",
		"&#":                     "&amp;#",
		"AT&T;":                  "AT&amp;T;",
		"&a_b;":                  `&a\_b;`,
		"<&>":                    "&lt;&&gt;",
	}
	for in, want := range tests {
		if got := Line(in); got != want {
			t.Errorf("Line(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLineStart pins which line starts are escaped and which are left
// alone because no renderer reads them as a block.
func TestLineStart(t *testing.T) {
	for in, want := range map[string]string{
		"# h": `\# h`, "###": `\###`, "#2 on the list": "#2 on the list",
		"- item": `\- item`, "-": `\-`, "---": `\---`, "- - -": `\- - -`, "--x": "--x",
		"+ item": `\+ item`, "+3.0 State license": "+3.0 State license",
		"===": `\===`, "== x": "== x", "1. one": `1\. one`, "12) twelve": `12\) twelve`,
		"1.5 hours": "1.5 hours", "2025-03-01": "2025-03-01", "plain": "plain",
	} {
		if got := LineStart(in); got != want {
			t.Errorf("LineStart(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLineEscapes pins the inline escapes that the catalogue's own escaper
// tested before it was folded into this one: markup stays text, a table
// cell cannot be split, HTML becomes entities, and terminal sequences and
// line breaks cannot reach the file.
func TestLineEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"a*b_c [x](y) <b> #h |p| `c` \\": `a\*b\_c \[x\](y) &lt;b&gt; #h \|p\| \` + "`" + `c\` + "`" + ` \\`,
		"one\ntwo\x1b[31m":               "one / two",
		"~~s~~":                          `\~\~s\~\~`,
		"  padded  ":                     "padded",
		"\n\n":                           "",
	} {
		if got := Line(in); got != want {
			t.Errorf("Line(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHeadingAndBlock pins the closing "#" of a heading and the hard line
// breaks of a note (Block: its later lines cannot start a block) and of a
// whole item (Item: no line can).
func TestHeadingAndBlock(t *testing.T) {
	if got := Heading(Line("Dr. #")); got != `Dr. \#` {
		t.Errorf("Heading = %q", got)
	}
	if got := Heading(Line("Dr. A")); got != "Dr. A" {
		t.Errorf("Heading = %q", got)
	}
	if got := Block("first\n# second\n\n1. third"); got != "first\\\n  \\# second\\\n  1\\. third" {
		t.Errorf("Block = %q", got)
	}
	if got := Item("# first\n1. second"); got != "\\# first\\\n  1\\. second" {
		t.Errorf("Item = %q", got)
	}
}
