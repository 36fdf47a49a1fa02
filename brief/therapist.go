package brief

import (
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/outreach"
	"github.com/vetted-tui/vetted/store"
)

// practical are the questions whose answers say how to get to the first
// appointment, with the label the brief gives them.
var practical = []struct{ id, label string }{
	{checklist.QLocation, "Office"},
	{checklist.QHours, "Hours"},
	{checklist.QFee, "Fee per session"},
	{checklist.QFirstOpening, "First opening"},
}

// therapistSection shows the practical details of t: contact, the answers
// about the office, hours, fee and first opening, and the credentials the
// person checked.
func therapistSection(t *store.Therapist, name string) Section {
	s := Section{Title: name, Empty: "No details recorded yet."}
	add := func(label, text string) {
		if strings.TrimSpace(text) != "" {
			s.Fields = append(s.Fields, Field{label, text})
		}
	}
	add("Credentials", t.Credentials)
	add("Location", t.Location)
	for _, p := range practical {
		add(p.label, answerText(t, p.id))
	}
	add("Consultation on", t.ConsultOn)
	add("Phone", t.Phone)
	add("Email", t.Email)
	add("Website", t.Website)
	v := t.Verification
	if v.License != "" || v.LicenseNumber != "" {
		add("License (your check)", joinNonEmpty(", ", v.License.Text(), v.LicenseType, v.LicenseNumber, checkedOn(v.LicenseCheckedOn)))
	}
	if v.AASECT != "" {
		add("AASECT (your check)", joinNonEmpty(", ", v.AASECT.Text(), checkedOn(v.AASECTCheckedOn)))
	}
	return s
}

// answerText is t's answer to question id in full, with its note, or ""
// when there is neither.
func answerText(t *store.Therapist, id string) string {
	q, ok := checklist.ByID(id)
	a, has := t.Answers[id]
	if !ok || !has {
		return ""
	}
	var v string
	if a.Answered() {
		v = checklist.Display(q, a.Value)
	}
	return joinNonEmpty(" — ", v, strings.TrimSpace(a.Note))
}

// checkedOn says when a look-up was made, or "" when not recorded.
func checkedOn(date string) string {
	if strings.TrimSpace(date) == "" {
		return ""
	}
	return "checked " + date
}

// openQuestions lists the catalogue's questions t has not answered yet
// (a note alone leaves a question open), in interview order. Skipped
// questions were passed over on purpose, and personal ones are the
// person's own impression, not something to ask.
func openQuestions(nb *store.Notebook, t *store.Therapist, name string) Section {
	s := Section{Title: "My open questions for " + name, Empty: "Every question is answered or skipped."}
	for _, q := range nb.Catalogue().Questions() {
		// The questions the outreach email would ask: not those judged
		// on the call (contact, confidentiality, a physician).
		if !outreach.Askable(q) || !outreach.Open(t, q) {
			continue
		}
		a := t.Answers[q.ID]
		entry := q.Prompt
		if note := strings.TrimSpace(a.Note); note != "" {
			entry += " (noted: " + note + ")"
		}
		s.List = append(s.List, entry)
	}
	return s
}

// joinNonEmpty joins the parts that are not blank.
func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}
