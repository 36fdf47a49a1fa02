package screen

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vetted-tui/vetted/model/theme"
)

// WindowLines shows h of lines, keeping line focus in view.
func WindowLines(lines []string, focus, h int) string {
	if h <= 0 {
		return ""
	}
	if len(lines) <= h {
		return strings.Join(lines, "\n")
	}
	start := min(max(focus-h/2, 0), len(lines)-h)
	return strings.Join(lines[start:start+h], "\n")
}

// ScrollLines shows h of lines around focus, saying how many are hidden
// above and below so a cut list never looks complete.
func ScrollLines(lines []string, focus, h int, s *theme.Styles) string {
	if len(lines) <= h || h < 3 {
		return WindowLines(lines, focus, h)
	}
	// Centring the focus (h >= 3) keeps it off the first and last rows
	// unless the window is at that end of the list, so the markers that
	// replace those rows never hide it.
	start := min(max(focus-h/2, 0), len(lines)-h)
	win := slices.Clone(lines[start : start+h])
	if start > 0 {
		win[0] = s.Muted.Render(fmt.Sprintf("  ↑ %d more", start+1))
	}
	if end := start + h; end < len(lines) {
		win[h-1] = s.Muted.Render(fmt.Sprintf("  ↓ %d more", len(lines)-end+1))
	}
	return strings.Join(win, "\n")
}
