package questions

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

// newCommon is the common value of a fresh notebook at 80x24.
func newCommon() *screen.Common {
	c := screen.NewCommon(store.New(), theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = 80, 24
	return c
}

// TestWordDeleteOnTheLastCharacter: a bubbles fault (alt+d on the last
// character indexes past the end) reached the question form's lines
// until they went through field.Update (found by the root's FuzzModel).
func TestWordDeleteOnTheLastCharacter(t *testing.T) {
	altD := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("d"), Alt: true}
	left := tea.KeyMsg{Type: tea.KeyLeft}
	typed := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ab")}
	q := newQuestionForm(newCommon(), checklist.Question{Category: checklist.Logistics, Kind: checklist.KindText}, checklist.Nice, true)
	q.form = q.form.Focus(fieldPrompt)
	for _, k := range []tea.KeyMsg{typed, left, altD} {
		q, _, _ = q.update(k)
	}
	if got := q.form.Shown(fieldPrompt); got != "a" {
		t.Errorf("own question's form: %q, want %q", got, "a")
	}
}

// TestKeepChoiceIDs: an option keeps its ID when its label stays, or
// when it was renamed in place (its answers stay with it); a new option
// gets an ID no old option had.
func TestKeepChoiceIDs(t *testing.T) {
	old := []checklist.Choice{{ID: "c1", Label: "Mornings"}, {ID: "c2", Label: "Evenings"}, {ID: "c3", Label: "Weekends"}}
	tests := []struct {
		name   string
		labels []string
		want   []string
	}{
		{"unchanged", []string{"Mornings", "Evenings", "Weekends"}, []string{"c1", "c2", "c3"}},
		{"reordered", []string{"Weekends", "Mornings", "Evenings"}, []string{"c3", "c1", "c2"}},
		{"renamed in place", []string{"Mornings", "Late evenings", "Weekends"}, []string{"c1", "c2", "c3"}},
		{"one added", []string{"Mornings", "Evenings", "Weekends", "Lunch"}, []string{"c1", "c2", "c3", "c4"}},
		{"one dropped, one added", []string{"Evenings", "Weekends", "Lunch"}, []string{"c2", "c3", "c4"}},
	}
	for _, tt := range tests {
		got := keepChoiceIDs(old, tt.labels)
		for i, c := range got {
			if c.Label != tt.labels[i] || c.ID != tt.want[i] {
				t.Errorf("%s: option %d is %+v, want ID %s", tt.name, i, c, tt.want[i])
			}
		}
	}
}

// TestSplitOptions: options are separated by commas; empty ones and the
// spaces around each are dropped.
func TestSplitOptions(t *testing.T) {
	got := splitOptions(" Mornings,, Evenings ,  ,Weekends")
	if len(got) != 3 || got[0] != "Mornings" || got[1] != "Evenings" || got[2] != "Weekends" {
		t.Errorf("splitOptions = %q", got)
	}
}

// TestFormLeftComesBackOnlyToAListWithoutAForm: the undo of leaving the
// form without its edits opens it again on the questions screen, and
// refuses while another form is open there or on another screen; the
// list's "Nothing changed." goes with it.
func TestFormLeftComesBackOnlyToAListWithoutAForm(t *testing.T) {
	c := newCommon()
	qm := New(c, false)
	next, _ := qm.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a")})
	qm = next.(Model)
	next, _ = qm.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Half a question")})
	qm = next.(Model)
	f, ok := qm.Form()
	if !ok || f.Value(fieldPrompt) != "Half a question" {
		t.Fatalf("the form did not take the text (open %v)", ok)
	}
	left := FormLeftMsg{form: *qm.form}
	if _, ok := left.Reshow(qm); ok {
		t.Error("Reshow replaced a form that is open")
	}
	if _, ok := left.Reshow(otherScreen{qm}); ok {
		t.Error("Reshow opened the form on another screen")
	}
	qm.form, qm.notice = nil, "Nothing changed."
	back, ok := left.Reshow(qm)
	if !ok {
		t.Fatal("Reshow refused the list")
	}
	if f, ok := back.(Model).Form(); !ok || f.Value(fieldPrompt) != "Half a question" {
		t.Errorf("the form came back without its edits (open %v)", ok)
	}
	if back.(Model).notice != "" {
		t.Errorf("the list still says %q with the form back", back.(Model).notice)
	}
}

// otherScreen is a screen that is not the questions screen.
type otherScreen struct{ screen.Screen }

// TestMovePastTheEndChangesNothing: moving the first category up has
// nothing to do, and says so, so the root saves nothing.
func TestMovePastTheEndChangesNothing(t *testing.T) {
	nb := store.New()
	first := nb.Catalogue().Categories()[0].ID
	done, err := MoveMsg{Category: first, Delta: -1}.Apply(nb, time.Now())
	if err != nil || !done.Unchanged {
		t.Errorf("a move past the top: %+v, %v", done, err)
	}
	done, err = MoveMsg{Category: first, Delta: 1}.Apply(nb, time.Now())
	if err != nil || done.Unchanged || nb.Catalogue().Categories()[1].ID != first {
		t.Errorf("a move down: %+v, %v; categories %v", done, err, nb.Catalogue().Categories())
	}
}
