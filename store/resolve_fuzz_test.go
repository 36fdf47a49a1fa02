package store

import (
	"errors"
	"strings"
	"testing"
)

// FuzzResolve: any THERAPIST argument gives a therapist of the notebook or
// a *ResolveError, never a panic, and the error's message holds no control
// character (it reaches the terminal).
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"", "a1", "dr", "Ann Lee", "\x1b[2J", "陈", "  "} {
		f.Add(s)
	}
	nb := New()
	for _, n := range []struct{ id, name string }{{"a1", "Dr. Ann Lee"}, {"b2", "Dr. Ann Leeds"}, {"c3", "陈静 (Chen Jing)"}, {"d4", "evil\x1b]0;x\x07name"}} {
		nb.Therapists = append(nb.Therapists, Therapist{ID: n.id, Name: n.name})
	}
	f.Fuzz(func(t *testing.T, q string) {
		i, err := nb.Resolve(q)
		if err == nil {
			if i < 0 || i >= len(nb.Therapists) {
				t.Fatalf("Resolve(%q) = %d", q, i)
			}
			return
		}
		var re *ResolveError
		if !errors.As(err, &re) || i != -1 {
			t.Fatalf("Resolve(%q) = %d, %v", q, i, err)
		}
		if strings.ContainsAny(strings.ReplaceAll(err.Error(), "\n", ""), "\x1b\x07\x00\r") {
			t.Fatalf("Resolve(%q) message holds a control character: %q", q, err)
		}
	})
}
