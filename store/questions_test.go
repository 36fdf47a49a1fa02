package store

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store/format"
)

// v1Fixture is a notebook written by vetted format 1 (the demo, plus an
// answer to a question no catalogue has), committed so the migration is
// tested against real bytes of the old format.
const v1Fixture = "testdata/notebook-v1.json"

func TestNewerFormatIsRefusedByTheFutureVersionMessage(t *testing.T) {
	// A version 3 file stands in for what a version 2 file is to a
	// version 1 vetted: the same check refuses both.
	data, err := os.ReadFile(v1Fixture)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"version": 1,`), []byte(`"version": 3,`), 1)
	_, err = Decode(data)
	var fe *format.Error
	if !errors.As(err, &fe) || fe.Problem != "made by a newer vetted (format 3); this vetted reads format 2 — update vetted" {
		t.Errorf("got %v", err)
	}
}

// ownNotebook is a notebook with one therapist and one question of the
// person's own, answered.
func ownNotebook(t *testing.T) (*Notebook, checklist.Question) {
	t.Helper()
	nb := New()
	nb.Therapists = append(nb.Therapists, Therapist{ID: "t1", Name: "A", Status: ToContact}, Therapist{ID: "t2", Name: "B", Status: ToContact})
	q, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindYesNo, Better: "yes",
		Prompt: "Can we meet on weekends?", Hint: "I work weekdays."})
	if err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
	return nb, q
}

func TestAddQuestionGetsAnOwnIDAndAppearsInItsCategory(t *testing.T) {
	nb, q := ownNotebook(t)
	if !strings.HasPrefix(q.ID, checklist.OwnPrefix) || len(q.ID) != len(checklist.OwnPrefix)+12 {
		t.Errorf("ID %q", q.ID)
	}
	if _, ok := checklist.ByID(q.ID); ok {
		t.Error("an own ID is also a built-in one")
	}
	in := nb.Catalogue().InCategory(checklist.Logistics)
	if in[len(in)-1].ID != q.ID || in[len(in)-1].Short != "Can we meet on weekends" {
		t.Errorf("last of logistics is %+v", in[len(in)-1])
	}
	if _, err := nb.AddQuestion(checklist.Question{Category: "nowhere", Kind: checklist.KindText, Prompt: "x"}); err == nil {
		t.Error("a question in a category that does not exist was added")
	}
	if _, err := nb.AddQuestion(checklist.Question{Category: checklist.Fees, Kind: "colour", Prompt: "x"}); err == nil {
		t.Error("a question of an unknown kind was added")
	}
	c := nb.AddCategory("Practicalities")
	q2, err := nb.AddQuestion(checklist.Question{Category: c.ID, Kind: checklist.KindText, Prompt: "Parking?"})
	if err != nil {
		t.Fatal(err)
	}
	cats := nb.Catalogue().Categories()
	if cats[len(cats)-1].ID != c.ID || nb.Catalogue().InCategory(c.ID)[0].ID != q2.ID {
		t.Errorf("the new category is not last with its question: %v", cats)
	}
}

func TestEditKeepsAnswersUnlessTheKindChanges(t *testing.T) {
	nb, q := ownNotebook(t)
	before := nb.Snapshot()
	q.Prompt, q.Hint = "Weekends?", "Saturdays at least."
	if n, err := nb.EditQuestion(q, time.Now()); err != nil || n != 0 {
		t.Fatalf("edit of wording: archived %d, %v", n, err)
	}
	if got, _ := nb.Catalogue().ByID(q.ID); got.Prompt != "Weekends?" || got.Hint != "Saturdays at least." {
		t.Errorf("edit not applied: %+v", got)
	}
	if nb.Therapists[0].Answers[q.ID].Value != "yes" {
		t.Error("an edit of wording lost the answer")
	}
	q.Kind, q.Better = checklist.KindRating, "higher"
	n, err := nb.EditQuestion(q, time.Now())
	if err != nil || n != 1 {
		t.Fatalf("kind change archived %d (want 1), %v", n, err)
	}
	if _, ok := nb.Therapists[0].Answers[q.ID]; ok {
		t.Error("a yes/no answer stayed under a rating question")
	}
	if a := nb.Questions.Archive[0]; a.Answers["t1"].Value != "yes" || a.Question.Kind != checklist.KindYesNo || a.Reason != checklist.ReasonKindChanged {
		t.Errorf("archive = %+v", a)
	}
	if got, _ := before.Catalogue().ByID(q.ID); got.Prompt != "Can we meet on weekends?" || before.Therapists[0].Answers[q.ID].Value != "yes" {
		t.Error("an edit changed a snapshot taken before it")
	}
	// Restoring swaps: the yes/no question and its answer come back, the
	// rating one goes to the archive with its answer.
	nb.Therapists[1].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "4"})
	if n, err := nb.Restore(0, time.Now()); err != nil || n != 1 {
		t.Fatalf("restore gave %d, %v", n, err)
	}
	if got, _ := nb.Catalogue().ByID(q.ID); got.Kind != checklist.KindYesNo || nb.Therapists[0].Answers[q.ID].Value != "yes" {
		t.Errorf("restore: %+v %+v", got, nb.Therapists[0].Answers)
	}
	if len(nb.Questions.Archive) != 1 || nb.Questions.Archive[0].Answers["t2"].Value != "4" {
		t.Errorf("the rating answer was not archived in turn: %+v", nb.Questions.Archive)
	}
}

func TestDeleteWithAnswersArchivesAndRestoreBringsBack(t *testing.T) {
	nb, q := ownNotebook(t)
	nb.Therapists[1].SetPartnerAnswer(q.ID, checklist.Answer{Status: checklist.StatusSkipped})
	if c := nb.AnswerCount(q.ID); c != 2 {
		t.Errorf("AnswerCount = %d, want 2", c)
	}
	n, err := nb.DeleteQuestion(q.ID, time.Now())
	if err != nil || n != 2 {
		t.Fatalf("delete archived %d, %v", n, err)
	}
	if _, ok := nb.Catalogue().ByID(q.ID); ok {
		t.Error("deleted question still in the catalogue")
	}
	if nb.AnswerCount(q.ID) != 0 {
		t.Error("answers stayed with the therapists")
	}
	if _, err := nb.DeleteQuestion(checklist.QFee, time.Now()); err == nil {
		t.Error("a built-in question was deleted")
	}
	nb.Catalogue() // a merged layout, as a screen would have asked for
	if n, err := nb.Restore(0, time.Now()); err != nil || n != 1 {
		t.Fatalf("restore gave %d, %v", n, err)
	}
	if got, ok := nb.Catalogue().ByID(q.ID); !ok || got.Prompt != q.Prompt {
		t.Error("the restored question is not in the catalogue")
	}
	if ids, _ := nb.Orphans(); len(ids) != 0 {
		t.Errorf("restored answers show as kept for an unknown question: %v", ids)
	}
	if nb.Therapists[0].Answers[q.ID].Value != "yes" || nb.Therapists[1].PartnerAnswers[q.ID].Status != checklist.StatusSkipped {
		t.Error("answers not restored")
	}
	if len(nb.Questions.Archive) != 0 {
		t.Errorf("archive not emptied: %+v", nb.Questions.Archive)
	}
}

func TestHideAndReorder(t *testing.T) {
	nb, q := ownNotebook(t)
	if err := nb.SetHidden(checklist.QHours, true); err != nil {
		t.Fatal(err)
	}
	if err := nb.SetHidden(q.ID, true); err == nil {
		t.Error("an own question was hidden rather than deleted")
	}
	set := nb.Catalogue()
	for _, o := range set.Questions() {
		if o.ID == checklist.QHours {
			t.Error("a hidden question is still asked")
		}
	}
	if _, ok := set.ByID(checklist.QHours); !ok || !set.Hidden(checklist.QHours) {
		t.Error("a hidden question is gone rather than hidden")
	}
	if !nb.MoveQuestion(q.ID, -1) {
		t.Fatal("did not move")
	}
	in := nb.Catalogue().InCategory(checklist.Logistics)
	if in[len(in)-2].ID != q.ID {
		t.Errorf("own question not one up: %v", in)
	}
	if nb.MoveQuestion(checklist.QLocation, -1) {
		t.Error("the first question moved above the top")
	}
	if !nb.MoveCategory(checklist.Safety, -4) {
		t.Fatal("category did not move")
	}
	if cats := nb.Catalogue().Categories(); cats[0].ID != checklist.Safety || cats[1].ID != checklist.Education {
		t.Errorf("categories %v", cats)
	}
	if err := nb.SetHidden(checklist.QHours, false); err != nil {
		t.Fatal(err)
	}
	if nb.Catalogue().Hidden(checklist.QHours) {
		t.Error("not shown again")
	}
}

func TestOwnQuestionsSurviveEncodeDecodeByteForByte(t *testing.T) {
	nb, _ := ownNotebook(t)
	c := nb.AddCategory("Mine \u202e<b>")
	if _, err := nb.AddQuestion(checklist.Question{Category: c.ID, Kind: checklist.KindChoice, Prompt: "Which day?",
		Choices: []checklist.Choice{{Label: "Sat"}, {Label: "Sun"}}}); err != nil {
		t.Fatal(err)
	}
	nb.MoveCategory(c.ID, -1)
	first, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(first)
	if err != nil {
		t.Fatal(err)
	}
	second, err := Encode(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Errorf("encode, decode, encode differ:\n%s\n---\n%s", first, second)
	}
	if bytes.Contains(first, []byte("\u202e")) {
		t.Error("a bidi override was written raw")
	}
}

func TestUnknownOwnKindIsRefusedWithItsPlace(t *testing.T) {
	nb, q := ownNotebook(t)
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"kind": "yesno"`), []byte(`"kind": "colour"`), 1)
	_, err = Decode(data)
	var fe *format.Error
	if !errors.As(err, &fe) || fe.Line == 0 || !strings.Contains(fe.Problem, "answer kind this vetted does not know") {
		t.Fatalf("got %v", err)
	}
	lines := strings.Split(string(data), "\n")
	if got := lines[fe.Line-1][fe.Column-1:]; !strings.HasPrefix(got, `"colour"`) {
		t.Errorf("line %d column %d points at %q", fe.Line, fe.Column, got)
	}
	// An own question with a built-in's ID is refused too.
	data, _ = Encode(nb)
	data = bytes.Replace(data, []byte(q.ID), []byte(checklist.QFee), 1)
	if _, err := Decode(data); err == nil {
		t.Error("an own question with a built-in ID was accepted")
	}
}

func TestDeleteCategoryOnlyWhenEmpty(t *testing.T) {
	nb := New()
	c := nb.AddCategory("Mine")
	q, err := nb.AddQuestion(checklist.Question{Category: c.ID, Kind: checklist.KindText, Prompt: "x?"})
	if err != nil {
		t.Fatal(err)
	}
	if err := nb.DeleteCategory(c.ID); err == nil {
		t.Error("a category with a question was deleted")
	}
	if err := nb.DeleteCategory(checklist.Fees); err == nil {
		t.Error("a built-in category was deleted")
	}
	if _, err := nb.DeleteQuestion(q.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := nb.DeleteCategory(c.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := nb.Catalogue().CategoryByID(c.ID); ok {
		t.Error("still there")
	}
	// Restoring its question brings a category back for it.
	if _, err := nb.Restore(0, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got, ok := nb.Catalogue().ByID(q.ID); !ok || len(nb.Catalogue().InCategory(got.Category)) != 1 {
		t.Error("the restored question has no category to sit in")
	}
}
