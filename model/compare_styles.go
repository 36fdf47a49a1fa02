package model

import "github.com/charmbracelet/lipgloss"

// compareStyles are the comparison and priorities screens' styles, built
// once. Every state they show also has a text marker (›, ★, ✗, ≠), because
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

// Palette of the comparison: adaptive so both light and dark terminals read.
var (
	cmpAccent = lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#B8A4FF"}
	cmpGood   = lipgloss.AdaptiveColor{Light: "#1E7B34", Dark: "#7EE29A"}
	cmpBad    = lipgloss.AdaptiveColor{Light: "#B3261E", Dark: "#FF8A80"}
	cmpWarn   = lipgloss.AdaptiveColor{Light: "#8A5A00", Dark: "#FFD27F"}
	cmpFaint  = lipgloss.AdaptiveColor{Light: "#767676", Dark: "#8A8A8A"}
	cmpSelBg  = lipgloss.AdaptiveColor{Light: "#DDD6FF", Dark: "#3B2F6B"}
)

// defaultCompareStyles builds the styles of the comparison screens.
func defaultCompareStyles() compareStyles {
	s := lipgloss.NewStyle
	return compareStyles{
		Title:       s().Bold(true).Foreground(cmpAccent),
		Tag:         s().Foreground(cmpWarn),
		CloseCall:   s().Foreground(cmpWarn),
		Heading:     s().Bold(true).Foreground(cmpAccent),
		Rule:        s().Foreground(cmpFaint),
		Label:       s(),
		LabelSel:    s().Bold(true),
		Name:        s().Bold(true),
		NameSel:     s().Bold(true).Background(cmpSelBg),
		Score:       s().Foreground(cmpAccent),
		Dealbreaker: s().Bold(true).Foreground(cmpBad),
		Cell:        s(),
		CellSel:     s().Reverse(true),
		Missing:     s().Foreground(cmpFaint),
		Best:        s().Foreground(cmpGood),
		Flag:        s().Bold(true).Foreground(cmpBad),
		Differ:      s().Foreground(cmpWarn),
		PaneTitle:   s().Bold(true),
		PaneText:    s(),
		PaneFaint:   s().Foreground(cmpFaint),
		Status:      s().Foreground(cmpFaint),
		Error:       s().Foreground(cmpBad),
	}
}
