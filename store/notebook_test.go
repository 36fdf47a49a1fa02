package store

import (
	"bytes"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

func TestNew(t *testing.T) {
	nb := New()
	if nb.Version != SchemaVersion {
		t.Errorf("version %d, want %d", nb.Version, SchemaVersion)
	}
	// Writing into the maps must not panic.
	nb.Importance[checklist.QFee] = checklist.MustHave
	nb.Prep["goals"] = true
	data, err := Encode(New())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"therapists": []`)) {
		t.Errorf("an empty roster should encode as [], got:\n%s", data)
	}
	if _, err := Decode(data); err != nil {
		t.Errorf("New() does not decode: %v", err)
	}
}

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id := NewID()
		if len(id) != 16 {
			t.Fatalf("ID %q: want 16 hex digits", id)
		}
		for _, c := range id {
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
				t.Fatalf("ID %q is not lowercase hex", id)
			}
		}
		if seen[id] {
			t.Fatalf("ID %q repeated", id)
		}
		seen[id] = true
	}
}

func TestFind(t *testing.T) {
	nb := sampleNotebook(t, 3)
	for i, th := range nb.Therapists {
		if got, ok := nb.Find(th.ID); !ok || got != i {
			t.Errorf("Find(%q) = %d, %v; want %d, true", th.ID, got, ok, i)
		}
	}
	if got, ok := nb.Find("nobody"); ok || got != -1 {
		t.Errorf("Find(missing) = %d, %v; want -1, false", got, ok)
	}
}

func TestAnswersFor(t *testing.T) {
	nb := sampleNotebook(t, 3)
	delete(nb.Therapists[1].Answers, checklist.QFee)
	nb.Therapists[2].Answers[checklist.QFee] = checklist.Answer{Status: checklist.StatusSkipped}
	got := nb.AnswersFor(checklist.QFee)
	if len(got) != 3 {
		t.Fatalf("got %d answers, want one per therapist", len(got))
	}
	if got[0].Value != "185.00" || !got[0].Answered() {
		t.Errorf("first: %+v", got[0])
	}
	if got[1] != (checklist.Answer{}) {
		t.Errorf("missing answer: got %+v, want the zero Answer", got[1])
	}
	if got[2].Status != checklist.StatusSkipped {
		t.Errorf("third: %+v, want skipped", got[2])
	}
	if n := len(New().AnswersFor(checklist.QFee)); n != 0 {
		t.Errorf("empty roster: %d answers", n)
	}
}

func TestCloneIsIndependent(t *testing.T) {
	nb := sampleNotebook(t, 2)
	nb.Therapists[0].PartnerAnswers = map[string]checklist.Answer{checklist.QComfort: {Status: checklist.StatusAnswered, Value: "5"}}
	before, _ := Encode(nb)
	c := nb.Clone()
	if got, _ := Encode(c); !bytes.Equal(got, before) {
		t.Fatal("a clone encodes differently")
	}

	c.People.Me = "changed"
	c.Importance[checklist.QFee] = checklist.Ignore
	c.Prep["goals"] = false
	c.Therapists[0].Name = "changed"
	c.Therapists[0].Answers[checklist.QFee] = checklist.Answer{Value: "1.00"}
	c.Therapists[0].PartnerAnswers[checklist.QComfort] = checklist.Answer{Value: "1"}
	delete(c.Therapists[1].Answers, checklist.QLicense)
	c.Therapists = append(c.Therapists, Therapist{ID: "new", Name: "New"})

	if after, _ := Encode(nb); !bytes.Equal(after, before) {
		t.Error("changing the clone changed the original")
	}
	if (*Notebook)(nil).Clone() != nil {
		t.Error("Clone of nil should be nil")
	}
}

func TestCloneKeepsNilMapsNil(t *testing.T) {
	nb := &Notebook{Version: 1, Therapists: []Therapist{{ID: "a", Name: "A"}}}
	c := nb.Clone()
	if c.Importance != nil || c.Therapists[0].Answers != nil {
		t.Error("Clone turned nil maps into empty ones")
	}
}
