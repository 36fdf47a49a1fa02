// Package model is vetted's Bubble Tea program: the roster of therapists,
// their details, the interview, and the comparison.
package model

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Placeholder references keep the dependencies in go.mod until the screens
// that use them land.
var (
	_ = key.NewBinding
	_ = textarea.New
	_ = textinput.New
	_ = viewport.New
	_ tea.Model
	_ = lipgloss.NewStyle
)
