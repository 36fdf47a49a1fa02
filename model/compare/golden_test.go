package compare

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The goldens live in testdata/<TestName>/<size>.golden. teatest's golden
// package owns the -update flag of this test binary, so the files are
// rewritten with: go test ./model/compare -run Golden -update

// TestCompareGolden pins the whole comparison of three therapists at the
// two sizes the app is designed for, drawn with the ASCII profile (see
// fixture_test.go), with the fee row selected: a note, a best marker and the
// cost rows in view.
func TestCompareGolden(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"160x48", 160, 48}} {
		t.Run(size.name, func(t *testing.T) {
			m := sized(makeNotebook(3), size.w, size.h)
			m, _ = press(m, keyTab, keyTab, keyTab)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}
