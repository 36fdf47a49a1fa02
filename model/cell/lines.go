package cell

import "strings"

// Lines word-wraps s to w columns like Wrap (a word longer than a line is
// broken, never cut) and returns its lines without Wrap's padding, for a
// page of text a screen scrolls line by line; "" is one empty line and
// w < 1 counts as 1.
func Lines(s string, w int) []string {
	lines := strings.Split(Wrap(s, max(1, w)), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}
