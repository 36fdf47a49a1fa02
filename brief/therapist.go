package brief

import (
	"strings"
	"unicode"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/outreach"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// practical are the questions whose answers say how to get to the first
// appointment and what it will be like, with the label the brief gives
// them.
var practical = []struct{ id, label string }{
	{checklist.QLocation, "Office"},
	{checklist.QHours, "Hours"},
	{checklist.QFormat, "In person / telehealth"},
	{checklist.QSessionLength, "Session length"},
	{checklist.QFee, "Fee per session"},
	{checklist.QFirstOpening, "First opening"},
}

// therapistSection shows the practical details of t: contact, the answers
// about the office, hours, whether in person or by telehealth, session
// length, fee and first opening (each with its note), and the credentials
// the person checked. An address entered as the therapist's location and
// again as the office's answer is shown once, as the office.
func therapistSection(t *store.Therapist, name string) Section {
	s := Section{Title: name, Empty: "No details recorded yet."}
	add := func(label, text string) {
		if strings.TrimSpace(text) != "" {
			s.Fields = append(s.Fields, Field{label, text})
		}
	}
	add("Credentials", t.Credentials)
	if !sameAddress(t.Location, answerValue(t, checklist.QLocation)) {
		add("Location", t.Location)
	}
	for _, p := range practical {
		add(p.label, answerText(t, p.id))
	}
	add("Consultation on", checklist.DateText(t.ConsultOn))
	add("Phone", t.Phone)
	add("Email", t.Email)
	add("Website", t.Website)
	v := t.Verification
	if v.License != "" || v.LicenseNumber != "" {
		add("License (state board's look-up)", joinNonEmpty(", ", v.License.Text(), v.LicenseType, v.LicenseNumber, checkedOn(v.LicenseCheckedOn)))
	}
	if v.AASECT != "" {
		add("AASECT directory", joinNonEmpty(", ", v.AASECT.Text(), checkedOn(v.AASECTCheckedOn)))
	}
	return s
}

// answerText is t's answer to question id in full, with its note, or ""
// when there is neither.
func answerText(t *store.Therapist, id string) string {
	return joinNonEmpty(" — ", answerValue(t, id), strings.TrimSpace(t.Answers[id].Note))
}

// answerValue is t's answer to the built-in question id in full, without
// its note, or "" when not answered.
func answerValue(t *store.Therapist, id string) string {
	q, ok := checklist.ByID(id)
	a := t.Answers[id]
	if !ok || !a.Answered() {
		return ""
	}
	return checklist.Display(q, a.Value)
}

// sameAddress reports whether location says nothing the office answer
// does not: the same words, in any case, spacing or punctuation, or a
// part of them ("Harbour Street Clinic" within "Harbour Street Clinic,
// 2nd floor"). An empty location is nothing to show either.
func sameAddress(location, office string) bool {
	l, o := addressWords(location), addressWords(office)
	return l == "" || (o != "" && strings.Contains(o, l))
}

// addressWords is an address in lower case, its words separated by one
// space, without punctuation.
func addressWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(safetext.Line(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// checkedOn says when a look-up was made, or "" when not recorded.
func checkedOn(date string) string {
	if d := checklist.DateText(date); d != "" {
		return "checked " + d
	}
	return ""
}

// openQuestions lists the catalogue's questions t has not answered yet
// (a note alone leaves a question open), in interview order. Skipped
// questions were passed over on purpose, and personal ones are the
// person's own impression, not something to ask. The safety questions
// an email would not ask (whether they explained confidentiality,
// suggested contact, work with a physician) are judged at the
// appointment itself: they are listed too, marked "to notice".
func openQuestions(nb *store.Notebook, t *store.Therapist, name string) Section {
	s := Section{Title: "My open questions for " + name, Empty: "Every question is answered or skipped."}
	for _, q := range nb.Catalogue().Questions() {
		safety := q.Category == checklist.Safety && !q.Personal
		if !(outreach.Askable(q) || safety) || !outreach.Open(t, q) {
			continue
		}
		a := t.Answers[q.ID]
		entry := q.Prompt
		if !outreach.Askable(q) {
			entry += " (to notice)"
		}
		if note := strings.TrimSpace(a.Note); note != "" {
			entry += " (noted: " + note + ")"
		}
		s.List = append(s.List, entry)
	}
	return s
}

// answerNotes lists the notes the person wrote under t's answers, each
// after its question's label and the answer ("Insurance covers: no — out
// of network"), in interview order: those not already shown with the
// practical details, and not the notes of open questions (listed with
// them). The notes on the therapist come first.
func answerNotes(nb *store.Notebook, t *store.Therapist, name string) Section {
	s := Section{Title: "My notes on " + name, Empty: "No notes yet."}
	if strings.TrimSpace(t.Notes) != "" {
		s.Fields = append(s.Fields, Field{"On " + name, t.Notes})
	}
	shown := map[string]bool{}
	for _, p := range practical {
		shown[p.id] = true
	}
	for _, q := range nb.Catalogue().Questions() {
		a, ok := t.Answers[q.ID]
		note := strings.TrimSpace(a.Note)
		if !ok || note == "" || shown[q.ID] || a.State() == checklist.StateNoted {
			continue
		}
		v := string(checklist.StatusSkipped)
		if a.Answered() {
			v = checklist.Display(q, a.Value)
		}
		s.Fields = append(s.Fields, Field{q.Short, v + " — " + note})
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
