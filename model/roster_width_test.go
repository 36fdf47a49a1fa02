package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/store"
)

// wideRoster has names and credentials in CJK and emoji, each character
// two columns wide, so cuts land in the middle of one.
func wideRoster() *store.Notebook {
	nb := notebookWith("王小明 医生 心理治疗师 李", "Zoë 🌈 Park-Nakamura 🙂🙂🙂", "김지은", "Dr Ada")
	creds := []string{"临床心理学博士 CST 🌈", "LMFT, CST, AASECT 🙂", "PhD", "LCSW, CST, PhD, 性治疗"}
	for i := range nb.Therapists {
		nb.Therapists[i].Credentials = creds[i]
	}
	return nb
}

// At every width from the smallest to 200 the roster's columns line up:
// each row's status starts under "Status", its count under "Answered",
// and no line is wider than the screen.
func TestRosterWideCharactersAtEveryWidth(t *testing.T) {
	h := newHarness(t, wideRoster())
	for w := MinWidth; w <= 200; w++ {
		h.send(sizeMsg(w, 30))
		lines := strings.Split(h.view(), "\n")
		statusCol, answeredCol, rows := -1, -1, 0
		for i, line := range lines {
			if got := ansi.StringWidth(line); got > w {
				t.Fatalf("width %d: line %d is %d wide: %q", w, i, got, line)
			}
			if j := strings.Index(line, "Status"); j >= 0 && strings.Contains(line, "Name") {
				statusCol = ansi.StringWidth(line[:j])
				answeredCol = ansi.StringWidth(line[:strings.Index(line, "Answered")])
				continue
			}
			j := strings.Index(line, "to contact")
			if statusCol < 0 || j < 0 {
				continue
			}
			rows++
			if col := ansi.StringWidth(line[:j]); col != statusCol {
				t.Fatalf("width %d: status at column %d, heading at %d:\n%s", w, col, statusCol, line)
			}
			rest := line[j:]
			k := strings.IndexAny(rest, "E0")
			if col := ansi.StringWidth(line[:j]) + ansi.StringWidth(rest[:k]); col != answeredCol {
				t.Fatalf("width %d: answered at column %d, heading at %d:\n%s", w, col, answeredCol, line)
			}
		}
		if rows != 4 {
			t.Fatalf("width %d: %d therapist rows found, want 4", w, rows)
		}
	}
}

// The credentials and names both show whole when there is room (see
// roster.TestRosterSharesRoomBetweenNameAndCredentials for the sharing).
func TestRosterShowsWideNamesAndCredentials(t *testing.T) {
	nb := wideRoster()
	h := newHarness(t, nb)
	h.send(sizeMsg(140, 30))
	h.mustSee("LCSW, CST, PhD, 性治疗")
	h.mustSee("王小明 医生 心理治疗师 李")
}
