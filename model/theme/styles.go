package theme

import "github.com/charmbracelet/lipgloss"

// Styles holds every style the app draws with, built once by DefaultStyles
// from the palette and handed by pointer to every screen (the root's and
// the comparison's), so that View code never constructs styles per
// keystroke and no two packages keep styles of their own. Nothing relies on
// colour alone: with NO_COLOR lipgloss drops colour, bold and reverse
// alike, so every state these styles show also has a text marker in the
// View code (›, ✓, ✗, !, ★, ≠, [ ]).
type Styles struct {
	App       lipgloss.Style // outer padding of every screen
	Title     lipgloss.Style // screen title
	Subtitle  lipgloss.Style // secondary heading, such as a category
	Muted     lipgloss.Style // hints, counters, empty states
	Selected  lipgloss.Style // the row or option under the cursor (with a › marker)
	Header    lipgloss.Style // table column headings
	Error     lipgloss.Style // validation, save and export errors (with a ✗ marker)
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

	// The comparison and priorities screens.
	Tag         lipgloss.Style // a therapist's tag
	CloseCall   lipgloss.Style // the close-call line
	Heading     lipgloss.Style // a category heading in the grid
	Rule        lipgloss.Style // rules and separators
	RowLabel    lipgloss.Style // a question's label in the grid
	RowLabelSel lipgloss.Style // the selected row's label
	Name        lipgloss.Style // a therapist's name heading a column
	NameSel     lipgloss.Style // the selected column's name
	Score       lipgloss.Style // the fit score
	Dealbreaker lipgloss.Style // a missed must-have
	Cell        lipgloss.Style // an answer in the grid
	CellSel     lipgloss.Style // the selected answer
	Missing     lipgloss.Style // not asked or skipped
	Best        lipgloss.Style // the best value in a row
	Flag        lipgloss.Style // a red flag
	Differ      lipgloss.Style // the partners' answers differ
	PaneTitle   lipgloss.Style // the detail pane's heading
	PaneText    lipgloss.Style // the detail pane's text
	PaneFaint   lipgloss.Style // the detail pane's secondary text
}

// DefaultStyles builds vetted's styles from the palette. Call it once and
// share the result.
func DefaultStyles() *Styles {
	s := lipgloss.NewStyle
	return &Styles{
		App:       s().Padding(0, 1),
		Title:     s().Bold(true).Foreground(Accent),
		Subtitle:  s().Bold(true),
		Muted:     s().Foreground(Muted),
		Selected:  s().Bold(true).Foreground(Accent),
		Header:    s().Foreground(Muted).Underline(true),
		Error:     s().Foreground(Red),
		Warn:      s().Foreground(Amber),
		OK:        s().Foreground(Green),
		Label:     s().Foreground(Muted),
		Focused:   s().Bold(true).Foreground(Accent),
		Prompt:    s().Bold(true),
		Hint:      s().Foreground(Muted).BorderStyle(lipgloss.NormalBorder()).BorderLeft(true).BorderForeground(Border).PaddingLeft(1),
		Status:    s().Foreground(Muted),
		TooSmall:  s().Bold(true),
		TabActive: s().Bold(true).Foreground(Accent),
		Tab:       s().Foreground(Muted),

		Tag:         s().Foreground(Amber),
		CloseCall:   s().Foreground(Amber),
		Heading:     s().Bold(true).Foreground(Accent),
		Rule:        s().Foreground(Muted),
		RowLabel:    s(),
		RowLabelSel: s().Bold(true),
		Name:        s().Bold(true),
		NameSel:     s().Bold(true).Background(SelBg),
		Score:       s().Foreground(Accent),
		Dealbreaker: s().Bold(true).Foreground(Red),
		Cell:        s(),
		CellSel:     s().Reverse(true),
		Missing:     s().Foreground(Muted),
		Best:        s().Foreground(Green),
		Flag:        s().Bold(true).Foreground(Red),
		Differ:      s().Foreground(Amber),
		PaneTitle:   s().Bold(true),
		PaneText:    s(),
		PaneFaint:   s().Foreground(Muted),
	}
}
