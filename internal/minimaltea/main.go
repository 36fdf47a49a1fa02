// Command minimaltea is the smallest full-screen Bubble Tea program, set
// up as vetted's is (the alternate screen, the mouse): the yardstick of
// BenchmarkFirstFrame, which times its first frame against vetted's. It
// draws one line and quits on any key.
package main

import (
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// minimal draws Ready and ends on a key.
type minimal struct{}

func (minimal) Init() tea.Cmd { return nil }

func (m minimal) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		return m, tea.Quit
	}
	return m, nil
}

func (minimal) View() string { return "Ready" }

func main() {
	if _, err := tea.NewProgram(minimal{}, tea.WithAltScreen(), tea.WithMouseCellMotion()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
