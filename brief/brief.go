// Package brief writes the one-page brief a person brings to a first
// appointment: what they want help with, what they prepared (the details
// of their concern, key personal information, every medication, their own
// questions, what the therapist may ask about, the physician check) and,
// for a chosen therapist, the practical details from their answers, the
// questions still open and, once sessions have begun, the person's
// check-ins. It is pure: a Doc is built from a notebook and
// rendered as Markdown or plain text over an io.Writer, every text from
// the notebook cleaned (package safetext) and, in Markdown, escaped with
// the exports' own escaping.
package brief

import (
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// The formats a brief is written in.
const (
	FormatMarkdown = "md"
	FormatText     = "text"
)

// Formats lists the formats, in the order help texts name them.
var Formats = []string{FormatMarkdown, FormatText}

// NotEncrypted is the brief's own plain warning, also shown by the
// command and the app when one is written.
const NotEncrypted = "This brief is not encrypted. It holds private health notes: keep it safe."

// Concerns is what the person wants help with, as the brief shows it. The
// brief knows no profile of its own: ConcernsOf fills this from the
// notebook, and a nil *Concerns leaves the section out.
type Concerns struct {
	// Listed are the concerns chosen from a list, in the words shown.
	Listed []string
	// OwnWords is the person's own description, several lines at most.
	OwnWords string
	// Partner is the name of the partner who comes too; "" when alone.
	Partner string
}

// ConcernsOf returns the concerns of nb that the person chose to include
// in the brief, or nil for none. It is the one place that connects the
// brief to the notebook's profile of concerns.
func ConcernsOf(nb *store.Notebook) *Concerns {
	if nb == nil {
		return nil
	}
	p := nb.Profile
	c := &Concerns{OwnWords: p.OwnWords, Partner: nb.People.PartnerName()}
	// In the list's order, as the outreach email names them.
	for _, concern := range p.Known() {
		c.Listed = append(c.Listed, concern.Label)
	}
	if len(c.Listed) == 0 && strings.TrimSpace(c.OwnWords) == "" && c.Partner == "" {
		return nil
	}
	return c
}

// Options choose what goes in a brief.
type Options struct {
	// Concerns are shown first when not nil (see ConcernsOf).
	Concerns *Concerns
	// Therapist is the index in the notebook's therapists of the one the
	// brief is for, or -1 for none.
	Therapist int
	// Expect adds the "What to expect" page, quoted with its pages, after
	// the preparation (expect.go).
	Expect bool
}

// Doc is a brief ready to render. Its texts are as the notebook holds
// them: the renderers clean and escape.
type Doc struct {
	Title    string
	Sections []Section
}

// Section is one heading of the brief and what comes under it.
type Section struct {
	Title string
	// Status is "done", "not yet" or "" (no status), for prepared items.
	Status string
	Fields []Field
	// List holds one entry a line: medications, questions, concerns.
	List []string
	// Empty is said when the section holds nothing else.
	Empty string
}

// Field is one labelled text of a section.
type Field struct{ Label, Text string }

// isEmpty reports whether s has nothing to show but its status.
func (s Section) isEmpty() bool { return len(s.Fields) == 0 && len(s.List) == 0 }

// itemTitles are the headings of the prepared items in the brief, in the
// brief's order. Finding names is done by the time of an appointment.
var itemTitles = []struct{ id, title string }{
	{checklist.PrepConcernHistory, "My concern"},
	{checklist.PrepPersonalInfo, "About me"},
	{checklist.PrepMedications, "Medications, vitamins, supplements and herbal remedies"},
	{checklist.PrepPhysicalCheck, "Seeing a physician about physical causes"},
	{checklist.PrepExpectToTalk, "What the therapist may ask about"},
	{checklist.PrepOwnQuestions, "My questions"},
}

// Build gathers the brief of nb. A Therapist index out of range is taken
// as none.
func Build(nb *store.Notebook, opts Options) Doc {
	var t *store.Therapist
	var name string
	if opts.Therapist >= 0 && opts.Therapist < len(nb.Therapists) {
		t = &nb.Therapists[opts.Therapist]
		name = t.DisplayName(opts.Therapist)
	}
	d := Doc{Title: "Before my first appointment"}
	if t != nil {
		d.Title += " with " + name
		d.Sections = append(d.Sections, therapistSection(t, name))
	}
	if opts.Concerns != nil {
		d.Sections = append(d.Sections, concernsSection(*opts.Concerns))
	}
	for _, it := range itemTitles {
		item, ok := checklist.PrepByID(it.id)
		if !ok {
			continue
		}
		d.Sections = append(d.Sections, itemSection(nb, item, it.title))
	}
	if opts.Expect {
		d.Sections = append(d.Sections, expectSections()...)
	}
	if t != nil {
		d.Sections = append(d.Sections, answerNotes(nb, t, name), openQuestions(nb, t, name))
		if s, ok := checkInSection(nb, t, name); ok {
			d.Sections = append(d.Sections, s)
		}
	}
	return d
}

// concernsSection shows what the person wants help with.
func concernsSection(c Concerns) Section {
	s := Section{Title: "What I want help with", List: c.Listed, Empty: "Nothing chosen yet."}
	if strings.TrimSpace(c.OwnWords) != "" {
		s.Fields = append(s.Fields, Field{"In my own words", c.OwnWords})
	}
	if strings.TrimSpace(c.Partner) != "" {
		s.Fields = append(s.Fields, Field{"Coming with", c.Partner})
	}
	return s
}

// itemSection shows one prepared item: whether it is done, what was
// written in its fields, its rows and its notes.
func itemSection(nb *store.Notebook, item checklist.PrepItem, title string) Section {
	s := Section{Title: title, Status: "not yet", Empty: "Nothing written yet."}
	if nb.Prep[item.ID] {
		s.Status = "done"
	}
	form := nb.PrepForm
	for _, f := range item.Fields {
		text := form.Entry(f.ID)
		if strings.TrimSpace(text) == "" {
			continue
		}
		if item.ID == checklist.PrepOwnQuestions {
			s.List = append(s.List, lines(text)...) // one question a line
			continue
		}
		s.Fields = append(s.Fields, Field{f.Label, text})
	}
	if item.Rows {
		for _, m := range form.Medications {
			row := strings.TrimSpace(m.Name)
			if dose := strings.TrimSpace(m.Dose); dose != "" {
				row += " — " + dose
			}
			s.List = append(s.List, row)
		}
	}
	if notes := form.Entry(checklist.NotesID(item.ID)); strings.TrimSpace(notes) != "" {
		s.Fields = append(s.Fields, Field{"Notes", notes})
	}
	return s
}

// lines returns the non-blank lines of s.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
