package store

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store/format"
)

// A preparation form and a verification record survive a save and a
// load, whole, and leave nothing in the file when empty.
func TestPrepFormAndVerificationRoundTrip(t *testing.T) {
	nb := sampleNotebook(t, 2)
	nb.SetPrepEntry(checklist.PrepConcernHistory+".began", "Last spring")
	nb.SetPrepEntry(checklist.NotesID(checklist.PrepPhysicalCheck), "GP on 2026-10-02: nothing physical\nfollow-up in spring")
	nb.SetMedications([]Medication{{Name: "Sertraline", Dose: "50 mg daily"}, {Name: "  "}, {Name: "Vitamin D"}})
	nb.Therapists[0].Verification = Verification{
		LicenseCheckedOn: "2026-11-20", LicenseNumber: "LMFT 10442", LicenseType: "LMFT",
		License: LicenseActive, AASECTCheckedOn: "2026-11-21", AASECT: AASECTCertified, Notes: "Listed in Portland",
	}
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.PrepForm.Medications; !reflect.DeepEqual(got, []Medication{{Name: "Sertraline", Dose: "50 mg daily"}, {Name: "Vitamin D"}}) {
		t.Errorf("medications = %+v (a blank row must be dropped)", got)
	}
	if !reflect.DeepEqual(back.PrepForm, nb.PrepForm) {
		t.Errorf("prep form = %+v, want %+v", back.PrepForm, nb.PrepForm)
	}
	if back.Therapists[0].Verification != nb.Therapists[0].Verification {
		t.Errorf("verification = %+v", back.Therapists[0].Verification)
	}
	if !back.Therapists[1].Verification.IsZero() || bytes.Count(data, []byte(`"verification"`)) != 1 {
		t.Errorf("an empty record must stay out of the file:\n%s", data)
	}

	nb.SetPrepEntry(checklist.PrepConcernHistory+".began", " \n")
	nb.SetPrepEntry(checklist.NotesID(checklist.PrepPhysicalCheck), "")
	nb.SetMedications(nil)
	data, err = Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("prep_form")) {
		t.Errorf("an emptied form must leave the file:\n%s", data)
	}
}

// A notebook of format 1 with only the tick map loads as it is: the ticks
// are the form's done marks, with nothing to migrate.
func TestFormatOneTicksStillLoad(t *testing.T) {
	v1 := `{"version": 1, "people": {}, "prep": {"prep.physical_check": true, "prep.medications": false}, "therapists": []}`
	nb, err := Decode([]byte(v1))
	if err != nil {
		t.Fatal(err)
	}
	if !nb.Prep[checklist.PrepPhysicalCheck] || nb.Prep[checklist.PrepMedications] || !nb.PrepForm.IsZero() {
		t.Errorf("ticks = %v, form = %+v", nb.Prep, nb.PrepForm)
	}
}

// A misspelt key inside the form is refused like any unknown field, and
// the refusal points at it, not at an entry's ID.
func TestPrepFormUnknownFieldRefused(t *testing.T) {
	bad := "{\"version\": 2, \"people\": {},\n \"prep_form\": {\"entries\": {\"medications\": \"x\"}, \"medication\": []}, \"therapists\": []}"
	_, err := Decode([]byte(bad))
	var fe *format.Error
	if err == nil || !errors.As(err, &fe) || fe.Line != 2 || !strings.Contains(fe.Problem, "does not know") {
		t.Fatalf("got %v", err)
	}
	if col := strings.Index(strings.Split(bad, "\n")[1], `"medication"`) + 1; fe.Column != col {
		t.Errorf("column %d, want %d", fe.Column, col)
	}
}

// Clone and Snapshot give the form maps and rows of their own: an edit
// after the copy does not reach it.
func TestPrepFormCopiesAreIndependent(t *testing.T) {
	nb := New()
	nb.SetPrepEntry("a", "one")
	nb.SetMedications([]Medication{{Name: "A"}})
	snap, clone := nb.Snapshot(), nb.Clone()
	nb.SetPrepEntry("a", "two")
	nb.PrepForm.Medications[0].Name = "B"
	for name, c := range map[string]*Notebook{"snapshot": snap, "clone": clone} {
		if c.PrepForm.Entry("a") != "one" || c.PrepForm.Medications[0].Name != "A" {
			t.Errorf("%s changed with the notebook: %+v", name, c.PrepForm)
		}
	}
}

func TestVerificationResultText(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{LicenseResult("").Text(), "not checked"},
		{LicenseNotFound.Text(), "not found"},
		{LicenseRestricted.Text(), "found, with limits"},
		{AASECTMember.Text(), "member"},
		{AASECTResult("lapsed\x1b[31m").Text(), "lapsed"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
