package printed

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
)

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, checklist.Builtin()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for i, l := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(l); n > textWidth {
			t.Errorf("line %d is %d columns: %q", i+1, n, l)
		}
	}
	// Long lines are wrapped: compare content with whitespace folded.
	flat := strings.Join(strings.Fields(out), " ")
	for _, c := range checklist.Categories() {
		if !strings.Contains(flat, strings.ToUpper(c.Title)) || !strings.Contains(flat, c.Blurb) {
			t.Errorf("text listing lacks category %s", c.ID)
		}
	}
	for i, question := range checklist.Catalogue() {
		for _, want := range []string{question.Prompt, "Why: " + question.Hint, "Source: " + checklist.SourceLabel(question.Source)} {
			if !strings.Contains(flat, want) {
				t.Errorf("text listing lacks %q of %s", want, question.ID)
			}
		}
		if !strings.Contains(flat, " "+strconv.Itoa(i+1)+". "+question.Prompt) {
			t.Errorf("%s is not numbered %d", question.ID, i+1)
		}
		for _, c := range question.Choices {
			if !strings.Contains(flat, c.Label) {
				t.Errorf("text listing lacks choice %s of %s", c.ID, question.ID)
			}
		}
	}
	for _, item := range checklist.Prep() {
		if !strings.Contains(flat, "[ ] "+item.Text+" "+item.Hint+" Source: "+checklist.SourceLabel(item.Source)) {
			t.Errorf("text listing lacks prep item %s with its source", item.ID)
		}
	}
	// Sources are named for people, with the file name after the title.
	if !strings.Contains(flat, "Source: a hospital's page on sex therapists (001_86dc346a65778784.txt)") {
		t.Error("text listing does not name the seed documents")
	}
	if !strings.Contains(flat, "minutes, 10 to 240") || !strings.Contains(flat, "a whole number of years, 0 to 70") {
		t.Error("text listing lacks units and ranges")
	}
	if strings.ContainsRune(out, '\x1b') {
		t.Error("text listing contains an escape character")
	}
}

func TestWrap(t *testing.T) {
	cases := []struct {
		in, first, indent string
		width             int
		want              string
	}{
		{"a bb ccc dddd", "", "", 6, "a bb\nccc\ndddd"},
		{"a bb ccc", "1. ", "   ", 8, "1. a bb\n   ccc"},
		{"averyveryverylongword x", "", "  ", 5, "averyveryverylongword\n  x"},
		{"  spaced \t out  ", "", "", 80, "spaced out"},
		{"", "", "", 10, ""},
		// Width is measured in columns (a wide rune takes two), and a
		// hyphen is a place to break, as ansi.Wordwrap does it.
		{"日本語 日本語", "", "", 8, "日本語\n日本語"},
		{"well-known fact", "", "", 8, "well-\nknown\nfact"},
	}
	for _, c := range cases {
		if got := hang(c.in, c.width, c.first, c.indent); got != c.want {
			t.Errorf("hang(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}

func TestWriteMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, checklist.Builtin()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "# ") {
		t.Error("Markdown does not start with a heading")
	}
	for _, c := range checklist.Categories() {
		if !strings.Contains(out, "\n## "+md(c.Title)+"\n") {
			t.Errorf("Markdown lacks heading for %s", c.ID)
		}
	}
	for _, question := range checklist.Catalogue() {
		if !strings.Contains(out, "**"+md(question.Prompt)+"**") {
			t.Errorf("Markdown lacks prompt of %s", question.ID)
		}
	}
	for _, question := range checklist.Catalogue() {
		if !strings.Contains(out, "   Source: "+md(checklist.SourceText(question))+"\n") {
			t.Errorf("Markdown lacks the named source of %s", question.ID)
		}
	}
	if !strings.Contains(out, "Source: a hospital's page on sex therapists (001\\_86dc346a65778784.txt)") {
		t.Error("Markdown does not name the seed documents")
	}
	if got := strings.Count(out, "- [ ] "); got != len(checklist.Prep()) {
		t.Errorf("Markdown has %d task items, want %d", got, len(checklist.Prep()))
	}
	// checklist.Catalogue text must not turn into markup. HTML becomes entities and a
	// "#" is escaped where it would start a heading (mdStart), as in the
	// comparison export: both go through package mdtext.
	if got := md("a*b_c [x](y) <b> #h |p| `c` \\"); got != `a\*b\_c \[x\](y) &lt;b&gt; #h \|p\| \`+"`"+`c\`+"`"+` \\` {
		t.Errorf("md escaping = %q", got)
	}
	if got := mdStart("# h"); got != `\# h` {
		t.Errorf("mdStart(heading) = %q", got)
	}
	if got := md("one\ntwo\x1b[31m"); got != "one / two" {
		t.Errorf("md(newline, escape) = %q", got)
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, checklist.Builtin()); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Categories []struct {
			ID        checklist.CategoryID `json:"id"`
			Title     string               `json:"title"`
			Blurb     string               `json:"blurb"`
			Questions []checklist.Question `json:"questions"`
		} `json:"categories"`
		Prep []checklist.PrepItem `json:"prep"`
	}
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	cats := checklist.Categories()
	if len(got.Categories) != len(cats) {
		t.Fatalf("%d categories, want %d", len(got.Categories), len(cats))
	}
	var all []checklist.Question
	for i, c := range got.Categories {
		if c.ID != cats[i].ID || c.Title != cats[i].Title || c.Blurb != cats[i].Blurb {
			t.Errorf("category %d = %+v", i, c)
		}
		for _, question := range c.Questions {
			if question.Category != c.ID {
				t.Errorf("%s listed under %s", question.ID, c.ID)
			}
		}
		all = append(all, c.Questions...)
	}
	want := checklist.Catalogue()
	if len(all) != len(want) {
		t.Fatalf("%d questions, want %d", len(all), len(want))
	}
	for i := range want {
		a, _ := json.Marshal(all[i])
		w, _ := json.Marshal(want[i])
		if !bytes.Equal(a, w) {
			t.Errorf("question %d differs after the round trip:\n%s\n%s", i, a, w)
		}
	}
	// The JSON is for tools: sources stay bare file names.
	if src := got.Categories[0].Questions[0].Source; src != checklist.Catalogue()[0].Source || strings.Contains(src, " ") {
		t.Errorf("JSON source = %q, want the bare file name", src)
	}
	if len(got.Prep) != len(checklist.Prep()) || !reflect.DeepEqual(got.Prep, checklist.Prep()) {
		t.Errorf("prep list = %+v", got.Prep)
	}
}
