package expect

import "github.com/vetted-tui/vetted/model/screen"

// This file holds every fixed word the "What to expect" screen draws: the
// fact table (factcheck/) pins them whole. They are vetted's own words and
// state no fact about therapy; the passages themselves are quotes kept in
// checklist.Expect, with their sources.

// title heads the screen.
const title = "What to expect"

// intro says what the page is, before the first section.
const intro = "What the source pages say, in their own words."

// sourcePrefix introduces a passage's source, named in words.
const sourcePrefix = "Source: "

// Quote marks around a passage, so it reads as the page's words.
const (
	openQuote  = "“"
	closeQuote = "”"
)

// tooSmall is drawn when the room cannot hold a line of text.
const tooSmall = "Make the window larger to read this page."

// Choice is the "What to expect" page as a step the welcome screen offers.
const Choice = "Read what to expect: what the pages say about sessions"

// OpenKey opens the page from the welcome screen and the preparation list.
var OpenKey = screen.Bind("w", "what to expect", "w")

// DefaultKeyMap returns the screen's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Down:   screen.Bind("↓/j", "scroll down", "down", "j"),
		Up:     screen.Bind("↑/k", "scroll up", "up", "k"),
		PgDown: screen.Bind("pgdn", "page down", "pgdown", " "),
		PgUp:   screen.Bind("pgup", "page up", "pgup"),
		Home:   screen.Bind("home/g", "top", "home", "g"),
		End:    screen.Bind("end/G", "bottom", "end", "G"),
		Back:   screen.Bind("esc", "back", "esc"),
	}
}
