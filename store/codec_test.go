package store

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store/format"
)

func TestEncodeShape(t *testing.T) {
	data, err := Encode(sampleNotebook(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("{\n  \"version\": 2,\n")) {
		t.Errorf("not 2-space indented JSON starting with the version:\n%.60s", data)
	}
	if !bytes.HasSuffix(data, []byte("}\n")) || bytes.HasSuffix(data, []byte("\n\n")) {
		t.Error("want exactly one trailing newline")
	}
}

func TestEncodeDeterministic(t *testing.T) {
	nb := sampleNotebook(t, 20)
	first, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	// Maps iterate in random order; many encodes would expose any order
	// leaking into the output.
	for range 20 {
		again, err := Encode(nb.Clone())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, again) {
			t.Fatal("the same notebook encoded to different bytes")
		}
	}
}

func TestEncodeKeepsHTMLCharacters(t *testing.T) {
	nb := New()
	nb.Therapists = append(nb.Therapists, Therapist{ID: "a", Name: "Kim & Lee <clinic>", Status: ToContact})
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"Kim & Lee <clinic>"`)) {
		t.Error("& < > were escaped; the file should stay readable by hand")
	}
}

func TestRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 7} {
		nb := sampleNotebook(t, n)
		data, err := Encode(nb)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Decode(data)
		if err != nil {
			t.Fatalf("%d therapists: %v", n, err)
		}
		again, err := Encode(back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, again) {
			t.Errorf("%d therapists: decode then encode changed the bytes", n)
		}
		if len(back.Therapists) != n {
			t.Errorf("got %d therapists, want %d", len(back.Therapists), n)
		}
	}
}

func TestDecodeMakesMaps(t *testing.T) {
	nb, err := Decode([]byte(`{"version":1,"therapists":[{"id":"a","name":"A","status":"to_contact"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if nb.Importance == nil || nb.Prep == nil || nb.Therapists[0].Answers == nil || nb.Therapists[0].PartnerAnswers == nil {
		t.Error("a decoded notebook has nil maps; writing into them would panic")
	}
	nb, err = Decode([]byte(`{"version":1}`))
	if err != nil {
		t.Fatal(err)
	}
	if nb.Therapists == nil {
		t.Error("missing therapists should decode as an empty roster")
	}
}

func TestDecodeKeepsUnknownQuestions(t *testing.T) {
	const future = "future.question_from_a_newer_catalogue"
	if _, ok := checklist.ByID(future); ok {
		t.Fatal("test needs an ID the catalogue lacks")
	}
	nb := sampleNotebook(t, 1)
	nb.Therapists[0].Answers[future] = checklist.Answer{Status: checklist.StatusAnswered, Value: "7"}
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Therapists[0].Answers[future].Value; got != "7" {
		t.Errorf("answer to an unknown question: got %q, want it kept", got)
	}
}

// corrupt lists inputs Decode must refuse, with a piece of the problem
// each must report and, where JSON can say, the place.
var corrupt = []struct {
	name      string
	data      string
	problem   string
	line, col int // 0: not checked
}{
	{"empty", "", "empty", 0, 0},
	{"blank", " \n\t", "empty", 0, 0},
	{"not JSON", "hello", "not valid JSON", 1, 1},
	{"syntax error placed", "{\n  \"version\": 1,\n  \"therapists\": [\n    {\"id\": \"a\", \"name\": x}\n  ]\n}\n", "not valid JSON", 4, 25},
	{"columns in characters", "{\"people\": {\"me\": \"Zoë\"}, x}", "not valid JSON", 1, 27},
	{"truncated", "{\n  \"version\": 1,\n  \"therap", "ends too early", 3, 10},
	{"trailing data", "{\"version\": 1}\n{\"version\": 1}\n", "more data after", 2, 1},
	{"trailing garbage", "{\"version\": 1} x", "more data after", 1, 16},
	{"top-level list", "[]", "should be an object", 0, 0},
	{"top-level string", `"notebook"`, "should be an object", 0, 0},
	{"null", "null", "no format version", 0, 0},
	{"version as text", "{\n  \"version\": \"1\"\n}", `"version" should be a whole number`, 2, 0},
	{"version fraction", `{"version": 1.5}`, `"version" should be a whole number`, 0, 0},
	{"version huge", `{"version": 1e400}`, `"version" should be a whole number`, 0, 0},
	{"therapists as object", `{"version": 1, "therapists": {}}`, `"therapists" should be a list`, 0, 0},
	{"name as number", `{"version": 1, "therapists": [{"id": "a", "name": 5}]}`, `"therapists.name" should be text`, 0, 0},
	{"answers as list", `{"version": 1, "therapists": [{"id": "a", "name": "A", "answers": []}]}`, `"therapists.answers" should be an object`, 0, 0},
	{"prep as text", `{"version": 1, "prep": {"goals": "yes"}}`, `"prep" should be true or false`, 0, 0},
	{"bad time", "{\"version\": 1, \"therapists\": [{\"id\": \"a\", \"name\": \"A\",\n  \"created\": \"last tuesday\"}]}", "date and time", 2, 14},
	{"time as number", `{"version": 1, "therapists": [{"id": "a", "name": "A", "created": 5}]}`, "date and time", 1, 67},
	{"bad updated after good created", "{\"version\": 1, \"therapists\": [{\"id\": \"a\", \"name\": \"A\",\n\"created\": \"2026-11-30T06:40:00Z\",\n\"updated\":\"2026-13-01T00:00:00Z\"}]}", "date and time", 3, 11},
	{"bad answer time", "{\"version\": 1, \"therapists\": [{\"id\": \"a\", \"name\": \"A\",\n \"answers\": {\"created\": {\"status\": \"answered\", \"at\": \"soon\"}}}]}", "date and time", 2, 54},
	{"invalid UTF-8", "{\"version\": 1,\n \"people\": {\"me\": \"Zo\xeb\"}}", "not UTF-8", 2, 22},
	{"invalid UTF-8 after accents", "{\"version\": 1, \"people\": {\"me\": \"Zoë \xff\"}}", "not UTF-8", 1, 38},
	{"truncated UTF-8 at the end", "{\"version\": 1, \"people\": {\"me\": \"\xe2\x82", "not UTF-8", 1, 34},
	{"missing version", `{"therapists": []}`, "no format version", 0, 0},
	{"zero version", `{"version": 0}`, "no format version", 0, 0},
	{"negative version", `{"version": -1}`, "not valid", 0, 0},
	{"future version", `{"version": 3}`, "made by a newer vetted (format 3); this vetted reads format 2 — update vetted", 0, 0},
	{"unknown field", "{\n  \"version\": 1,\n  \"therapist\": []\n}", "does not know", 3, 3},
	{"unknown field in therapist", "{\"version\": 1, \"therapists\": [{\"id\": \"a\", \"answers\": {}},\n {\"id\": \"b\", \"nmae\": \"B\"}]}", "does not know", 2, 14},
	{"unknown field in answer", "{\"version\": 1, \"therapists\": [{\"id\": \"a\", \"name\": \"A\",\n \"answers\": {\"nmae\": {\"status\": \"answered\", \"vaule\": \"x\"}}}]}", "does not know", 2, 45},
	{"empty ID", `{"version": 1, "therapists": [{"id": "", "name": "A"}]}`, "therapist 1 has no ID", 0, 0},
	{"missing ID", `{"version": 1, "therapists": [{"id": "a", "name": "A"}, {"name": "B"}]}`, "therapist 2 has no ID", 0, 0},
	{"null therapist", `{"version": 1, "therapists": [null]}`, "therapist 1 has no ID", 0, 0},
	{"duplicate IDs", `{"version": 1, "therapists": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "a", "name": "C"}]}`, "therapists 1 and 3 have the same ID", 0, 0},
	{"empty name", `{"version": 1, "therapists": [{"id": "a", "name": "  "}]}`, "therapist 1 has no name", 0, 0},
}

func TestDecodeRefusesCorrupt(t *testing.T) {
	for _, tc := range corrupt {
		t.Run(tc.name, func(t *testing.T) {
			nb, err := Decode([]byte(tc.data))
			if err == nil {
				t.Fatalf("accepted: %+v", nb)
			}
			var fe *format.Error
			if !errors.As(err, &fe) {
				t.Fatalf("got %T (%v), want *format.Error", err, err)
			}
			if !strings.Contains(fe.Problem, tc.problem) {
				t.Errorf("problem %q does not say %q", fe.Problem, tc.problem)
			}
			if tc.line != 0 && fe.Line != tc.line {
				t.Errorf("line %d, want %d (%v)", fe.Line, tc.line, err)
			}
			if tc.col != 0 && fe.Column != tc.col {
				t.Errorf("column %d, want %d (%v)", fe.Column, tc.col, err)
			}
			if fe.Line > 0 && !strings.HasPrefix(err.Error(), "line ") {
				t.Errorf("message %q does not start with its place", err)
			}
		})
	}
}

// secret is planted in notebooks to prove messages never quote them.
const secret = "Zxq-SECRET-erectile-9731"

func TestDecodeMessagesNeverQuoteTheFile(t *testing.T) {
	cases := map[string]string{
		"truncated in the secret": `{"version": 1, "therapists": [{"id": "a", "name": "` + secret[:10],
		"syntax after secret":     `{"version": 1, "therapists": [{"id": "a", "name": "` + secret + `" x}]}`,
		"bare secret":             secret,
		"secret as a key":         `{"version": 1, "` + secret + `": 1}`,
		"secret in a time":        `{"version": 1, "therapists": [{"id": "a", "name": "A", "created": "` + secret + `"}]}`,
		"secret as a number":      `{"version": 1, "therapists": [{"id": "a", "name": 97319731}]}`,
		"secret then no ID":       `{"version": 1, "therapists": [{"id": "a", "name": "` + secret + `"}, {"id": "", "name": "` + secret + `"}]}`,
		"secret as status":        `{"version": 1, "therapists": [{"id": "a", "name": "A", "answers": {"q": {"status": 9731}}}]}`,
	}
	for name, data := range cases {
		_, err := Decode([]byte(data))
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		for _, leak := range []string{secret, "SECRET", "9731", "erectile"} {
			if strings.Contains(err.Error(), leak) {
				t.Errorf("%s: message %q quotes the file (%q)", name, err, leak)
			}
		}
	}
}
