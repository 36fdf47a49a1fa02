package pick

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/store"
)

func resolveBook() *store.Notebook {
	nb := store.New()
	for _, tt := range []struct{ id, name string }{
		{"aaaa000000000001", "Dr. Amara Lindqvist"},
		{"aaaa000000000002", "Lin Chen"},
		{"aaaa000000000003", "Dr. Linus \x1b]52;c;aGk=\x07Park"},
		{"aaaa000000000004", "陈静"},
	} {
		nb.Therapists = append(nb.Therapists, store.Therapist{ID: tt.id, Name: tt.name})
	}
	return nb
}

func TestTherapist(t *testing.T) {
	nb := resolveBook()
	for _, tt := range []struct {
		query string
		want  int
	}{
		{"aaaa000000000003", 2},    // an ID
		{"  aaaa000000000001 ", 0}, // an ID, spaces trimmed
		{"lin chen", 1},            // a whole name, any case
		{"amara", 0},               // a part of one name
		{"Linus Park", 2},          // the name as drawn, escape removed
		{"陈", 3},                   // a part, in any script
		{"LINDQVIST", 0},           // any case
	} {
		got, cands, err := resolve(nb, tt.query)
		if err != nil || got != tt.want || !slices.Equal(cands, []int{tt.want}) {
			t.Errorf("Therapist(%q) = %d, %v, %v; want %d", tt.query, got, cands, err, tt.want)
		}
	}
}

func TestTherapistAmbiguousAndUnknown(t *testing.T) {
	nb := resolveBook()
	_, cands, err := resolve(nb, "dr.")
	if !errors.Is(err, ErrAmbiguous) || !slices.Equal(cands, []int{0, 2}) {
		t.Fatalf("Therapist(dr.) = %v, %v; want ambiguous 0 and 2", cands, err)
	}
	msg := err.Error()
	for _, want := range []string{`"dr." matches 2 therapists`, "Dr. Amara Lindqvist (aaaa000000000001)", "Dr. Linus Park (aaaa000000000003)"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if strings.ContainsAny(msg, "\x1b\x07") {
		t.Errorf("message holds control characters: %q", msg)
	}

	_, cands, err = resolve(nb, "nobody\x1b[2J")
	if !errors.Is(err, ErrNone) || len(cands) != 4 {
		t.Fatalf("Therapist(nobody) = %v, %v; want unknown listing all four", cands, err)
	}
	if msg = err.Error(); !strings.Contains(msg, `no therapist matches "nobody"`) || !strings.Contains(msg, "陈静 (aaaa000000000004)") || strings.Contains(msg, "\x1b") {
		t.Errorf("unknown message:\n%q", msg)
	}
	if _, _, err = resolve(nb, "   "); !errors.Is(err, ErrNone) {
		t.Errorf("an empty query resolved: %v", err)
	}
	if _, _, err = resolve(store.New(), "x"); err == nil || !strings.Contains(err.Error(), "no therapists yet") {
		t.Errorf("empty notebook: %v", err)
	}
	// Two therapists with the same name: the name is ambiguous, the ID is not.
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "bbbb", Name: "lin chen"})
	if _, cands, err = resolve(nb, "Lin Chen"); !errors.Is(err, ErrAmbiguous) || !slices.Equal(cands, []int{1, 4}) {
		t.Errorf("same name twice: %v %v", cands, err)
	}
	if i, _, err := resolve(nb, "bbbb"); err != nil || i != 4 {
		t.Errorf("by ID: %d %v", i, err)
	}
	// A part of three names is ambiguous, until one name is that part whole.
	if _, cands, err = resolve(nb, "lin"); !errors.Is(err, ErrAmbiguous) || len(cands) != 4 {
		t.Errorf("lin: %v %v", cands, err)
	}
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: "cccc", Name: "Lin"})
	if i, _, err := resolve(nb, "lin"); err != nil || i != 5 {
		t.Errorf("a whole name should win over parts of others: %d %v", i, err)
	}
}
