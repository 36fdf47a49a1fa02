package verify

import (
	"slices"
	"testing"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

func init() { field.CursorMode = cursor.CursorStatic }

// TestInsertingAFieldMisplacesNoValue: the record's values are read by
// key, so a field inserted anywhere in the form moves none of them (the
// form in the root used to read texts[0,1,2,4,6]).
func TestInsertingAFieldMisplacesNoValue(t *testing.T) {
	v := store.Verification{LicenseType: "LMFT", Notes: "kept"}
	want := store.Verification{LicenseCheckedOn: "2026-11-21", LicenseNumber: "10442", LicenseType: "LMFT",
		License: store.LicenseNotFound, Notes: "kept"}
	for at := range len(fields(v)) + 1 {
		fs := slices.Insert(fields(v), at, form.Line("extra", "A new field", "", 40))
		f := form.New(theme.DefaultStyles(), "t", "", fs...).SetSize(100, 40)
		for _, k := range []struct{ field, text string }{{keyLicenseOn, "11/21/2026"}, {keyNumber, "10442"}, {"extra", "not saved anywhere"}} {
			f = f.Focus(k.field)
			f, _, _ = f.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k.text), Paste: true})
		}
		f = f.Focus(keyLicense)
		for range 3 {
			f, _, _ = f.Update(tea.KeyMsg{Type: tea.KeyRight})
		}
		if got := record(v, f); got != want {
			t.Errorf("a field inserted at %d: %+v, want %+v", at, got, want)
		}
	}
}

// TestSavedRecordApplies: saving sends the record of the therapist it was
// opened for; applied, it lands on that therapist, and on a therapist who
// is gone it changes nothing.
func TestSavedRecordApplies(t *testing.T) {
	nb := store.New()
	nb.Therapists = []store.Therapist{{ID: "t1", Name: "Dr Ann Lee", Verification: store.Verification{AASECT: "lapsed-ish"}}}
	c := screen.NewCommon(nb, theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = 80, 24
	var s screen.Screen = New(c, nb.Therapists[0])
	s, _ = s.Update(tea.KeyMsg{Type: tea.KeyTab})
	s, _ = s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("10442"), Paste: true})
	_, cmd := s.Update(tea.KeyMsg{Type: tea.KeyCtrlS})
	msg, ok := cmd().(SavedMsg)
	if !ok || msg.TherapistID != "t1" || msg.Verification.LicenseNumber != "10442" || msg.Verification.AASECT != "lapsed-ish" {
		t.Fatalf("saving sent %+v", msg)
	}
	if news, ok := msg.Apply(nb, nb.Therapists[0].Created); !ok || news != "✓ Recorded the credential check of Dr Ann Lee" ||
		nb.Therapists[0].Verification != msg.Verification {
		t.Errorf("applied: %q %v, record %+v", news, ok, nb.Therapists[0].Verification)
	}
	msg.TherapistID = "gone"
	if _, ok := msg.Apply(nb, nb.Therapists[0].Created); ok {
		t.Error("a record for a therapist who is gone was applied")
	}
}
