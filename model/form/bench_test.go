package form

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/theme"
)

// BenchmarkFormKey is one key typed into the notes of a details-sized
// form (ten lines, two picks, notes of about 1 KB) and the view drawn.
func BenchmarkFormKey(b *testing.B) {
	fields := []Field{}
	for _, k := range []string{"name", "credentials", "phone", "email", "website", "location", "contacted", "consult"} {
		fields = append(fields, Line(k, k, "some stored text", 200))
	}
	fields = append(fields, Pick("via", "Found via", []string{"a", "b", "c"}, 0), Pick("status", "Status", []string{"a", "b"}, 0),
		Area("notes", "Notes", strings.Repeat("A note of some length. ", 45), 4000))
	f := New(theme.DefaultStyles(), "Edit", "", fields...).SetSize(80, 24).Focus("notes")
	typed := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'x'}}
	erase := tea.KeyMsg{Type: tea.KeyBackspace}
	b.ReportAllocs()
	for b.Loop() {
		f, _, _ = f.Update(typed)
		_ = f.View()
		f, _, _ = f.Update(erase)
		_ = f.View()
	}
}
