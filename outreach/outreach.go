// Package outreach drafts the first email to a therapist: the catalogue's
// questions that are not answered yet for them, grouped by category, in
// the catalogue's words, between a short polite opening and closing. The
// person's concerns go in only when they ask for it. It is pure: no
// terminal, no files, no clipboard; the screen and `vetted ask` print,
// copy and save what Draft returns.
package outreach

import (
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// Subject is the subject line the draft starts with.
const Subject = "Questions before booking a first appointment"

// Options says what goes into a draft beside the questions.
type Options struct {
	// WithConcerns adds what the person wants help with (their ticked
	// concerns and own words) and whether they come with a partner. They
	// are private: they go in only when the person ticks them in.
	WithConcerns bool
}

// observedOnCall are questions whose catalogue wording is a note to the
// person about what happens on a call ("Did they explain confidentiality
// and its limits?"), not a question to send: their answer is what the
// person notices, which an email cannot show.
var observedOnCall = map[string]bool{
	checklist.QConfidentiality: true,
	checklist.QContact:         true,
	checklist.QPhysician:       true,
}

// Askable reports whether question q belongs in an email at all: not the
// person's own impression (Personal) and not one they judge on the call.
func Askable(q checklist.Question) bool { return !q.Personal && !observedOnCall[q.ID] }

// Open reports whether q is still open for t: never asked, or given only a
// note ("it depends"). A skipped question is left out: the person chose
// not to ask it, and an email should not ask it behind their back.
func Open(t *store.Therapist, q checklist.Question) bool {
	switch t.Answers[q.ID].State() {
	case checklist.StateAnswered, checklist.StateSkipped:
		return false
	}
	return true
}

// Group is one category's open questions.
type Group struct {
	Category  checklist.Category
	Questions []checklist.Question
}

// Questions returns the questions a draft to t asks, by category in the
// order of nb's catalogue (the person's own questions included, hidden
// ones left out); categories with none are left out.
func Questions(nb *store.Notebook, t *store.Therapist) []Group {
	var out []Group
	set := nb.Catalogue()
	for _, c := range set.Categories() {
		g := Group{Category: c}
		for _, q := range set.InCategory(c.ID) {
			if Askable(q) && Open(t, q) {
				g.Questions = append(g.Questions, q)
			}
		}
		if len(g.Questions) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// Count returns how many questions a draft to t, of notebook nb, asks.
func Count(nb *store.Notebook, t *store.Therapist) int {
	n := 0
	for _, g := range Questions(nb, t) {
		n += len(g.Questions)
	}
	return n
}

// nameLimit bounds a name in the draft: a hand-edited file can hold
// megabytes in one field, and a greeting needs no more than its start.
const nameLimit = 120

// line returns s cleaned for a plain-text message on one line, cut to
// limit characters.
func line(s string, limit int) string {
	head, cut := safetext.Head(s, limit)
	out := strings.TrimSpace(safetext.Line(head))
	if cut {
		out += "…"
	}
	return out
}

// ownWordsLimit bounds the person's own words in a draft.
const ownWordsLimit = 2000

// Draft returns the message to t as plain text: a subject line, a
// greeting, the open questions grouped by category (see Questions), and a
// closing signed with the person's name when they gave one. Every text
// from the notebook is cleaned of control characters and escape sequences,
// so the draft can go to a terminal, a clipboard or a file as it is. It
// ends with a newline. With no open question it says so instead of
// asking nothing.
func Draft(nb *store.Notebook, t *store.Therapist, opts Options) string {
	var b strings.Builder
	b.WriteString("Subject: " + Subject + "\n\n")
	if name := line(t.Name, nameLimit); name != "" {
		b.WriteString("Dear " + name + ",\n\n")
	} else {
		b.WriteString("Hello,\n\n")
	}
	b.WriteString("I am looking for a sex therapist and would be grateful if you could answer a few questions before I book a first appointment.\n")
	if opts.WithConcerns {
		writeConcerns(&b, nb)
	}
	groups := Questions(nb, t)
	if len(groups) == 0 {
		b.WriteString("\n(Every question is answered or skipped for this therapist; there is nothing left to ask.)\n")
	}
	for _, g := range groups {
		b.WriteString("\n" + line(g.Category.Title, nameLimit) + "\n")
		for _, q := range g.Questions {
			b.WriteString("- " + safetext.Line(q.Prompt) + "\n")
		}
	}
	b.WriteString("\nThank you for your time. I look forward to hearing from you.\n")
	// Without a name there is no one to sign: "Kind regards," would dangle
	// over an empty line, so the thanks above close the message.
	if me := line(nb.People.Me, nameLimit); me != "" {
		b.WriteString("\nKind regards,\n" + me + "\n")
	}
	return b.String()
}

// writeConcerns writes what the person wants help with, their own words
// (line breaks kept, each line indented) and how they come.
func writeConcerns(b *strings.Builder, nb *store.Notebook) {
	known := nb.Profile.Known()
	words, cut := safetext.Head(nb.Profile.OwnWords, ownWordsLimit)
	words = strings.TrimSpace(safetext.Clean(words))
	if len(known) == 0 && words == "" && !nb.People.HasPartner() {
		return
	}
	if len(known) > 0 || words != "" {
		b.WriteString("\nWhat I would like help with:\n")
		for _, c := range known {
			b.WriteString("- " + c.Label + "\n")
		}
		if words != "" {
			if cut {
				words += "…"
			}
			b.WriteString("In my own words:\n")
			for _, l := range strings.Split(words, "\n") {
				b.WriteString("  " + strings.TrimRight(l, " ") + "\n")
			}
		}
	}
	if nb.People.HasPartner() {
		b.WriteString("\nI would come with my partner.\n")
	} else {
		b.WriteString("\nI would come on my own.\n")
	}
}
