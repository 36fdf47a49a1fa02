package printed

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/mdtext"
	"github.com/vetted-tui/vetted/safetext"
)

// printTitle heads the text and Markdown listings.
const printTitle = "Questions to ask a sex therapist"

// WriteText writes the catalogue set (checklist.Builtin, or a notebook's) and the
// preparation list as plain text, for reading in a terminal or printing on
// paper. Questions are numbered in interview order; the person's own are
// marked "(your own)".
func WriteText(w io.Writer, set *checklist.Set) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s\n%s\n", printTitle, strings.Repeat("=", len(printTitle)))
	n := 0
	for _, c := range set.Categories() {
		fmt.Fprintf(bw, "\n%s\n%s\n", strings.ToUpper(line(c.Title)), wrap(line(c.Blurb), textWidth, ""))
		for _, question := range set.InCategory(c.ID) {
			n++
			fmt.Fprintf(bw, "\n%s\n", hang(line(question.Prompt)+ownMark(question), textWidth, fmt.Sprintf("%3d. ", n), "     "))
			fmt.Fprintf(bw, "     Answer: %s\n", checklist.AnswerShape(question))
			for i, ch := range question.Choices {
				fmt.Fprintf(bw, "       %d) %s\n", i+1, line(ch.Label))
			}
			fmt.Fprintf(bw, "%s\n", wrap("Why: "+line(question.Hint), textWidth, "     "))
			fmt.Fprintf(bw, "%s\n", wrap("Source: "+line(checklist.SourceText(question)), textWidth, "     "))
		}
	}
	fmt.Fprintf(bw, "\nBEFORE YOUR FIRST APPOINTMENT\n")
	for _, item := range checklist.Prep() {
		fmt.Fprintf(bw, "\n%s\n%s\n%s\n",
			wrap("[ ] "+line(item.Text), textWidth, ""), wrap(line(item.Hint), textWidth, "    "),
			wrap("Source: "+line(checklist.SourceLabel(item.Source)), textWidth, "    "))
	}
	return bw.Flush()
}

// textWidth is the column WriteText wraps long lines at: it fits a terminal
// of 80 columns and a printed page.
const textWidth = 78

// wrap breaks s into lines of at most width columns at spaces and hyphens
// (ansi.Wordwrap, which measures display width), each starting with
// indent; a word longer than the line stays whole.
func wrap(s string, width int, indent string) string {
	return hang(s, width, indent, indent)
}

// hang is wrap with a different start for the first line, for numbered
// items whose later lines line up under the text; first and indent take
// the same number of columns.
func hang(s string, width int, first, indent string) string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return ""
	}
	body := ansi.Wordwrap(strings.Join(words, " "), width-ansi.StringWidth(indent), "")
	return first + strings.ReplaceAll(body, "\n", "\n"+indent)
}

// WriteMarkdown writes the catalogue and the preparation list as Markdown:
// a heading per category, a numbered list of questions and a task list for
// the preparation. Like WriteText it prints set and marks own questions.
func WriteMarkdown(w io.Writer, set *checklist.Set) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n", printTitle)
	n := 0
	for _, c := range set.Categories() {
		fmt.Fprintf(bw, "\n## %s\n\n%s\n\n", mdtext.Heading(md(c.Title)), mdStart(c.Blurb))
		for _, question := range set.InCategory(c.ID) {
			n++
			fmt.Fprintf(bw, "%d. **%s**%s  \n", n, md(question.Prompt), md(ownMark(question)))
			fmt.Fprintf(bw, "   Answer: %s  \n", md(checklist.AnswerShape(question)))
			fmt.Fprintf(bw, "   %s  \n", mdStart(question.Hint))
			fmt.Fprintf(bw, "   Source: %s\n", md(checklist.SourceText(question)))
			for i, ch := range question.Choices {
				if i == 0 {
					bw.WriteString("\n")
				}
				fmt.Fprintf(bw, "   - %s\n", mdStart(ch.Label))
			}
			bw.WriteString("\n")
		}
	}
	fmt.Fprintf(bw, "## Before your first appointment\n\n")
	for _, item := range checklist.Prep() {
		fmt.Fprintf(bw, "- [ ] **%s** %s (Source: %s)\n", md(item.Text), md(item.Hint), md(checklist.SourceLabel(item.Source)))
	}
	return bw.Flush()
}

// printedCategory is one category of the JSON listing with its questions.
type printedCategory struct {
	checklist.Category
	Questions []printedQuestion `json:"questions"`
}

// printedQuestion is a question of the JSON listing, marked when it is the
// person's own.
type printedQuestion struct {
	checklist.Question
	Own bool `json:"own,omitempty"`
}

// printedCatalogue is the JSON listing's top level.
type printedCatalogue struct {
	Categories []printedCategory    `json:"categories"`
	Prep       []checklist.PrepItem `json:"prep"`
}

// WriteJSON writes the catalogue and the preparation list as indented JSON:
// {"categories":[{"id":…,"title":…,"blurb":…,"questions":[…]}],"prep":[…]},
// with the json names of checklist.Category, checklist.Question and checklist.PrepItem, and "own": true
// on the person's own questions. It is meant for other tools; it carries
// no answers.
func WriteJSON(w io.Writer, set *checklist.Set) error {
	out := printedCatalogue{Prep: checklist.Prep()}
	for _, c := range set.Categories() {
		pc := printedCategory{Category: c, Questions: []printedQuestion{}}
		for _, q := range set.InCategory(c.ID) {
			own := checklist.IsOwn(q.ID)
			if own {
				// Typed by the person: cleaned like every other output.
				// The choices are the set's own: copy before cleaning.
				q.Choices = slices.Clone(q.Choices)
				q.Prompt, q.Short, q.Hint, q.NotePrompt = line(q.Prompt), line(q.Short), line(q.Hint), line(q.NotePrompt)
				for i := range q.Choices {
					q.Choices[i].Label = line(q.Choices[i].Label)
				}
			}
			pc.Questions = append(pc.Questions, printedQuestion{Question: q, Own: own})
		}
		out.Categories = append(out.Categories, pc)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// line keeps catalogue text to one safe line. The built-in catalogue is ours,
// but printing is where a future loaded catalogue would first reach a
// terminal, so it goes through the same sanitiser as answers.
func line(s string) string { return safetext.Line(s) }

// md returns catalogue text as one safe line of Markdown, escaped by the
// app's one Markdown escaper (package mdtext).
func md(s string) string { return mdtext.Line(s) }

// mdStart is md for text that begins a line or a list item, where a
// leading "#", "-" or "1." would start a block.
func mdStart(s string) string { return mdtext.LineStart(mdtext.Line(s)) }

// ownMark is what follows the prompt of a question of the person's own in
// a printed listing.
func ownMark(q checklist.Question) string {
	if checklist.IsOwn(q.ID) {
		return " (your own)"
	}
	return ""
}
