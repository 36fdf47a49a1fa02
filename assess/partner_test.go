package assess

import (
	"slices"
	"testing"

	"github.com/vetted-tui/vetted/checklist"
)

func TestDisagreements(t *testing.T) {
	tests := []struct {
		name, me, partner string
		want              []string
	}{
		{"two apart", "5", "3", []string{checklist.QComfort}},
		{"far apart, partner higher", "1", "5", []string{checklist.QComfort}},
		{"one apart", "4", "3", nil},
		{"same", "2", "2", nil},
		{"partner missing", "5", "", nil},
		{"me missing", "", "1", nil},
		{"partner skipped", "5", "-", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := therapist("a")
			if tt.me != "" {
				th.Answers = answers(checklist.QComfort, tt.me)
			}
			if tt.partner != "" {
				th.PartnerAnswers = answers(checklist.QComfort, tt.partner)
			}
			if got := Disagreements(&th); !slices.Equal(got, tt.want) {
				t.Errorf("Disagreements = %v, want %v", got, tt.want)
			}
		})
	}
	if got := Disagreements(nil); got != nil {
		t.Errorf("Disagreements(nil) = %v", got)
	}
}
