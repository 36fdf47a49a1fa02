package details

import (
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

func init() { field.CursorMode = cursor.CursorStatic }

// TestSavedTherapistApplies: saving an edit sends the therapist as the
// form holds it; applied, it keeps the answers the notebook holds now
// (recorded while the form was open) and its creation time; a new one
// gets an ID of its own.
func TestSavedTherapistApplies(t *testing.T) {
	created := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	nb := store.New()
	nb.Therapists = []store.Therapist{{ID: "t1", Name: "Dr Ada", Status: store.ToContact, Created: created}}
	c := screen.NewCommon(nb, theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = 80, 24
	var s screen.Screen = New(c, "t1")
	s, _ = s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(" Lee"), Paste: true})
	_, cmd := s.Update(tea.KeyMsg{Type: tea.KeyCtrlS})
	msg, ok := cmd().(SavedMsg)
	if !ok || msg.Therapist.Name != "Dr Ada Lee" || msg.Therapist.ID != "t1" {
		t.Fatalf("saving sent %+v", cmd())
	}
	nb.Therapists[0].SetAnswer(checklist.QFee, checklist.Answer{Status: checklist.StatusAnswered, Value: "120.00"})
	now := created.Add(time.Hour)
	if news, id := msg.Apply(nb, now); id != "t1" || news != "Recorded the details of Dr Ada Lee." {
		t.Errorf("applied: %q, %q", news, id)
	}
	got := nb.Therapists[0]
	if got.Name != "Dr Ada Lee" || got.Answers[checklist.QFee].Value != "120.00" || !got.Created.Equal(created) || !got.Updated.Equal(now) {
		t.Errorf("after applying: %+v", got)
	}

	news, id := SavedMsg{Therapist: store.Therapist{Name: "Dr Bea"}}.Apply(nb, now)
	if id == "" || id == "t1" || len(nb.Therapists) != 2 || nb.Therapists[1].ID != id || news != "Added Dr Bea. Press enter to start the interview." {
		t.Errorf("a new one: %q, %q, %d therapists", news, id, len(nb.Therapists))
	}
}

// TestNewFormForAnUnknownID: an ID that is not in the notebook opens
// the form of a new therapist.
func TestNewFormForAnUnknownID(t *testing.T) {
	c := screen.NewCommon(store.New(), theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = 80, 24
	s := New(c, "")
	if f := s.Form(); f.Value(FieldName) != "" || f.Pick(FieldStatus) != 0 || f.Has(FieldPartnerNotes) {
		t.Errorf("a new therapist's form: name %q, status %d", f.Value(FieldName), f.Pick(FieldStatus))
	}
}
