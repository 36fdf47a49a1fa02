package screen

import "testing"

func TestPhrases(t *testing.T) {
	tests := []struct{ got, want string }{
		{Plural(1, "answer"), "1 answer"},
		{Plural(0, "answer"), "0 answers"},
		{Plural(3, "therapist"), "3 therapists"},
		{Changes(0), "your latest changes"},
		{Changes(1), "1 change"},
		{Changes(4), "4 changes"},
		{Sentence("no space left"), "no space left."},
		{Sentence("Saved."), "Saved."},
		{Sentence("Really?"), "Really?"},
		{Quoted("Fees\x1b[31m"), "\u201cFees\u201d"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
