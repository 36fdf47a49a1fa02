package brief

import (
	"bytes"
	"fmt"
	"github.com/vetted-tui/vetted/checklist"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/mdtext"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// Write renders the brief of nb in format to w. The whole brief is
// rendered before anything is written, so a failure leaves nothing half
// written.
func Write(w io.Writer, nb *store.Notebook, format string, opts Options) error {
	d := Build(nb, opts)
	var b bytes.Buffer
	switch format {
	case FormatMarkdown:
		writeMarkdown(&b, d)
	case FormatText:
		writeText(&b, d)
	default:
		return fmt.Errorf("unknown brief format %q: use md or text", format)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// writeMarkdown writes d as Markdown. Every text is escaped with the exports'
// escaping (package mdtext), so text that looks like
// Markdown or HTML shows as typed.
func writeMarkdown(b *bytes.Buffer, d Doc) {
	fmt.Fprintf(b, "# %s\n", mdtext.Heading(mdtext.Line(d.Title)))
	for _, s := range d.Sections {
		fmt.Fprintf(b, "\n## %s\n\n", mdtext.Heading(mdtext.Line(s.Title)))
		if s.Status != "" {
			fmt.Fprintf(b, "%s %s\n\n", statusBox(s.Status), mdtext.Line(s.Status))
		}
		if s.isEmpty() {
			fmt.Fprintf(b, "%s\n", mdtext.Line(s.Empty))
			continue
		}
		for _, f := range s.Fields {
			if text := mdtext.Item(f.Text); text != "" {
				fmt.Fprintf(b, "- **%s:** %s\n", mdtext.Line(f.Label), text)
			}
		}
		if len(s.Fields) > 0 && len(s.List) > 0 {
			b.WriteString("\n")
		}
		for _, l := range s.List {
			if text := mdtext.Item(l); text != "" {
				fmt.Fprintf(b, "- %s\n", text)
			}
		}
	}
	fmt.Fprintf(b, "\n---\n\n%s\n", mdtext.Line(closingLine))
}

// statusBox is the tick box of a prepared item's status.
func statusBox(status string) string {
	if status == "done" {
		return "[x]"
	}
	return "[ ]"
}

// textWidth is the plain-text brief's line length: it prints on one page
// width and reads in any terminal.
const textWidth = 76

// writeText writes d as plain text: headings underlined, fields as "Label:
// text" with wrapped lines indented under the text, list entries as "-".
// Every text is cleaned of terminal sequences and control characters.
func writeText(b *bytes.Buffer, d Doc) {
	title := oneLine(d.Title)
	fmt.Fprintf(b, "%s\n%s\n", title, strings.Repeat("=", min(textWidth, ansi.StringWidth(title))))
	for _, s := range d.Sections {
		h := oneLine(s.Title)
		if s.Status != "" {
			h += " " + statusBox(s.Status)
		}
		fmt.Fprintf(b, "\n%s\n%s\n", h, strings.Repeat("-", min(textWidth, ansi.StringWidth(h))))
		if s.isEmpty() {
			fmt.Fprintf(b, "%s\n", wrap(s.Empty, textWidth, ""))
			continue
		}
		for _, f := range s.Fields {
			if text := block(f.Text); text != "" {
				label := oneLine(f.Label) + ": "
				b.WriteString(hang(label, text) + "\n")
			}
		}
		for _, l := range s.List {
			if text := block(l); text != "" {
				b.WriteString(hang("- ", text) + "\n")
			}
		}
	}
	fmt.Fprintf(b, "\n%s\n", wrap(closingLine, textWidth, ""))
}

// closingLine ends every brief: what vetted is not, in page 002's words,
// with the page named. The brief is printed and handed over; the warning
// that it is not encrypted goes to the terminal (vetted brief) or the
// status line (the app), not onto the page.
var closingLine = checklist.NotAReplacement + " — " + checklist.SourceLabel(checklist.NotAReplacementSource)

// oneLine cleans untrusted text onto one line.
func oneLine(s string) string { return strings.TrimSpace(safetext.Line(s)) }

// block cleans untrusted text and drops its blank lines and indentation.
func block(s string) string { return strings.Join(lines(strings.TrimSpace(safetext.Clean(s))), "\n") }

// hang writes text after first, each line wrapped and every line after
// the first indented by four spaces.
func hang(first, text string) string {
	const indent = "    "
	var out []string
	for i, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if i == 0 {
			w := wrap(first+l, textWidth, indent)
			out = append(out, w)
			continue
		}
		out = append(out, indent+wrap(l, textWidth-len(indent), indent))
	}
	return strings.Join(out, "\n")
}

// wrap wraps s at width columns, indenting continuation lines. It breaks
// lines at spaces only (a word longer than a line is cut): the terminal
// library's wrap also breaks at hyphens, and split a date ("2026-" on one
// line, "11-29" on the next).
func wrap(s string, width int, indent string) string {
	w := strings.Split(wrapAtSpaces(s, max(1, width-len(indent))), "\n")
	for i := range w {
		w[i] = strings.TrimRight(w[i], " ")
		if i > 0 {
			w[i] = indent + w[i]
		}
	}
	return strings.Join(w, "\n")
}

// wrapAtSpaces fills lines of at most limit columns with whole words.
func wrapAtSpaces(s string, limit int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		var line string
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= limit:
				line += " " + word
			default:
				out = append(out, line)
				line = word
			}
			for ansi.StringWidth(line) > limit {
				head := ansi.Truncate(line, limit, "")
				out = append(out, head)
				line = strings.TrimPrefix(line, head)
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
