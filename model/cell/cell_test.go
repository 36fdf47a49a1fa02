package cell

import (
	"slices"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A cut that lands in the middle of a wide character must still fill the
// column, at every width, styled or not.
func TestFitIsExactWithWideCharacters(t *testing.T) {
	for _, s := range []string{"李小龍 Therapy 🌈🌈", "🌈a🌈b🌈c", "ab李", "\x1b[1m王芳🙂\x1b[0m x", ""} {
		for w := 0; w <= 20; w++ {
			got := Fit(s, w)
			if n := ansi.StringWidth(got); n != w {
				t.Errorf("Fit(%q, %d) is %d columns wide: %q", s, w, n, got)
			}
			if c := Cut(s, w); ansi.StringWidth(c) > w {
				t.Errorf("Cut(%q, %d) is wider than %d: %q", s, w, w, c)
			}
		}
	}
}

func TestFitKeepsTextThatFits(t *testing.T) {
	if got := Fit("王芳", 6); got != "王芳  " {
		t.Errorf("Fit = %q, want %q", got, "王芳  ")
	}
	if got := Fit("王芳王芳", 6); got != "王芳… " {
		t.Errorf("a cut inside a wide character is not padded back: %q", got)
	}
}

func TestShortestPicksAWholeForm(t *testing.T) {
	forms := []string{"type what they said", "what they said", "answer"}
	cases := map[int]string{30: forms[0], 19: forms[0], 18: forms[1], 10: forms[2], 4: "ans…"}
	for w, want := range cases {
		if got := Shortest(w, forms...); got != want {
			t.Errorf("Shortest(%d) = %q, want %q", w, got, want)
		}
	}
}

func TestShareGivesSpareRoomToCellsThatWantIt(t *testing.T) {
	got := Share(30, []int{10, 10}, []int{10, 25})
	if want := []int{10, 20}; !slices.Equal(got, want) {
		t.Errorf("Share = %v, want %v", got, want)
	}
	got = Share(40, []int{10, 10}, []int{14, 14})
	if want := []int{14, 14}; !slices.Equal(got, want) {
		t.Errorf("Share past every want = %v, want %v", got, want)
	}
	got = Share(10, []int{8, 8}, []int{20, 20})
	if want := []int{8, 8}; !slices.Equal(got, want) {
		t.Errorf("Share under the floors = %v, want %v", got, want)
	}
}

func TestCutWordsNeverCutsMidWord(t *testing.T) {
	cases := []struct {
		s    string
		w    int
		want string
	}{
		{"e.g. 2026-12-03 or 12/3/2026", 40, "e.g. 2026-12-03 or 12/3/2026"},
		{"e.g. 2026-12-03 or 12/3/2026", 24, "e.g. 2026-12-03"},
		{"e.g. a town, or telehealth only", 20, "e.g. a town"},
		{"anything worth remembering", 12, "anything"},
		{"王小明 医生 心理", 9, "王小明"},
		{"remembering", 6, "remem…"},
		{"Which license, and which state? (e.g. LMFT, CA)", 44, "Which license, and which state?"},
	}
	for _, c := range cases {
		if got := CutWords(c.s, c.w); got != c.want {
			t.Errorf("CutWords(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
}
