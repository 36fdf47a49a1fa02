package model

import "github.com/charmbracelet/lipgloss"

// compareStyles are the comparison and priorities screens' styles, built
// once from the shared palette in styles.go. Every state they show also has a text marker (›, ★, ✗, ≠), because
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
		Title:       s().Bold(true).Foreground(colorAccent),
		Tag:         s().Foreground(colorAmber),
		CloseCall:   s().Foreground(colorAmber),
		Heading:     s().Bold(true).Foreground(colorAccent),
		Rule:        s().Foreground(colorMuted),
		Label:       s(),
		LabelSel:    s().Bold(true),
		Name:        s().Bold(true),
		NameSel:     s().Bold(true).Background(colorSelBg),
		Score:       s().Foreground(colorAccent),
		Dealbreaker: s().Bold(true).Foreground(colorRed),
		Cell:        s(),
		CellSel:     s().Reverse(true),
		Missing:     s().Foreground(colorMuted),
		Best:        s().Foreground(colorGreen),
		Flag:        s().Bold(true).Foreground(colorRed),
		Differ:      s().Foreground(colorAmber),
		PaneTitle:   s().Bold(true),
		PaneText:    s(),
		PaneFaint:   s().Foreground(colorMuted),
		Status:      s().Foreground(colorMuted),
		Error:       s().Foreground(colorRed),
	}
}
