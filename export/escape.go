package export

import "strings"

// The Markdown escaping of every export, for other writers of Markdown
// (the first-appointment brief): one escaper for everything vetted writes.

// MarkdownLine makes untrusted text safe on one Markdown line (a heading,
// a label, a table cell): cleaned, escaped, its lines joined by " / ".
func MarkdownLine(s string) string { return md(s) }

// MarkdownHeading is MarkdownLine for the text of an ATX heading, whose
// trailing "#" would otherwise vanish.
func MarkdownHeading(s string) string { return mdHeading(md(s)) }

// MarkdownItem makes untrusted text safe as the whole of a list item or a
// paragraph after "- " or a label: cleaned, escaped, its lines kept as hard
// line breaks, and no line (the first included) able to start a block.
func MarkdownItem(s string) string {
	lines := mdLines(s)
	for i := range lines {
		lines[i] = mdLineStart(lines[i])
	}
	return strings.Join(lines, mdBlockBreak)
}
