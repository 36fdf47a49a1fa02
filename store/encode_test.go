package store_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// referenceEncode is how store.Encode wrote a notebook before it wrote in
// one pass: encoding/json with a two-space indent and no HTML escaping,
// then the runes that safetext drops written as \u escapes. The file
// format is these bytes; the one-pass encoder must give exactly them.
func referenceEncode(t *testing.T, nb *store.Notebook) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(nb); err != nil {
		t.Fatal(err)
	}
	var out []byte
	for data := buf.Bytes(); len(data) > 0; {
		r, size := utf8.DecodeRune(data)
		if r < utf8.RuneSelf && r != 0x7F || safetext.Allowed(r) {
			out = append(out, data[:size]...)
		} else if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
			out = fmt.Appendf(out, `\u%04x\u%04x`, r1, r2)
		} else {
			out = fmt.Appendf(out, `\u%04x`, r)
		}
		data = data[size:]
	}
	return out
}

func sameAsReference(t *testing.T, name string, nb *store.Notebook) {
	t.Helper()
	got, err := store.Encode(nb)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	want := referenceEncode(t, nb)
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(i-80, 0)
		t.Fatalf("%s: the encodings differ at byte %d:\n got …%q\nwant …%q", name, i,
			got[lo:min(i+80, len(got))], want[lo:min(i+80, len(want))])
	}
}

// hostile is text that every escape rule meets: quotes and backslashes,
// every C0 control, DEL, C1 controls, the line and paragraph separators,
// bidi and tag characters, joiners, HTML characters, bytes that are not
// UTF-8 (a lone continuation byte, an encoded surrogate, a cut sequence),
// a real U+FFFD and text of several scripts.
func hostile() string {
	var b strings.Builder
	for c := range 0x20 {
		b.WriteByte(byte(c))
	}
	b.WriteString("\"quoted\" back\\slash \x7f \u0080\u009b31m\u009f \u2028\u2029 \u202e\u2066\u061c\u200e")
	b.WriteString("\u00ad\ufeff\U000E0041 a\u200db\u200cc <b>&amp;</b> \x80 \xed\xa0\x80 \xe2\x82 \ufffd Zoë 陈静 👩‍👩‍👧")
	return b.String()
}

