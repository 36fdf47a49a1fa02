package model

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/details"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/store"
)

// formCase is one of the forms, opened from a fresh notebook: the keys
// that open it, its first two fields, a text field without a check, a
// pick field, and where a saved text lands in the notebook.
type formCase struct {
	name          string
	open          []string
	first, second string
	text, pick    string
	saved         func(nb *store.Notebook) string
	on            func(h *harness) bool // the form is open
}

func formCases() []formCase {
	onForm := func(h *harness) bool { return h.m.kind() == screenForm }
	return []formCase{
		{"details", []string{"e"}, details.FieldName, details.FieldCredentials, details.FieldPhone, details.FieldStatus,
			func(nb *store.Notebook) string { return nb.Therapists[0].Phone },
			func(h *harness) bool { return h.m.kind() == screenDetails }},
		{"credential check", []string{"v"}, "licenseCheckedOn", "licenseNumber", "licenseNumber", "license",
			func(nb *store.Notebook) string { return nb.Therapists[0].Verification.LicenseNumber }, onForm},
		{"preparation item", []string{"p", "down", "down", "enter"}, "done", checklist.PrepConcernHistory + ".began",
			checklist.PrepConcernHistory + ".began", "done",
			func(nb *store.Notebook) string { return nb.PrepForm.Entry(checklist.PrepConcernHistory + ".began") }, onForm},
		{"own question", []string{"Q", "a"}, "prompt", "short", "short", "importance",
			func(nb *store.Notebook) string {
				if nb.Questions == nil || len(nb.Questions.Questions) == 0 {
					return ""
				}
				return nb.Questions.Questions[0].Short
			},
			func(h *harness) bool { return h.m.kind() == screenQuestions && h.m.questionForm() != nil }},
	}
}

// activeForm is the form on screen.
func (h *harness) activeForm() form.Form {
	if h.m.kind() == screenQuestions && h.m.questionForm() != nil {
		return *h.m.questionForm()
	}
	return h.m.form()
}

// focusField tabs until field k has the focus.
func (h *harness) focusField(k string) {
	h.t.Helper()
	for range 40 {
		if h.activeForm().Focused() == k {
			return
		}
		h.keys("tab")
	}
	h.t.Fatalf("tab never reached %s", k)
}

func openFormCase(t *testing.T, c formCase) *harness {
	t.Helper()
	h := newHarness(t, notebookWith("Dr Ada"))
	h.keys(c.open...)
	if !c.on(h) {
		t.Fatalf("%s: %v did not open the form:\n%s", c.name, c.open, h.view())
	}
	if c.name == "own question" {
		h.typeText("Is there parking?") // the one field it cannot save without
	}
	return h
}

// TestSameKeysInEveryForm: each key does the same thing in every form.
func TestSameKeysInEveryForm(t *testing.T) {
	steps := []struct {
		name string
		run  func(t *testing.T, h *harness, c formCase)
	}{
		{"tab and ↓ next, shift+tab and ↑ previous", func(t *testing.T, h *harness, c formCase) {
			for _, k := range [][2]string{{"tab", "shift+tab"}, {"down", "up"}} {
				h.keys(k[0])
				if got := h.activeForm().Focused(); got != c.second {
					t.Errorf("%s went to %s, want %s", k[0], got, c.second)
				}
				h.keys(k[1])
				if got := h.activeForm().Focused(); got != c.first {
					t.Errorf("%s went to %s, want %s", k[1], got, c.first)
				}
			}
		}},
		{"shift+tab wraps to the last field, ↑ stops at the first", func(t *testing.T, h *harness, c formCase) {
			h.keys("up")
			if got := h.activeForm().Focused(); got != c.first {
				t.Errorf("↑ on the first field went to %s", got)
			}
			h.keys("shift+tab")
			if got := h.activeForm().Focused(); got == c.first || got == c.second {
				t.Errorf("shift+tab on the first field went to %s, want the last", got)
			}
		}},
		{"space and ←/→ cycle a pick", func(t *testing.T, h *harness, c formCase) {
			h.focusField(c.pick)
			start := h.activeForm().Pick(c.pick)
			h.keys("space")
			one := h.activeForm().Pick(c.pick)
			h.keys("right")
			two := h.activeForm().Pick(c.pick)
			h.keys("left", "left")
			if one == start || two == one || h.activeForm().Pick(c.pick) != start {
				t.Errorf("pick %d, space %d, → %d, ← ← %d", start, one, two, h.activeForm().Pick(c.pick))
			}
		}},
		{"enter in a one-line field moves on", func(t *testing.T, h *harness, c formCase) {
			h.focusField(c.text)
			h.keys("enter")
			if got := h.activeForm().Focused(); got == c.text {
				t.Error("enter stayed on the field")
			}
		}},
		{"a burst is text, whatever it spells", func(t *testing.T, h *harness, c formCase) {
			h.focusField(c.text)
			for _, burst := range []string{"up", "tab", "esc", "enter", "down"} {
				h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(burst)})
			}
			if got := h.activeForm().Shown(c.text); got != "uptabescenterdown" || h.activeForm().Focused() != c.text {
				t.Errorf("field holds %q, focus %s", got, h.activeForm().Focused())
			}
		}},
		{"ctrl+s saves from anywhere", func(t *testing.T, h *harness, c formCase) {
			h.focusField(c.text)
			h.typeText("555")
			h.focusField(c.pick)
			h.keys("ctrl+s")
			if c.on(h) {
				t.Fatalf("ctrl+s left the form open:\n%s", h.view())
			}
			if got := c.saved(h.m.nb()); got != "555" {
				t.Errorf("saved %q, want 555", got)
			}
		}},
		{"esc over edits asks once; n stays, y leaves and saves nothing", func(t *testing.T, h *harness, c formCase) {
			h.focusField(c.text)
			h.typeText("555")
			h.keys("esc")
			h.mustSee("! Discard your edits? y/n")
			if !h.m.top().Asking() {
				t.Error("the type-ahead guard does not see the question")
			}
			h.keys("n")
			if !c.on(h) || h.activeForm().Shown(c.text) != "555" {
				t.Fatal("n left the form or lost the edit")
			}
			h.keys("esc", "y")
			if c.on(h) || c.saved(h.m.nb()) != "" {
				t.Errorf("y: form open %v, saved %q", c.on(h), c.saved(h.m.nb()))
			}
		}},
		{"esc without edits leaves at once", func(t *testing.T, h *harness, c formCase) {
			if c.name == "own question" {
				return // its one required field was typed in to open it
			}
			h.keys("esc")
			if c.on(h) {
				t.Error("esc on an untouched form stayed")
			}
		}},
	}
	for _, c := range formCases() {
		for _, st := range steps {
			t.Run(c.name+"/"+st.name, func(t *testing.T) { st.run(t, openFormCase(t, c), c) })
		}
	}
}
