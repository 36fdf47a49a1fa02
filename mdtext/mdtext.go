// Package mdtext makes untrusted text safe to write into Markdown: in a
// table cell, a heading, a list item or running text, it stays plain text in
// every CommonMark and GitHub renderer. It is the one Markdown escaper of
// the app: the comparison export and the printed catalogue both use it.
package mdtext

import (
	"regexp"
	"strings"

	"github.com/vetted-tui/vetted/safetext"
)

// escaper escapes one line of text for Markdown, in a table cell or
// running text. A strings.Replacer makes one pass and never rescans its own
// output, so the backslash added before a pipe is not itself escaped again:
// the effect is "backslash first, then the rest". It escapes:
//   - backslash, then pipe, so a cell cannot end early or split a row;
//   - the inline markers ` * _ [ ] ~, so an answer cannot turn into code,
//     emphasis, a link or an image;
//   - < > as HTML entities, so no tag reaches a renderer that allows raw
//     HTML (<script> becomes &lt;script&gt;); & is handled by
//     escapeEntities before, so that a plain "&" stays readable.
//
// Line breaks are not its business: Line and Block split text into lines
// first. Block starts ("#", "-", "1.") matter only where a line begins:
// LineStart handles them.
var escaper = strings.NewReplacer(
	`\`, `\\`,
	`|`, `\|`,
	"`", "\\`",
	`*`, `\*`,
	`_`, `\_`,
	`[`, `\[`,
	`]`, `\]`,
	`~`, `\~`,
	`<`, `&lt;`,
	`>`, `&gt;`,
)

// LineBreak joins the lines of a multi-line text in a table cell or a
// heading, where Markdown has no line break of its own: " / " reads the
// same in every renderer and in the plain file. A "<br>" would break the
// line only where raw HTML is allowed; renderers that drop raw HTML (many
// do, for safety) would run the lines together or show the tag.
const LineBreak = " / "

// entityStart matches an "&" that a Markdown renderer would read as the
// start of a character reference: "&name;", "&#60;", "&#x3C;" (CommonMark
// needs the semicolon after a name; any "&#" is escaped, to be safe).
var entityStart = regexp.MustCompile(`&(?:#|[A-Za-z][A-Za-z0-9]*;)`)

// escapeEntities escapes the "&" of each would-be character reference as
// "&amp;", so "&lt;" in a note shows as typed rather than as "<", and
// leaves every other "&" alone: "Education & experience" stays readable
// in the Markdown source too.
func escapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entityStart.ReplaceAllStringFunc(s, func(m string) string { return "&amp;" + m[1:] })
}

// Lines cleans untrusted text (safetext.Clean strips terminal sequences
// and control characters) and returns its lines, each trimmed and escaped:
// "&" first (escapeEntities, on the text as written, so that the entities
// the escaper writes are not escaped again), then the rest. Blank lines are
// dropped.
func Lines(s string) []string {
	var out []string
	for _, l := range strings.Split(safetext.Clean(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, escaper.Replace(escapeEntities(l)))
		}
	}
	return out
}

// Line makes untrusted text safe for Markdown on one line (a table cell, a
// heading, a list item's label): its lines, escaped, joined by LineBreak.
// Where the text begins a line or a list item, pass the result through
// LineStart too.
func Line(s string) string {
	return strings.Join(Lines(s), LineBreak)
}

// Heading keeps escaped text whole as the end of an ATX heading: a
// trailing "#" would be read as the heading's optional closing sequence
// and vanish, so it is escaped.
func Heading(escaped string) string {
	if strings.HasSuffix(escaped, "#") {
		return escaped[:len(escaped)-1] + `\#`
	}
	return escaped
}

// blockBreak ends a line inside a list item with a CommonMark hard line
// break (a backslash before the newline, needing no HTML) and indents the
// next line under the item's "- ".
const blockBreak = "\\\n  "

// orderedStart matches a line that Markdown would read as the start of an
// ordered list: digits, then "." or ")", then a space or the end.
var orderedStart = regexp.MustCompile(`^[0-9]+[.)]( |$)`)

// Block makes untrusted text safe as the rest of a list item ("- " and a
// label come before it) while keeping its lines: they are joined by hard
// line breaks, and each line after the first goes through LineStart, so a
// note stays one list item of plain text in any CommonMark renderer.
func Block(s string) string {
	lines := Lines(s)
	for i := 1; i < len(lines); i++ {
		lines[i] = LineStart(lines[i])
	}
	return strings.Join(lines, blockBreak)
}

// LineStart escapes the character that would make escaped text start a
// block when it begins a line or a list item: a heading ("#" or "###"
// then a space), a bullet ("-" or "+" then a space), a rule or setext
// underline (a line of "-" or "=" alone), an ordered list ("1." or "1)").
// Text that only looks alike ("+3.0", "#2", "--x") is left as written.
// The other block starts are escaped everywhere by the escaper
// (* _ ` ~ |) or turned into entities (< >), and Lines trims the
// indentation that would make code.
func LineStart(l string) string {
	if l == "" {
		return l
	}
	c := l[0]
	afterRun := strings.TrimLeft(l, string(c))
	onlyRun := strings.Trim(l, string(c)+" ") == ""
	var block bool
	switch c {
	case '#':
		block = afterRun == "" || afterRun[0] == ' '
	case '-', '+':
		block = len(l) == 1 || l[1] == ' ' || c == '-' && onlyRun
	case '=':
		block = onlyRun
	default:
		if orderedStart.MatchString(l) {
			n := strings.IndexAny(l, ".)")
			return l[:n] + `\` + l[n:]
		}
	}
	if block {
		return `\` + l
	}
	return l
}

// Item makes untrusted text safe as the whole of a list item or a
// paragraph after "- " or a label: its lines kept as hard line breaks, and
// no line, the first included, able to start a block (Block leaves the
// first line to its caller, which writes a label before it).
func Item(s string) string {
	lines := Lines(s)
	for i := range lines {
		lines[i] = LineStart(lines[i])
	}
	return strings.Join(lines, blockBreak)
}
