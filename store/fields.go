package store

import (
	"time"

	"github.com/vetted-tui/vetted/checklist"
)

// The file format: one description of each stored struct, in the order of
// its fields (the order encoding/json writes them in). A field added to a
// struct is one line here; TestDescriptionsMatchTags fails until it is,
// and holds each line's name and omission to the field's json tag.
var (
	notebookFormat = object([]member[Notebook]{
		field("version", func(nb *Notebook) *int { return &nb.Version }, wholeNumber, always),
		field("people", func(nb *Notebook) *People { return &nb.People }, peopleFormat, always),
		field("budget_per_session", func(nb *Notebook) *string { return &nb.BudgetPerSession }, text, omitEmpty),
		field("importance", func(nb *Notebook) *map[string]checklist.Importance { return &nb.Importance }, mapOf(textOf[checklist.Importance](), 0), omitEmpty),
		field("prep", func(nb *Notebook) *map[string]bool { return &nb.Prep }, mapOf(boolean, 0), omitEmpty),
		field("questions", func(nb *Notebook) **checklist.Layout { return &nb.Questions }, pointerTo(layoutFormat), omitEmpty),
		field("profile", func(nb *Notebook) *Profile { return &nb.Profile }, profileFormat, omitEmpty),
		field("prep_form", func(nb *Notebook) *PrepForm { return &nb.PrepForm }, prepFormFormat, omitEmpty),
		field("therapists", func(nb *Notebook) *[]Therapist { return &nb.Therapists }, list(rosterItem(therapistFormat)), always),
		field("deleted", func(nb *Notebook) *[]DeletedTherapist { return &nb.Deleted }, list(deletedFormat), omitEmpty),
	}, nil)

	peopleFormat = object([]member[People]{
		field("me", func(p *People) *string { return &p.Me }, text, omitEmpty),
		field("partner", func(p *People) *string { return &p.Partner }, text, omitEmpty),
	}, nil)

	profileFormat = object([]member[Profile]{
		field("concerns", func(p *Profile) *[]string { return &p.Concerns }, list(text), omitEmpty),
		field("own_words", func(p *Profile) *string { return &p.OwnWords }, text, omitEmpty),
		field("with_partner", func(p *Profile) *bool { return &p.WithPartner }, boolean, omitEmpty),
	}, (*Profile).IsZero)

	prepFormFormat = object([]member[PrepForm]{
		field("entries", func(f *PrepForm) *map[string]string { return &f.Entries }, mapOf(text, 0), omitEmpty),
		field("medications", func(f *PrepForm) *[]Medication { return &f.Medications }, list(medicationFormat), omitEmpty),
	}, (*PrepForm).IsZero)

	medicationFormat = object([]member[Medication]{
		field("name", func(m *Medication) *string { return &m.Name }, text, always),
		field("dose", func(m *Medication) *string { return &m.Dose }, text, omitEmpty),
	}, nil)

	therapistMembers = []member[Therapist]{
		field("id", func(t *Therapist) *string { return &t.ID }, text, always),
		field("name", func(t *Therapist) *string { return &t.Name }, text, always),
		field("credentials", func(t *Therapist) *string { return &t.Credentials }, text, omitEmpty),
		field("phone", func(t *Therapist) *string { return &t.Phone }, text, omitEmpty),
		field("email", func(t *Therapist) *string { return &t.Email }, text, omitEmpty),
		field("website", func(t *Therapist) *string { return &t.Website }, text, omitEmpty),
		field("location", func(t *Therapist) *string { return &t.Location }, text, omitEmpty),
		field("found_via", func(t *Therapist) *FoundVia { return &t.FoundVia }, textOf[FoundVia](), omitEmpty),
		field("status", func(t *Therapist) *Outreach { return &t.Status }, textOf[Outreach](), always),
		field("contacted_on", func(t *Therapist) *string { return &t.ContactedOn }, text, omitEmpty),
		field("consult_on", func(t *Therapist) *string { return &t.ConsultOn }, text, omitEmpty),
		field("notes", func(t *Therapist) *string { return &t.Notes }, text, omitEmpty),
		field("answers", func(t *Therapist) *map[string]checklist.Answer { return &t.Answers }, interview, omitEmpty),
		field("partner_answers", func(t *Therapist) *map[string]checklist.Answer { return &t.PartnerAnswers }, interview, omitEmpty),
		field("partner_notes", func(t *Therapist) *string { return &t.PartnerNotes }, text, omitEmpty),
		field("verification", func(t *Therapist) *Verification { return &t.Verification }, verificationFormat, omitEmpty),
		field("check_ins", func(t *Therapist) *[]CheckIn { return &t.CheckIns }, list(checkInFormat), omitEmpty),
		field("created", func(t *Therapist) *time.Time { return &t.Created }, timestamp, always),
		field("updated", func(t *Therapist) *time.Time { return &t.Updated }, timestamp, always),
	}
	therapistFormat = object(therapistMembers, nil)

	// A recently deleted therapist is a therapist with two members more.
	deletedFormat = object(append(embedded(func(d *DeletedTherapist) *Therapist { return &d.Therapist }, therapistMembers),
		field("deleted_at", func(d *DeletedTherapist) *time.Time { return &d.DeletedAt }, timestamp, always),
		field("place", func(d *DeletedTherapist) *int { return &d.Place }, wholeNumber, always),
	), nil)

	// omitempty never leaves out a struct, so an answer's "at" is always
	// written.
	answerFormat = object([]member[checklist.Answer]{
		field("status", func(a *checklist.Answer) *checklist.Status { return &a.Status }, textOf[checklist.Status](), always),
		field("value", func(a *checklist.Answer) *string { return &a.Value }, text, omitEmpty),
		field("note", func(a *checklist.Answer) *string { return &a.Note }, text, omitEmpty),
		field("at", func(a *checklist.Answer) *time.Time { return &a.At }, timestamp, always),
	}, nil)

	// interview is a therapist's answers, sized for every catalogue
	// question answered so a map does not grow step by step; a partner's
	// few answers waste little.
	interview = mapOf(answerFormat, len(checklist.Catalogue()))

	verificationFormat = object([]member[Verification]{
		field("license_checked_on", func(v *Verification) *string { return &v.LicenseCheckedOn }, text, omitEmpty),
		field("license_number", func(v *Verification) *string { return &v.LicenseNumber }, text, omitEmpty),
		field("license_type", func(v *Verification) *string { return &v.LicenseType }, text, omitEmpty),
		field("license", func(v *Verification) *LicenseResult { return &v.License }, textOf[LicenseResult](), omitEmpty),
		field("aasect_checked_on", func(v *Verification) *string { return &v.AASECTCheckedOn }, text, omitEmpty),
		field("aasect", func(v *Verification) *AASECTResult { return &v.AASECT }, textOf[AASECTResult](), omitEmpty),
		field("notes", func(v *Verification) *string { return &v.Notes }, text, omitEmpty),
	}, (*Verification).IsZero)

	checkInFormat = object([]member[CheckIn]{
		field("at", func(c *CheckIn) *time.Time { return &c.At }, timestamp, always),
		field("after", func(c *CheckIn) *string { return &c.After }, text, omitEmpty),
		field("answers", func(c *CheckIn) *map[string]checklist.Answer { return &c.Answers }, mapOf(answerFormat, 0), omitEmpty),
	}, nil)

	// The person's own questions: their layout of the catalogue.
	layoutFormat = object([]member[checklist.Layout]{
		field("categories", func(l *checklist.Layout) *[]checklist.Category { return &l.Categories }, list(categoryFormat), omitEmpty),
		field("questions", func(l *checklist.Layout) *[]checklist.Question { return &l.Questions }, list(questionFormat), omitEmpty),
		field("category_order", func(l *checklist.Layout) *[]checklist.CategoryID { return &l.CategoryOrder }, list(textOf[checklist.CategoryID]()), omitEmpty),
		field("question_order", func(l *checklist.Layout) *[]string { return &l.QuestionOrder }, list(text), omitEmpty),
		field("hidden", func(l *checklist.Layout) *[]string { return &l.Hidden }, list(text), omitEmpty),
		field("archive", func(l *checklist.Layout) *[]checklist.Archived { return &l.Archive }, list(archivedFormat), omitEmpty),
	}, nil)

	categoryFormat = object([]member[checklist.Category]{
		field("id", func(c *checklist.Category) *checklist.CategoryID { return &c.ID }, textOf[checklist.CategoryID](), always),
		field("title", func(c *checklist.Category) *string { return &c.Title }, text, always),
		field("blurb", func(c *checklist.Category) *string { return &c.Blurb }, text, always),
	}, nil)

	questionFormat = object([]member[checklist.Question]{
		field("id", func(q *checklist.Question) *string { return &q.ID }, text, always),
		field("category", func(q *checklist.Question) *checklist.CategoryID { return &q.Category }, textOf[checklist.CategoryID](), always),
		field("prompt", func(q *checklist.Question) *string { return &q.Prompt }, text, always),
		field("short", func(q *checklist.Question) *string { return &q.Short }, text, always),
		field("hint", func(q *checklist.Question) *string { return &q.Hint }, text, always),
		field("source", func(q *checklist.Question) *string { return &q.Source }, text, always),
		field("vetted_own", func(q *checklist.Question) *bool { return &q.VettedOwn }, boolean, omitEmpty),
		field("kind", func(q *checklist.Question) *checklist.Kind { return &q.Kind }, textOf[checklist.Kind](), always),
		field("choices", func(q *checklist.Question) *[]checklist.Choice { return &q.Choices }, list(choiceFormat), omitEmpty),
		field("unit", func(q *checklist.Question) *string { return &q.Unit }, text, omitEmpty),
		field("min", func(q *checklist.Question) *int64 { return &q.Min }, wholeOf[int64](), omitEmpty),
		field("max", func(q *checklist.Question) *int64 { return &q.Max }, wholeOf[int64](), omitEmpty),
		field("note_prompt", func(q *checklist.Question) *string { return &q.NotePrompt }, text, omitEmpty),
		field("better", func(q *checklist.Question) *string { return &q.Better }, text, omitEmpty),
		field("personal", func(q *checklist.Question) *bool { return &q.Personal }, boolean, omitEmpty),
		field("opt_in", func(q *checklist.Question) *bool { return &q.OptIn }, boolean, omitEmpty),
		field("starts_must", func(q *checklist.Question) *bool { return &q.StartsMust }, boolean, omitEmpty),
	}, nil)

	choiceFormat = object([]member[checklist.Choice]{
		field("id", func(c *checklist.Choice) *string { return &c.ID }, text, always),
		field("label", func(c *checklist.Choice) *string { return &c.Label }, text, always),
	}, nil)

	archivedFormat = object([]member[checklist.Archived]{
		field("question", func(a *checklist.Archived) *checklist.Question { return &a.Question }, questionFormat, always),
		field("reason", func(a *checklist.Archived) *string { return &a.Reason }, text, always),
		field("at", func(a *checklist.Archived) *time.Time { return &a.At }, timestamp, always),
		field("answers", func(a *checklist.Archived) *map[string]checklist.Answer { return &a.Answers }, mapOf(answerFormat, 0), omitEmpty),
		field("partner_answers", func(a *checklist.Archived) *map[string]checklist.Answer { return &a.PartnerAnswers }, mapOf(answerFormat, 0), omitEmpty),
	}, nil)
)
