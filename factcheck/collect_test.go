package factcheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
)

// literalFiles are the files whose fixed words are pinned as they stand in
// the source: the screens and builders that write their text inline. Their
// paths are from the repository's root; a file that moves fails the table
// test until its entry here moves with it.
var literalFiles = []string{
	"model/welcome/welcome.go",
	"model/welcome/encrypt.go",
	"model/demo.go",
	"model/compare/detail.go",
	"model/compare/legend.go",
	"brief/brief.go",
	"brief/expect.go",
	"brief/render.go",
	"brief/therapist.go",
	"brief/checkin.go",
	"outreach/outreach.go",
	"model/expect/words.go",
	"model/checkin/words.go",
}

// collect is the one place that gathers every text the table pins: the
// catalogue, concerns and preparation list (package checklist), every flag
// a rule can raise and every mark of a credential check (package assess),
// and the string literals of literalFiles.
func collect(t testing.TB) []text {
	var out []text
	add := func(key, s, source string) { out = append(out, text{key: key, text: s, source: source}) }
	for _, c := range checklist.Categories() {
		add("category:"+string(c.ID)+":title", c.Title, "")
		add("category:"+string(c.ID)+":blurb", c.Blurb, "")
	}
	for _, q := range checklist.Catalogue() {
		k := "q:" + q.ID + ":"
		add(k+"prompt", q.Prompt, "")
		add(k+"short", q.Short, "")
		out = append(out, text{key: k + "hint", text: q.Hint, source: q.Source, ownOnly: q.VettedOwn})
		if q.NotePrompt != "" {
			add(k+"note", q.NotePrompt, "")
		}
		for _, ch := range q.Choices {
			add(k+"choice:"+ch.ID, ch.Label, "")
		}
	}
	add("source:vetted_own", checklist.VettedOwnSource, "")
	for _, c := range checklist.Concerns() {
		add("concern:"+c.ID+":label", c.Label, c.Source)
		if c.Note != (checklist.Quote{}) {
			add("concern:"+c.ID+":quote", c.Note.Text, c.Note.Source)
		}
	}
	add("quote:talking", checklist.TalkingQuote.Text, checklist.TalkingQuote.Source)
	add("quote:alone_or_together", checklist.AloneOrTogetherQuote.Text, checklist.AloneOrTogetherQuote.Source)
	for _, p := range checklist.Prep() {
		add("prep:"+p.ID+":text", p.Text, "")
		add("prep:"+p.ID+":hint", p.Hint, p.Source)
		for _, f := range p.Fields {
			add("prepfield:"+f.ID, f.Label, f.Source)
		}
	}
	for _, q := range checklist.CheckInQuestions() {
		k := "checkin:" + q.ID + ":"
		add(k+"prompt", q.Prompt, "")
		add(k+"short", q.Short, "")
		add(k+"hint", q.Hint, q.Source)
		if q.NotePrompt != "" {
			add(k+"note", q.NotePrompt, "")
		}
	}
	add("checkin:advice", checklist.CheckInAdvice, checklist.CheckInAdviceSource)
	for _, m := range checklist.CheckInMoments {
		key := m
		if m == checklist.AfterOther {
			key = "other"
		}
		add("checkin:when:"+key, checklist.CheckInWhen(m), "")
	}
	for i, sec := range checklist.Expect() {
		k := "expect:" + strconv.Itoa(i+1) + ":"
		add(k+"title", sec.Title, "")
		for j, p := range sec.Passages {
			add(k+strconv.Itoa(j+1), p.Quote, p.Source)
		}
	}
	add("not_a_replacement", checklist.NotAReplacement, checklist.NotAReplacementSource)
	for _, r := range assess.RuleTexts() {
		add("flag:"+r.Key+":title", r.Flag.Title, "")
		add("flag:"+r.Key+":fact", r.Flag.Fact, r.Flag.Source)
	}
	for _, m := range assess.ConfirmationMarks() {
		add("mark:"+m, m, "")
	}
	for i, para := range readmeIntro(t) {
		add("readme:intro:"+strconv.Itoa(i+1), para, "")
	}
	for _, f := range literalFiles {
		for i, lit := range fileLiterals(t, f) {
			add("file:"+f+":"+strconv.Itoa(i+1), lit, "")
		}
	}
	return out
}

// fileLiterals returns the string literals of the Go file at path (from
// the repository's root) that hold words: a letter and a space. Single
// words (key names, format verbs) state nothing; imports and struct tags
// are not text.
func fileLiterals(t testing.TB, path string) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join("..", filepath.FromSlash(path)), nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("the fact table pins the words of %s, which cannot be read (moved? update literalFiles): %v", path, err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportSpec:
			return false
		case *ast.Field:
			n.Tag = nil
		case *ast.BasicLit:
			if n.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(n.Value)
			if err != nil {
				t.Fatalf("%s: %v", fset.Position(n.Pos()), err)
			}
			if strings.ContainsAny(s, " ") && strings.IndexFunc(s, isLetter) >= 0 {
				out = append(out, s)
			}
		}
		return true
	})
	return out
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// readmeIntro returns the paragraphs of README.md before its first "## "
// heading, the title left out: what a newcomer reads about sex therapy
// before anything else, held by the table like the app's own texts.
func readmeIntro(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatalf("the fact table pins README.md's opening, which cannot be read: %v", err)
	}
	intro, _, _ := strings.Cut(string(b), "\n## ")
	var out []string
	for _, para := range strings.Split(intro, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" || strings.HasPrefix(para, "# ") {
			continue
		}
		out = append(out, para)
	}
	return out
}
