package statusline

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/model/theme"
)

// TestLineView: no news is one blank line; news is cut to one line;
// an error carries its ✗ marker (colour alone vanishes with NO_COLOR) and
// wraps to at most maxLines lines, the last marked "…" when cut.
func TestLineView(t *testing.T) {
	st := theme.DefaultStyles()
	if got := (Line{}).View(st, 40, 4); got != " " {
		t.Errorf("empty line = %q, want one blank", got)
	}
	if got := ansi.Strip(New("Hid Dr Ada. X shows every therapist.", false).View(st, 20, 4)); strings.Contains(got, "\n") || ansi.StringWidth(got) > 20 {
		t.Errorf("news at 20 columns = %q, want one cut line", got)
	}
	long := New(strings.Repeat("the disk is full ", 20), true)
	got := ansi.Strip(long.View(st, 30, 3))
	lines := strings.Split(got, "\n")
	if !strings.HasPrefix(got, "✗ ") || len(lines) != 3 || !strings.HasSuffix(strings.TrimRight(lines[2], " "), "…") {
		t.Errorf("long error = %q, want ✗, 3 lines, the last ending in …", got)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > 30 {
			t.Errorf("line %d is %d columns", i, w)
		}
	}
	if got := ansi.Strip(long.View(st, 30, 1)); strings.Contains(got, "\n") {
		t.Errorf("one-line error = %q", got)
	}
}

// TestNewSanitises: news passes safetext, so an error quoting a path
// cannot carry escape sequences to the screen.
func TestNewSanitises(t *testing.T) {
	l := New("cannot save /tmp/a\x1b]0;title\x07b\x1b[31m", true)
	if strings.ContainsAny(l.Text(), "\x1b\x07") || !l.Err() {
		t.Errorf("New kept %q (error %v)", l.Text(), l.Err())
	}
}

// TestExported is the one wording of an export's result.
func TestExported(t *testing.T) {
	if l := Exported("/tmp/out\x1b[31m.md", nil, ""); l.Text() != "Exported to /tmp/out.md" || l.Err() {
		t.Errorf("Exported(path) = %q, error %v", l.Text(), l.Err())
	}
	if l := Exported("", errors.New("The file exists: add --force."), ""); l.Text() != "Export failed: The file exists: add --force." || !l.Err() {
		t.Errorf("Exported(err) = %q, error %v", l.Text(), l.Err())
	}
	if l := Exported("/tmp/out.md", nil, "The export is not encrypted."); l.Text() != "Exported to /tmp/out.md. The export is not encrypted." {
		t.Errorf("Exported(path, warning) = %q", l.Text())
	}
	if !(Line{}).Empty() || New("x", false).Empty() {
		t.Error("Empty is wrong")
	}
}
