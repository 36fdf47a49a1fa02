package model

import "github.com/charmbracelet/lipgloss"

// The palette. Adaptive colours keep text readable on light and dark
// terminals; nothing relies on colour alone (see the markers in View code).
var (
	colorAccent = lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#B9A6FF"}
	colorMuted  = lipgloss.AdaptiveColor{Light: "#6B6B6B", Dark: "#9A9A9A"}
	colorRed    = lipgloss.AdaptiveColor{Light: "#B3261E", Dark: "#FF8A80"}
	colorAmber  = lipgloss.AdaptiveColor{Light: "#8A5A00", Dark: "#FFCC66"}
	colorGreen  = lipgloss.AdaptiveColor{Light: "#1E7A3A", Dark: "#8BE0A4"}
	colorBorder = lipgloss.AdaptiveColor{Light: "#C8C8C8", Dark: "#4A4A4A"}
	colorSelBg  = lipgloss.AdaptiveColor{Light: "#DDD6FF", Dark: "#3B2F6B"}
)

// Styles holds every style the screens use, built once by DefaultStyles so
// that View code never constructs styles per keystroke.
type Styles struct {
	App       lipgloss.Style // outer padding of every screen
	Title     lipgloss.Style // screen title
	Subtitle  lipgloss.Style // secondary heading, such as a category
	Muted     lipgloss.Style // hints, counters, empty states
	Selected  lipgloss.Style // the row or option under the cursor (with a › marker)
	Header    lipgloss.Style // table column headings
	Error     lipgloss.Style // validation and save errors (with a ✗ marker)
	Warn      lipgloss.Style // amber flags and limits (with a ! marker)
	OK        lipgloss.Style // good news (with a ✓ marker)
	Label     lipgloss.Style // form labels
	Focused   lipgloss.Style // the focused form label (with a › marker)
	Prompt    lipgloss.Style // the interview question
	Hint      lipgloss.Style // the "why ask" box
	Status    lipgloss.Style // the status line above the help
	Help      lipgloss.Style // the help footer
	TooSmall  lipgloss.Style // the terminal-too-small message
	TabActive lipgloss.Style // the current category tab (with [ ] brackets)
	Tab       lipgloss.Style // the other category tabs
}

// DefaultStyles returns vetted's styles.
func DefaultStyles() Styles {
	return Styles{
		App:       lipgloss.NewStyle().Padding(0, 1),
		Title:     lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		Subtitle:  lipgloss.NewStyle().Bold(true),
		Muted:     lipgloss.NewStyle().Foreground(colorMuted),
		Selected:  lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		Header:    lipgloss.NewStyle().Foreground(colorMuted).Underline(true),
		Error:     lipgloss.NewStyle().Foreground(colorRed),
		Warn:      lipgloss.NewStyle().Foreground(colorAmber),
		OK:        lipgloss.NewStyle().Foreground(colorGreen),
		Label:     lipgloss.NewStyle().Foreground(colorMuted),
		Focused:   lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		Prompt:    lipgloss.NewStyle().Bold(true),
		Hint:      lipgloss.NewStyle().Foreground(colorMuted).BorderStyle(lipgloss.NormalBorder()).BorderLeft(true).BorderForeground(colorBorder).PaddingLeft(1),
		Status:    lipgloss.NewStyle().Foreground(colorMuted),
		Help:      lipgloss.NewStyle(),
		TooSmall:  lipgloss.NewStyle().Bold(true),
		TabActive: lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		Tab:       lipgloss.NewStyle().Foreground(colorMuted),
	}
}
