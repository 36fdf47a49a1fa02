package cell

import (
	"strings"
	"testing"
)

// Lines wraps at word boundaries, pads nothing, and keeps every word.
func TestLines(t *testing.T) {
	s := "one two three four five six seven"
	got := Lines(s, 10)
	if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != s {
		t.Fatalf("words lost: %q", got)
	}
	for _, l := range got {
		if Width(l) > 10 || strings.HasSuffix(l, " ") {
			t.Fatalf("line %q: over 10 columns or padded", l)
		}
	}
	if len(got) < 4 {
		t.Fatalf("not wrapped: %q", got)
	}
	if got := Lines("", 10); len(got) != 1 || got[0] != "" {
		t.Fatalf("empty: %q", got)
	}
}
