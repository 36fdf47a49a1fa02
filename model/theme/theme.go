// Package theme holds vetted's colour palette and its one set of Styles,
// built once by the root (package model) and handed to every screen, the
// comparison screens (package model/compare) included, so that all draw
// alike. Nothing here relies on colour alone to carry meaning (see the text
// markers in the View code).
package theme

import "github.com/charmbracelet/lipgloss"

// The palette. Adaptive colours keep text readable on light and dark
// terminals.
var (
	// Accent marks titles, headings and the focused item.
	Accent = lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#B9A6FF"}
	// Muted is for hints, counters, rules and empty states.
	Muted = lipgloss.AdaptiveColor{Light: "#6B6B6B", Dark: "#9A9A9A"}
	// Red is for errors and red flags.
	Red = lipgloss.AdaptiveColor{Light: "#B3261E", Dark: "#FF8A80"}
	// Amber is for warnings, amber flags and tags.
	Amber = lipgloss.AdaptiveColor{Light: "#8A5A00", Dark: "#FFCC66"}
	// Green is for good news and best values.
	Green = lipgloss.AdaptiveColor{Light: "#1E7A3A", Dark: "#8BE0A4"}
	// Border is for box borders.
	Border = lipgloss.AdaptiveColor{Light: "#C8C8C8", Dark: "#4A4A4A"}
	// SelBg is the background of a selected name.
	SelBg = lipgloss.AdaptiveColor{Light: "#DDD6FF", Dark: "#3B2F6B"}
)
