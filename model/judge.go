package model

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/assess"
)

// judgedMsg carries the judgement of the notebook that Init started.
type judgedMsg struct{ judged *assess.Judgement }

// judgeOnce judges every therapist of a Snapshot of the notebook on a
// goroutine of its own, the first time it is called: at the first key,
// once the first frame is drawn (started with the program, it took the
// processor from the first frame). The comparison's first opening judged
// them all on the UI goroutine (about half of its 70 to 110 ms at 5,000
// therapists); starting from this judgement (screen.Common.Judged) it
// judges again only the therapists changed since. A Snapshot is safe to
// read while the person edits: the root never writes into the maps it
// shares.
func (m *Model) judgeOnce() tea.Cmd {
	if m.judging || m.saves.Quitting() {
		return nil // a key that quits needs no judgement
	}
	m.judging = true
	nb := m.nb().Snapshot()
	return func() tea.Msg { return judgedMsg{judged: assess.Judge(nb)} }
}
