package export

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/mdtext"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// gfm parses Markdown as GitHub does: tables, strikethrough, autolinks,
// task lists, and footnotes (the cost notes use them).
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))

// parseGFM parses src with gfm.
func parseGFM(src []byte) ast.Node {
	return gfm.Parser().Parse(text.NewReader(src))
}

// checkGFMTables walks every table a GFM parser finds in src and checks
// that each row holds exactly cols cells, all read from the row itself:
// the parser pads a short row with empty cells (which have no source
// lines) and drops the cells past the header's count (so what follows the
// last cell on its line must be only the closing "|"). It returns the
// number of rows checked.
func checkGFMTables(t *testing.T, src []byte, cols int) int {
	t.Helper()
	rows := 0
	_ = ast.Walk(parseGFM(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || (n.Kind() != extast.KindTableRow && n.Kind() != extast.KindTableHeader) {
			return ast.WalkContinue, nil
		}
		rows++
		if got := n.ChildCount(); got != cols {
			t.Errorf("a table row has %d cells, want %d", got, cols)
		}
		var last text.Segment
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Lines().Len() != 1 {
				t.Errorf("a table row was padded with an empty cell: it had too few")
				return ast.WalkSkipChildren, nil
			}
			last = c.Lines().At(0)
		}
		end := bytes.IndexByte(src[last.Stop:], '\n')
		if end < 0 {
			end = len(src) - last.Stop
		}
		if rest := strings.TrimSpace(string(src[last.Stop : last.Stop+end])); rest != "|" {
			t.Errorf("a table row goes on past its last cell: %q", rest)
		}
		return ast.WalkSkipChildren, nil
	})
	return rows
}

// TestMarkdownGFMTables renders the demo and notebooks of hostile text with
// a GFM parser: every table row has one cell per therapist plus the label.
func TestMarkdownGFMTables(t *testing.T) {
	for name, nb := range map[string]*store.Notebook{
		"demo":      demo.Notebook(),
		"hostile":   hostile(hostileText),
		"pipes":     hostile(`a|b\|c\\|d` + "`|`" + `\`),
		"multiline": hostile("first line\nsecond | line\n\n- third\n1. fourth"),
	} {
		t.Run(name, func(t *testing.T) {
			src := []byte(markdownOf(t, nb))
			if n := checkGFMTables(t, src, len(nb.Therapists)+1); n < 20 {
				t.Errorf("only %d table rows parsed", n)
			}
		})
	}
}

// TestMarkdownNoBlankRuns: no run of blank lines anywhere, and none before
// the first table, whatever the intro has to say (an unnamed person and no
// budget used to leave an empty paragraph).
func TestMarkdownNoBlankRuns(t *testing.T) {
	unnamed := hostile("x")
	unnamed.People = store.People{}
	for name, nb := range map[string]*store.Notebook{"demo": demo.Notebook(), "unnamed": unnamed, "empty": store.New()} {
		out := markdownOf(t, nb)
		if strings.Contains(out, "\n\n\n") || strings.HasPrefix(out, "\n") {
			t.Errorf("%s: a run of blank lines:\n%s", name, out[:min(len(out), 400)])
		}
	}
}

// mdShape is the structure a GFM parser reads in Markdown: every block and
// inline node but plain text, line breaks and autolinked URLs (a URL in a
// note may become a link; it shows as typed), with heading levels and the
// sizes of lists and tables.
func mdShape(src []byte) []string {
	var out []string
	_ = ast.Walk(parseGFM(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindText, ast.KindString, ast.KindAutoLink:
		case ast.KindHeading:
			out = append(out, fmt.Sprintf("h%d", n.(*ast.Heading).Level))
		case ast.KindList, extast.KindTable, extast.KindTableRow, extast.KindTableHeader:
			out = append(out, fmt.Sprintf("%s(%d)", n.Kind(), n.ChildCount()))
		default:
			out = append(out, n.Kind().String())
		}
		return ast.WalkContinue, nil
	})
	return out
}

// firstDiff describes where two shapes part, with a little context.
func firstDiff(got, want []string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-4, 0)
	return fmt.Sprintf("after %q: got %q, want %q", got[from:i], got[i:min(i+4, len(got))], want[i:min(i+4, len(want))])
}

// checkMarkdownText checks the Markdown of a notebook whose every name,
// answer and note is s, outside tables as inside: no control bytes but
// the line feed, and the same structure as the notebook holding plain
// words in their place, so that no text of s became a heading, list,
// quote, code, rule, emphasis, link, image, HTML or footnote.
func checkMarkdownText(t *testing.T, s string) {
	t.Helper()
	out := markdownOf(t, hostile(s))
	for _, r := range out {
		if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)) {
			t.Fatalf("a control character %U in the Markdown", r)
		}
	}
	// The stand-in is empty where s is, and cleans to nothing where s
	// does (a partner row depends on the raw name, notes on the clean).
	plain := "plain words"
	switch {
	case s == "":
		plain = ""
	case strings.TrimSpace(safetext.Clean(s)) == "":
		plain = "\x07"
	}
	// Keep the line count: a note of several lines has hard breaks.
	if n := len(mdtext.Lines(s)); n > 1 && plain != "" {
		plain = strings.Repeat("plain words\n", n)
	}
	got, want := mdShape([]byte(out)), mdShape([]byte(markdownOf(t, hostile(plain))))
	if !slices.Equal(got, want) {
		t.Errorf("text %q changed the Markdown's structure: %s", s, firstDiff(got, want))
	}
}

// TestMarkdownTextStaysText runs checkMarkdownText on text that looks like
// every Markdown block and inline construct, alone and after a line break.
func TestMarkdownTextStaysText(t *testing.T) {
	for _, s := range []string{
		"# heading", "x\n# heading", "x\n===", "x\n---", "x\n***", "x\n- item", "x\n+ item", "x\n* item",
		"x\n1. item", "x\n12) item", "x\n> quote", "x\n```\ncode\n```", "x\n~~~", "x\n    indented",
		"<div>html</div>", "x\n<div>", "[a](http://b)", "![i](x.png)", "**b** _i_ ~~s~~ `c`", "[^1]",
		"[x]: http://y", "x\n[x]: http://y", "a | b", "x\n| a | b |\n| --- | --- |", "Name #", "#",
		"&lt;b&gt;", "x\\\ny", "trailing\\", "x  \ny", "\t- tab item", "x\n\n\n- after blanks",
	} {
		checkMarkdownText(t, s)
	}
}
