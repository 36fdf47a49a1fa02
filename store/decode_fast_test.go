package store

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store/format"
)

// agreesWithJSON checks the fast path against encoding/json on data: if
// the fast path accepts, encoding/json must accept and decode the same
// notebook. It reports whether the fast path accepted.
func agreesWithJSON(t *testing.T, name string, data []byte) bool {
	t.Helper()
	fast, ok := decodeFast(data)
	if !ok {
		return false
	}
	slow := &Notebook{}
	err := fileFields.Decode(data, slow)
	if err != nil {
		t.Fatalf("%s: the fast path accepted what encoding/json refuses (%v)", name, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%s: the fast path decoded\n%+v\nencoding/json decoded\n%+v", name, fast, slow)
	}
	return true
}

func TestDecodeFastAgrees(t *testing.T) {
	nb := sampleNotebook(t, 40)
	nb.Therapists[3].PartnerAnswers = map[string]checklist.Answer{checklist.QComfort: {Status: checklist.StatusAnswered, Value: "2"}}
	nb.Therapists[4].Notes = "line\none \"quoted\" \\ tab\t \u009b \u202e \U000E0041 Zoë 陈静 👩‍👩‍👧 \xed\xa0\x80"
	nb.Therapists[5].Updated = time.Date(2026, 1, 2, 3, 4, 5, 6, time.FixedZone("", -5*3600))
	nb.Therapists[6].AddCheckIn(CheckIn{At: nb.Therapists[5].Updated, After: checklist.AfterFirst,
		Answers: map[string]checklist.Answer{checklist.CheckComfort: {Status: checklist.StatusAnswered, Value: "2", Note: "tense"}}})
	nb.Therapists[6].AddCheckIn(CheckIn{At: nb.Therapists[5].Updated.UTC()})
	withOwnQuestions(t, nb)
	nb.Therapists[7].Verification = Verification{LicenseNumber: "PSY 1", License: LicenseActive, Notes: "a\nb"}
	nb.PrepForm = PrepForm{Entries: map[string]string{"goals": "talk \"again\""}, Medications: []Medication{{Name: "x", Dose: "1 mg"}, {Name: "y"}}}
	nb.DeleteTherapist(nb.Therapists[6].ID, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	nb.DeleteTherapist(nb.Therapists[0].ID, time.Date(2026, 12, 2, 9, 0, 0, 0, time.FixedZone("", 3600)))
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{`"deleted": [`, `"archive": [`, `"max": 1000000`, `"medications": [`, `"verification": {`} {
		if !bytes.Contains(data, []byte(part)) {
			t.Fatalf("the notebook has no %s to read", part)
		}
	}
	if !agreesWithJSON(t, "a saved notebook", data) {
		t.Fatal("the fast path gave up on a notebook vetted wrote")
	}
	// Hand edits that are still notebooks: it must read them right or give
	// up, never read them otherwise.
	edits := []string{
		strings.ReplaceAll(string(data), "\n", "\r\n"),
		strings.ReplaceAll(string(data), ": ", ":"),
		strings.Replace(string(data), `"name"`, `"Name"`, 1),
		strings.Replace(string(data), `"name"`, `"n\u0061me"`, 1),
		strings.Replace(string(data), `"version": 1`, `"version": 1.0`, 1),
		strings.Replace(string(data), `"version": 1`, `"version": 01`, 1),
		strings.Replace(string(data), `"version": 1`, `"version": -0`, 1),
		strings.Replace(string(data), `"version": 1`, `"version": 1, "version": 1`, 1),
		strings.Replace(string(data), `"people": {`, `"people": null, "x": {`, 1),
		strings.Replace(string(data), `"prep": {`, `"prep": {"a": true, "a": false, `, 1),
		strings.Replace(string(data), `"status": "answered"`, `"status": "answered", "status": "x"`, 1),
		strings.Replace(string(data), `"Warm`, "\"\xff Warm", 1),
		strings.Replace(string(data), `"Warm`, `"\u00e9\ud83d\ude00 \ud800 Warm`, 1),
		strings.Replace(string(data), `"at": "`, `"at": "\u0032`, 1),
		strings.Replace(string(data), `"created": "2026-11-20T14:30:00Z"`, `"created": "2026-11-20T14:30:00+00:00"`, 1),
		strings.Replace(string(data), `"created": "2026-11-20T14:30:00Z"`, `"created": "20261120"`, 1),
		strings.Replace(string(data), `"created": "2026-11-20T14:30:00Z"`, `"created": null`, 1),
		strings.Replace(string(data), `"therapists": [`, `"therapists": [],"y":[`, 1),
		strings.Replace(string(data), `"place": 6`, `"place": 6.0`, 1),
		strings.Replace(string(data), `"place": 6`, `"place": -6`, 1),
		strings.Replace(string(data), `"place": 6`, `"place": "6"`, 1),
		strings.Replace(string(data), `"place": 6`, `"place": 6, "place": 7`, 1),
		strings.Replace(string(data), `"deleted_at": "`, `"deleted_at": null, "x": "`, 1),
		strings.Replace(string(data), `"deleted_at": "2026`, `"deleted_at": "20x6`, 1),
		strings.Replace(string(data), `"deleted": [`, `"deleted": [], "z": [`, 1),
		strings.Replace(string(data), `"deleted": [`, `"Deleted": [`, 1),
		strings.Replace(string(data), `"deleted": [`, `"deleted": null, "w": [`, 1),
		strings.Replace(string(data), `"max": 1000000`, `"max": 1000000.0`, 1),
		strings.Replace(string(data), `"max": 1000000`, `"max": 99999999999999999999`, 1),
		strings.Replace(string(data), `"max": 1000000`, `"max": -1000000`, 1),
		strings.Replace(string(data), `"max": 1000000`, `"max": true`, 1),
		strings.Replace(string(data), `"kind": "count"`, `"kind": "count", "vetted_own": true, "personal": false`, 1),
		strings.Replace(string(data), `"kind": "count"`, `"kind": "count", "vetted_own": tru`, 1),
		strings.Replace(string(data), `"questions": {`, `"questions": null, "v": {`, 1),
		strings.Replace(string(data), `"archive": [`, `"archive": [], "u": [`, 1),
		strings.Replace(string(data), `"choices": [`, `"Choices": [`, 1),
		strings.Replace(string(data), `"medications": [`, `"medications": null, "m": [`, 1),
		strings.Replace(string(data), `"license": "active"`, `"license": "active", "license": "x"`, 1),
		string(data) + " {}",
		string(data) + " \n\t",
		string(data[:len(data)/2]),
		`{"version": 1, "therapists": []}`,
		`{"version": 1, "therapists": null}`,
		`{"version": 2, "therapists": [], "deleted": []}`,
		`{"version": 2, "therapists": [], "deleted": [{"id": "a", "name": "A", "status": "", "created": "2026-01-02T03:04:05Z", "updated": "2026-01-02T03:04:05Z", "deleted_at": "2026-01-02T03:04:05Z", "place": 0}]}`,
		`{"version": 99999999999999999999, "therapists": []}`,
		`{"version": 1, "importance": {"a": "must", "a": "nice"}, "therapists": [{"id": "a", "name": "A", "answers": {"q": {"status": "answered"}, "q": {"value": "x"}}}]}`,
		`[]`, `""`, ``, `{`, `{"version": 1,}`,
	}
	accepted := 0
	for i, e := range edits {
		if agreesWithJSON(t, fmt.Sprintf("edit %d", i), []byte(e)) {
			accepted++
		}
	}
	if accepted < 5 {
		t.Fatalf("the fast path read only %d of the edits; the test meant it to read several", accepted)
	}
}

// TestDecodeKeepsItsRefusals checks that a file the fast path gives up on
// is refused with encoding/json's located message, as before.
func TestDecodeKeepsItsRefusals(t *testing.T) {
	data, err := Encode(sampleNotebook(t, 2))
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Replace(data, []byte(`"notes"`), []byte(`"nots"`), 1)
	_, err = Decode(bad)
	fe, ok := err.(*format.Error)
	if !ok || !strings.Contains(fe.Problem, "field this vetted does not know") || fe.Line == 0 {
		t.Fatalf("an unknown field: %v", err)
	}
}

// FuzzDecodeFast checks on arbitrary bytes that whatever the fast path
// accepts, encoding/json accepts and decodes the same.
func FuzzDecodeFast(f *testing.F) {
	for _, tc := range corrupt {
		f.Add([]byte(tc.data))
	}
	f.Add([]byte(`{"version": 2, "therapists": [], "deleted": [{"id": "a", "name": "A", "answers": {"q": {"status": "answered"}}, "deleted_at": "2026-01-02T03:04:05Z", "place": 3}]}`))
	f.Add([]byte(`{"version": 1, "people": {"me": "a\u00e9"}, "prep": {"x": true}, "therapists": [{"id": "a", "name": "A", "answers": {"q": {"status": "answered", "value": "1", "at": "2026-01-02T03:04:05Z"}}, "created": "2026-01-02T03:04:05.5+01:00"}]}`))
	// Every described part, small: own questions with an archive, the
	// profile, the preparation form, a credential check and a check-in.
	f.Add([]byte(`{"version": 2, "questions": {"categories": [{"id": "own.c", "title": "T", "blurb": ""}], "questions": [{"id": "own.q", "category": "own.c", "prompt": "P?", "short": "P", "hint": "", "source": "", "kind": "count", "max": 9}], "hidden": ["fees.session"], "archive": [{"question": {"id": "own.r", "category": "own.c", "prompt": "R?", "short": "R", "hint": "", "source": "", "kind": "choice", "choices": [{"id": "c1", "label": "A"}]}, "reason": "deleted", "at": "2026-01-02T03:04:05Z", "answers": {"a": {"status": "answered", "value": "c1", "at": "0001-01-01T00:00:00Z"}}}]}, "profile": {"concerns": ["concern.pain"], "with_partner": true}, "prep_form": {"entries": {"goals": "x"}, "medications": [{"name": "m", "dose": "1"}]}, "therapists": [{"id": "a", "name": "A", "status": "", "verification": {"license": "active"}, "check_ins": [{"at": "2026-01-02T03:04:05Z", "answers": {"check.comfort": {"status": "answered", "value": "2", "at": "2026-01-02T03:04:05Z"}}}], "created": "2026-01-02T03:04:05Z", "updated": "2026-01-02T03:04:05Z"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		agreesWithJSON(t, "fuzz input", data)
	})
}

// withOwnQuestions gives nb questions of the person's own: a category, a
// choice question and a number question (with the bound the question
// editor gives it), the first deleted
// with its answer into the archive, and a hidden built-in question.
func withOwnQuestions(t *testing.T, nb *Notebook) {
	t.Helper()
	cat := nb.AddCategory("Practicalities \u202e")
	parking, err := nb.AddQuestion(checklist.Question{Category: cat.ID, Kind: checklist.KindChoice, Prompt: "Is there parking?",
		Choices: []checklist.Choice{{Label: "On site"}, {Label: "None"}}, Better: "first"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nb.AddQuestion(checklist.Question{Category: checklist.Logistics, Kind: checklist.KindCount, Prompt: "How many sessions?"}); err != nil {
		t.Fatal(err)
	}
	nb.Therapists[1].SetAnswer(parking.ID, checklist.Answer{Status: checklist.StatusAnswered, Value: parking.Choices[0].ID})
	if _, err := nb.DeleteQuestion(parking.ID, time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := nb.SetHidden(checklist.QFee, true); err != nil {
		t.Fatal(err)
	}
}
