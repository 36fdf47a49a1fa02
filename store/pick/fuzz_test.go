package pick

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/vetted-tui/vetted/store"
)

// FuzzTherapist: whatever is typed after --for, Therapist picks a valid
// therapist or says why not with a known error, and its message holds no
// control character that could drive the terminal it is printed on.
func FuzzTherapist(f *testing.F) {
	for _, s := range []string{"", "lin", "aaaa000000000001", "\x1b]52;c;aGk=\x07", "陈", "Dr.", "\u202eevil", "\xff\xfe"} {
		f.Add(s, "Dr. Amara Lindqvist")
	}
	f.Fuzz(func(t *testing.T, query, name string) {
		nb := resolveBook()
		nb.Therapists = append(nb.Therapists, store.Therapist{ID: "fuzz", Name: name})
		i, cands, err := resolve(nb, query)
		if err == nil {
			if i < 0 || i >= len(nb.Therapists) || len(cands) != 1 || cands[0] != i {
				t.Fatalf("Therapist(%q) = %d, %v", query, i, cands)
			}
			return
		}
		if i != -1 || !(errors.Is(err, ErrNone) || errors.Is(err, ErrAmbiguous)) {
			t.Fatalf("Therapist(%q): %d, %v", query, i, err)
		}
		for _, c := range cands {
			if c < 0 || c >= len(nb.Therapists) {
				t.Fatalf("candidate %d out of range", c)
			}
		}
		for _, r := range err.Error() {
			if r != '\n' && (unicode.IsControl(r) || r == '\u202e') {
				t.Fatalf("control rune %U in %q", r, err.Error())
			}
		}
		if errors.Is(err, ErrAmbiguous) && strings.Count(err.Error(), "\n") != len(cands) {
			t.Fatalf("ambiguous: %d candidates, message %q", len(cands), err.Error())
		}
	})
}

// resolve is Therapist with the candidates of its error (the one picked
// when there is no error), for the tests.
func resolve(nb *store.Notebook, query string) (int, []int, error) {
	i, err := Therapist(nb, query)
	if err == nil {
		return i, []int{i}, nil
	}
	var re *Error
	if !errors.As(err, &re) {
		return i, nil, err
	}
	return i, re.Candidates, err
}
