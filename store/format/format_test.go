package format

import "testing"

func TestErrorMessage(t *testing.T) {
	e := &Error{Problem: "this is not valid JSON", Line: 3, Column: 5}
	if got, want := e.Error(), "line 3, column 5: this is not valid JSON"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	e = &Error{Problem: "therapist 2 has no name"}
	if got, want := e.Error(), "therapist 2 has no name"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
