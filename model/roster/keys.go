package roster

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/vetted-tui/vetted/model/checkin"
	"github.com/vetted-tui/vetted/model/screen"
)

// KeyMap holds the roster's keys.
type KeyMap struct {
	Up        key.Binding
	Down      key.Binding
	Add       key.Binding
	Edit      key.Binding
	Delete    key.Binding
	Interview key.Binding
	Status    key.Binding
	Compare   key.Binding
	Prep      key.Binding
	Profile   key.Binding
	Ask       key.Binding
	Verify    key.Binding
	Brief     key.Binding
	// BriefMine writes the brief with My concerns in it.
	BriefMine key.Binding
	Questions key.Binding
	// CheckIns opens the check-ins of a therapist the person chose.
	CheckIns key.Binding
	// Deleted shows the recently deleted therapists (deleted.go).
	Deleted key.Binding
}

// DefaultKeyMap returns the roster's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:        screen.Bind("↑/k", "up", "up", "k"),
		Down:      screen.Bind("↓/j", "down", "down", "j"),
		Add:       screen.Bind("a", "add", "a"),
		Edit:      screen.Bind("e", "edit", "e"),
		Delete:    screen.Bind("d", "delete", "d"),
		Interview: screen.Bind("enter", "interview", "enter", "i"),
		Status:    screen.Bind("s", "status", "s"),
		Compare:   screen.Bind("c", "compare", "c"),
		Prep:      screen.Bind("p", "prepare", "p"),
		Profile:   screen.Bind("m", "my concerns", "m"),
		Ask:       screen.Bind("o", "outreach email", "o"),
		Verify:    screen.Bind("v", "check credentials", "v"),
		Brief:     screen.Bind("b", "brief for them", "b"),
		BriefMine: screen.Bind("B", "brief with my concerns", "B"),
		Questions: screen.Bind("Q", "your questions", "Q"),
		CheckIns:  checkin.OpenKey,
		Deleted:   screen.Bind("D", "recently deleted", "D"),
	}
}

// ShortHelp implements help.KeyMap. It leaves edit and status to the full
// help so that, with ? and q after it, it fits 78 columns: at 80 wide the
// quit key must not be the part cut off.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Add, k.Interview, k.Compare, k.Prep}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Interview},
		{k.Add, k.Edit, k.Delete, k.Deleted, k.Status},
		{k.Compare, k.Prep, k.Questions, k.Profile, k.Ask},
		{k.Verify, k.Brief, k.BriefMine, k.CheckIns},
	}
}
