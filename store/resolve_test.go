package store

import (
	"errors"
	"strings"
	"testing"
)

func TestResolve(t *testing.T) {
	nb := New()
	for _, n := range []struct{ id, name string }{
		{"a1", "Dr. Amara Lindqvist"}, {"b2", "Ben Okafor"}, {"c3", "Dr. Ann Lee"}, {"d4", "Dr. Ann Leeds"}, {"e5", "Sam Shore"}, {"f6", "Sam Shore"},
	} {
		nb.Therapists = append(nb.Therapists, Therapist{ID: n.id, Name: n.name})
	}
	for _, tc := range []struct {
		query string
		want  int
	}{
		{"b2", 1},           // an ID
		{"  B2 ", 1},        // case and space do not matter
		{"ben okafor", 1},   // a whole name
		{"lindq", 0},        // a part of one name
		{"Dr. Ann Lee", 2},  // an exact name wins over a longer one holding it
		{"leeds", 3},        // a part only one name holds
		{"amara\x1b[2J", 0}, // escape sequences are not part of a name
	} {
		got, err := nb.Resolve(tc.query)
		if err != nil || got != tc.want {
			t.Errorf("Resolve(%q) = %d, %v; want %d", tc.query, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		query     string
		ambiguous bool
		want      []string
	}{
		{"dr.", true, []string{"Dr. Amara Lindqvist (a1)", "Dr. Ann Lee (c3)", "Dr. Ann Leeds (d4)"}},
		{"sam shore", true, []string{"Sam Shore (e5)", "Sam Shore (f6)"}},
		{"nobody", false, []string{"Dr. Amara Lindqvist (a1)", "Ben Okafor (b2)", "Dr. Ann Lee (c3)", "Dr. Ann Leeds (d4)", "Sam Shore (e5)", "Sam Shore (f6)"}},
		{"   ", false, nil},
	} {
		_, err := nb.Resolve(tc.query)
		var re *ResolveError
		if !errors.As(err, &re) {
			t.Fatalf("Resolve(%q) = %v, want a *ResolveError", tc.query, err)
		}
		if re.Ambiguous != tc.ambiguous || strings.Join(re.Candidates, "|") != strings.Join(tc.want, "|") && tc.want != nil {
			t.Errorf("Resolve(%q): ambiguous %v, candidates %q", tc.query, re.Ambiguous, re.Candidates)
		}
		for _, c := range tc.want {
			if !strings.Contains(err.Error(), "\n  "+c) {
				t.Errorf("Resolve(%q) message does not list %q:\n%s", tc.query, c, err)
			}
		}
	}
	if _, err := New().Resolve("x"); err == nil || !strings.Contains(err.Error(), "has none yet") {
		t.Errorf("empty notebook: %v", err)
	}
}
