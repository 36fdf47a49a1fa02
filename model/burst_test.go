package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/profile"
	"github.com/vetted-tui/vetted/model/questions"
	"github.com/vetted-tui/vetted/store"
)

// A burst of runes (several typed in one read: fast typing, a paste
// without brackets, a text expander) is text wherever text is typed,
// whatever words it holds (issue 13 §3): sent to every text field of every
// screen, each burst lands exactly as sent, and nothing else happens (no
// move to another question or field, no choice picked, nothing saved).

// burstSentences are the bursts found to misfire, as the issue quotes them.
var burstSentences = []string{
	"goes up and down stairs, left right",
	" we enter here",
	"down to $150",
	"press tab then more",
	"x home y end z",
	"esc? q to quit",
}

// reads are the key messages Bubble Tea v1 makes of text that arrives in
// one read: each run of runes up to a space is one message (so a word is
// one, and "up" is named "up"), each space another.
func reads(text string) []tea.KeyMsg {
	var out []tea.KeyMsg
	var word []rune
	for _, r := range text {
		if r != ' ' {
			word = append(word, r)
			continue
		}
		if len(word) > 0 {
			out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: word})
			word = nil
		}
		out = append(out, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
	}
	if len(word) > 0 {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: word})
	}
	return out
}

// keyNames are the names Bubble Tea gives keys, and every key the app
// binds (on the screens the fields are on, and the global ones).
func keyNames(t *testing.T, screens []burstField) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for kt := -200; kt <= 200; kt++ {
		if n := tea.KeyType(kt).String(); n != "" && n != strconv.Itoa(kt) && n != "runes" {
			add(n)
		}
	}
	g := defaultGlobalKeyMap()
	for _, b := range []struct{ keys []string }{{g.Help.Keys()}, {g.Quit.Keys()}, {g.ForceQuit.Keys()}} {
		for _, k := range b.keys {
			add(k)
		}
	}
	for _, f := range screens {
		h := f.open(t)
		for _, group := range h.m.top().FullHelp() {
			for _, b := range group {
				for _, k := range b.Keys() {
					add(k)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// burstField is one text field: how to reach it, with the field empty and
// focused, and what it holds.
type burstField struct {
	name  string
	open  func(t *testing.T) *harness
	value func(h *harness) string
	// blinks marks a field whose cursor blinks for ever in tests: its
	// commands are not run.
	blinks bool
}

// burstFields are the text fields of every screen that has one.
var burstFields = []burstField{
	{"interview text answer", func(t *testing.T) *harness {
		h := openInterview(t, notebookWith("Dr Ada"))
		h.goToQuestion(checklist.QTraining)
		return h
	}, func(h *harness) string { return h.m.interview().Editing() }, false},
	{"interview amount", func(t *testing.T) *harness {
		h := openInterview(t, notebookWith("Dr Ada"))
		h.goToQuestion(checklist.QFee)
		return h
	}, func(h *harness) string { return h.m.interview().Editing() }, false},
	{"interview note", func(t *testing.T) *harness {
		h := openInterview(t, notebookWith("Dr Ada"))
		h.goToQuestion(checklist.QLicense) // a yes/no question: its options must stay unpicked
		h.keys("ctrl+n")
		return h
	}, func(h *harness) string { return h.m.interview().Note() }, false},
	{"details name", func(t *testing.T) *harness {
		h := newHarness(t, notebookWith("Dr Ada"))
		h.keys("a")
		return h
	}, func(h *harness) string { return h.m.details().Value(details.FieldName) }, false},
	{"details notes", func(t *testing.T) *harness {
		h := newHarness(t, notebookWith("Dr Ada"))
		h.keys("a")
		h.focusDetails(details.FieldNotes)
		return h
	}, func(h *harness) string { return h.m.details().Value(details.FieldNotes) }, false},
	{"preparation item", func(t *testing.T) *harness {
		h := prepHarness(t, store.New(), t.TempDir())
		h.keys("down", "down", "enter", "tab") // the concern item's first text field
		return h
	}, formText, false},
	{"credential check", func(t *testing.T) *harness {
		h := newHarness(t, notebookWith("Dr Ada"))
		h.keys("v", "tab")
		return h
	}, formText, false},
	{"own question", func(t *testing.T) *harness {
		h := newHarness(t, store.New())
		h.keys("Q", "a")
		return h
	}, formText, false},
	{"own category", func(t *testing.T) *harness {
		h := newHarness(t, store.New())
		h.keys("Q", "A")
		return h
	}, formText, false},
	{"my own words", func(t *testing.T) *harness {
		h := newHarness(t, notebookWith("Dr Ada"))
		h.openProfile()
		h.cursorTo(profile.RowOwnWords)
		h.keys("enter")
		return h
	}, func(h *harness) string {
		h.keys("enter")
		return h.m.nb().Profile.OwnWords
	}, false},
	{"your name (priorities)", func(t *testing.T) *harness {
		h := newHarness(t, notebookWith("Dr Ada"))
		h.keys("c", "i")
		// Not run from here on: the field's cursor blinks for ever.
		h.update(keyMsg("enter")) // the first row: your name
		return h
	}, func(h *harness) string {
		h.run(h.update(keyMsg("enter")))
		return h.m.nb().People.Me
	}, true},
}

// formText is what the focused field of the form on top holds (a small
// form, or the questions screen's own question or category form).
func formText(h *harness) string {
	switch s := h.m.top().(type) {
	case form.Screen:
		f := s.Form()
		return f.Shown(f.Focused())
	case questions.Model:
		if f, ok := s.Form(); ok {
			return f.Shown(f.Focused())
		}
	}
	h.t.Fatalf("no form on top (%T)", h.m.top())
	return ""
}

// burstState is what a burst must leave as it found it: the screen, no
// question asked, the notebook, and in an interview the question on view
// and (while the note is typed in) its answer, unpicked.
type burstState struct {
	kind     screenKind
	asking   bool
	notebook string
	where    string
}

func stateOf(h *harness, note bool) burstState {
	nb := h.m.nb()
	s := burstState{kind: h.m.kind(), asking: h.m.top().Asking(),
		notebook: fmt.Sprint(nb.Therapists, nb.Prep, nb.PrepForm, nb.Profile, nb.People, nb.Catalogue().Questions())}
	if s.kind == screenInterview {
		iv := h.m.interview()
		s.where = iv.Current().ID
		if note {
			s.where += " picked " + iv.Raw(iv.Index())
		}
	}
	return s
}

func TestBurstsAreTextInEveryField(t *testing.T) {
	bursts := slices.Clone(burstSentences)
	for _, n := range keyNames(t, burstFields) {
		bursts = append(bursts, "x "+n+" y")
	}
	if len(bursts) < 60 {
		t.Fatalf("only %d bursts: the key names were not found", len(bursts))
	}
	for _, f := range burstFields {
		t.Run(f.name, func(t *testing.T) {
			for _, burst := range bursts {
				h := f.open(t)
				note := f.name == "interview note"
				before := stateOf(h, note)
				for _, typed := range reads(burst) {
					if f.blinks {
						h.update(typed)
					} else {
						h.send(typed) // and whatever its commands send up
					}
				}
				if after := stateOf(h, note); after != before {
					t.Fatalf("burst %q changed more than the field:\n%+v\nwas\n%+v", burst, after, before)
				}
				if got := f.value(h); strings.TrimSpace(got) != strings.TrimSpace(burst) {
					t.Fatalf("burst %q: the field holds %q", burst, got)
				}
			}
		})
	}
}
