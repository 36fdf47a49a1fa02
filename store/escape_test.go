package store

import (
	"bytes"
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
)

// invisible holds runes that encoding/json passes through raw but that a
// terminal acts on or that hide and reorder text: the 8-bit CSI, another
// C1 control, DEL, a bidi override and isolate, a soft hyphen, the BOM and
// a tag character (outside the BMP, so escaped as a surrogate pair). The
// joiners stay: emoji and several scripts need them.
const invisible = "a\u009b31mb\u0085c\x7fd\u202ee\u2066f\u00adg\ufeffh\U000E0041i\u200dj\u200ck"

func TestEncodeEscapesInvisibleRunes(t *testing.T) {
	nb := New()
	nb.People.Me = invisible
	nb.Therapists = append(nb.Therapists, Therapist{
		ID: "a", Name: invisible, Status: ToContact, Notes: "line one\nline two " + invisible,
		PartnerAnswers: map[string]checklist.Answer{},
		Answers: map[string]checklist.Answer{
			checklist.QTraining: {Status: checklist.StatusAnswered, Value: invisible, Note: invisible, At: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
		},
	})
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(data) {
		t.Fatal("the encoding is not valid UTF-8")
	}
	for i, r := range string(data) {
		if !safetext.Allowed(r) {
			t.Fatalf("raw rune %U at byte %d: it should be written as \\u escape", r, i)
		}
	}
	for _, esc := range []string{`\u009b`, `\u0085`, `\u007f`, `\u202e`, `\u2066`, `\u00ad`, `\ufeff`, `\udb40\udc41`} {
		if !bytes.Contains(data, []byte(esc)) {
			t.Errorf("no %s in the encoding", esc)
		}
	}
	if !bytes.Contains(data, []byte("i\u200dj\u200ck")) {
		t.Error("the joiners were escaped; they are kept as they are")
	}
	again, err := Encode(nb.Clone())
	if err != nil || !bytes.Equal(data, again) {
		t.Fatal("not deterministic")
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, nb) {
		t.Errorf("Decode(Encode(x)) != x:\n%+v\n%+v", back, nb)
	}
	twice, err := Encode(back)
	if err != nil || !bytes.Equal(data, twice) {
		t.Error("encode → decode → encode changed the bytes")
	}
}

func TestEncodePlainTextUntouched(t *testing.T) {
	nb := sampleNotebook(t, 3)
	nb.People.Me = "Zoë 陈静 👩‍👩‍👧 Kim & Lee <x>"
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"Zoë 陈静 👩‍👩‍👧 Kim & Lee <x>"`)) {
		t.Error("ordinary text was escaped")
	}
}
