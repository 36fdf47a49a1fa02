package model

import (
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"
)

func init() {
	// Tests compare plain text: no colour codes whatever the terminal.
	lipgloss.SetColorProfile(termenv.Ascii)
}

var _ = teatest.NewTestModel
