package model

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/model/theme"
)

// Styles holds every style the root's screens use, built once by
// DefaultStyles from the palette in package theme, so that View code never
// constructs styles per keystroke. Nothing relies on colour alone (see the
// markers in View code).
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
	TooSmall  lipgloss.Style // the terminal-too-small message
	TabActive lipgloss.Style // the current category tab (with [ ] brackets)
	Tab       lipgloss.Style // the other category tabs
}

// DefaultStyles returns vetted's styles.
func DefaultStyles() Styles {
	return Styles{
		App:       lipgloss.NewStyle().Padding(0, 1),
		Title:     lipgloss.NewStyle().Bold(true).Foreground(theme.Accent),
		Subtitle:  lipgloss.NewStyle().Bold(true),
		Muted:     lipgloss.NewStyle().Foreground(theme.Muted),
		Selected:  lipgloss.NewStyle().Bold(true).Foreground(theme.Accent),
		Header:    lipgloss.NewStyle().Foreground(theme.Muted).Underline(true),
		Error:     lipgloss.NewStyle().Foreground(theme.Red),
		Warn:      lipgloss.NewStyle().Foreground(theme.Amber),
		OK:        lipgloss.NewStyle().Foreground(theme.Green),
		Label:     lipgloss.NewStyle().Foreground(theme.Muted),
		Focused:   lipgloss.NewStyle().Bold(true).Foreground(theme.Accent),
		Prompt:    lipgloss.NewStyle().Bold(true),
		Hint:      lipgloss.NewStyle().Foreground(theme.Muted).BorderStyle(lipgloss.NormalBorder()).BorderLeft(true).BorderForeground(theme.Border).PaddingLeft(1),
		Status:    lipgloss.NewStyle().Foreground(theme.Muted),
		TooSmall:  lipgloss.NewStyle().Bold(true),
		TabActive: lipgloss.NewStyle().Bold(true).Foreground(theme.Accent),
		Tab:       lipgloss.NewStyle().Foreground(theme.Muted),
	}
}
