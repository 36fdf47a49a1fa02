package csvimport

import (
	"testing"

	"github.com/vetted-tui/vetted/store"
)

// TestCredentialCheckOldLabelsRead: the credential check's rows under the
// labels of earlier builds ("License look-up", "AASECT directory checked
// on", "AASECT directory") read as the rows now labelled as the form is
// ("What you found about the license", "AASECT checked on", "What you
// found about AASECT").
func TestCredentialCheckOldLabelsRead(t *testing.T) {
	for name, rows := range map[string][3]string{
		"old": {"License look-up", "AASECT directory checked on", "AASECT directory"},
		"new": {"What you found about the license", "AASECT checked on", "What you found about AASECT"},
	} {
		t.Run(name, func(t *testing.T) {
			nb := store.New()
			sheet := "Category,Question,Ada\n" +
				"Therapist," + rows[0] + ",active\n" +
				"Therapist," + rows[1] + ",2027-01-12\n" +
				"Therapist," + rows[2] + ",member\n"
			rep, err := Import(nb, []byte(sheet), Options{}, now)
			if err != nil {
				t.Fatal(err)
			}
			v := nb.Therapists[0].Verification
			if v.License != store.LicenseActive || v.AASECTCheckedOn != "2027-01-12" || v.AASECT != store.AASECTMember {
				t.Errorf("read %+v; want active, 2027-01-12, member", v)
			}
			if len(rep.Problems) != 0 || len(rep.NewQuestions) != 0 {
				t.Errorf("problems %v, new questions %v", rep.Problems, rep.NewQuestions)
			}
		})
	}
}
