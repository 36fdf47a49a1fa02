package priorities

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"github.com/vetted-tui/vetted/model/internal/fixture"
	"github.com/vetted-tui/vetted/model/theme"
)

func init() {
	// Tests and goldens compare plain text: no colour codes whatever the
	// terminal.
	lipgloss.SetColorProfile(termenv.Ascii)
}

// testStyles is the app's one set of styles, built once for the tests as
// the root builds it once for the app.
var testStyles = theme.DefaultStyles()

// TestPrioritiesGolden pins the priorities screen at 80x24. The golden
// is rewritten with: go test ./model/priorities -run Golden -update
func TestPrioritiesGolden(t *testing.T) {
	nb := fixture.MakeNotebook(3)
	nb.BudgetPerSession = "150.00"
	m := New(nb, testStyles, nil).SetSize(80, 24)
	golden.RequireEqual(t, []byte(m.View()))
}
