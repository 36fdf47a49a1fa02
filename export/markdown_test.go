package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
)

// unescapedPipes counts the pipes of a Markdown table line that are not
// escaped, i.e. not preceded by an odd number of backslashes.
func unescapedPipes(line string) int {
	n, slashes := 0, 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			slashes++
			continue
		case '|':
			if slashes%2 == 0 {
				n++
			}
		}
		slashes = 0
	}
	return n
}

// checkTables checks every table row of md has one column per therapist
// plus the label column: cols+1 unescaped pipes.
func checkTables(t *testing.T, md string, cols int) {
	t.Helper()
	rows := 0
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		rows++
		if got := unescapedPipes(line); got != cols+1 {
			t.Errorf("row has %d cell borders, want %d: %q", got, cols+1, line)
		}
	}
	if rows == 0 {
		t.Error("no table rows found")
	}
}

func markdownOf(t *testing.T, nb *store.Notebook) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, nb); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMarkdownDemoTables(t *testing.T) {
	nb := demo.Notebook()
	out := markdownOf(t, nb)
	checkTables(t, out, len(nb.Therapists)+1)
	for _, want := range []string{
		"## Education & experience", "| State license | ✓ yes | ✓ yes | ✗ no |",
		"| Homework | yes | skipped | — |", "[^1]: Dr. Amara Lindqvist, per month: ",
		"- ✗ red: No state license (State license).", "Source: a hospital's page on sex therapists (001\\_86dc346a65778784.txt).",
		"### Sam Whitlock: ", "- ✗ Dealbreaker", "- ✗ Must-haves not met: Sees couples",
		"- ! Robin and Kai differ by 2 or more on: My comfort.",
		"- Sliding scale (skipped): Forgot to ask; email her", "- Kai's notes: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
}

// TestMarkdownEscaping puts hostile text in every place a person's text
// reaches (header, cells, lists, notes) and checks the tables keep their
// shape and nothing active gets through.
func TestMarkdownEscaping(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string // escaped forms that must appear
		never    []string // raw forms that must not
	}{
		{"pipe", "a|b", []string{`a\|b`}, nil},
		{"backslash", `back\slash`, []string{`back\\slash`}, nil},
		{"backslash before pipe", `x\|y`, []string{`x\\\|y`}, nil},
		{"trailing backslash", `end\`, []string{`end\\ |`}, nil},
		{"newline", "one\ntwo\r\n\nthree", []string{"one / two / three", "one\\\n  two\\\n  three"}, []string{"<br>", "one\ntwo"}},
		{"script", "<script>alert(1)</script>", []string{"&lt;script&gt;alert(1)&lt;/script&gt;"}, []string{"<script"}},
		{"entity", "&amp; &#124; &#x7c; &NotANamedOne;", []string{"&amp;amp; &amp;#124; &amp;#x7c; &amp;NotANamedOne;"}, nil},
		{"plain ampersand", "Kim & Lee, AT&T, R&D", []string{"Kim & Lee, AT&T, R&D"}, []string{"&amp;"}},
		{"escape sequences", "\x1b[31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07",
			[]string{"red link"}, []string{"\x1b", "\x07", "evil"}},
		{"markdown syntax", "**b** [x](javascript:y) `c` _i_ ~s~",
			[]string{`\*\*b\*\* \[x\](javascript:y) \` + "`" + `c\` + "`" + ` \_i\_ \~s\~`}, nil},
		{"bidi override", "abc\u202Edef", []string{"abcdef"}, []string{"\u202E"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nb := hostile(c.in)
			out := markdownOf(t, nb)
			checkTables(t, out, len(nb.Therapists)+1)
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("lacks %q", w)
				}
			}
			for _, n := range c.never {
				if strings.Contains(out, n) {
					t.Errorf("holds %q", n)
				}
			}
			// The hostile name heads a column and a section; no line other
			// than those the writer makes may start with it.
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "<") {
					t.Errorf("a line starts raw HTML: %q", line)
				}
			}
		})
	}
}

// FuzzMarkdownTables checks that whatever text a notebook holds, every
// table row keeps its number of cells and no raw HTML or escape gets out.
func FuzzMarkdownTables(f *testing.F) {
	for _, s := range []string{"a|b", `\|`, `\\|`, "x\n|y", "<b>", "\x1b[1m", "`|`", "\u2028|", "\r|\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nb := hostile(s)
		var buf bytes.Buffer
		if err := Markdown(&buf, nb); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		checkTables(t, out, len(nb.Therapists)+1)
		if strings.ContainsAny(out, "\x1b\x07\r") {
			t.Error("control characters in the output")
		}
		if strings.Contains(out, "<") {
			t.Error("a raw < in the Markdown")
		}
	})
}

// TestStatusAndImportanceWords: outreach steps and importances are the
// store's and checklist's own words, and an unknown step from a newer
// file is shown made safe.
func TestStatusAndImportanceWords(t *testing.T) {
	nb := store.New()
	nb.Importance = map[string]checklist.Importance{checklist.QLicense: checklist.Ignore, checklist.QFee: checklist.MustHave}
	nb.Therapists = []store.Therapist{
		{ID: "a", Name: "A", Status: store.ConsultBooked},
		{ID: "b", Name: "B", Status: "\x1b[31mwaitlisted\u202e"},
	}
	out := markdownOf(t, nb)
	for _, want := range []string{"1. **A**: consult booked.", "2. **B**: waitlisted.", "(must-have)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b") || strings.Contains(out, "\u202e") {
		t.Error("an unknown status reached the Markdown unsanitised")
	}
	var got []string
	for _, r := range readCSV(t, nb) {
		if r[0] == DetailGroup && r[1] == "Status" {
			got = r
		}
	}
	if len(got) < 4 || got[1] != "Status" || got[2] != "consult booked" || got[3] != "waitlisted" {
		t.Errorf("CSV status row %q", got)
	}
	wantLabel, _ := store.ConsultBooked.Label()
	if !strings.Contains(out, wantLabel) {
		t.Errorf("not the store's label %q", wantLabel)
	}
	if !strings.Contains(out, "("+checklist.MustHave.Label()+")") {
		t.Error("not the checklist's importance label")
	}
}
