package store

import (
	"errors"
	"strings"
	"testing"
	"unicode"
)

// FuzzResolve: whatever is typed after --for, Resolve picks a valid
// therapist or says why not with a known error, and its message holds no
// control character that could drive the terminal it is printed on.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"", "lin", "aaaa000000000001", "\x1b]52;c;aGk=\x07", "陈", "Dr.", "\u202eevil", "\xff\xfe"} {
		f.Add(s, "Dr. Amara Lindqvist")
	}
	f.Fuzz(func(t *testing.T, query, name string) {
		nb := resolveBook()
		nb.Therapists = append(nb.Therapists, Therapist{ID: "fuzz", Name: name})
		i, cands, err := resolve(nb, query)
		if err == nil {
			if i < 0 || i >= len(nb.Therapists) || len(cands) != 1 || cands[0] != i {
				t.Fatalf("Resolve(%q) = %d, %v", query, i, cands)
			}
			return
		}
		if i != -1 || !(errors.Is(err, ErrNoTherapist) || errors.Is(err, ErrAmbiguousTherapist)) {
			t.Fatalf("Resolve(%q): %d, %v", query, i, err)
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
		if errors.Is(err, ErrAmbiguousTherapist) && strings.Count(err.Error(), "\n") != len(cands) {
			t.Fatalf("ambiguous: %d candidates, message %q", len(cands), err.Error())
		}
	})
}

// resolve is Resolve with the candidates of its error (the one picked
// when there is no error), for the tests.
func resolve(nb *Notebook, query string) (int, []int, error) {
	i, err := nb.Resolve(query)
	if err == nil {
		return i, []int{i}, nil
	}
	var re *ResolveError
	if !errors.As(err, &re) {
		return i, nil, err
	}
	return i, re.Candidates, err
}
