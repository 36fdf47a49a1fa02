package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
)

// TestOwnQuestionsAndKeptAnswersInEveryExport: a question of the person's
// own is a row of its category in the CSV and the Markdown; a hidden
// built-in is not; an answer to a question no longer in the list is shown
// under its ID, in a group of its own.
func TestOwnQuestionsAndKeptAnswersInEveryExport(t *testing.T) {
	nb := demo.Notebook()
	q, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindYesNo, Prompt: "Can we meet on weekends?", Short: "Weekends"})
	if err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
	nb.Therapists[1].SetAnswer("edu.gone", checklist.Answer{Status: checklist.StatusAnswered, Value: "kept words"})
	if err := nb.SetHidden(checklist.QHours, true); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := CSV(&b, nb); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := map[string][]string{}
	for _, r := range rows {
		found[r[1]] = r
	}
	if r, ok := found["Weekends"]; !ok || r[0] != "Logistics" || r[2] != "yes" {
		t.Errorf("own question row: %q", r)
	}
	if _, ok := found["Office hours"]; ok {
		t.Error("a hidden question is exported")
	}
	if r, ok := found["edu.gone (not in your list)"]; !ok || r[3] != "kept words" {
		t.Errorf("kept answer row: %q", r)
	}
	b.Reset()
	if err := Markdown(&b, nb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "| Weekends |") || !strings.Contains(b.String(), "kept words") {
		t.Error("the Markdown export lacks the own question or the kept answer")
	}
}

// TestOwnQuestionsSurviveJSONExportAndBack: the JSON export of a notebook
// with questions of one's own opens as a notebook whose export is the same
// bytes, with the same IDs.
func TestOwnQuestionsSurviveJSONExportAndBack(t *testing.T) {
	nb := demo.Notebook()
	c := nb.AddCategory("Practicalities")
	q, err := nb.AddQuestion(checklist.Question{Category: c.ID, Kind: checklist.KindMulti, Prompt: "Which days?",
		Choices: []checklist.Choice{{Label: "Sat"}, {Label: "Sun"}}})
	if err != nil {
		t.Fatal(err)
	}
	nb.Therapists[0].SetAnswer(q.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: "c1,c2"})
	if _, err := nb.DeleteQuestion(q.ID, nb.Therapists[0].Created); err != nil {
		t.Fatal(err)
	}
	if _, err := nb.Restore(0, nb.Therapists[0].Created); err != nil {
		t.Fatal(err)
	}
	var first, second bytes.Buffer
	if err := Write(&first, nb, "json"); err != nil {
		t.Fatal(err)
	}
	back, err := store.Decode(first.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(&second, back, "json"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("the JSON export changed on the way back")
	}
	if got, ok := back.Catalogue().ByID(q.ID); !ok || got.Prompt != "Which days?" || back.Therapists[0].Answers[q.ID].Value != "c1,c2" {
		t.Errorf("after the round trip: %+v, %+v", got, back.Therapists[0].Answers[q.ID])
	}
}
