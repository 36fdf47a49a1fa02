package checklist

import "testing"

// TestAnswerState pins the four states every screen and export tells apart,
// including the zero Answer of a missing map entry and an "answered" entry
// without a value.
func TestAnswerState(t *testing.T) {
	for _, c := range []struct {
		name string
		a    Answer
		want State
	}{
		{"missing entry", Answer{}, StateNotAsked},
		{"answered", Answer{Status: StatusAnswered, Value: "yes"}, StateAnswered},
		{"answered without a value", Answer{Status: StatusAnswered, Note: "n"}, StateNotAsked},
		{"skipped", Answer{Status: StatusSkipped, Note: "n"}, StateSkipped},
		{"skipped with a stale value", Answer{Status: StatusSkipped, Value: "yes"}, StateSkipped},
		{"noted", Answer{Status: StatusNoted, Note: "it depends"}, StateNoted},
		{"unknown status", Answer{Status: "later", Value: "yes"}, StateNotAsked},
	} {
		if got := c.a.State(); got != c.want {
			t.Errorf("%s: State() = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestResumeIndex: an interview reopens at the first open question, else
// the first skipped one, else the first.
func TestResumeIndex(t *testing.T) {
	qs := []Question{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	yes := Answer{Status: StatusAnswered, Value: "yes"}
	skip := Answer{Status: StatusSkipped}
	noted := Answer{Status: StatusNoted, Note: "n"}
	for _, c := range []struct {
		name    string
		answers map[string]Answer
		want    int
	}{
		{"nothing yet", nil, 0},
		{"first answered", map[string]Answer{"a": yes}, 1},
		{"a note is still open", map[string]Answer{"a": yes, "b": noted}, 1},
		{"skipped is passed over", map[string]Answer{"a": skip, "b": yes}, 2},
		{"all done but a skip", map[string]Answer{"a": yes, "b": skip, "c": yes}, 1},
		{"all answered", map[string]Answer{"a": yes, "b": yes, "c": yes}, 0},
	} {
		if got := ResumeIndex(qs, c.answers); got != c.want {
			t.Errorf("%s: ResumeIndex = %d, want %d", c.name, got, c.want)
		}
	}
	if got := ResumeIndex(nil, nil); got != 0 {
		t.Errorf("no questions: ResumeIndex = %d, want 0", got)
	}
}

// TestYesNoWords pins the one table of yes/no words: answers typed in full
// or by letter, and the replies that confirm a prompt.
func TestYesNoWords(t *testing.T) {
	for in, want := range map[string]string{
		"y": Yes, "YES": Yes, " Yes ": Yes, "n": No, "No": No,
		"u": Unsure, "?": Unsure, "not  sure": Unsure, "Don’t know": Unsure, "dont know": Unsure,
	} {
		if got, ok := YesNoWord(in); !ok || got != want {
			t.Errorf("YesNoWord(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "yeah", "nope", "x", "1"} {
		if got, ok := YesNoWord(in); ok {
			t.Errorf("YesNoWord(%q) = %q, want no word", in, got)
		}
	}
	for in, want := range map[string]bool{"y": true, "Y": true, " yes\n": true, "n": false, "": false, "sure": false, "u": false} {
		if got := IsYes(in); got != want {
			t.Errorf("IsYes(%q) = %v, want %v", in, got, want)
		}
	}
	if got := YesNoAnswers(); len(got) != 3 || got[0] != Yes || got[1] != No || got[2] != Unsure {
		t.Errorf("YesNoAnswers() = %q", got)
	}
}
