package model

import "github.com/charmbracelet/bubbles/key"

// bind is shorthand for a binding with its help text.
func bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// globalKeyMap holds the keys that work on every screen. The root enables
// and disables Quit and Help as the active screen starts or stops typing.
type globalKeyMap struct {
	ForceQuit key.Binding // ctrl+c, always
	Quit      key.Binding // q, top-level screens only, never while typing
	Help      key.Binding // ?, never while typing
}

func defaultGlobalKeyMap() globalKeyMap {
	return globalKeyMap{
		ForceQuit: bind("ctrl+c", "quit", "ctrl+c"),
		Quit:      bind("q", "quit", "q"),
		Help:      bind("?", "help", "?"),
	}
}

// rosterKeyMap holds the roster's keys.
type rosterKeyMap struct {
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
}

func defaultRosterKeyMap() rosterKeyMap {
	return rosterKeyMap{
		Up:        bind("↑/k", "up", "up", "k"),
		Down:      bind("↓/j", "down", "down", "j"),
		Add:       bind("a", "add", "a"),
		Edit:      bind("e", "edit", "e"),
		Delete:    bind("d", "delete", "d"),
		Interview: bind("enter", "interview", "enter", "i"),
		Status:    bind("s", "status", "s"),
		Compare:   bind("c", "compare", "c"),
		Prep:      bind("p", "prepare", "p"),
		Profile:   bind("m", "my concerns", "m"),
		Ask:       bind("o", "outreach email", "o"),
		Verify:    bind("v", "check credentials", "v"),
		Brief:     bind("b", "brief for them", "b"),
		BriefMine: bind("B", "brief with my concerns", "B"),
		Questions: bind("Q", "your questions", "Q"),
	}
}

// ShortHelp implements help.KeyMap. It leaves edit and status to the full
// help so that, with ? and q after it, it fits 78 columns: at 80 wide the
// quit key must not be the part cut off.
func (k rosterKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Add, k.Interview, k.Compare, k.Prep}
}

// FullHelp implements help.KeyMap.
func (k rosterKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Interview},
		{k.Add, k.Edit, k.Delete, k.Status},
		{k.Compare, k.Prep, k.Questions, k.Profile, k.Ask},
		{k.Verify, k.Brief, k.BriefMine},
	}
}

// interviewKeyMap holds the interview's keys. The widget keys (y/n/u,
// numbers, space) are enabled according to the current question's kind.
type interviewKeyMap struct {
	Commit  key.Binding
	Next    key.Binding
	Prev    key.Binding
	PgNext  key.Binding // help only: Next and Prev match pgdown and pgup too
	PgPrev  key.Binding
	Skip    key.Binding
	Clear   key.Binding
	Note    key.Binding
	Partner key.Binding // on Personal questions when a partner is named
	CatNext key.Binding
	CatPrev key.Binding
	Back    key.Binding
	// Questions opens the questions screen and comes back here.
	Questions key.Binding

	// Widget keys, shown in help only for the kinds that use them.
	YesNo    key.Binding
	Pick     key.Binding // help only: PickUp and PickDown move
	PickUp   key.Binding
	PickDown key.Binding
	Number   key.Binding
	Toggle   key.Binding
	Rating   key.Binding
	Newline  key.Binding
}

func defaultInterviewKeyMap() interviewKeyMap {
	return interviewKeyMap{
		Commit:    bind("enter", "save", "enter"),
		Next:      bind("tab", "next", "tab", "pgdown"),
		Prev:      bind("shift+tab", "previous", "shift+tab", "pgup"),
		PgNext:    bind("pgdn", "next", "pgdown"),
		PgPrev:    bind("pgup", "previous", "pgup"),
		Skip:      bind("ctrl+k", "skip", "ctrl+k"),
		Clear:     bind("ctrl+r", "clear answer", "ctrl+r"),
		Note:      bind("ctrl+n", "note", "ctrl+n"),
		Partner:   bind("ctrl+p", "you/partner", "ctrl+p"),
		CatNext:   bind("ctrl+→/]", "next topic", "ctrl+right", "]"),
		CatPrev:   bind("ctrl+←/[", "previous topic", "ctrl+left", "["),
		Back:      bind("esc", "roster", "esc"),
		Questions: bind("ctrl+o", "your questions", "ctrl+o"),
		YesNo:     bind("y/n/u", "yes/no/unsure", "y", "n", "u", "Y", "N", "U"),
		Pick:      bind("↑/↓", "move", "up", "down", "k", "j"),
		PickUp:    bind("↑/k", "move up", "up", "k"),
		PickDown:  bind("↓/j", "move down", "down", "j"),
		Number:    bind("1-9", "pick", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Toggle:    bind("space", "tick", " ", "x"),
		Rating:    bind("1-5", "rate", "1", "2", "3", "4", "5"),
		Newline:   bind("alt+enter", "new line", "alt+enter"),
	}
}

// ShortHelp implements help.KeyMap.
func (k interviewKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.YesNo, k.Pick, k.Toggle, k.Rating, k.Commit, k.Partner, k.Newline, k.Next, k.Skip, k.Back}
}

// FullHelp implements help.KeyMap.
func (k interviewKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.YesNo, k.Pick, k.Number, k.Toggle, k.Rating, k.Newline},
		{k.Commit, k.Skip, k.Clear, k.Note, k.Partner},
		{k.Next, k.Prev, k.PgNext, k.PgPrev},
		{k.CatNext, k.CatPrev},
		{k.Questions, k.Back},
	}
}
