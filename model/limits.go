package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/field"
)

// boundedArea is field.Area under the names the forms of this package
// call it by, until they move to a package of their own (issue 13 §2).
type boundedArea struct {
	field.Area
	// lines is the most lines it holds, fixed when it is made.
	lines int
}

// newBoundedArea returns an area holding stored (field.NewArea).
func newBoundedArea(placeholder string, limit int, stored string) boundedArea {
	a := field.NewArea(placeholder, limit, stored)
	return boundedArea{Area: a, lines: a.Lines()}
}

func (a boundedArea) text() string                { return a.Text() }
func (a boundedArea) refusal(k tea.KeyMsg) string { return a.Refusal(k) }

func (a boundedArea) update(msg tea.Msg) (boundedArea, tea.Cmd) {
	next, cmd := a.Area.Update(msg)
	return boundedArea{Area: next, lines: a.lines}, cmd
}
