package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/store"
)

// Exports mark a confirmed credential as the comparison does.
func TestExportsMarkConfirmedCredentials(t *testing.T) {
	nb := demo.Notebook()
	nb.Therapists[0].SetAnswer(checklist.QLicense, checklist.Answer{Status: checklist.StatusAnswered, Value: "yes"})
	nb.Therapists[0].Verification = store.Verification{License: store.LicenseActive}
	var md, csv bytes.Buffer
	if err := Markdown(&md, nb); err != nil {
		t.Fatal(err)
	}
	if err := Write(&csv, nb, FormatCSV); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"md": md.String(), "csv": csv.String()} {
		if strings.Count(out, "✓ confirmed") != 1 {
			t.Errorf("%s: want one \"✓ confirmed\", got %d", name, strings.Count(out, "✓ confirmed"))
		}
	}
}

// A license the person's check did not find, on a therapist who said yes
// on the call, changes the fit score and the flags in every export, as
// package assess judges it: the call's green flag is gone, the red flag
// says what was said and what the check found.
func TestExportsFollowALicenseCheckThatOverridesTheCall(t *testing.T) {
	exports := func(nb *store.Notebook) map[string]string {
		out := map[string]string{}
		for _, f := range []string{FormatMarkdown, FormatCSV} {
			var b bytes.Buffer
			if err := Write(&b, nb, f); err != nil {
				t.Fatal(err)
			}
			out[f] = b.String()
		}
		return out
	}
	said := demo.Notebook()
	if v := said.Therapists[0].Answers[checklist.QLicense].Value; v != "yes" {
		t.Fatalf("the demo's first therapist said %q about the license, want yes", v)
	}
	checked := demo.Notebook()
	checked.Therapists[0].Verification = store.Verification{License: store.LicenseNotFound}
	before, after := assess.FitScores(said)[0].Value, assess.FitScores(checked)[0].Value
	if after >= before {
		t.Fatalf("assess: fit score %d then %d; the check must lower it", before, after)
	}
	was, is := exports(said), exports(checked)
	for f := range was {
		if !strings.Contains(was[f], fmt.Sprintf("%d/100", before)) || !strings.Contains(is[f], fmt.Sprintf("%d/100", after)) {
			t.Errorf("%s: the export does not show the fit score going from %d to %d", f, before, after)
		}
		if !strings.Contains(is[f], "Said they hold a license; your check did not find it") {
			t.Errorf("%s: the red flag of the check is missing", f)
		}
		if strings.Count(is[f], "Said they hold a state license") != strings.Count(was[f], "Said they hold a state license")-1 {
			t.Errorf("%s: the call's green flag stays beside the check that overrides it", f)
		}
	}
}