func TestEncodeMatchesEncodingJSON(t *testing.T) {
	sameAsReference(t, "demo", demo.Notebook())
	sameAsReference(t, "testbook.Full", testbook.Full())
	for _, seed := range testbook.Seeds {
		sameAsReference(t, fmt.Sprintf("testbook.Hostile(%q)", seed), testbook.Hostile(seed))
	}
	sameAsReference(t, "new", store.New())
	sameAsReference(t, "zero", &store.Notebook{})
	sameAsReference(t, "no therapists", &store.Notebook{Version: 1, Therapists: []store.Therapist{}})

	big := demo.Notebook()
	base := big.Therapists
	big.Therapists = nil
	for i := range 500 {
		th := base[i%len(base)]
		th.ID = fmt.Sprintf("%016x", i)
		big.Therapists = append(big.Therapists, th)
	}
	sameAsReference(t, "500 therapists", big)

	h := hostile()
	at := time.Date(2026, 3, 4, 5, 6, 7, 890123456, time.FixedZone("", -7*3600-30*60))
	nb := &store.Notebook{
		Version:          store.SchemaVersion,
		People:           store.People{Partner: h},
		BudgetPerSession: h,
		Importance:       map[string]checklist.Importance{h: checklist.Importance(h), "fees.session": checklist.MustHave},
		Prep:             map[string]bool{h: true, "goals": false},
		PrepForm: store.PrepForm{
			Entries:     map[string]string{h: h, "prep.own_questions.list": "a\nb"},
			Medications: []store.Medication{{Name: h, Dose: h}, {Name: "no dose"}, {Dose: "dose only"}},
		},
		Therapists: []store.Therapist{{
			ID: h, Name: h, Credentials: h, Phone: h, Email: h, Website: h, Location: h,
			FoundVia: store.FoundVia(h), Status: store.Outreach(h), ContactedOn: h, ConsultOn: h,
			Notes: h, PartnerNotes: h, Created: at, Updated: at.UTC(),
			Verification: store.Verification{LicenseCheckedOn: h, LicenseNumber: h, LicenseType: h,
				License: store.LicenseResult(h), AASECTCheckedOn: h, AASECT: store.AASECTResult(h), Notes: h},
			Answers: map[string]checklist.Answer{
				h:        {Status: checklist.Status(h), Value: h, Note: h, At: at},
				"empty":  {},
				"only.v": {Status: checklist.StatusAnswered, Value: "x"},
			},
			PartnerAnswers: map[string]checklist.Answer{},
			CheckIns: []store.CheckIn{
				{At: at, After: h, Answers: map[string]checklist.Answer{h: {Status: checklist.Status(h), Value: h, Note: h, At: at}}},
				{At: at.UTC()},
				{After: checklist.AfterFirst, Answers: map[string]checklist.Answer{}},
			},
		}, {ID: "b", Name: "B", Answers: map[string]checklist.Answer{},
			Verification: store.Verification{AASECT: store.AASECTMember}}},
	}
	sameAsReference(t, "hostile text", nb)
	nb.Deleted = []store.DeletedTherapist{
		{Therapist: nb.Therapists[0], DeletedAt: at, Place: 0},
		{Therapist: store.Therapist{ID: "c", Name: h, Answers: map[string]checklist.Answer{}}, Place: -3},
	}
	nb.Deleted[0].ID = "deleted " + h
	sameAsReference(t, "recently deleted with hostile text", nb)
	nb.Deleted = []store.DeletedTherapist{}
	sameAsReference(t, "an empty recently deleted list", nb)
	nb.Deleted = nil

	nb.Questions = &checklist.Layout{
		Categories: []checklist.Category{{ID: checklist.CategoryID(h), Title: h, Blurb: h}},
		Questions: []checklist.Question{{ID: h, Category: checklist.CategoryID(h), Kind: checklist.Kind(h), Prompt: h, Hint: h,
			Choices: []checklist.Choice{{ID: h, Label: h}}}},
		CategoryOrder: []checklist.CategoryID{checklist.CategoryID(h)}, QuestionOrder: []string{h}, Hidden: []string{h},
		Archive: []checklist.Archived{{Question: checklist.Question{ID: h}, Reason: h, At: at,
			Answers: map[string]checklist.Answer{h: {Status: checklist.Status(h), Value: h, At: at}}}},
	}
	sameAsReference(t, "own questions with hostile text", nb)
	nb.Questions = &checklist.Layout{}
	sameAsReference(t, "empty own questions", nb)

	// Random text over an alphabet of every kind of rune and bad byte.
	alphabet := []string{"a", " ", "\"", "\\", "\n", "\t", "\x00", "\x1b", "\x7f", "\u0085", "\u009b",
		"é", "陈", "👩", "\u200d", "\u202e", "\u2028", "\ufeff", "\U000E0041", "\x80", "\xff", "\xe2\x82", "\ufffd", "<", "&"}
	rng := rand.New(rand.NewPCG(7, 7))
	word := func() string {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for i := range 200 {
		nb := store.New()
		nb.People.Me, nb.BudgetPerSession = word(), word()
		nb.Importance[word()] = checklist.Importance(word())
		nb.SetPrepEntry(word(), word())
		nb.SetMedications([]store.Medication{{Name: word(), Dose: word()}})
		nb.Therapists = append(nb.Therapists, store.Therapist{ID: word(), Name: word(), Notes: word(),
			Answers:      map[string]checklist.Answer{word(): {Status: checklist.Status(word()), Value: word(), Note: word()}},
			Verification: store.Verification{LicenseNumber: word(), Notes: word()},
			CheckIns:     []store.CheckIn{{After: word(), Answers: map[string]checklist.Answer{word(): {Status: checklist.Status(word()), Note: word()}}}}})
		if i%2 == 0 {
			nb.Deleted = append(nb.Deleted, store.DeletedTherapist{
				Therapist: store.Therapist{ID: word(), Name: word(), Phone: word(),
					PartnerAnswers: map[string]checklist.Answer{word(): {Value: word()}}},
				DeletedAt: time.Unix(rng.Int64N(1<<34), rng.Int64N(1e9)).UTC(), Place: rng.IntN(9) - 2})
		}
		sameAsReference(t, fmt.Sprintf("random notebook %d", i), nb)
	}
}

// TestEncodeRefusesWhatJSONRefuses checks that a time encoding/json cannot
// write fails the same way, with a message free of the notebook's text.
func TestEncodeRefusesWhatJSONRefuses(t *testing.T) {
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "a", Name: "secret name", Created: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)})
	if _, err := json.Marshal(nb); err == nil {
		t.Fatal("encoding/json accepts the year 10000; the test needs another bad value")
	}
	_, err := store.Encode(nb)
	if err == nil {
		t.Fatal("Encode wrote a time encoding/json refuses")
	}
	if strings.Contains(err.Error(), "secret") {
		t.Fatalf("the error quotes the notebook: %v", err)
	}
}
