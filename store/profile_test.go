package store

import (
	"bytes"
	"slices"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

func TestProfileRoundTripKeepsUnknownConcerns(t *testing.T) {
	nb := New()
	nb.SetPartner("Kai")
	nb.Profile.Concerns = []string{"concern.pain", "concern.from_the_future", checklist.ConcernDesireDiscrepancy}
	nb.Profile.OwnWords = "Since the surgery\nit hurts."
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"profile": {`, `"concern.from_the_future"`, `"own_words": "Since the surgery\nit hurts."`, `"with_partner": true`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("encoded notebook lacks %s:\n%s", want, data)
		}
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Profile.Concerns, nb.Profile.Concerns) || back.Profile.OwnWords != nb.Profile.OwnWords || !back.Profile.WithPartner {
		t.Errorf("profile after round trip = %+v, want %+v", back.Profile, nb.Profile)
	}
	known := back.Profile.Known()
	if len(known) != 2 || known[0].ID != mustConcern(t, "concern.desire_discrepancy") || known[1].ID != "concern.pain" {
		t.Errorf("Known() = %v, want the two known concerns in list order", known)
	}
}

// mustConcern checks that id is in the catalogue and returns it.
func mustConcern(t *testing.T, id string) string {
	t.Helper()
	if _, ok := checklist.ConcernByID(id); !ok {
		t.Fatalf("%s is not a concern", id)
	}
	return id
}

func TestZeroProfileIsNotWritten(t *testing.T) {
	data, err := Encode(New())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("profile")) {
		t.Errorf("an empty profile was written:\n%s", data)
	}
}

func TestWithPartnerFollowsThePartnersName(t *testing.T) {
	// A format 1 file names a partner but has no profile: it comes with one.
	v1 := []byte(`{"version": 1, "people": {"partner": "Kai"}, "therapists": []}`)
	nb, err := Decode(v1)
	if err != nil {
		t.Fatal(err)
	}
	if !nb.Profile.WithPartner || !nb.People.HasPartner() {
		t.Errorf("v1 with a partner: WithPartner %v, HasPartner %v", nb.Profile.WithPartner, nb.People.HasPartner())
	}
	// A file that says with_partner but names no one reads by the name.
	odd := []byte(`{"version": 2, "people": {}, "profile": {"with_partner": true}, "therapists": []}`)
	if nb, err = Decode(odd); err != nil {
		t.Fatal(err)
	}
	if nb.Profile.WithPartner {
		t.Error("with_partner without a name should read as coming alone, as every score and screen does")
	}
	nb.SetPartner("Kai")
	if !nb.Profile.WithPartner || nb.People.PartnerName() != "Kai" {
		t.Errorf("after SetPartner(Kai): %+v %+v", nb.People, nb.Profile)
	}
	nb.SetPartner("\x1b[31m \n")
	if nb.Profile.WithPartner || nb.People.HasPartner() {
		t.Error("a name that cleans to nothing is no partner")
	}
}

func TestProfileToggledNeverWritesIntoTheOldSlice(t *testing.T) {
	p := Profile{Concerns: []string{"a", "b", "c"}}
	snap := p.Concerns
	q := p.Toggled("b")
	if !slices.Equal(snap, []string{"a", "b", "c"}) {
		t.Errorf("toggling wrote into the shared slice: %v", snap)
	}
	if !slices.Equal(q.Concerns, []string{"a", "c"}) {
		t.Errorf("untick b: %v", q.Concerns)
	}
	if r := q.Toggled("d"); !slices.Equal(r.Concerns, []string{"a", "c", "d"}) || !slices.Equal(q.Concerns, []string{"a", "c"}) {
		t.Errorf("tick d: %v (before %v)", r.Concerns, q.Concerns)
	}
	if r := (Profile{Concerns: []string{"a"}}).Toggled("a"); r.Concerns != nil || !r.IsZero() {
		t.Errorf("unticking the last concern leaves %#v", r)
	}
}

func TestCloneCopiesTheProfile(t *testing.T) {
	nb := New()
	nb.Profile.Concerns = []string{"a"}
	c := nb.Clone()
	c.Profile.Concerns[0] = "changed"
	if nb.Profile.Concerns[0] != "a" {
		t.Error("Clone shares the concerns slice")
	}
}

func TestOutreachStepsHaveLabels(t *testing.T) {
	steps := OutreachSteps()
	if len(steps) != len(outreachLabels) {
		t.Errorf("%d steps, %d labels", len(steps), len(outreachLabels))
	}
	for _, s := range steps {
		if _, ok := s.Label(); !ok {
			t.Errorf("%s has no label", s)
		}
	}
	if i, j := slices.Index(steps, AskedByEmail), slices.Index(steps, AnsweredByEmail); i < 0 || j != i+1 || steps[i-1] != Contacted {
		t.Errorf("asked/answered by email should follow contacted: %v", steps)
	}
	if l, _ := AskedByEmail.Label(); l != "asked by email" || len(AnsweredByEmail.Text()) > 14 {
		t.Errorf("label %q", l)
	}
}
