package export

import (
	"bytes"
	"strings"
	"testing"

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
