package teadrive

import (
	"slices"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

type note string

func say(s string) tea.Cmd { return func() tea.Msg { return note(s) } }

// TestRunOrderAndWaits: batches and sequences are run in order, every
// message reaches send, and a tick is never run.
func TestRunOrderAndWaits(t *testing.T) {
	var got []tea.Msg
	ticked := false
	tick := tea.Tick(time.Hour, func(time.Time) tea.Msg { ticked = true; return note("tick") })
	Run(tea.Sequence(say("a"), tea.Batch(say("b"), tick, nil), say("c"), tea.Quit), func(m tea.Msg) { got = append(got, m) })
	want := []tea.Msg{note("a"), note("b"), note("c"), tea.QuitMsg{}}
	if !slices.Equal(got, want) || ticked {
		t.Errorf("got %v (ticked %v), want %v", got, ticked, want)
	}
	if !Waits(tick) || Waits(say("x")) {
		t.Error("Waits does not tell a tick from a plain command")
	}
}
