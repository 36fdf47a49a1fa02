// Package viewtest holds what the tests of the screens share for reading
// a drawn view.
package viewtest

import (
	"strings"
	"testing"
)

// SelectedLine returns the one line of view holding the › marker, and
// fails t when there is none or more than one.
func SelectedLine(t testing.TB, view string) string {
	t.Helper()
	var found []string
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "›") {
			found = append(found, l)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one › line, got %d:\n%s", len(found), view)
	}
	return found[0]
}
