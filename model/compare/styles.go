package compare

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/theme"
)

// compareStyles are the comparison and priorities screens' styles, built
// once from the shared palette in package theme. Every state they show also has a text marker (›, ★, ✗, ≠), because
// with NO_COLOR lipgloss drops colour, bold and reverse alike.
type compareStyles struct {
	Title       lipgloss.Style
	Tag         lipgloss.Style
	CloseCall   lipgloss.Style
	Heading     lipgloss.Style
	Rule        lipgloss.Style
	Label       lipgloss.Style
	LabelSel    lipgloss.Style
	Name        lipgloss.Style
	NameSel     lipgloss.Style
	Score       lipgloss.Style
	Dealbreaker lipgloss.Style
	Cell        lipgloss.Style
	CellSel     lipgloss.Style
	Missing     lipgloss.Style
	Best        lipgloss.Style
	Flag        lipgloss.Style
	Differ      lipgloss.Style
	PaneTitle   lipgloss.Style
	PaneText    lipgloss.Style
	PaneFaint   lipgloss.Style
	Status      lipgloss.Style
	Error       lipgloss.Style
}

// defaultCompareStyles builds the styles of the comparison screens.
func defaultCompareStyles() compareStyles {
	s := lipgloss.NewStyle
	return compareStyles{
		Title:       s().Bold(true).Foreground(theme.Accent),
		Tag:         s().Foreground(theme.Amber),
		CloseCall:   s().Foreground(theme.Amber),
		Heading:     s().Bold(true).Foreground(theme.Accent),
		Rule:        s().Foreground(theme.Muted),
		Label:       s(),
		LabelSel:    s().Bold(true),
		Name:        s().Bold(true),
		NameSel:     s().Bold(true).Background(theme.SelBg),
		Score:       s().Foreground(theme.Accent),
		Dealbreaker: s().Bold(true).Foreground(theme.Red),
		Cell:        s(),
		CellSel:     s().Reverse(true),
		Missing:     s().Foreground(theme.Muted),
		Best:        s().Foreground(theme.Green),
		Flag:        s().Bold(true).Foreground(theme.Red),
		Differ:      s().Foreground(theme.Amber),
		PaneTitle:   s().Bold(true),
		PaneText:    s(),
		PaneFaint:   s().Foreground(theme.Muted),
		Status:      s().Foreground(theme.Muted),
		Error:       s().Foreground(theme.Red),
	}
}
